import type { Issue } from "../../engine/types";
import { issueAt } from "./issue";
import type { RowKind } from "./rowKind";

/** The county a school row wrote in its 县区 cell, and that cell (`全市学校!A18`). */
export interface CountyAbove {
  readonly county: string;
  readonly cell: string;
}

/** A school row whose blank 县区 cell took the county written above it (0-based row). */
export interface FilledCounty {
  readonly row: number;
  readonly from: CountyAbove;
}

/**
 * The rows of one block: a school, a campus row named from above, a school's stage lines or its
 * 其中… breakdown. Any other row (a 小计 / 合计, a heading, a blank row, a note, a repeated header)
 * ends the block, so a county above it is another block's and is not carried past it.
 */
const IN_BLOCK: ReadonlySet<RowKind> = new Set<RowKind>(["school", "unnamed", "stageLine", "breakdown"]);

/**
 * The county a blank 县区 cell on this row would take, as a cell merged down over the block would
 * give (README "What it reads": a 县区 written only on the first row of its block counts for the blank
 * rows below it): the last school row's own county, carried while the rows stay in its block.
 *
 * @example 乙县 | 三小 (A5) then (blank) | 四小 → { county: "乙县", cell: "全市学校!A5" } for 四小; after a 小计 row → null
 */
export function countyAfterRow(kind: RowKind, own: CountyAbove | null, before: CountyAbove | null): CountyAbove | null {
  if (!IN_BLOCK.has(kind)) return null;
  return kind === "school" && own !== null ? own : before;
}

/** 1-based row numbers as ranges: [5, 6, 7, 9] → "6–8、10". */
function rowRanges(rows: readonly number[]): string {
  const ranges: number[][] = [];
  for (const row of rows) {
    const last = ranges[ranges.length - 1];
    if (last !== undefined && last[last.length - 1] === row - 1) last.push(row);
    else ranges.push([row]);
  }
  return ranges.map((r) => (r.length === 1 ? `${(r[0] ?? 0) + 1}` : `${(r[0] ?? 0) + 1}–${(r[r.length - 1] ?? 0) + 1}`)).join("、");
}

/**
 * One info issue per county cell that blank 县区 cells below it took, at the first of them: the
 * county, its cell and the rows that took it, so a reader can check them.
 *
 * @example rows 5 and 6 (0-based) from 全市学校!A5 (乙县) → read_county_from_above at 全市学校!A6, rows "6–7"
 */
export function countyDownIssues(sheet: string, column: number, filled: readonly FilledCounty[]): Issue[] {
  const byCell = new Map<string, FilledCounty[]>();
  for (const f of filled) byCell.set(f.from.cell, [...(byCell.get(f.from.cell) ?? []), f]);
  return [...byCell.values()].flatMap((group) => {
    const first = group[0];
    if (first === undefined) return [];
    const params = { county: first.from.county, countyCell: first.from.cell, rows: rowRanges(group.map((f) => f.row)) };
    return [issueAt("read_county_from_above", "info", sheet, first.row, column, params)];
  });
}
