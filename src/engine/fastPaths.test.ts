/**
 * The fast paths (columnar sections, fastSchoolChecks) against the reference path (recordSections →
 * evaluateSection, schoolFindings) on seeded random inputs: the evaluations must be identical,
 * bit for bit. The reference is the readable statement of the rules (rules.md §2–4), so any
 * difference is a fast-path error.
 */
import { builtInProfile } from "../profiles/resolveProfile";
import type { Profile } from "../profiles/schema";
import { usableRecord } from "./usableRecord";
import { schoolRecord } from "./schoolRecord";
import { evaluate } from "./evaluate";
import { checkTable, putChecks, rowOf } from "./guarantee/checkTable";
import { fastSchoolChecks } from "./guarantee/fastSchoolChecks";
import { plainPlan, plainSchoolChecks } from "./guarantee/plainSchoolChecks";
import { schoolFindings } from "./guarantee/schoolFindings";
import { groupSchools, type SchoolGroup } from "./guarantee/schoolGroups";
import { recordRoles, type RecordRoles } from "./guarantee/schoolRole";
import { fastSections } from "./table/fastSections";
import { recordColumns, type RecordColumns } from "./table/recordColumns";
import { SectionTableBuilder, type SectionTable } from "./table/sectionTable";
import { countySections } from "./table/sectionTables";
import { NATIONAL, profileWith, recordOf } from "./testing/fixtures";
import { randomInput, type RandomSpec } from "./testing/randomRecords";
import { CLASS_BUCKETS, INDICATOR_CODES, STAGES, type EvaluationInput, type Issue, type Fields, type SchoolRecord, type Sourced, type Stage } from "./types";

const SICHUAN = builtInProfile("sichuan-guanghan-2024");
/** The switches both built-in profiles leave on, turned off: private and non-county schools out, no indoor deduction. */
const VARIANT = profileWith({ scope: { ...NATIONAL.scope, includePrivate: false, includeNonCountyRun: false }, l4DeductsIndoorSports: false });
const PROFILES: readonly [string, Profile][] = [
  ["national-2017", builtInProfile("national-2017")],
  ["sichuan-guanghan-2024", SICHUAN],
];
const SEEDS = Array.from({ length: 40 }, (_, i) => i + 1);
const COUNTIES = ["甲县", "乙区", "丙市", null] as const;

/** The input of one seed: 16–52 schools over one to four counties; figures for every third seed. */
function inputOf(seed: number, over: Partial<RandomSpec> = {}): EvaluationInput {
  const counties = COUNTIES.slice(0, 1 + (seed % 4));
  return randomInput({ seed, schools: 16 + ((seed * 29) % 37), counties, irregular: 0.2, figures: seed % 3 === 0, ...over });
}

/** JSON that keeps NaN, ±Infinity and −0 apart from null and 0. */
function strictJson(value: unknown): string {
  const keep = (_key: string, v: unknown): unknown => (typeof v === "number" && (!Number.isFinite(v) || Object.is(v, -0)) ? `<number ${Object.is(v, -0) ? "-0" : String(v)}>` : v);
  return JSON.stringify(value, keep);
}

/**
 * Expects two values to be equal as JSON sees them (lazy properties read), with NaN, ±Infinity
 * and −0 kept apart from null and 0: stricter than comparing JSON.parse(JSON.stringify(x)). The
 * texts are compared first (fast); when they differ, the parsed values are, so that a mere
 * difference in key order passes and a real one fails with a readable diff.
 */
function expectSame(actual: unknown, expected: unknown): void {
  const [a, b] = [strictJson(actual), strictJson(expected)];
  if (a !== b) expect(JSON.parse(a)).toEqual(JSON.parse(b));
}

/** Records of each county in input order (as evaluate groups them). */
function byCounty(records: readonly SchoolRecord[]): SchoolRecord[][] {
  const groups = new Map<string | null, SchoolRecord[]>();
  for (const r of records) groups.set(r.county, [...(groups.get(r.county) ?? []), r]);
  return [...groups.values()];
}

/** A section table row by row, every column. */
function rows(table: SectionTable): unknown[] {
  return Array.from({ length: table.size }, (_, row) => ({
    record: table.record[row],
    stage: table.stage[row],
    students: table.students[row],
    exclusion: table.exclusion[row],
    evaluable: table.evaluable[row],
    pass: table.pass[row],
    numerator: Array.from(table.numerator.subarray(row * 7, row * 7 + 7)),
    shortfall: Array.from(table.shortfall.subarray(row * 7, row * 7 + 7)),
    computed: Array.from(table.computed.subarray(row * 7, row * 7 + 7)),
  }));
}

/**
 * A school's row of the check table on the fast path, or null when the fast path leaves it to
 * the reference; and the same row written from the reference's findings. Rows are compared
 * without cells (the fast path leaves them out: they are taken from the reference when read).
 */
function fastRow(group: SchoolGroup, columns: RecordColumns, roles: RecordRoles, profile: Profile): ReturnType<typeof rowOf> | null {
  return fastChecks(group, columns, roles, profile)?.row ?? null;
}

/** fastRow with the issues the fast path said of the school (rooms_rurality_unknown alone: it leaves every other to the reference). */
function fastChecks(group: SchoolGroup, columns: RecordColumns, roles: RecordRoles, profile: Profile): { row: ReturnType<typeof rowOf>; issues: readonly Issue[] } | null {
  const table = checkTable(1);
  return fastSchoolChecks(group, columns, roles, profile, table, 0) ? { row: rowOf(table, 0), issues: table.issues } : null;
}

function referenceRow(group: SchoolGroup, roles: RecordRoles, profile: Profile): { row: ReturnType<typeof rowOf>; issues: readonly Issue[] } {
  const table = checkTable(1);
  putChecks(table, 0, schoolFindings(group, roles, profile));
  return { row: rowOf(table, 0), issues: table.issues };
}

/** Per county: the fast and reference section tables, and each school's fast checks against its reference findings. */
function compareParts(input: EvaluationInput, profile: Profile): void {
  for (const records of byCounty(input.records)) {
    const fast = countySections(records, profile, undefined, true).sections;
    const reference = countySections(records, profile, undefined, false).sections;
    expectSame(rows(fast.table), rows(reference.table));
    const roles = recordRoles(reference.table, records.length);
    // The records as evaluated: a value that is not a number is left out before either path sees it (usableRecord).
    for (const group of groupSchools(fast.records)) {
      const quick = fastChecks(group, fast.columns, roles, profile);
      if (quick === null) continue;
      const reference = referenceRow(group, roles, profile);
      expectSame(quick.row, reference.row);
      // The one warning the fast path says itself, the same (cell, params) as the reference's; a school with any other issue is the reference's.
      expectSame(quick.issues, reference.issues);
      expect(reference.issues.filter((i) => i.code !== "rooms_rurality_unknown")).toEqual([]);
    }
  }
}

/**
 * The whole evaluations of both settings. Their section objects and per-school figures are built
 * by the reference path on both sides (when first read); what this compares of the fast paths is
 * everything computed from their tables — coefficients, items, verdicts, issues. The tables and
 * school checks themselves are compared by compareParts.
 */
function agree(input: EvaluationInput, profile: Profile): void {
  const fast = evaluate(input, profile);
  const reference = evaluate(input, profile, { paths: "reference" });
  expectSame(fast, reference);
}

describe.each(PROFILES)("fast and reference paths agree (%s)", (_id, profile) => {
  it.each(SEEDS)("seed %i: identical evaluation, section tables and school checks (a large and a small input)", (seed) => {
    for (const input of [inputOf(seed), inputOf(seed + 500, { schools: 2 + (seed % 5) })]) {
      compareParts(input, profile);
      agree(input, profile);
    }
  });
});

describe("fast and reference paths agree (national with private and non-county schools excluded, no indoor deduction)", () => {
  it.each(SEEDS.slice(0, 10))("seed %i", (seed) => {
    const input = inputOf(seed + 1000);
    compareParts(input, VARIANT);
    agree(input, VARIANT);
  });
});

/** Records and compulsory schools of the seeds' inputs, and those the fast paths took. */
function fastShares(profile: Profile): { records: number; fastRecords: number; schools: number; fastSchools: number } {
  const tally = { records: 0, fastRecords: 0, schools: 0, fastSchools: 0 };
  for (const seed of SEEDS.slice(0, 20)) {
    for (const records of byCounty(inputOf(seed).records)) {
      const { columns, table } = countySections(records, profile).sections;
      const builder = new SectionTableBuilder(2 * records.length);
      tally.records += records.length;
      tally.fastRecords += records.filter((r, i) => fastSections(builder, columns, i, r, profile)).length;
      const roles = recordRoles(table, records.length);
      const schools = groupSchools(records).filter((g) => !["special", "vocational", "other"].includes(g.type));
      tally.schools += schools.length;
      tally.fastSchools += schools.filter((g) => fastRow(g, columns, roles, profile) !== null).length;
    }
  }
  return tally;
}

describe("the random inputs reach every outcome", () => {
  it.each(PROFILES)("the fast paths take most records and schools of the seeds, and leave some to the reference (%s)", (_id, profile) => {
    const { records, fastRecords, schools, fastSchools } = fastShares(profile);
    expect(records).toBeGreaterThan(700);
    expect(fastRecords / records).toBeGreaterThan(0.3);
    expect(fastRecords / records).toBeLessThan(0.9);
    expect(fastSchools / schools).toBeGreaterThan(0.3);
    expect(fastSchools / schools).toBeLessThan(0.95);
  });
  it("indicator statuses, pass / fail, exclusions and school-data verdicts all occur", () => {
    const seen = new Set<string>();
    const inputs = SEEDS.slice(0, 12).flatMap((seed) => [inputOf(seed), inputOf(seed + 500, { schools: 2 + (seed % 5) })]);
    for (const input of inputs) {
      for (const county of evaluate(input, SICHUAN, { paths: "reference" }).counties) {
        for (const s of county.sections) {
          seen.add(`pass:${String(s.pass)}`).add(`exclusion:${String(s.exclusion)}`).add(`evaluable:${String(s.evaluable)}`);
          for (const r of Object.values(s.indicators)) seen.add(`status:${r.status}`);
        }
        for (const item of county.items) seen.add(`${item.code}:${item.basis}:${item.verdict}`);
      }
    }
    const wanted = ["pass:true", "pass:false", "pass:null", "status:met", "status:floor", "status:below", "evaluable:false"];
    const exclusions = ["null", "special_education", "vocational", "small_teaching_point", "other_type"].map((e) => `exclusion:${e}`);
    const items = ["G3", "G4", "G5", "G6", "Q4"].flatMap((c) => [`${c}:school_data:met`, `${c}:school_data:not_met`]);
    expect([...wanted, ...exclusions, ...items].filter((w) => !seen.has(w))).toEqual([]);
  });
});

/** Tidy records: every record and every compulsory school on the fast path. */
describe.each(PROFILES)("fast and reference paths agree on merged class-size buckets (%s; rules.md §4 item 5: 46-55人, 56人及以上… beside or instead of the ten)", (_id, profile) => {
  it.each(SEEDS)("seed %i: identical evaluation, section tables and school checks", (seed) => {
    for (const input of [inputOf(seed, { mergedBuckets: 0.6 }), inputOf(seed + 500, { schools: 2 + (seed % 5), mergedBuckets: 0.9 })]) {
      compareParts(input, profile);
      agree(input, profile);
    }
  });

  it("draws merged layouts the fast path takes and ones it leaves to the reference (partial)", () => {
    const records = SEEDS.flatMap((seed) => inputOf(seed, { mergedBuckets: 0.6 }).records);
    const merged = (f: Fields | undefined) => Object.keys(f ?? {}).some((k) => /^classes_(le(30|35|40|45|50|55|60|65)|ge(0|26|31|36|41|46|51|56|61)|\d+_\d+)$/.test(k) && !/^classes_(26_30|31_35|36_40|41_45|46_50|51_55|56_60|61_65)$/.test(k));
    const withMerged = records.filter((r) => merged(r.fields) || Object.values(r.stageFields ?? {}).some(merged));
    expect(withMerged.length).toBeGreaterThan(100);
  });
});

/**
 * Small schools whose 城乡 is not given, with rooms between the small rural and the full areas
 * (rules.md §4 item 3: 54 / 61 m² for a small rural school, 96 / 90 m² else): where they are short
 * of rooms, G3 hinges on their rurality and rooms_rurality_unknown is said. The fast paths say it
 * themselves (plainSchoolChecks, fastSchoolChecks): compareParts holds each school's warning to the
 * reference's, cell and params, and agree the county's issues, in order.
 */
describe.each(PROFILES)("fast and reference paths agree on small schools whose 城乡 is not given (%s)", (id, profile) => {
  const inputs = (seed: number): EvaluationInput[] => [inputOf(seed + 2000, { unstatedSmall: 0.5 }), inputOf(seed + 2500, { schools: 2 + (seed % 5), unstatedSmall: 0.8 })];
  it.each(SEEDS)("seed %i: identical evaluation, section tables and school checks, warnings included", (seed) => {
    for (const input of inputs(seed)) {
      compareParts(input, profile);
      agree(input, profile);
    }
  });

  it("the fast paths take such schools and warn of them, by the plain checks (national: no funding norm) and the general ones", () => {
    const warned = { plain: 0, general: 0 };
    for (const input of SEEDS.flatMap(inputs)) {
      for (const records of byCounty(input.records)) {
        const { columns, table, records: used } = countySections(records, profile, undefined, true).sections;
        const roles = recordRoles(table, records.length);
        for (const group of groupSchools(used)) {
          const quick = fastChecks(group, columns, roles, profile);
          if (quick === null || quick.issues.length === 0) continue;
          expect(quick.issues.map((i) => [i.code, i.params["school"]])).toEqual([["rooms_rurality_unknown", group.name]]);
          const one = group.indexes.length === 1 ? plainSchoolChecks(group.records[0] as SchoolRecord, group.indexes[0] ?? 0, columns, roles, plainPlan(profile), checkTable(1), 0) : null;
          warned[one === true ? "plain" : "general"] += 1;
        }
      }
    }
    // The seeds give 6 plain and 39 general (national), 34 general (Sichuan, whose funding norm keeps every school from the plain checks).
    expect(warned.general).toBeGreaterThan(20);
    if (id === "national-2017") expect(warned.plain).toBeGreaterThan(3);
  });
});

function tidyInput(seed: number): EvaluationInput {
  return randomInput({ seed, schools: 60, counties: ["甲县"], irregular: 0, tidy: true });
}

describe("the fast paths are taken for records free of problems", () => {
  it.each([1, 2, 3, 4, 5, 6])("tidy seed %i: every record through fastSections, every 小学 / 初中 / combined school through fastSchoolChecks", (seed) => {
    const { records } = tidyInput(seed);
    const columns = recordColumns(records);
    const table = new SectionTableBuilder(2 * records.length);
    expect(records.filter((r, i) => !fastSections(table, columns, i, r, NATIONAL)).map((r) => r.id)).toEqual([]);
    const roles = recordRoles(table, records.length);
    const schools = groupSchools(records).filter((g) => !["special", "vocational", "other"].includes(g.type));
    expect(schools.length).toBeGreaterThan(30);
    expect(schools.filter((g) => fastRow(g, columns, roles, NATIONAL) === null).map((g) => g.name)).toEqual([]);
    agree({ records, countyFigures: [], year: 2024 }, NATIONAL);
  });
});

/** A record with one field of its row (or of a stage) replaced. */
function withValue(record: SchoolRecord, key: keyof Fields, value: number, stage?: Stage): SchoolRecord {
  const cell: Sourced = { value, cell: "X!Z1" };
  if (stage === undefined) return { ...record, fields: { ...record.fields, [key]: cell } };
  return { ...record, stageFields: { ...record.stageFields, [stage]: { ...record.stageFields?.[stage], [key]: cell } } };
}

/** The first stage whose own numbers a section of the record reads (its `stageFields`), if any. */
function firstStage(record: SchoolRecord): Stage | undefined {
  return STAGES.find((s) => record.stageFields?.[s] !== undefined && (record.stage === null || record.stage === s));
}

/** Whether the record, made usable first as countySections makes every record, takes the section fast path. */
function takesFastPath(given: SchoolRecord): boolean {
  const { record } = usableRecord(given, true);
  return fastSections(new SectionTableBuilder(2), recordColumns([record]), 0, record, NATIONAL);
}

describe("records with a problem leave the fast path", () => {
  const records = tidyInput(11).records;
  const single = records.find((r) => r.stage !== null && r.type === "primary") as SchoolRecord;
  const combined = records.find((r) => r.type === "nine_year" && r.stage === null && r.stageFields?.junior !== undefined && r.stageFields.primary !== undefined) as SchoolRecord;
  it("the tidy records themselves take it", () => {
    expect(takesFastPath(single)).toBe(true);
    expect(takesFastPath(combined)).toBe(true);
  });
  it.each([
    ["zero students", "students", 0],
    ["negative students", "students", -5],
    ["a negative numerator", "qualifiedTeachers", -1],
    ["NaN", "equipmentValue", NaN],
    ["Infinity", "teachingArea", Infinity],
  ] as const)("a single-stage row with %s", (_label, key, value) => {
    expect(takesFastPath(withValue(single, key, value))).toBe(false);
    agree({ records: [withValue(single, key, value), ...records.slice(0, 5)], countyFigures: [], year: null }, NATIONAL);
  });
  it("a NaN in a field no indicator reads: left out and reported, the row itself still takes the fast path", () => {
    const record = withValue(single, "musicRooms", NaN);
    expect(takesFastPath(record)).toBe(true);
    const input = { records: [record, ...records.slice(0, 5)], countyFigures: [], year: null };
    agree(input, NATIONAL);
    expect(evaluate(input, NATIONAL).issues.filter((i) => i.code === "value_not_number").map((i) => i.params.field)).toEqual(["musicRooms"]);
  });
  it.each([
    ["zero junior students", "students", 0, "junior"],
    ["a negative primary numerator", "backboneTeachers", -2, "primary"],
    ["NaN junior students", "students", NaN, "junior"],
    ["a negative shared area", "sportsTotalArea", -1, undefined],
  ] as const)("a 九年一贯制 row with %s", (_label, key, value, stage) => {
    const record = withValue(combined, key, value, stage);
    expect(takesFastPath(record)).toBe(false);
    agree({ records: [record, ...records.slice(0, 5)], countyFigures: [], year: null }, NATIONAL);
  });
  it("a missing indicator field", () => {
    const { qualifiedTeachers: _dropped, ...rest } = single.fields;
    expect(takesFastPath({ ...single, fields: rest })).toBe(false);
  });
});

describe("edge cases", () => {
  it.each(PROFILES)("no records (%s)", (_id, profile) => {
    const input: EvaluationInput = { records: [], countyFigures: [], year: null };
    expect(evaluate(input, profile).counties).toEqual([]);
    agree(input, profile);
  });
  it.each(PROFILES)("one school: each kind of the first tidy and irregular inputs on its own (%s)", (_id, profile) => {
    for (const record of [...tidyInput(21).records.slice(0, 12), ...inputOf(22).records.slice(0, 12)]) agree({ records: [record], countyFigures: [], year: 2025 }, profile);
  });
  it.each(PROFILES)("all schools equal: CVs 0 and both paths agree (%s)", (_id, profile) => {
    const one = tidyInput(31).records.find((r) => r.type === "primary" && r.stage === "primary") as SchoolRecord;
    const records = Array.from({ length: 6 }, (_, i) => ({ ...one, id: `同!${i}`, name: `同${i}`, source: { sheet: "同", row: i } }));
    const result = evaluate({ records, countyFigures: [], year: null }, profile);
    for (const code of INDICATOR_CODES) expect(result.counties[0]?.coefficients[0]?.indicators[code].cv).toBeCloseTo(0, 12);
    agree({ records, countyFigures: [], year: null }, profile);
  });
  it.each(PROFILES)("every record irregular (%s)", (_id, profile) => {
    const spoiled = inputOf(41).records.map((r, i) => withValue(r, "students", [0, -3, NaN, Infinity][i % 4] ?? 0, firstStage(r)));
    expect(spoiled.filter(takesFastPath)).toEqual([]);
    agree({ records: spoiled, countyFigures: [], year: 2024 }, profile);
  });
});

describe("divergences found by the random inputs (kept as regression tests)", () => {
  /**
   * Found with seed 302 (40 schools, counties [甲, 乙, null].slice(0, 3)): a 小学部 row grouped
   * with a 初中部 row of a type without compulsory stages and without a stage (special, vocational
   * or other). The reference counts that row's classes for the small-rural room areas
   * (allClassesUnder ignores stages); fastSchoolChecks found no stage for the row, so no class
   * count, and applied the full 96 / 90 m²: G3 failed on the fast path only. Fixed in the engine
   * since (such schools now go to the reference); this test failed before the fix.
   * By hand (rules.md §4 item 3): rural, largest classes 28 and 12 (< 30) → small rural, 小学 rooms
   * need 54 m²; rooms needed ceil((4 + 2) ÷ 12) = 1 of each; one music and one art room of 60 m²
   * comply → short 0 → G3 met, figure 0.
   */
  it.each(PROFILES)("a 小学部 row with a special 初中部 row without a stage: G3 met by the small-rural areas on both paths (%s)", (_id, profile) => {
    const a = recordOf(
      { students: 100, classes: 4, largestClass: 28, musicRooms: 1, musicRoomsArea: 60, artRooms: 1, artRoomsArea: 60 },
      { id: "S!2", name: "甲学校（小学部）", county: "A", flags: { rural: true } },
    );
    const b = recordOf({ students: 20, classes: 2, largestClass: 12 }, { id: "S!3", name: "甲学校（初中部）", county: "A", type: "special", stage: null, source: { sheet: "S", row: 3 } });
    const input: EvaluationInput = { records: [a, b], countyFigures: [], year: null };
    for (const paths of ["fast", "reference"] as const) {
      expect(evaluate(input, profile, { paths }).counties[0]?.items.find((i) => i.code === "G3")).toMatchObject({ verdict: "met", figure: 0, basis: "school_data" });
    }
    agree(input, profile);
  });
});

/**
 * G7 judged stage by stage (stagedItem): the seeds' inputs already hold special schools of one
 * stage beside county figures for the other; this is the trial's county kept by hand. By hand:
 * 小学 special school 559000 ÷ 86 = 6500 ≥ 6000 (Sichuan 6080): met; no 初中 school, the county's
 * 初中 figure 5900 < 6000 (6100): not met → G7 not met; the 小学 figure 5900 is overruled by the school.
 */
describe("G7 per stage on both paths", () => {
  it.each(PROFILES)("a 小学 special school and the county's 初中 figure beside compulsory schools (%s)", (_id, profile) => {
    const others = tidyInput(17).records.filter((r) => r.type === "primary" && r.stage === "primary").slice(0, 3);
    const school = recordOf({ students: 86, publicFunding: 559000 }, { id: "S!40", name: "特教学校", county: others[0]?.county ?? "A", type: "special", stage: "primary", source: { sheet: "S", row: 40 } });
    const county = school.county;
    const countyFigures = [
      { county, code: "G7_special_primary", value: 5900, cell: "保障!B2" },
      { county, code: "G7_special_junior", value: 5900, cell: "保障!B3" },
    ];
    const input: EvaluationInput = { records: [...others.map((r) => ({ ...r, county })), school], countyFigures, year: null };
    for (const paths of ["fast", "reference"] as const) {
      const result = evaluate(input, profile, { paths });
      expect(result.counties[0]?.items.find((i) => i.code === "G7")).toMatchObject({ verdict: "not_met", basis: "school_data", failingSchools: [], parts: { G7_special_junior: 5900 } });
      expect(result.issues.filter((i) => i.params["item"] === "G7").map((i) => [i.code, i.cell])).toEqual([
        ["guarantee_school_data_stage_absent", "保障!B3"],
        ["county_figure_part_overruled", "保障!B2"],
      ]);
    }
    agree(input, profile);
  });
  /** The same county with one stage-less 5900 read for both stages at B5: overruled for 小学 by 6500, so 初中 (no school) is not judged by it → met. */
  it.each(PROFILES)("… and one stage-less figure read for both stages, overruled for 小学: met on both paths (%s)", (_id, profile) => {
    const school = recordOf({ students: 86, publicFunding: 559000 }, { id: "S!40", name: "特教学校", county: "A", type: "special", stage: "primary", source: { sheet: "S", row: 40 } });
    const countyFigures = ["G7_special_primary", "G7_special_junior"].map((code) => ({ county: "A", code, value: 5900, cell: "保障!B5" }));
    const input: EvaluationInput = { records: [school], countyFigures, year: null };
    for (const paths of ["fast", "reference"] as const) {
      const result = evaluate(input, profile, { paths });
      expect(result.counties[0]?.items.find((i) => i.code === "G7")).toMatchObject({ verdict: "met", basis: "school_data", parts: { schools_checked: 1, schools_failing: 0, schools_unknown: 0 } });
      expect(result.issues.filter((i) => i.params["item"] === "G7").map((i) => [i.code, i.cell])).toEqual([["county_figure_overruled", "保障!B5"]]);
    }
    agree(input, profile);
  });
});

describe("what the fast evaluation leaves for the first read", () => {
  const isGetter = (o: object, key: string): boolean => Object.getOwnPropertyDescriptor(o, key)?.get !== undefined;

  it("a county's sections, school figures and items: getters until read, then kept; the items the reference path's, whose verdicts the fast path decided", () => {
    let failingItems = 0;
    for (const seed of SEEDS.slice(0, 12)) {
      const input = inputOf(seed);
      const reference = evaluate(input, NATIONAL, { paths: "reference" });
      evaluate(input, NATIONAL).counties.forEach((county, c) => {
        expect(Object.keys(county)).toEqual(["county", "sections", "coefficients", "schoolGuarantee", "items", "veto", "shortfallTotals", "passing", "areas", "recognised"]);
        expect([isGetter(county, "sections"), isGetter(county, "schoolGuarantee"), isGetter(county, "items")]).toEqual([true, true, true]);
        const items = county.items;
        expect(items).toEqual(reference.counties[c]?.items);
        failingItems += items.filter((item) => item.basis === "school_data" && item.failingSchools.length > 0).length;
        // Settled: the same array on every read (a getter left in place would build a new one).
        expect([isGetter(county, "items"), county.items === items]).toEqual([false, true]);
        const sections = county.sections;
        expect([isGetter(county, "sections"), county.sections === sections]).toEqual([false, true]);
        const schools = county.schoolGuarantee;
        expect([isGetter(county, "schoolGuarantee"), county.schoolGuarantee === schools]).toEqual([false, true]);
      });
    }
    expect(failingItems).toBeGreaterThan(0);
  });
});

describe("a cell of −0 (the text \"-0\" reads as −0)", () => {
  it("gives the same school checks and evaluation on both paths: totals of −0 are +0, as sums from 0 make them", () => {
    // Shared totals (training funds, boarders) and full totals (teachers, certified teachers) of one-row schools.
    const spoilt = (r: SchoolRecord): SchoolRecord => ["trainingFunds", "boardingStudents", "teachers", "certifiedTeachers"].reduce((rec, key) => withValue(rec, key as keyof Fields, -0), r);
    const records = tidyInput(12).records.map((r) => (r.stage === null ? r : spoilt(r)));
    expect(records.some((r) => Object.is(r.fields.trainingFunds?.value, -0) && Object.is(r.fields.teachers?.value, -0))).toBe(true);
    const input = { records, countyFigures: [], year: 2024 };
    for (const profile of [NATIONAL, SICHUAN]) {
      compareParts(input, profile);
      agree(input, profile);
    }
  });
});

describe("a school count that is not a number (possible only through the API: the reader reports such cells and leaves them out)", () => {
  it("leaves the school's size and funding checks unknown — never passed as if nothing were short — and names it", () => {
    // Rurality stated (urban where not given), so that no school's G6 hinges on it (fundingCheck's tierUnknown).
    const records = tidyInput(13).records.filter((r) => r.stage !== null).slice(0, 4).map((r) => schoolRecord({ ...r, flags: { ...r.flags, rural: r.flags.rural ?? false } }));
    const broken = withValue(records[0] as SchoolRecord, "students", Number.NaN);
    const evaluation = evaluate({ records: [broken, ...records.slice(1)], countyFigures: [], year: 2024 }, SICHUAN);
    const items = evaluation.counties[0]?.items ?? [];
    for (const code of ["G4", "G6"]) {
      expect([code, items.find((i) => i.code === code)?.verdict]).not.toEqual([code, "met"]);
      const partial = evaluation.issues.find((i) => i.code.startsWith("guarantee_school_data_partial") && i.params["item"] === code);
      expect(String(partial?.params["schools"]).split("、")).toContain(broken.name);
    }
  });
});

describe("the cells of an item a school fails, found when first read", () => {
  it("are the cells of that school's figures: a 小学 of 5000 students over the size cap shows its students cell", () => {
    const records = tidyInput(14).records.filter((r) => r.type === "primary" && r.stage === "primary").slice(0, 3);
    const big = withValue(records[0] as SchoolRecord, "students", 5000);
    const g4 = evaluate({ records: [big, ...records.slice(1)], countyFigures: [], year: 2024 }, NATIONAL).counties[0]?.items.find((i) => i.code === "G4");
    expect(g4?.failingSchools).toContain(big.name);
    expect(g4?.cells).toContain("X!Z1");
  });
});

describe("a 九年一贯制 school giving only its total students (Sichuan: 小学 800, 初中 1040 yuan a student)", () => {
  // A tidy combined row made whole-school only: 2501 students, no 分学段 numbers, urban, not 寄宿制.
  const tidy = tidyInput(11).records;
  const combined = tidy.find((r) => r.type === "nine_year" && r.stage === null && r.stageFields?.junior !== undefined) as SchoolRecord;
  const { stageFields: _split, ...whole } = combined;
  function unsplit(yuan: number): EvaluationInput {
    const fields = { ...combined.fields, students: { value: 2501, cell: "X!A1" }, publicFunding: { value: yuan, cell: "X!A2" }, boardingStudents: { value: 0, cell: "X!A3" } };
    const record: SchoolRecord = { ...whole, id: "S!北岭", name: "北岭", fields, flags: { ...combined.flags, rural: false, boarding: false } };
    return { records: [record, ...tidy.filter((r) => r !== combined).slice(0, 10)], countyFigures: [], year: 2024 };
  }
  it.each([
    // By hand: 800 × 2501 = 2 000 800 (all 小学), 1040 × 2501 = 2 601 040 (all 初中).
    [2_000_000, 800, "funding_stages_unknown_short"],
    [2_601_040, 0, null],
    [2_400_000, null, "funding_stages_unknown"],
  ])("%i yuan: shortfall %p on both paths, the fast one leaving the school to the reference", (yuan, shortfall, code) => {
    const input = unsplit(yuan);
    agree(input, SICHUAN);
    const evaluation = evaluate(input, SICHUAN);
    expect(evaluation.counties.flatMap((c) => c.schoolGuarantee).filter((g) => g.name === "北岭").map((g) => g.fundingShortfall)).toEqual([shortfall]);
    expect(evaluation.issues.filter((i) => i.code.startsWith("funding_stages")).map((i) => i.code)).toEqual(code === null ? [] : [code]);
    const { columns, table } = countySections(input.records, SICHUAN).sections;
    const group = groupSchools(input.records).find((g) => g.name === "北岭") as SchoolGroup;
    expect(fastRow(group, columns, recordRoles(table, input.records.length), SICHUAN)).toBeNull();
  });
});

describe("a public-funding shortfall that is only a lower bound (Sichuan: 初中 1040 yuan a student, tiers for rural schools)", () => {
  // A tidy 初中 row given 394 students and 391 400 yuan. By hand: as an urban school 1040 × 394 = 409 760
  // required, 18 360 short; as a rural one funded as 500 (300–499 → 500), 1040 × 500 = 520 000, 128 600 short.
  const others = tidyInput(15).records.filter((r) => r.stage !== null).slice(0, 4).map((r) => schoolRecord({ ...r, flags: { ...r.flags, rural: r.flags.rural ?? false } }));
  const base = tidyInput(15).records.find((r) => r.type === "junior" && r.stage === "junior") as SchoolRecord;
  /** The 初中 with its rurality and 寄宿制 flag as given, and no boarder count when it boards. */
  function junior(name: string, rural: boolean | undefined, boarding: boolean): SchoolRecord {
    const { boardingStudents, ...fields } = withValue(withValue(base, "students", 394), "publicFunding", 391_400).fields;
    const flags = { ...base.flags, boarding, ...(rural === undefined ? {} : { rural }) };
    if (rural === undefined) delete (flags as { rural?: boolean }).rural;
    return schoolRecord({ ...base, id: `S!${name}`, name, fields: boarding ? fields : { ...fields, boardingStudents: boardingStudents ?? { value: 0, cell: "X!Z2" } }, flags });
  }
  const records = [junior("甲中学", undefined, false), junior("乙中学", true, true), junior("丙中学", undefined, true), junior("丁中学", true, false), junior("戊中学", false, false), ...others];
  const input = { records, countyFigures: [], year: 2024 };

  it("says why on both paths, alike: an unstated rurality, boarders not given, both; nothing when the shortfall is the full gap (which the fast path takes)", () => {
    agree(input, SICHUAN);
    const schools = evaluate(input, SICHUAN).counties.flatMap((c) => c.schoolGuarantee);
    const byName = new Map(schools.map((g) => [g.name, [g.fundingShortfall, g.fundingShortfallLowerBound]]));
    expect(["甲中学", "乙中学", "丙中学", "丁中学", "戊中学"].map((n) => byName.get(n))).toEqual([
      [18_360, { ruralFunded: 500, boardersUncounted: false }],
      [128_600, { ruralFunded: null, boardersUncounted: true }],
      [18_360, { ruralFunded: 500, boardersUncounted: true }],
      [128_600, null],
      [18_360, null],
    ]);
    expect(schools.filter((g) => g.fundingShortfallLowerBound !== null).map((g) => g.name)).toEqual(["甲中学", "乙中学", "丙中学"]);
    // The fast path leaves the lower bounds to the reference, which words them, and takes the others.
    const { columns, table } = countySections(records, SICHUAN).sections;
    const roles = recordRoles(table, records.length);
    const taken = groupSchools(records).filter((g) => g.name.endsWith("中学")).map((g) => [g.name, fastRow(g, columns, roles, SICHUAN) !== null]);
    expect(taken).toEqual([["甲中学", false], ["乙中学", false], ["丙中学", false], ["丁中学", true], ["戊中学", true]]);
  });

  it("a 寄宿制 school giving neither its boarders nor its rurality, 450 000 yuan: undecided on both paths, with the warning that both decide", () => {
    // By hand: urban 1040 × 394 = 409 760 ≤ 450 000 before the boarders (300 each, how many unknown);
    // rural, funded as 500, 1040 × 500 = 520 000 before any boarder: at least 70 000 short.
    const both = withValue(junior("己中学", undefined, true), "publicFunding", 450_000);
    const withBoth = { records: [both, ...others], countyFigures: [], year: 2024 };
    agree(withBoth, SICHUAN);
    const evaluation = evaluate(withBoth, SICHUAN);
    expect(evaluation.counties.flatMap((c) => c.schoolGuarantee).filter((g) => g.name === "己中学").map((g) => [g.fundingShortfall, g.fundingShortfallLowerBound])).toEqual([[null, null]]);
    expect(evaluation.issues.filter((i) => i.code.startsWith("funding_")).map((i) => [i.code, i.params])).toEqual([["funding_rurality_boarders_unknown", { school: "己中学", students: 394, funded: 500, shortfall: 70_000 }]]);
    const { columns, table } = countySections(withBoth.records, SICHUAN).sections;
    const group = groupSchools(withBoth.records).find((g) => g.name === "己中学") as SchoolGroup;
    expect(fastRow(group, columns, recordRoles(table, withBoth.records.length), SICHUAN)).toBeNull();
  });
});

describe("class counts from the largest class alone (rules.md §4 item 5: a largest class over the cap is at least one class over it)", () => {
  const tidy = tidyInput(15).records.filter((r) => r.stage !== null);
  /** A tidy row of `type` renamed, with no class-size buckets and its largest class `largest`. */
  function largestOnly(type: "primary" | "junior", name: string, largest: number): SchoolRecord {
    // Not a boarding school: its G6 (boarders) is not what this suite is about, and may leave it to the reference path.
    const base = tidy.find((r) => r.type === type && r.stage === type && r.flags.boarding !== true) as SchoolRecord;
    const fields = Object.fromEntries(Object.entries(base.fields).filter(([k]) => !k.startsWith("classes_"))) as Fields;
    return schoolRecord({ ...base, id: `S!${name}`, name, fields: { ...fields, largestClass: { value: largest, cell: "X!Z3" } } });
  }
  const ours = [largestOnly("junior", "城区初级中学", 56), largestOnly("junior", "乡村初中丙", 51), largestOnly("primary", "城区第一小学", 46), largestOnly("primary", "甲小学", 45)];
  const input = { records: [...ours, ...tidy.slice(0, 4)], countyFigures: [], year: 2024 };

  it("fail G5 alike on both paths (the fast path takes them), and give their counts as lower bounds", () => {
    agree(input, SICHUAN);
    const county = evaluate(input, SICHUAN).counties[0];
    const names = ours.map((r) => r.name);
    expect(county?.items.find((i) => i.code === "G5")?.failingSchools.filter((n) => names.includes(n))).toEqual(["城区初级中学", "乡村初中丙", "城区第一小学"]);
    // By hand: 56 (cap 50) → ≥ 1 over, ≥ 1 of 56+, 0 of 66+; 51 → ≥ 1 over, 0 of 56+; 46 (cap 45) → ≥ 1 over; 45 → 0.
    const counts = county?.schoolGuarantee.filter((g) => names.includes(g.name)).map((g) => [g.name, g.classesOverCap, g.largeClasses, g.superLargeClasses, g.classCountsLowerBound === null ? null : g.classCountsLowerBound.classesOverCap]);
    expect(counts).toEqual([
      ["城区初级中学", 1, 1, 0, true],
      ["乡村初中丙", 1, 0, 0, true],
      ["城区第一小学", 1, 0, 0, true],
      ["甲小学", 0, 0, 0, null],
    ]);
    const { columns, table } = countySections(input.records, SICHUAN).sections;
    const roles = recordRoles(table, input.records.length);
    expect(groupSchools(input.records).filter((g) => names.includes(g.name)).map((g) => fastRow(g, columns, roles, SICHUAN) !== null)).toEqual([true, true, true, true]);
  });
});

describe("room shortfalls from the rooms' total area (rules.md §4 item 3: compliant rooms estimated as the most there can be)", () => {
  const base = tidyInput(15).records.find((r) => r.type === "primary" && r.stage === "primary" && r.fields.classes !== undefined) as SchoolRecord;
  const classes = base.fields.classes?.value ?? 0;
  // By hand (national: 96 m² a music room, not relaxed): needed = ceil(classes ÷ 12) rooms of total area 96 × needed − 1 → at most
  // needed − 1 compliant, short at least 1; the art rooms' compliant count given, needed: short exactly 0.
  const needed = Math.ceil(classes / 12);
  /** The tidy 小学 renamed, neither built by 2016 nor rural, with its music rooms given by number and total area. */
  function estimated(name: string, area: number): SchoolRecord {
    const { musicRoomsCompliant: _compliant, artRooms: _rooms, artRoomsArea: _area, ...fields } = base.fields;
    const { builtYear: _built, ...flags } = base.flags;
    const rooms = { musicRooms: { value: needed, cell: "X!Z4" }, musicRoomsArea: { value: area, cell: "X!Z5" }, artRoomsCompliant: { value: needed, cell: "X!Z6" } };
    return schoolRecord({ ...base, id: `S!${name}`, name, fields: { ...fields, ...rooms }, flags: { ...flags, rural: false, builtBy2016: false } });
  }
  const ours = [estimated("甲小学", 96 * needed - 1), estimated("乙小学", 96 * needed)];
  const others = tidyInput(15).records.filter((r) => r.stage !== null && r.id !== base.id).slice(0, 4);
  const input = { records: [...ours, ...others], countyFigures: [], year: 2024 };

  it("fail G3 alike on both paths (the fast path takes them), short at least 1 as a lower bound; a shortfall of 0 so estimated is one too", () => {
    expect(needed).toBeGreaterThanOrEqual(2);
    agree(input, NATIONAL);
    const county = evaluate(input, NATIONAL).counties[0];
    expect(county?.items.find((i) => i.code === "G3")?.failingSchools).toContain("甲小学");
    const names = ours.map((r) => r.name);
    const found = county?.schoolGuarantee.filter((g) => names.includes(g.name)).map((g) => [g.name, g.musicRoomsShort, g.artRoomsShort, g.roomsShortLowerBound]);
    // 乙小学: 96 × needed m² count as needed rooms, short 0, yet one room of all the area would leave needed − 1 short.
    expect(found).toEqual([
      ["甲小学", 1, 0, { music: true, art: false }],
      ["乙小学", 0, 0, { music: true, art: false }],
    ]);
    const { columns, table } = countySections(input.records, NATIONAL).sections;
    const roles = recordRoles(table, input.records.length);
    expect(groupSchools(input.records).filter((g) => names.includes(g.name)).map((g) => fastRow(g, columns, roles, NATIONAL)?.roomsEstimated)).toEqual([true, true]);
  });
});

/**
 * A special school of both stages on one row (县特殊教育学校 of H5's county workbook: 60 小学, 26
 * 初中 students) is two sections, split as a 九年一贯制 (recordSections), on the fast path too.
 * By hand: 526 m² × 60 ÷ (60 + 1.1 × 26) = 356.2077 to 小学, 169.7923 to 初中.
 */
describe("a special school of both stages on both paths", () => {
  it.each(PROFILES)("two sections of 60 and 26 students, the shared area split 60 : 28.6 (%s)", (_id, profile) => {
    const others = tidyInput(17).records.filter((r) => r.type === "primary" && r.stage === "primary").slice(0, 3);
    const stageFields = { primary: { students: { value: 60, cell: "S!E40" } }, junior: { students: { value: 26, cell: "S!F40" } } };
    const school = recordOf({ teachingArea: 526 }, { id: "S!40", name: "县特殊教育学校", county: others[0]?.county ?? "A", type: "special", stage: null, stageFields, source: { sheet: "S", row: 40 } });
    const input: EvaluationInput = { records: [...others.map((r) => ({ ...r, county: school.county })), school], countyFigures: [], year: null };
    for (const paths of ["fast", "reference"] as const) {
      const sections = evaluate(input, profile, { paths }).counties[0]?.sections.filter((s) => s.recordId === "S!40") ?? [];
      expect(sections.map((s) => [s.stage, s.students, s.included, s.exclusion])).toEqual([
        ["primary", 60, false, "special_education"],
        ["junior", 26, false, "special_education"],
      ]);
      expect(sections.map((s) => s.split?.share ?? null)).toEqual([expect.closeTo(60 / 88.6, 12), expect.closeTo(28.6 / 88.6, 12)]);
    }
    agree(input, profile);
  });
});

/**
 * A school whose G3 hinges on its unstated 城乡, warned on the fast path, whose rooms at the relaxed
 * area would be an estimate that may be too high while at the judged area they are not: the
 * warning must not carry the relaxed area's estimate into the judged G3 (roomsEstimated). By hand
 * (national, rules.md §4 item 3): 6 classes → ceil(6 ÷ 12) = 1 room of each kind needed; 2 music
 * rooms of 80 m² in all and 2 art rooms of 80 m² in all. Judged (城乡 not given: 96 / 90 m²):
 * compliant min(2, ⌊80 ÷ 96⌋) = 0 and min(2, ⌊80 ÷ 90⌋) = 0, short 1 + 1, not estimated (0 rooms
 * cannot be too many). As a small rural school (54 m², largest class 25 < 30): min(2, ⌊80 ÷ 54⌋) = 1,
 * short 0 — passes, so rooms_rurality_unknown at its classes cell; that 1 would be an estimate (80 < 2 × 54).
 */
describe("G3 hinging on an unstated 城乡, on the fast paths (plain: largest class only; general: buckets as well)", () => {
  const rooms = { students: 150, classes: 6, largestClass: 25, musicRooms: 2, musicRoomsArea: 80, artRooms: 2, artRoomsArea: 80 };
  const plain = recordOf(rooms, { id: "S!2", name: "甲小学", source: { sheet: "S", row: 2 } });
  // All ten buckets (an incomplete set is a problem, left to the reference): 6 classes of 25 or fewer.
  const buckets = Object.fromEntries(CLASS_BUCKETS.map((b) => [b.key, b.key === "classes_le25" ? 6 : 0]));
  const general = recordOf({ ...rooms, ...buckets }, { id: "S!3", name: "乙小学", source: { sheet: "S", row: 3 } });
  const input: EvaluationInput = { records: [plain, general], countyFigures: [], year: 2024 };

  it("short 1 + 1, not met, not estimated; one warning each at its classes cell, on both paths alike", () => {
    agree(input, NATIONAL);
    const evaluation = evaluate(input, NATIONAL);
    const county = evaluation.counties[0];
    expect(county?.schoolGuarantee.map((g) => [g.name, g.musicRoomsShort, g.artRoomsShort, g.roomsShortLowerBound])).toEqual([
      ["甲小学", 1, 1, null],
      ["乙小学", 1, 1, null],
    ]);
    expect(county?.items.find((i) => i.code === "G3")?.verdict).toBe("not_met");
    const warned = evaluation.issues.filter((i) => i.code === "rooms_rurality_unknown" || i.code === "guarantee_rooms_estimated");
    expect(warned.map((i) => [i.code, i.cell, i.params["school"]])).toEqual([
      ["rooms_rurality_unknown", "T!classes", "甲小学"],
      ["rooms_rurality_unknown", "T!classes", "乙小学"],
    ]);
  });

  it("the fast paths take both schools, by the plain checks and the general ones, their rooms not estimated", () => {
    const { columns, table } = countySections(input.records, NATIONAL).sections;
    const roles = recordRoles(table, input.records.length);
    expect(input.records.map((r, i) => plainSchoolChecks(r, i, columns, roles, plainPlan(NATIONAL), checkTable(1), 0))).toEqual([true, null]);
    expect(groupSchools(input.records).map((g) => [fastChecks(g, columns, roles, NATIONAL)?.row.roomsEstimated, fastChecks(g, columns, roles, NATIONAL)?.issues.length])).toEqual([
      [false, 1],
      [false, 1],
    ]);
  });
});
