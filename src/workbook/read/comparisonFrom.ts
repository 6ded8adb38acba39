import type { Grid } from "../types";
import { columnNumberAt } from "./cellNumber";
import { agrees, type Mismatch } from "./totalAgrees";
import type { TotalRow } from "./totalRow";
import type { Sums } from "./totalSums";
import { rangeSum, rowsAbove } from "./runningSums";

/**
 * The school rows a total is compared with — read, and hidden and left unread — from `first` (a read
 * or a hidden row) to the row above it: `mismatches` the columns that agree with neither the rows
 * read nor them with the hidden rows added (each with the sum of both), `differ` how many columns
 * disagree with the rows read alone, `hidden` the hidden rows in the range.
 */
export interface Comparison {
  readonly first: number;
  /** The range's last school row, read or hidden: where a total above its rows says they end. */
  readonly last: number;
  /** The rows in the range a stage's subtotal may count or not (Sums.openRows). */
  readonly open: readonly number[];
  readonly mismatches: readonly Mismatch[];
  readonly differ: number;
  readonly hidden: readonly number[];
  /** Columns that agree with the rows read but not with the hidden rows added (they leave out hidden rows holding numbers), each with the sum with them. */
  readonly leftOut: readonly Mismatch[];
}

/** The total row's number in each column summed; null where it says nothing: a stage's subtotal of the other stage's columns (小学小计's 初中在校生 cell). */
export function totalFigures(grid: Grid, total: TotalRow, sums: Sums): (number | null)[] {
  const stage = total.scope !== null && "stage" in total.scope ? total.scope.stage : null;
  return sums.read.roles.map((role) => (stage !== null && role.stage !== null && role.stage !== stage ? null : columnNumberAt(grid, total.row, role)));
}

/**
 * The total's `figures` against the school rows from row `from` up to `end`, read and hidden; null
 * when there are none. A column agrees with the rows read, or them with any of a stage subtotal's
 * open parts added (Sums.open), with or without the hidden rows; the sums named are the rows read
 * with all of them and without.
 */
export function comparisonFrom(figures: readonly (number | null)[], sums: Sums, from: number, end: number): Comparison | null {
  const { read, hidden } = sums;
  const [r0, r1, h0, h1] = [rowsAbove(read.rows, from), rowsAbove(read.rows, end), rowsAbove(hidden.rows, from), rowsAbove(hidden.rows, end)];
  if (r0 >= r1 && h0 >= h1) return null;
  const untold = untoldColumns(sums, from, end);
  const [mismatches, leftOut]: [Mismatch[], Mismatch[]] = [[], []];
  let differ = 0;
  read.roles.forEach((role, k) => {
    const [total, readSum, hiddenSum] = [untold(k) ? null : (figures[k] ?? null), rangeSum(read, k, r0, r1), rangeSum(hidden, k, h0, h1)];
    const opens = [...(sums.open ?? []).map((open) => rangeSum(open, k, r0, r1)), ...(sums.openHidden ?? []).map((open) => rangeSum(open, k, h0, h1))];
    const visible = openReadings(readSum, opens);
    const [byRead, byAll] = [visible.some((sum) => agrees(total, sum)), visible.some((sum) => agrees(total, sum + hiddenSum))];
    differ += byRead ? 0 : 1;
    const all = readSum + hiddenSum + opens.reduce((a, b) => a + b, 0);
    // The rows read alone are named beside the sum with all: for a plain total whenever hidden rows are in range, for a stage's subtotal when they differ.
    const named = sums.open === undefined ? h0 < h1 : all !== readSum;
    const seen = { role, total: total ?? 0, sum: all, ...(named ? { read: readSum } : {}) };
    if (!byRead && !byAll) mismatches.push(seen);
    // Left out: the total is the rows read's sum, so only the sum with the hidden rows is news.
    if (byRead && !byAll) leftOut.push({ role, total: total ?? 0, sum: readSum + hiddenSum });
  });
  const first = Math.min(read.rows[r0] ?? Infinity, hidden.rows[h0] ?? Infinity);
  const last = Math.max(read.rows[r1 - 1] ?? -Infinity, hidden.rows[h1 - 1] ?? -Infinity);
  // Sliced, as `hidden` is (openRows are sorted): a filter per total and start grew as totals² × rows on a sheet of stage-less rows.
  const openRows = sums.openRows ?? [];
  const open = openRows.slice(rowsAbove(openRows, from), rowsAbove(openRows, end));
  return { first, last, open, mismatches, differ, hidden: hidden.rows.slice(h0, h1), leftOut };
}

/** The sums a column may add up to: `base` with each subset of the `opens` added. @example openReadings(1900, [1030]) // [1900, 2930] */
function openReadings(base: number, opens: readonly number[]): number[] {
  return opens.reduce((sums, open) => (open === 0 ? sums : [...sums, ...sums.map((sum) => sum + open)]), [base]);
}

/** Whether column k of a kind's subtotal cannot be checked from row `from` up to `end`: a row there of no known kind fills it (typeSums); never for other totals. */
function untoldColumns({ unknown }: Sums, from: number, end: number): (k: number) => boolean {
  if (unknown === undefined) return () => false;
  const [r0, r1, h0, h1] = [rowsAbove(unknown.read.rows, from), rowsAbove(unknown.read.rows, end), rowsAbove(unknown.hidden.rows, from), rowsAbove(unknown.hidden.rows, end)];
  return (k) => rangeSum(unknown.read, k, r0, r1) + rangeSum(unknown.hidden, k, h0, h1) > 0;
}
