import type { Fields, SchoolRecord, Sourced } from "../../engine/types";
import { STAGES } from "../../engine/types";
import { foldText } from "./text";

/** How a copy's numbers differ from the sheets read in its place: how many cells, and the first (in the copy's row order). */
export interface CopyDifferences {
  readonly count: number;
  readonly first: { readonly cell: string; readonly value: number; readonly originalCell: string; readonly originalValue: number } | null;
}

/**
 * A school as the sheets of one list are compared by (pickSchoolSheets' schoolKeys: copies, parts
 * that must not share a school) and a copy's numbers matched: its name as written, folded, and its stage.
 * @example sheetSchoolKey({ name: "甲小学（东校区）", stage: "primary", … }) // "甲小学(东校区)|primary"
 */
export function sheetSchoolKey(record: SchoolRecord): string {
  return `${foldText(record.name)}|${record.stage ?? "whole"}`;
}

/** Each scope of a record's numbers (the row's, then each stage's), as the field lists to compare. */
function scopes(record: SchoolRecord): (Fields | undefined)[] {
  return [record.fields, ...STAGES.map((s) => record.stageFields?.[s])];
}

/**
 * The numbers of one scope that both sides give and that differ, the copy's first. A number given
 * on one side only is no difference: a backup may keep fewer columns (学校名称 | 在校生数 only).
 */
function scopeDifferences(copy: Fields | undefined, original: Fields | undefined): [Sourced, Sourced][] {
  const keys = Object.keys(copy ?? {}) as (keyof Fields)[];
  return keys.flatMap((k): [Sourced, Sourced][] => {
    const [c, o] = [copy?.[k], original?.[k]];
    return c === undefined || o === undefined || c.value === o.value ? [] : [[c, o]];
  });
}

/**
 * The numbers of a sheet taken for a copy (the same schools: sheetCopies) against those of the
 * sheets read in its place, school by school, where both give a number: a copy whose numbers
 * differ may be the newer version, which only the statistician can tell, so the warning says so
 * and where (copyIssues).
 *
 * @example copyDifferences([甲 students 500 at 学校 (2)!C3], [甲 students 480 at 学校!C3]) // { count: 1, first: { cell: "学校 (2)!C3", value: 500, originalCell: "学校!C3", originalValue: 480 } }
 */
export function copyDifferences(copy: readonly SchoolRecord[], original: readonly SchoolRecord[]): CopyDifferences {
  const byKey = new Map(original.map((r) => [sheetSchoolKey(r), r] as const));
  const found = copy.flatMap((r) => {
    const other = byKey.get(sheetSchoolKey(r));
    return other === undefined ? [] : scopes(r).flatMap((fields, s) => scopeDifferences(fields, scopes(other)[s]));
  });
  const [c, o] = found[0] ?? [];
  const first = c === undefined || o === undefined ? null : { cell: c.cell ?? "", value: c.value, originalCell: o.cell ?? "", originalValue: o.value };
  return { count: found.length, first };
}
