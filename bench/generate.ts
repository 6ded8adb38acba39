import type { CountyFigure, EvaluationInput, FieldKey, Fields, SchoolRecord, SchoolType, Stage } from "../src/engine/types";
import { schoolRecord } from "../src/engine/schoolRecord";
import { columnLetters } from "../src/workbook/address";
import { createRandom, type Random } from "./random";

/**
 * Synthetic, deterministic county data for the benchmark: single-stage primary and junior
 * schools plus 九年一贯制 schools given as whole-school rows (per-stage numbers in `stageFields`,
 * shared areas / equipment / rooms in `fields`), with values spread around the national standards
 * (rules.md §2) so that some sections fail and the CVs land near real ones (0.2–0.5). Records are
 * built through schoolRecord, as the workbook reader builds them, so that the engine meets the
 * same hidden classes here as on a real workbook.
 */

export interface BenchSize {
  readonly sections: number;
  readonly counties: number;
}

export const SHEET = "学校基本情况";
/** Share of generated schools that are combined 九年一贯制 schools (two sections each). */
const COMBINED_SHARE = 0.15;
const JUNIOR_SHARE = 0.3;

/** Per-stage numbers of one section, before they become Sourced fields. */
export type StageValues = Readonly<Record<(typeof STAGE_KEYS)[number], number>>;
/** Whole-school numbers (shared by the stages of a combined school). */
export type SharedValues = Readonly<Record<(typeof SHARED_KEYS)[number], number>>;

export const STAGE_KEYS = [
  "students",
  "classes",
  "teachers",
  "qualifiedTeachers",
  "backboneTeachers",
  "peArtTeachers",
  "certifiedTeachers",
  "trainedTeachers",
  "largestClass",
] as const satisfies readonly FieldKey[];

export const SHARED_KEYS = [
  "teachingArea",
  "indoorSportsArea",
  "sportsGroundArea",
  "equipmentValue",
  "multimediaRooms",
  "musicRooms",
  "musicRoomsArea",
  "artRooms",
  "artRoomsArea",
] as const satisfies readonly FieldKey[];

/** One generated school: one stage, or both for a 九年一贯制 school. */
export interface SchoolPlan {
  readonly county: string;
  readonly name: string;
  readonly type: SchoolType;
  readonly stages: Partial<Record<Stage, StageValues>>;
  readonly shared: SharedValues;
}

/** Ranges per stage: students, then per-100 (L1–L3, L7) or per-student (L4 net, L5, L6) values. */
const RANGES = {
  primary: { students: [60, 2400], L1: [3.2, 8.5], L2: [0.4, 2.4], L3: [0.6, 2.2], L4: [3.6, 9], L5: [5, 16], L6: [1500, 5000], L7: [1.8, 5] },
  junior: { students: [120, 2000], L1: [4.2, 10], L2: [0.4, 2.4], L3: [0.6, 2.0], L4: [4.6, 11], L5: [7.5, 20], L6: [1900, 6000], L7: [1.9, 5] },
} as const;

function stageValues(r: Random, stage: Stage, students: number): StageValues {
  const g = RANGES[stage];
  const per100 = (range: readonly [number, number]): number => Math.round((students * r.uniform(range[0], range[1])) / 100);
  const qualifiedTeachers = per100(g.L1);
  const teachers = Math.max(qualifiedTeachers + 1, Math.round(students / r.uniform(11, 18)));
  const classes = Math.max(1, Math.ceil(students / r.uniform(28, 46)));
  return {
    students,
    classes,
    teachers,
    qualifiedTeachers,
    backboneTeachers: per100(g.L2),
    peArtTeachers: per100(g.L3),
    certifiedTeachers: teachers - (r.next() < 0.05 ? 1 : 0),
    trainedTeachers: teachers - (r.next() < 0.05 ? 1 : 0),
    largestClass: Math.min(70, Math.ceil(students / classes) + r.int(0, 8)),
  };
}

/** Shared resources for the given students per stage (areas in m², equipment in whole yuan). */
function sharedValues(r: Random, stages: Partial<Record<Stage, StageValues>>): SharedValues {
  let [net, indoor, ground, equipment, rooms, classes] = [0, 0, 0, 0, 0, 0];
  for (const stage of ["primary", "junior"] as const) {
    const v = stages[stage];
    if (v === undefined) continue;
    const g = RANGES[stage];
    const hallPerStudent = r.next() < 0.4 ? 0 : r.uniform(0.1, 0.6);
    net += v.students * r.uniform(g.L4[0], g.L4[1]);
    indoor += v.students * hallPerStudent;
    ground += v.students * (r.uniform(g.L5[0], g.L5[1]) - hallPerStudent);
    equipment += v.students * r.uniform(g.L6[0], g.L6[1]);
    rooms += (v.students * r.uniform(g.L7[0], g.L7[1])) / 100;
    classes += v.classes;
  }
  const needed = Math.ceil(classes / 12);
  const musicRooms = Math.max(0, needed - (r.next() < 0.1 ? 1 : 0));
  const artRooms = Math.max(0, needed - (r.next() < 0.1 ? 1 : 0));
  return {
    teachingArea: Math.round(net + indoor),
    indoorSportsArea: Math.round(indoor),
    sportsGroundArea: Math.round(ground),
    equipmentValue: Math.round(equipment),
    multimediaRooms: Math.max(1, Math.round(rooms)),
    musicRooms,
    musicRoomsArea: Math.round(musicRooms * r.uniform(80, 110)),
    artRooms,
    artRoomsArea: Math.round(artRooms * r.uniform(75, 105)),
  };
}

function planSchool(r: Random, county: string, index: number, combined: boolean): SchoolPlan {
  if (combined) {
    const stages = {
      primary: stageValues(r, "primary", Math.round(r.logUniform(80, 1500))),
      junior: stageValues(r, "junior", Math.round(r.logUniform(60, 900))),
    };
    return { county, name: `${county}第${index}学校`, type: "nine_year", stages, shared: sharedValues(r, stages) };
  }
  const stage: Stage = r.next() < JUNIOR_SHARE ? "junior" : "primary";
  const [lo, hi] = RANGES[stage].students;
  const stages = { [stage]: stageValues(r, stage, Math.round(r.logUniform(lo, hi))) };
  const name = `${county}第${index}${stage === "primary" ? "小学" : "中学"}`;
  return { county, name, type: stage, stages, shared: sharedValues(r, stages) };
}

/** County names such as `县007`, zero-padded so they sort. */
export function countyName(i: number): string {
  return `县${String(i + 1).padStart(3, "0")}`;
}

/**
 * Schools adding up to exactly `size.sections` sections, spread evenly over the counties.
 *
 * @example generateSchools({ sections: 100, counties: 2 }).reduce((n, s) => n + Object.keys(s.stages).length, 0) // 100
 */
export function generateSchools(size: BenchSize, seed = 20240601): SchoolPlan[] {
  const r = createRandom(seed ^ size.sections);
  const plans: SchoolPlan[] = [];
  for (let c = 0, made = 0; c < size.counties; c++) {
    const quota = Math.round(((c + 1) * size.sections) / size.counties) - made;
    for (let n = 0; n < quota; ) {
      const combined = quota - n >= 2 && r.next() < COMBINED_SHARE;
      plans.push(planSchool(r, countyName(c), plans.length + 1, combined));
      n += combined ? 2 : 1;
    }
    made += quota;
  }
  return plans;
}

/** Field order on the generated flat sheet, from column E; a combined row's junior numbers follow in a second block. */
const FIELD_COLUMNS: readonly FieldKey[] = [...STAGE_KEYS, ...SHARED_KEYS];
const FIRST_FIELD_COLUMN = 4;

function sourced(values: Readonly<Record<string, number>>, keys: readonly FieldKey[], row: number, offset: number): Fields {
  const fields: Fields = {};
  for (const key of keys) {
    const value = values[key];
    const column = FIRST_FIELD_COLUMN + offset * FIELD_COLUMNS.length + FIELD_COLUMNS.indexOf(key);
    if (value !== undefined) fields[key] = { value, cell: `${SHEET}!${columnLetters(column)}${row}` };
  }
  return fields;
}

function toRecord(plan: SchoolPlan, row: number): SchoolRecord {
  const base = { id: `${SHEET}!${row}`, name: plan.name, county: plan.county, type: plan.type, flags: {}, source: { sheet: SHEET, row } };
  const { primary, junior } = plan.stages;
  if (primary !== undefined && junior !== undefined) {
    const stageFields = { primary: sourced(primary, STAGE_KEYS, row, 0), junior: sourced(junior, STAGE_KEYS, row, 1) };
    return schoolRecord({ ...base, stage: null, fields: sourced(plan.shared, SHARED_KEYS, row, 0), stageFields });
  }
  const stage: Stage = primary !== undefined ? "primary" : "junior";
  const values = { ...plan.shared, ...(primary ?? junior) };
  return schoolRecord({ ...base, stage, fields: sourced(values, FIELD_COLUMNS, row, 0) });
}

/** A few county-level figures per county (guarantee, quality, recognition), as a bureau lists them. */
function countyFigures(counties: number): CountyFigure[] {
  const figures: CountyFigure[] = [];
  const items: readonly [string, number | boolean][] = [
    ["G8_pay_ratio", 1.04],
    ["G9_training_rate", 1],
    ["G11_rotation_rate", 0.12],
    ["G11_backbone_rotation", 0.22],
    ["Q1_consolidation", 0.97],
    ["Q3_charter_digital", true],
    ["R1_recognition", 0.91],
  ];
  for (let c = 0; c < counties; c++) {
    items.forEach(([code, value], i) => figures.push({ county: countyName(c), code, value, cell: `县级指标!B${c * items.length + i + 2}` }));
  }
  return figures;
}

/** The engine input for one benchmark size. Deterministic: the same size gives the same input. */
export function generateInput(size: BenchSize, seed?: number): EvaluationInput {
  const records = generateSchools(size, seed).map((plan, i) => toRecord(plan, i + 4));
  return { records, countyFigures: countyFigures(size.counties), year: 2024 };
}
