import { schoolRecord } from "../../engine/schoolRecord";
import type { Issue } from "../../engine/types";
import { cellColumn } from "../address";
import type { Box, Grid } from "../types";
import { issueAtCell } from "./issue";
import { mergeAt } from "./mergeIndex";
import { rowRanges } from "./rowRanges";
import type { RowRecord } from "./readSchoolRows";
import { partOf, rowOf, schoolOfSection, type RowPart } from "./rowParts";

/** The suffix a combined school's row of each part is named with (README: 小学部 / 初中部 rows). */
const SUFFIX: Readonly<Record<RowPart, string>> = { primary: "（小学部）", junior: "（初中部）", senior: "（高中部）" };

/** The merged area a row's name cell lies in, if any. */
function nameMerge(grid: Grid, r: RowRecord): Box | undefined {
  const column = cellColumn(r.nameCell);
  return column === null ? undefined : mergeAt(grid, rowOf(r), column);
}

/** Whether rows hold a 小学 row and an 初中 row: the two stages a 九年一贯制 school's rows are. */
function bothStages(rows: readonly RowRecord[]): boolean {
  return rows.some((r) => partOf(r) === "primary") && rows.some((r) => partOf(r) === "junior");
}

/** A row named as its part's section of `school` (实验学校 → 实验学校（小学部）). */
function asSection(r: RowRecord, school: string): RowRecord {
  const part = partOf(r);
  return part === null ? r : { ...r, record: schoolRecord({ ...r.record, name: `${school}${SUFFIX[part]}` }) };
}

/**
 * A group of one school's parts (joinSections) whose name is one cell merged over exactly its rows,
 * a 小学 row and an 初中 row among them, with each row named as its section (实验学校 merged over
 * both → 实验学校（小学部）, 实验学校（初中部）; a 高中 row → （高中部）): the same rows, named as
 * README's 小学部 / 初中部 rows are, so that they are one school wherever sections are paired by
 * name (the guarantee items' school size and rooms count the whole school, rules.md §4 items 3–4).
 * Null for any other group.
 *
 * @example 实验学校 merged over A4:A5, rows 小学 1500 / 初中 1200 → [实验学校（小学部） 1500, 实验学校（初中部） 1200]
 * @example the same name typed on both rows, not merged → null
 */
export function sectionsUnderMergedName(grid: Grid, group: readonly RowRecord[]): RowRecord[] | null {
  const [first, last] = [group[0], group[group.length - 1]];
  if (first === undefined || last === undefined || group.length < 2 || !bothStages(group)) return null;
  const box = nameMerge(grid, first);
  if (box === undefined || box.top !== rowOf(first) || box.bottom !== rowOf(last)) return null;
  const school = schoolOfSection(first.record.name);
  return group.map((r) => asSection(r, school));
}

/**
 * A group of one school's parts (joinSections) whose rows each carry the same bare name, typed
 * again on each row without a section suffix (河口学校 on a 小学 row and on the 初中 row under it), a
 * 小学 row and an 初中 row among them: each row named as its section, as sectionsUnderMergedName does
 * for a merged name — rows of both stages under one name, next to each other, are one school's
 * (README: 小学部 / 初中部 rows), whose size and rooms count the whole school (rules.md §4 items 3–4).
 * Null for any other group (a name with a suffix is a section's already; a merged name cell is
 * sectionsUnderMergedName's).
 *
 * @example 河口学校 小学 400 / 河口学校 初中 300 (rows 2–3) → [河口学校（小学部） 400, 河口学校（初中部） 300]
 */
export function sectionsUnderRepeatedName(grid: Grid, group: readonly RowRecord[]): RowRecord[] | null {
  const first = group[0];
  if (first === undefined || group.length < 2 || !bothStages(group)) return null;
  const school = schoolOfSection(first.record.name);
  // A name merged over other rows (mergedNameNotSections) is no name typed again.
  if (!group.every((r) => r.record.name.trim() === school && nameMerge(grid, r) === undefined)) return null;
  return group.map((r) => asSection(r, school));
}

/** The 1-based sheet rows of `rows`, as the messages list them (rowRanges): "4–5". */
function rowList(rows: readonly RowRecord[]): string {
  return rowRanges(rows.map(rowOf));
}

/**
 * The note at the (first) name cell of rows read as one school's sections (sectionsUnderMergedName,
 * sectionsUnderRepeatedName), when they stay sections: their names are the tool's, not the sheet's, which the user is told.
 */
export function sectionsNamedIssue(group: readonly RowRecord[], how: "merged" | "repeated"): Issue {
  const first = group[0] as RowRecord;
  return issueAtCell(`read_sections_name_${how}`, "info", first.nameCell, { name: schoolOfSection(first.record.name), rows: rowList(group) });
}

/** The rows read under each merged name cell, by the merged area (the grid's own Box objects). */
function rowsByNameMerge(grid: Grid, rows: readonly RowRecord[]): Map<Box, RowRecord[]> {
  const out = new Map<Box, RowRecord[]>();
  for (const r of rows) {
    const box = nameMerge(grid, r);
    if (box !== undefined) out.set(box, [...(out.get(box) ?? []), r]);
  }
  return out;
}

/**
 * A name cell merged over a 小学 row and an 初中 row that are not one school's two stages
 * (sectionsUnderMergedName: three rows 小学 / 初中 / 初中, rows of two counties…): the rows are read
 * each for its own stage, not as one school, which is warned at the merged cell. `handled`: the top
 * rows (0-based) of the merged names whose rows were read as one school.
 */
export function mergedNameNotSections(grid: Grid, rows: readonly RowRecord[], handled: ReadonlySet<number>): Issue[] {
  const issues: Issue[] = [];
  for (const [box, under] of rowsByNameMerge(grid, rows)) {
    const first = under[0];
    if (first === undefined || under.length < 2 || handled.has(box.top) || !bothStages(under)) continue;
    issues.push(issueAtCell("read_name_merged_not_sections", "warning", first.nameCell, { name: schoolOfSection(first.record.name), rows: rowList(under) }));
  }
  return issues;
}
