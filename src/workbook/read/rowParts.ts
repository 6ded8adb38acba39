import type { Stage } from "../../engine/types";
import type { RowRecord } from "./readSchoolRows";
import { seniorOfName, splitSection } from "./schoolKind";

/**
 * A name without its section or senior-part suffix, as written (splitSection, seniorOfName):
 * `实验学校（小学部）` → `实验学校`, `二中（高中部）` → `二中`; another name trimmed. The one reading of
 * which school a row is part of, for joining sections, naming them and telling campuses apart.
 * @example schoolOfSection("实验学校（初中部）") // "实验学校"; schoolOfSection(" 河口学校 ") // "河口学校"
 */
export function schoolOfSection(name: string): string {
  return splitSection(name)?.school ?? seniorOfName(name) ?? name.trim();
}

/** What a row is of a combined school: a stage's section, or the senior part (RowRecord.senior). */
export type RowPart = Stage | "senior";

/** @example partOf(a 高中 row of 二中) // "senior"; partOf(a row without a stage) // null */
export function partOf(r: RowRecord): RowPart | null {
  return r.senior === true ? "senior" : r.record.stage;
}

/** A row's 0-based sheet row (its source row is 1-based). @example rowOf(a record from row 5) // 4 */
export function rowOf(r: RowRecord): number {
  return (r.record.source?.row ?? 0) - 1;
}
