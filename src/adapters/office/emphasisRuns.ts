import type { Emphasis, TableSpec } from "../../workbook/types";

/** A vertical run of cells with the same emphasis: rows `row`..`row + count - 1` of one column (data-body coordinates). */
export interface EmphasisRun {
  readonly column: number;
  readonly row: number;
  readonly count: number;
  readonly kind: Emphasis;
}

/** A vertical run of cells with the same number format of their own (TableSpec.formats), as EmphasisRun. */
export interface FormatRun {
  readonly column: number;
  readonly row: number;
  readonly count: number;
  readonly format: string;
}

/** A cell with what it carries (an emphasis, a format), and the runs of cells carrying the same. */
interface Marked<T> {
  readonly row: number;
  readonly column: number;
  readonly mark: T;
}
interface Run<T> extends Marked<T> {
  readonly count: number;
}

/** Vertical runs of equal marks with rows in [from, to); a cell already covered (a repeat) is skipped. */
function runsOf<T>(cells: readonly Marked<T>[], from: number, to: number): Run<T>[] {
  const sorted = cells.filter((e) => e.row >= from && e.row < to).sort((a, b) => a.column - b.column || a.row - b.row);
  const runs: Run<T>[] = [];
  for (const e of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.column === e.column && last.mark === e.mark && last.row + last.count === e.row) {
      runs[runs.length - 1] = { ...last, count: last.count + 1 };
    } else if (!(last && last.column === e.column && last.row + last.count > e.row)) {
      runs.push({ ...e, count: 1 });
    }
  }
  return runs;
}

/**
 * Groups a table's emphasis cells with data rows in [from, to) into vertical runs, so that a
 * column of red cells is one range operation rather than one per cell.
 *
 * @example emphasisRuns({ emphasis: [{row:0,column:2,kind:"bad"},{row:1,column:2,kind:"bad"}] }, 0, 10)
 *          // [{ column: 2, row: 0, count: 2, kind: "bad" }]
 */
export function emphasisRuns(table: Pick<TableSpec, "emphasis">, from: number, to: number): EmphasisRun[] {
  const cells = table.emphasis.map((e) => ({ row: e.row, column: e.column, mark: e.kind }));
  return runsOf(cells, from, to).map(({ column, row, count, mark }) => ({ column, row, count, kind: mark }));
}

/**
 * Groups a table's cells with formats of their own (TableSpec.formats), data rows in [from, to),
 * into vertical runs of one format, as emphasisRuns does: one range operation a run.
 *
 * @example formatRuns({ formats: [{row:0,column:7,format:'"≥ "0'},{row:1,column:7,format:'"≥ "0'}] }, 0, 10)
 *          // [{ column: 7, row: 0, count: 2, format: '"≥ "0' }]
 */
export function formatRuns(table: Pick<TableSpec, "formats">, from: number, to: number): FormatRun[] {
  const cells = (table.formats ?? []).map((f) => ({ row: f.row, column: f.column, mark: f.format }));
  return runsOf(cells, from, to).map(({ column, row, count, mark }) => ({ column, row, count, format: mark }));
}
