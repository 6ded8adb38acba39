import type { TableSpec } from "../../workbook/types";
import { wrappedRowHeights } from "../../workbook/write/wrappedRowHeight";

/** Rows `row`..`row + count - 1` of a table's data body (data-body coordinates), all `height` points high. */
export interface HeightRun {
  readonly row: number;
  readonly count: number;
  readonly height: number;
}

/**
 * The heights the .xlsx sink writes for a table's data rows in [from, to) (wrappedRowHeights),
 * grouped into runs of neighbouring rows of one height, so that a block of rows as tall as each
 * other is one range operation rather than one per row. Rows that fit one line are in no run.
 *
 * @example rowHeightRuns(table, widths, 0, 4) // heights [50, 50, null, 66] → [{ row: 0, count: 2, height: 50 }, { row: 3, count: 1, height: 66 }]
 */
export function rowHeightRuns(table: Pick<TableSpec, "columns" | "rows">, columnWidths: readonly number[], from: number, to: number): HeightRun[] {
  const runs: HeightRun[] = [];
  wrappedRowHeights(table, columnWidths, from, to).forEach((height, i) => {
    const last = runs[runs.length - 1];
    if (height === null) return;
    if (last !== undefined && last.height === height && last.row + last.count === from + i) runs[runs.length - 1] = { ...last, count: last.count + 1 };
    else runs.push({ row: from + i, count: 1, height });
  });
  return runs;
}
