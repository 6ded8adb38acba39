import { a1, qualified } from "../address";
import type { Grid } from "../types";
import { noDataMarks } from "./noDataMarks";
import type { NoneMark } from "./parseCellNumber";
import { cellText } from "./text";

/** A sheet's note that gives some ways of writing "nothing" the meaning *no data*. */
export interface NoDataNote {
  /** The note's cell, e.g. `学校基本情况!A26` (a merged note: its top-left cell). */
  readonly cell: string;
  readonly marks: ReadonlySet<NoneMark>;
}

/**
 * The first cell of the sheet, row by row, that declares a mark to mean no data (noDataMarks),
 * among the rows `isNoteRow` accepts: the school rows are left out, so that a school's own cell
 * is never taken for a note, while a title, the header and 填表说明 / 备注 lines above or below
 * the data are searched. Null when there is none.
 *
 * @example findNoDataNote(gridOf([["学校名称", "在校生数"], ["一小", 300], ["3.无数据填“—”"]]), (r) => r !== 1) // { cell: "学校基本情况!A3", marks: {dash} }
 */
export function findNoDataNote(grid: Grid, isNoteRow: (row: number) => boolean): NoDataNote | null {
  for (const [i, values] of grid.values.entries()) {
    if (!isNoteRow(grid.top + i)) continue;
    for (const [j, value] of values.entries()) {
      const text = cellText(value);
      const marks = text === null ? null : noDataMarks(text);
      if (marks !== null && marks.size > 0) return { cell: qualified(grid.sheet, a1(grid.top + i, grid.left + j)), marks };
    }
  }
  return null;
}
