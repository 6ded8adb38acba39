import type { Grid } from "../types";
import type { ColumnRole } from "./keys";
import { columnNumberAt } from "./cellNumber";

/** A copy of `rows` in ascending order. @example sortedRows([7, 2, 5]) // [2, 5, 7] */
export function sortedRows(rows: readonly number[]): number[] {
  return [...rows].sort((a, b) => a - b);
}

/** Column k's numbers over the rows `from` (an index of the running sums) up to, not including, `end`. */
export function rangeSum(sums: RunningSums, k: number, from: number, end: number): number {
  return (sums.sums[k]?.[end] ?? 0) - (sums.sums[k]?.[from] ?? 0);
}

/**
 * The school rows (sorted) and, per column, their numbers added up from the top: `sums[k][i]` is
 * the sum of column k over the first i rows (a blank or no number as nothing), so that the rows
 * between any two totals add up in two reads. Each cell is read once, however many totals and
 * starts are compared: a city's sheet of 200 county 小计 over 100,000 rows would otherwise be
 * summed again for every pair.
 */
export interface RunningSums {
  readonly rows: readonly number[];
  readonly roles: readonly ColumnRole[];
  readonly sums: readonly Float64Array[];
}

/** `value`: what a row adds to a column, by default its number (none as 0); a stage's subtotal adds its stage's (stageSums). */
export function runningSums(grid: Grid, rows: readonly number[], roles: readonly ColumnRole[], value = (row: number, role: ColumnRole) => columnNumberAt(grid, row, role) ?? 0): RunningSums {
  const sums = roles.map((role) => {
    const sum = new Float64Array(rows.length + 1);
    for (let i = 0; i < rows.length; i++) sum[i + 1] = (sum[i] ?? 0) + value(rows[i] ?? 0, role);
    return sum;
  });
  return { rows, roles, sums };
}

/** How many of the sorted `rows` stand above `row`. */
export function rowsAbove(rows: readonly number[], row: number): number {
  let [lo, hi] = [0, rows.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((rows[mid] ?? 0) < row) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
