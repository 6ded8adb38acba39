import type { Profile } from "../profiles/schema";
import type { SectionProblem } from "./sectionInput";
import { STAGES, type CellRef, type Fields, type SchoolRecord, type SchoolType, type Stage } from "./types";

export type Weights = Partial<Record<Stage | "senior", number>>;

/**
 * Weights per student for a combined type (rules.md §2), or null for a single-stage type.
 * @example splitWeights("twelve_year", national) // { primary: 1, junior: 1.1, senior: 1.32 }
 */
export function splitWeights(type: SchoolType, profile: Profile): Weights | null {
  // A special school of both stages (recordStageBits) splits as the one type of 小学 and 初中 alone: 1 : 1.1.
  if (type === "nine_year" || type === "special") return profile.splitWeights.nine_year;
  if (type === "twelve_year") return profile.splitWeights.twelve_year;
  if (type === "complete_middle") return profile.splitWeights.complete_middle;
  return null;
}

/**
 * The compulsory stages a combined type has sections for (rules.md §2 "Scope"), as bits by STAGES
 * index; a 完全中学 has only a junior one.
 * @example combinedBits("nine_year") // 0b11; combinedBits("complete_middle") // 0b10; combinedBits("primary") // 0
 */
export function combinedBits(type: SchoolType): number {
  if (type === "nine_year" || type === "twelve_year") return 0b11;
  return type === "complete_middle" ? 0b10 : 0;
}

/**
 * combinedBits as stage names, in STAGES order.
 * @example combinedStages("complete_middle") // ["junior"]; combinedStages("primary") // []
 */
export function combinedStages(type: SchoolType): readonly Stage[] {
  const bits = combinedBits(type);
  return STAGES.filter((_, s) => (bits & (1 << s)) !== 0);
}

/**
 * The stages a record without a stage is split into, as bits by STAGES index: its type's
 * (combinedBits), or both for a special school whose row gives students for each (the reader
 * keeps such a row whole, readSchoolRows), so that neither stage's students are dropped
 * (rules.md §2 "Combined schools": one primary student : one junior student = 1 : 1.1).
 * @example recordStageBits(特殊教育学校 with 60 小学 and 26 初中 students) // 0b11; recordStageBits(小学 row) // 0
 */
export function recordStageBits(record: SchoolRecord): number {
  const bits = combinedBits(record.type);
  if (bits !== 0 || record.type !== "special") return bits;
  return STAGES.every((s) => record.stageFields?.[s]?.students !== undefined) ? 0b11 : 0;
}

/**
 * recordStageBits as stage names, in STAGES order.
 * @example recordStages(特殊教育学校 with 60 小学 and 26 初中 students) // ["primary", "junior"]
 */
export function recordStages(record: SchoolRecord): readonly Stage[] {
  const bits = recordStageBits(record);
  return STAGES.filter((_, s) => (bits & (1 << s)) !== 0);
}

export type ShareOutcome =
  | { readonly kind: "shares"; readonly shares: Readonly<Partial<Record<Stage, number>>> }
  /** `problem` null: every stage has zero students, which each section reports itself. */
  | { readonly kind: "unknown"; readonly problem: SectionProblem | null };

function unknown(code: string, cell: CellRef, params: Record<string, string>): ShareOutcome {
  return { kind: "unknown", problem: { code, severity: "error", blocking: true, cell, params } };
}

/** Any cell of the record's row: a shared value's, else a stage's; null only for a record holding none. */
function rowCell(record: SchoolRecord): CellRef {
  const stageFields: readonly (Fields | undefined)[] = Object.values(record.stageFields ?? {});
  const all = [record.fields, ...stageFields].flatMap((f) => Object.values(f ?? {}));
  return all.find((v) => v !== undefined && v.cell !== null)?.cell ?? null;
}

/**
 * Where a stage's missing students are said (workbooks.md: every value not read, with its cell):
 * the stage's blank students cell, else the row's, else the whole school's students count (the
 * number that would have to be given per stage), else any cell of the row.
 *
 * @example a 完全中学 row with 在校生数 F14 = 900 and no 初中 count → "学校综合表!F14"
 */
function missingStudentsCell(record: SchoolRecord, stage: Stage): CellRef {
  return record.stageBlankCells?.[stage]?.students ?? record.blankCells?.students ?? record.fields.students?.cell ?? rowCell(record);
}

/**
 * Where a missing senior count is said: its blank column's cell, else the whole school's students
 * cell, else a stage's students cell (the counts the senior part is missing beside), else any cell.
 *
 * @example a 完全中学 row with 初中在校生 E13 = 900 and no 高中 column → "学校基本情况!E13"
 */
function missingSeniorCell(record: SchoolRecord, stages: readonly Stage[]): CellRef {
  const staged = stages.map((s) => record.stageFields?.[s]?.students?.cell ?? null).find((c) => c !== null) ?? null;
  return record.blankCells?.seniorStudents ?? record.fields.students?.cell ?? staged ?? rowCell(record);
}

/** Weighted students of the senior part, or null when it has senior weights and no count. */
function seniorWeighted(record: SchoolRecord, weights: Weights): number | null {
  if (weights.senior === undefined) return 0;
  const senior = record.fields.seniorStudents;
  return senior === undefined ? null : weights.senior * senior.value;
}

/**
 * Each stage's share of a combined school's shared resources by weighted students (rules.md §2
 * "Combined schools"): share_s = w_s × P_s ÷ Σ w × P, the senior students of a 十二年一贯制 or
 * 完全中学 counting in the denominator only.
 *
 * @example WE-2: 九年一贯制, 166 primary and 210 junior students, weights 1 : 1.1 →
 * primary 166 ÷ (166 + 1.1 × 210) = 166 ÷ 397, junior 231 ÷ 397; of 23 226 m²: 9711.63 / 13 514.37.
 */
export function splitShares(record: SchoolRecord, stages: readonly Stage[], profile: Profile): ShareOutcome {
  const weights = splitWeights(record.type, profile) ?? {};
  const weighted: Partial<Record<Stage, number>> = {};
  for (const stage of stages) {
    const students = record.stageFields?.[stage]?.students;
    if (students === undefined) return unknown("split_missing_students", missingStudentsCell(record, stage), { missingStage: stage });
    weighted[stage] = (weights[stage] ?? 1) * students.value;
  }
  const senior = seniorWeighted(record, weights);
  if (senior === null) return unknown("split_missing_senior_students", missingSeniorCell(record, stages), {});
  const total = Object.values(weighted).reduce((a, b) => a + b, senior);
  if (!(total > 0)) return { kind: "unknown", problem: null };
  return { kind: "shares", shares: Object.fromEntries(stages.map((s) => [s, (weighted[s] ?? 0) / total])) };
}
