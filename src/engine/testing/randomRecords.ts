/**
 * Seeded random school records for the comparison of the engine's fast and reference paths
 * (fastPaths.test.ts; not used by production code). Numbers scatter around the national
 * standards (rules.md §2, §4) so that indicators land met / at the floor / below and the
 * guarantee checks pass and fail; every layout the reader can produce appears (single-stage rows,
 * teaching points, whole-school rows of combined schools, section rows of one school, special,
 * vocational, private, not-county-run schools), and a share of records carries the data problems
 * the fast paths must leave to the reference path (blank, zero, negative, NaN, Infinity, a sports
 * total that contradicts its parts, rooms without their area, incomplete class buckets…).
 */
import { seeded, type Rng } from "../../../test/fixtures/data/random";
import { cellOf } from "../guarantee/testRecords";
import { CLASS_BUCKET_SPANS, CLASS_BUCKETS, MERGED_CLASS_BUCKETS, STAGES, type ClassBucketSpan } from "../types";
import type { BlankCells, CountyFigure, EvaluationInput, FieldKey, Fields, IndicatorCode, SchoolFlags, SchoolRecord, SchoolType, Stage } from "../types";
import { NATIONAL } from "./fixtures";

type Numbers = Partial<Record<FieldKey, number>>;

/** What to generate. */
export interface RandomSpec {
  readonly seed: number;
  /** Schools (a school written as two section rows counts once). */
  readonly schools: number;
  /** Counties the schools are spread over, interleaved; null: rows without a county. */
  readonly counties: readonly (string | null)[];
  /** Chance that a record gets a spoiled value (blank, zero students, negative, NaN, Infinity). */
  readonly irregular: number;
  /** No data problem at all: every record and school fits the fast paths. */
  readonly tidy?: boolean;
  /** Also county figures (some wrong, some duplicated). */
  readonly figures?: boolean;
  /** Chance that a row's class-size buckets come merged as bureau forms have them (46-55人, 56人及以上…); 0 when absent. */
  readonly mergedBuckets?: number;
  /**
   * Chance that a school is drawn small (every class under 30) with its 城乡 not given and rooms of
   * 55–89 m² each: short of the full 96 / 90 m², enough for the small rural 54 / 61 m² (rules.md §4
   * item 3) — the schools rooms_rurality_unknown is said of, when they are short; 0 when absent.
   */
  readonly unstatedSmall?: number;
}

interface Gen {
  readonly rng: Rng;
  readonly tidy: boolean;
  row: number;
  /** Mean class size of the school being drawn: small (small rural schools) or ordinary to oversized. */
  classMean: readonly [number, number];
  readonly mergedBuckets: number;
  readonly unstatedSmall: number;
  /** Whether the school being drawn is one of `unstatedSmall`'s: its rurality not given, its rooms between the relaxed and the full areas. */
  small: boolean;
}

/** A record before it gets its cells: plain numbers, blanks noted by field. */
interface Draft {
  name: string;
  type: SchoolType;
  stage: Stage | null;
  flags: SchoolFlags;
  whole: Numbers;
  stages?: Partial<Record<Stage, Numbers>>;
  blank: FieldKey[];
  stageBlank: Partial<Record<Stage, FieldKey[]>>;
}

const STANDARDS = NATIONAL.standards;

function chance(g: Gen, p: number): boolean {
  return g.rng.next() < p;
}

function pick<T>(g: Gen, options: readonly T[]): T {
  return options[g.rng.int(0, options.length - 1)] as T;
}

/** A key drawn by weight; when tidy, only among the keys that raise no data problem. */
function weighted<K extends string>(g: Gen, weights: Readonly<Record<K, number>>, tidy: readonly NoInfer<K>[] = Object.keys(weights) as K[]): K {
  const keys = (Object.keys(weights) as K[]).filter((k) => !g.tidy || tidy.includes(k));
  let r = g.rng.next() * keys.reduce((s, k) => s + weights[k], 0);
  for (const k of keys) if ((r -= weights[k]) < 0) return k;
  return keys[keys.length - 1] as K;
}

/** A ratio to the standard: met, exactly at it, at the floor band, exactly at 85%, or below. */
function level(g: Gen): number {
  const band = weighted(g, { met: 40, standard: 8, floor: 24, atFloor: 6, below: 22 });
  if (band === "standard") return 1;
  if (band === "atFloor") return 0.85;
  if (band === "met") return g.rng.between(1, 1.5);
  return band === "floor" ? g.rng.between(0.85, 1) : g.rng.between(0.3, 0.85);
}

/** As the statistics write it most of the time (whole counts, areas and money to 2 decimals), else unrounded. */
function amount(g: Gen, x: number, whole: boolean): number {
  if (chance(g, 0.35)) return x;
  return whole ? Math.round(x) : Math.round(x * 100) / 100;
}

/** Per-100 numerators of one stage (L1–L3) at a random level each. */
function teacherNumerators(g: Gen, stage: Stage, students: number): Numbers {
  const per100 = (code: IndicatorCode): number => amount(g, (STANDARDS[stage][code] * students * level(g)) / 100, true);
  return { qualifiedTeachers: per100("L1"), backboneTeachers: per100("L2"), peArtTeachers: per100("L3") };
}

/** 专任教师 and the certified / trained among them, each sometimes not given. */
function teacherCounts(g: Gen, students: number): Numbers {
  const teachers = Math.max(1, Math.round(students / g.rng.between(10, 20)));
  const some = (): number => teachers - (chance(g, 0.6) ? 0 : g.rng.int(1, 3));
  const out: Numbers = {};
  if (chance(g, 0.85)) out.teachers = teachers;
  if (chance(g, 0.8)) out.certifiedTeachers = some();
  if (chance(g, 0.8)) out.trainedTeachers = some();
  return out;
}

/** Class sizes scattered around the mean: the ten bucket counts and the largest class. */
function classSizes(g: Gen, students: number, classes: number): { buckets: number[]; largest: number } {
  const mean = students / classes;
  const buckets: number[] = CLASS_BUCKETS.map(() => 0);
  let largest = 0;
  for (let c = 0; c < classes; c++) {
    const size = Math.max(1, Math.round(mean + g.rng.between(-8, 8)));
    largest = Math.max(largest, size);
    const b = CLASS_BUCKETS.findIndex((k) => size >= k.min && size <= k.max);
    buckets[b] = (buckets[b] ?? 0) + 1;
  }
  return { buckets, largest };
}

/** Class-size data as a row may give it: all ten buckets (with or without the largest class), the largest class only, some buckets only, or none. */
function classData(g: Gen, students: number, classes: number): Numbers {
  const { buckets, largest } = classSizes(g, students, classes);
  const mode = weighted(g, { buckets: 40, bucketsLargest: 15, largest: 20, partial: 6, none: 19 }, ["buckets", "bucketsLargest", "largest", "none"]);
  const out: Numbers = {};
  if (mode === "largest" || mode === "bucketsLargest") out.largestClass = largest;
  if (mode === "none" || mode === "largest") return out;
  if (g.mergedBuckets > 0 && chance(g, g.mergedBuckets)) return Object.assign(out, mergedBuckets(g, buckets, mode === "partial"));
  CLASS_BUCKETS.forEach((b, i) => {
    if (mode !== "partial" || chance(g, 0.5)) out[b.key] = buckets[i] ?? 0;
  });
  return out;
}

/** The buckets, standard or merged, starting where standard bucket `from` starts, each with the index of the last standard bucket it covers. */
function spansFrom(from: number): { key: FieldKey; to: number }[] {
  const min = CLASS_BUCKETS[from]?.min;
  return CLASS_BUCKET_SPANS.filter((b) => b.min === min).map((b) => ({ key: b.key, to: CLASS_BUCKETS.findIndex((c) => c.max === b.max) }));
}

const countOf = (buckets: readonly number[], from: number, to: number) => buckets.slice(from, to + 1).reduce((s, n) => s + n, 0);

/**
 * The ten counts as a bureau form may merge them: from 0 upwards a bucket, standard or merged, at
 * random among those starting there (its counts summed); now and then the ten beside them too, a
 * standard one blank, a merged bucket that overlaps, or (when partial) some left blank.
 */
function mergedBuckets(g: Gen, buckets: readonly number[], partial: boolean): Numbers {
  const out: Numbers = {};
  for (let from = 0; from < buckets.length; ) {
    const options = spansFrom(from);
    const pick = options[g.rng.int(0, options.length - 1)] as { key: FieldKey; to: number };
    if (!partial || chance(g, 0.7)) out[pick.key] = countOf(buckets, from, pick.to);
    from = pick.to + 1;
  }
  const extra = weighted(g, { none: 50, ten: 20, tenLess: 15, overlap: 15 });
  if (extra === "ten" || extra === "tenLess") CLASS_BUCKETS.forEach((b, i) => (out[b.key] = buckets[i] ?? 0));
  if (extra === "tenLess") delete out[(CLASS_BUCKETS[g.rng.int(0, 9)] as ClassBucketSpan).key];
  if (extra === "overlap") {
    const m = MERGED_CLASS_BUCKETS[g.rng.int(0, MERGED_CLASS_BUCKETS.length - 1)] as ClassBucketSpan;
    out[m.key] = countOf(buckets, CLASS_BUCKETS.findIndex((c) => c.min === m.min), CLASS_BUCKETS.findIndex((c) => c.max === m.max));
  }
  return out;
}

/** What one stage of a school states itself: students, classes, teachers, class sizes. */
function stageNumbers(g: Gen, stage: Stage, students: number): Numbers {
  const classes = Math.max(1, Math.ceil(students / g.rng.between(...g.classMean)));
  return { students, classes, ...teacherNumerators(g, stage, students), ...teacherCounts(g, students), ...classData(g, students, classes) };
}

/** L5's areas in one of the layouts the workbooks use; `total` is the sports area wanted. */
function sportsAreas(g: Gen, total: number): Numbers {
  const layout = weighted(g, { total: 30, ground: 15, parts: 25, partsAgree: 8, partsDisagree: 7, indoorTotal: 8, indoorOnly: 3, none: 4 }, ["total", "ground", "parts", "partsAgree", "indoorTotal"]);
  const ground = amount(g, total * g.rng.between(0.7, 0.95), false);
  const indoor = amount(g, total - ground, false);
  if (layout === "total") return { sportsTotalArea: amount(g, total, false) };
  if (layout === "ground") return { sportsGroundArea: amount(g, total, false) };
  if (layout === "parts") return { sportsGroundArea: ground, indoorSportsArea: indoor };
  if (layout === "indoorTotal") return { indoorSportsArea: indoor, sportsTotalArea: amount(g, total, false) };
  if (layout === "indoorOnly") return { indoorSportsArea: indoor };
  if (layout === "none") return {};
  const off = layout === "partsAgree" ? g.rng.between(-0.99, 0.99) : pick(g, [-1, 1]) * g.rng.between(1.01, 500);
  return { sportsGroundArea: ground, indoorSportsArea: indoor, sportsTotalArea: ground + indoor + off };
}

/** The resources a combined school shares (L4–L7) for `parts`' students, each at a random level. */
function sharedNumbers(g: Gen, parts: readonly { stage: Stage; students: number }[]): Numbers {
  const need = (code: IndicatorCode): number => parts.reduce((s, p) => s + STANDARDS[p.stage][code] * p.students, 0) * level(g);
  const sports = sportsAreas(g, need("L5"));
  const indoor = sports.indoorSportsArea ?? 0;
  // Now and then the indoor rooms exceed the gross teaching area (a problem the reference reports).
  const teachingArea = !g.tidy && indoor > 0 && chance(g, 0.04) ? indoor / 2 : amount(g, need("L4") + indoor, false);
  return { teachingArea, ...sports, equipmentValue: amount(g, need("L6"), false), multimediaRooms: amount(g, need("L7") / 100, true) };
}

/** Music and art rooms of a school of `classes` classes: rooms and area, a stated compliant count, one of rooms / area only, or nothing. */
function rooms(g: Gen, classes: number): Numbers {
  const out: Numbers = {};
  for (const [rooms, area, compliant] of [["musicRooms", "musicRoomsArea", "musicRoomsCompliant"], ["artRooms", "artRoomsArea", "artRoomsCompliant"]] as const) {
    const count = Math.max(0, Math.ceil(classes / 12) + g.rng.int(-1, 1));
    const total = amount(g, count * (g.small ? g.rng.between(55, 89) : g.rng.between(50, 115)), false);
    const mode = weighted(g, { both: 55, compliant: 10, all: 10, roomsOnly: 5, areaOnly: 5, none: 15 }, ["both", "compliant", "all", "none"]);
    if (mode === "both" || mode === "all" || mode === "roomsOnly") out[rooms] = count;
    if (mode === "both" || mode === "all" || mode === "areaOnly") out[area] = total;
    if (mode === "compliant" || mode === "all") out[compliant] = Math.max(0, count - g.rng.int(0, 1));
  }
  return out;
}

/** Public funding around the Sichuan norm (rules.md §4 item 6), training funds around 5 % of it, boarders. */
function funding(g: Gen, students: number, boarding: boolean): Numbers {
  const out: Numbers = {};
  const boarders = boarding ? Math.round(students * g.rng.between(0.1, 0.6)) : 0;
  if (chance(g, boarding ? 0.7 : 0.2)) out.boardingStudents = boarders;
  const budget = amount(g, (Math.max(students, g.rng.int(80, 500)) * 900 + 300 * boarders) * g.rng.between(0.7, 1.3), false);
  if (chance(g, 0.8)) out.publicFunding = chance(g, 0.03) ? 0 : budget;
  if (chance(g, 0.7)) out.trainingFunds = chance(g, 0.1) ? budget * 0.05 : amount(g, budget * g.rng.between(0.02, 0.08), false);
  return out;
}

/** Yes / no facts, each often unknown. */
function flags(g: Gen): SchoolFlags {
  const out: { -readonly [K in keyof SchoolFlags]: SchoolFlags[K] } = {};
  // Tidy records state it: an unstated rurality may decide G3 (rooms_rurality_unknown), a data problem.
  if ((chance(g, 0.4) || g.tidy) && !g.small) out.rural = chance(g, 0.75);
  if (chance(g, 0.08)) out.private = true;
  if (chance(g, 0.1)) out.countyRun = chance(g, 0.4);
  if (chance(g, 0.3)) out.builtYear = g.rng.int(1995, 2023);
  else if (chance(g, 0.25)) out.builtBy2016 = chance(g, 0.6);
  if (out.builtYear === undefined && chance(g, 0.2)) out.builtBy2010 = chance(g, 0.6);
  if (chance(g, 0.25)) out.boarding = chance(g, 0.7);
  return out;
}

function draft(name: string, type: SchoolType, stage: Stage | null, g: Gen, whole: Numbers, stages?: Partial<Record<Stage, Numbers>>): Draft {
  return { name, type, stage, flags: flags(g), whole, ...(stages ? { stages } : {}), blank: [], stageBlank: {} };
}

/** Students of one stage: small (teaching-point and rural sizes, the funding tiers), ordinary, or over the size caps. */
function studentsOf(g: Gen, type: SchoolType): number {
  if (type === "teaching_point") return g.rng.int(8, 140);
  if (type === "special") return g.rng.int(15, 220);
  return pick(g, [g.rng.int(20, 120), g.rng.int(120, 520), g.rng.int(400, 1500), g.rng.int(1200, 2700)]);
}

/** A single-stage row (小学, 初中, 教学点, special, vocational, other); sometimes without a stage. */
function singleRow(g: Gen, name: string, type: SchoolType, stage: Stage): Draft {
  const students = studentsOf(g, type);
  const own = stageNumbers(g, stage, students);
  const shared = { ...sharedNumbers(g, [{ stage, students }]), ...rooms(g, own.classes ?? 1), ...funding(g, students, chance(g, 0.2)) };
  // Now and then the row keeps its own numbers apart, in `stageFields` of its stage.
  if (chance(g, 0.06)) return draft(name, type, stage, g, shared, { [stage]: own });
  return draft(name, type, chance(g, 0.1) ? null : stage, g, { ...own, ...shared });
}

const CLASS_KEYS: readonly FieldKey[] = ["largestClass", ...CLASS_BUCKET_SPANS.map((b) => b.key)];
const TEACHER_KEYS: readonly FieldKey[] = ["teachers", "certifiedTeachers", "trainedTeachers"];
const ROOM_KEYS: readonly FieldKey[] = ["musicRooms", "musicRoomsArea", "musicRoomsCompliant", "artRooms", "artRoomsArea", "artRoomsCompliant"];

/** Moves some numbers of a combined row between its stages and the whole row: class sizes or teachers for the whole school, rooms per stage. */
function regroup(g: Gen, whole: Numbers, per: Partial<Record<Stage, Numbers>>, students: number, classes: number): void {
  const layout = weighted(g, { perStage: 65, wholeClasses: 15, wholeTeachers: 10, stageRooms: 10 });
  const bags = Object.values(per);
  const drop = (bag: Numbers, keys: readonly FieldKey[]): void => keys.forEach((k) => delete bag[k]);
  if (layout === "wholeClasses") bags.forEach((b) => drop(b, CLASS_KEYS));
  if (layout === "wholeClasses") Object.assign(whole, classData(g, students, classes));
  if (layout === "wholeTeachers") bags.forEach((b) => drop(b, TEACHER_KEYS));
  if (layout === "wholeTeachers") Object.assign(whole, teacherCounts(g, students));
  if (layout !== "stageRooms") return;
  drop(whole, ROOM_KEYS);
  bags.forEach((b) => Object.assign(b, rooms(g, b.classes ?? 1)));
}

/** A whole-school row of a 九年一贯制 / 十二年一贯制 / 完全中学: per-stage numbers in `stages`, shared ones in `whole`. */
function combinedRow(g: Gen, name: string, type: "nine_year" | "twelve_year" | "complete_middle"): Draft {
  const stages: readonly Stage[] = type === "complete_middle" ? ["junior"] : chance(g, 0.1) ? [pick(g, STAGES)] : STAGES;
  const parts = stages.map((stage) => ({ stage, students: g.rng.int(40, 1400) }));
  const per = Object.fromEntries(parts.map((p) => [p.stage, stageNumbers(g, p.stage, p.students)])) as Partial<Record<Stage, Numbers>>;
  const classes = parts.reduce((s, p) => s + (per[p.stage]?.classes ?? 0), 0);
  const whole: Numbers = { ...sharedNumbers(g, parts), ...rooms(g, classes), ...funding(g, parts.reduce((s, p) => s + p.students, 0), chance(g, 0.3)) };
  regroup(g, whole, per, parts.reduce((s, p) => s + p.students, 0), classes);
  if (type !== "nine_year" && (g.tidy || chance(g, 0.8))) whole.seniorStudents = g.rng.int(0, 1500);
  const first = per[parts[0]?.stage ?? "primary"];
  // A stage that states a shared value itself (it is then not split), or a stage without students.
  if (first !== undefined && chance(g, 0.15)) first.teachingArea = amount(g, (first.students ?? 0) * g.rng.between(3, 7), false);
  if (first !== undefined && !g.tidy && chance(g, 0.06)) delete first.students;
  return draft(name, type, null, g, whole, per);
}

/** A combined school written as two section rows "XX学校（小学部）" / "XX学校（初中部）" (rooms and funding sometimes on one row only). */
function sectionRows(g: Gen, base: string): Draft[] {
  const brackets = pick(g, [["（", "）"], ["(", ")"], ["", ""]]);
  // Now and then the second row is of a type without compulsory stages and names no stage.
  const odd = !g.tidy && chance(g, 0.25) ? pick<SchoolType>(g, ["special", "vocational", "other"]) : null;
  return STAGES.map((stage, i) => {
    const type = i === 1 && odd !== null ? odd : pick<SchoolType>(g, ["nine_year", stage]);
    const row = singleRow(g, `${base}${brackets[0] ?? ""}${stage === "primary" ? "小学部" : "初中部"}${brackets[1] ?? ""}`, type, stage);
    row.stage = i === 1 && odd !== null ? null : stage;
    if (i === 1 && chance(g, 0.3)) for (const k of ["musicRooms", "musicRoomsArea", "artRooms", "artRoomsArea", "publicFunding", "trainingFunds"] as const) delete row.whole[k];
    return row;
  });
}

const KINDS = { primary: 24, junior: 14, teaching_point: 8, nine_year: 10, twelve_year: 6, complete_middle: 6, sections: 12, special: 6, vocational: 4, other: 2 } as const;

/** The rows of one school. */
function schoolDrafts(g: Gen, n: number): Draft[] {
  const kind = weighted(g, KINDS);
  g.small = g.unstatedSmall > 0 && chance(g, g.unstatedSmall);
  // A mean of 21 at most: with the draw's ± 8, every class is under 30 (classSizes).
  g.classMean = g.small || chance(g, 0.3) ? [8, 21] : [21, 60];
  const name = `第${n}学校`;
  if (kind === "sections") return sectionRows(g, name);
  if (kind === "nine_year" || kind === "twelve_year" || kind === "complete_middle") return [combinedRow(g, name, kind)];
  const stage: Stage = kind === "junior" || kind === "vocational" ? "junior" : "primary";
  return [singleRow(g, name, kind, stage)];
}

/** One spoiled value: a blank (its cell noted, mostly), zero students, a negative, NaN or ±Infinity. */
function spoil(g: Gen, d: Draft): void {
  const stage = d.stages === undefined || chance(g, 0.3) ? null : pick(g, Object.keys(d.stages) as Stage[]);
  const bag = stage === null ? d.whole : (d.stages?.[stage] ?? d.whole);
  const keys = Object.keys(bag) as FieldKey[];
  if (keys.length === 0) return;
  const key = pick(g, keys);
  const how = weighted(g, { blank: 40, zero: 15, negative: 20, nan: 12, infinity: 13 });
  if (how === "blank") {
    delete bag[key];
    if (chance(g, 0.7)) (stage === null ? d.blank : (d.stageBlank[stage] ??= [])).push(key);
  } else if (how === "zero") bag[bag.students === undefined ? key : "students"] = 0;
  else bag[key] = how === "negative" ? -Math.abs(bag[key] ?? 1) - 1 : how === "nan" ? NaN : pick(g, [Infinity, -Infinity]);
}

function sourced(values: Numbers, row: number, sheet: string): Fields {
  const out: Record<string, { value: number; cell: string }> = {};
  for (const [key, value] of Object.entries(values) as [FieldKey, number][]) out[key] = { value, cell: cellOf(key, row, sheet) };
  return out as Fields;
}

function blankCells(keys: readonly FieldKey[], row: number, sheet: string): BlankCells {
  return Object.fromEntries(keys.map((k) => [k, cellOf(k, row, sheet)]));
}

const STAGE_SHEET: Readonly<Record<Stage, string>> = { primary: "小学", junior: "初中" };

/** The record of a draft, read from the next row of sheet 学校 (per-stage numbers from 小学 / 初中, same row). */
function toRecord(g: Gen, d: Draft, county: string | null): SchoolRecord {
  const row = g.row++;
  const stages = d.stages === undefined ? [] : (Object.entries(d.stages) as [Stage, Numbers][]);
  const stageBlank = Object.entries(d.stageBlank) as [Stage, FieldKey[]][];
  return {
    id: `学校!${row}`,
    name: d.name,
    county,
    type: d.type,
    stage: d.stage,
    fields: sourced(d.whole, row, "学校"),
    ...(d.stages === undefined ? {} : { stageFields: Object.fromEntries(stages.map(([s, v]) => [s, sourced(v, row, STAGE_SHEET[s])])) }),
    ...(d.blank.length === 0 ? {} : { blankCells: blankCells(d.blank, row, "学校") }),
    ...(stageBlank.length === 0 ? {} : { stageBlankCells: Object.fromEntries(stageBlank.map(([s, keys]) => [s, blankCells(keys, row, STAGE_SHEET[s])])) }),
    flags: d.flags,
    source: { sheet: "学校", row },
  };
}

/** A figure for one county item: mostly of the right kind and near the threshold; sometimes of the wrong kind, above 1 or negative. */
function figureValue(g: Gen, item: { comparison: string; threshold: number | null; unit: string }): number | boolean {
  if (chance(g, 0.06)) return pick<number | boolean>(g, [true, -0.2, 1.7, NaN]);
  if (item.unit === "boolean" || item.comparison === "yes") return chance(g, 0.8);
  const t = item.threshold ?? 1;
  return pick(g, [t, t * g.rng.between(0.9, 1.1), Math.min(1, t * g.rng.between(0.95, 1.05))]);
}

/** County figures (项目 | 数值) for some of the profile's items and veto items, per county and without one; now and then a duplicate. */
function randomFigures(g: Gen, counties: readonly (string | null)[]): CountyFigure[] {
  const out: CountyFigure[] = [];
  const veto = NATIONAL.vetoItems.map((v) => v.code);
  for (const county of [...new Set([...counties, null])]) {
    for (const [code, item] of Object.entries(NATIONAL.countyItems)) {
      if (chance(g, 0.55)) out.push({ county, code, value: figureValue(g, item), cell: `保障!B${out.length + 2}` });
      if (chance(g, 0.02)) out.push({ county, code, value: figureValue(g, item), cell: `保障!B${out.length + 2}` });
    }
    for (const code of veto) if (chance(g, 0.5)) out.push({ county, code, value: chance(g, 0.9) ? chance(g, 0.1) : 0.5, cell: `保障!B${out.length + 2}` });
  }
  return out;
}

/**
 * Random input for `evaluate`: `spec.schools` schools spread over `spec.counties` (interleaved;
 * the second section row of a school sometimes comes a few rows later), identical for a seed.
 *
 * @example randomInput({ seed: 7, schools: 40, counties: ["甲县", "乙县", null], irregular: 0.15 }).records.length // ≥ 40
 */
export function randomInput(spec: RandomSpec): EvaluationInput {
  const g: Gen = { rng: seeded(spec.seed), tidy: spec.tidy === true, row: 2, classMean: [21, 60], mergedBuckets: spec.mergedBuckets ?? 0, unstatedSmall: spec.unstatedSmall ?? 0, small: false };
  const records: SchoolRecord[] = [];
  const later: SchoolRecord[] = [];
  let county = pick(g, spec.counties);
  for (let n = 1; n <= spec.schools; n++) {
    if (chance(g, 0.35)) county = pick(g, spec.counties);
    // A name used twice is two schools, not one.
    const drafts = schoolDrafts(g, chance(g, 0.03) ? Math.max(1, n - 1) : n);
    drafts.forEach((d, i) => {
      if (!g.tidy && chance(g, spec.irregular)) spoil(g, d);
      (i > 0 && chance(g, 0.3) ? later : records).push(toRecord(g, d, county));
    });
    if (later.length > 0 && chance(g, 0.4)) records.push(later.shift() as SchoolRecord);
  }
  records.push(...later);
  const year = pick(g, [null, 2023, 2024, 2025]);
  return { records, countyFigures: spec.figures === true ? randomFigures(g, spec.counties) : [], year };
}
