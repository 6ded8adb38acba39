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
  const sums = roles.map((role) => prefixSums(rows.length, (i) => value(rows[i] ?? 0, role)));
  return { rows, roles, sums };
}

/** The running sums of `count` values: [0, v(0), v(0) + v(1), …]. @example prefixSums(3, (i) => [2, 5, 1][i] ?? 0) // [0, 2, 7, 8] */
export function prefixSums(count: number, valueAt: (i: number) => number): Float64Array {
  const sum = new Float64Array(count + 1);
  for (let i = 0; i < count; i++) sum[i + 1] = (sum[i] ?? 0) + valueAt(i);
  return sum;
}

/** How many of the sorted `rows` stand above `row`. @example rowsAbove([2, 5, 7], 6) // 2 */
export function rowsAbove(rows: readonly number[], row: number): number {
  return firstAtLeast(rows, row);
}

/**
 * The first index from `from` on whose value, in ascending `values`, is at least `value` (values.length
 * when none), by halving: where a row stands among sorted rows, or where running sums reach a total.
 * @example firstAtLeast([0, 2, 7, 8], 5) // 2; firstAtLeast([0, 2, 7, 8], 1, 3) // 3; firstAtLeast([0, 2, 7, 8], 9) // 4
 */
export function firstAtLeast(values: ArrayLike<number>, value: number, from = 0): number {
  let [lo, hi] = [from, values.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((values[mid] ?? 0) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
