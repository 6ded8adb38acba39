import type { Emphasis, TableSpec } from "../../workbook/types";

/** A vertical run of cells with the same emphasis: rows `row`..`row + count - 1` of one column (data-body coordinates). */
export interface EmphasisRun {
  readonly column: number;
  readonly row: number;
  readonly count: number;
  readonly kind: Emphasis;
}

/**
 * Groups a table's emphasis cells with data rows in [from, to) into vertical runs, so that a
 * column of red cells is one range operation rather than one per cell.
 *
 * @example emphasisRuns({ emphasis: [{row:0,column:2,kind:"bad"},{row:1,column:2,kind:"bad"}] }, 0, 10)
 *          // [{ column: 2, row: 0, count: 2, kind: "bad" }]
 */
export function emphasisRuns(table: Pick<TableSpec, "emphasis">, from: number, to: number): EmphasisRun[] {
  const cells = table.emphasis
    .filter((e) => e.row >= from && e.row < to)
    .slice()
    .sort((a, b) => a.column - b.column || a.row - b.row);
  const runs: EmphasisRun[] = [];
  for (const e of cells) {
    const last = runs[runs.length - 1];
    if (last && last.column === e.column && last.kind === e.kind && last.row + last.count === e.row) {
      runs[runs.length - 1] = { ...last, count: last.count + 1 };
    } else if (!(last && last.column === e.column && last.row + last.count > e.row)) {
      runs.push({ column: e.column, row: e.row, count: 1, kind: e.kind });
    }
  }
  return runs;
}
