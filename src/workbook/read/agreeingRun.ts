import type { Grid } from "../types";
import { ROUNDING } from "./totalAgrees";
import type { TotalRow } from "./totalRow";
import { type Comparison, totalFigures, comparisonFrom } from "./comparisonFrom";
import type { Sums } from "./totalSums";
import { firstAtLeast, prefixSums, rangeSum, type RunningSums, rowsAbove } from "./runningSums";

/** Runs of school rows agreeingRun tries at most: a total of 0 over a city's 100,000 rows of zeros would try them all. */
const RUNS_TRIED = 20000;

/**
 * The comparison with the first run of consecutive school rows above a breakdown's total (城区 under
 * 合计) that every column agrees with, the rows read or them with the hidden rows of the run, a senior
 * high school counted or not (comparisonFrom); null when none does. Runs are found by the first
 * column the total fills: as a school's numbers are not negative, the sums from the top rise, both
 * the least a run may count (its rows read, no senior high school) and the most (hidden and senior
 * rows too), and the runs whose least is not above the total and whose most is not below it are
 * found by halving (rowsAbove's way): a 城区 counting the 高级中学 in its block, or a 农村 counting a
 * hidden school, agrees with its run (R3 of s49, t20, t21).
 * @example 城区 4900 under 合计, the schools 1800, 1500, 1600, 600, 520 … from row 2 → rows 2–4 (1800 + 1500 + 1600)
 * @example 城区 7300 over 一小 1800, 县一高 (高级中学) 2400, 二小 1500, 城关初中 1600 → rows 2–5, the senior high school counted
 */
export function agreeingRun(grid: Grid, total: TotalRow, sums: Sums): Comparison | null {
  const figures = totalFigures(grid, total, sums);
  const k = figures.findIndex((figure) => figure !== null);
  if (k < 0) return null;
  const lines = runLines(sums, k, total.row);
  if (lines.some((line) => line.least < 0 || line.most < line.least)) return null;
  const [least, most] = [prefixSums(lines.length, (i) => lines[i]?.least ?? 0), prefixSums(lines.length, (i) => lines[i]?.most ?? 0)];
  const [target, n] = [figures[k] ?? 0, lines.length];
  let tried = 0;
  for (let i = 0; i < n && tried < RUNS_TRIED; i++) {
    // The runs from the i-th school whose most reaches the total's first column and whose least does not pass it.
    const high = (least[i] ?? 0) + target + ROUNDING;
    for (let j = firstAtLeast(most, (most[i] ?? 0) + target - ROUNDING, i + 1); j <= n && (least[j] ?? 0) <= high && tried < RUNS_TRIED; j++, tried++) {
      const found = comparisonFrom(figures, sums, lines[i]?.row ?? 0, (lines[j - 1]?.row ?? 0) + 1);
      if (found !== null && found.mismatches.length === 0) return found;
    }
  }
  return null;
}

/** A school row above `end` (read or hidden, sorted) with the least and the most it adds to column k: its number read, and with what a total may count or not (a senior high school's, a hidden row's). */
function runLines(sums: Sums, k: number, end: number): { row: number; least: number; most: number }[] {
  const one = (running: RunningSums, i: number): number => rangeSum(running, k, i, i + 1);
  const read = sums.read.rows.slice(0, rowsAbove(sums.read.rows, end)).map((row, i) => {
    const least = one(sums.read, i);
    return { row, least, most: least + (sums.open ?? []).reduce((a, open) => a + one(open, i), 0) };
  });
  const hidden = sums.hidden.rows.slice(0, rowsAbove(sums.hidden.rows, end)).map((row, i) => ({ row, least: 0, most: one(sums.hidden, i) + (sums.openHidden ?? []).reduce((a, open) => a + one(open, i), 0) }));
  return [...read, ...hidden].sort((a, b) => a.row - b.row);
}
