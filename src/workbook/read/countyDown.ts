import type { Issue } from "../../engine/types";
import { sameCounty } from "../../engine/countyFigures";
import { issueAt } from "./issue";
import { rowRanges } from "./rowRanges";
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

/** What a row under the header says of its county: its kind, its own 县区 cell, and whether any field cell holds a value. */
export interface RowCounty {
  readonly kind: RowKind;
  readonly own: CountyAbove | null;
  readonly numbers: boolean;
}

/** What the rows read so far carry down: the county a blank 县区 cell takes (or null), and the county the last school row wrote. */
export interface CountyCarry {
  readonly down: CountyAbove | null;
  readonly lastWritten: string | null;
}

export const NO_CARRY: CountyCarry = { down: null, lastWritten: null };

/**
 * The county a blank 县区 cell on the next row would take, as a cell merged down over the block would
 * give (README "What it reads": a 县区 written only on the first row of its block counts for the blank
 * rows below it): the last school row's own county, carried while the rows stay in its block.
 * Nothing is carried from a county the school row before it wrote too (two school rows in a row
 * write 北山县: the block writes every row's county, so a blank in it is a real blank, a 市直 school
 * among them: C2-blank-midblock), nor past a named row without any number (`numbers` false: a group
 * label the reader could not tell from a school with all data blank), which takes none itself.
 *
 * @example 乙县 | 三小 (A5) then (blank) | 四小 → down { county: "乙县", cell: "全市学校!A5" } for 四小; after a 小计 row → null
 * @example 北山县 | 一小, 北山县 | 二小, (blank) | 实验小学 → down null for 实验小学 (warned as blank)
 */
export function carryAfterRow(row: RowCounty, before: CountyCarry): CountyCarry {
  if (!IN_BLOCK.has(row.kind) || (row.kind === "school" && !row.numbers)) return NO_CARRY;
  if (row.kind !== "school") return before;
  if (row.own === null) return { down: before.down, lastWritten: null };
  const everyRow = before.lastWritten !== null && sameCounty(before.lastWritten, row.own.county);
  return { down: everyRow ? null : row.own, lastWritten: row.own.county };
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
