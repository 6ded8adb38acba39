import type { Grid } from "../types";
import type { TotalRow } from "./totalRow";
import { type Comparison, totalFigures, comparisonFrom } from "./comparisonFrom";
import type { Sums } from "./totalSums";

/**
 * The range the total agrees with best (rangesOf): from the top, or the row after any earlier total,
 * down to it; for a total heading its rows, from the row under it down to a later total or the
 * sheet's end. A range with no school row, read or hidden, does not count. The fewest columns
 * agreeing with neither the rows read nor them with the hidden rows added win (a county whose every
 * school is hidden under its 小计 is compared with those rows, not with the county above); on a tie
 * the widest for a grand total, the nearest for a part's. Null when no range has a school row.
 */
export function bestComparison(grid: Grid, total: TotalRow, totals: readonly TotalRow[], sums: Sums): Comparison | null {
  const figures = totalFigures(grid, total, sums);
  let best: Comparison | null = null;
  for (const [from, end] of rangesOf(total, totals)) {
    const found = comparisonFrom(figures, sums, from, end);
    // On a tie a grand total keeps the widest range (it adds up every school), a part total takes the nearer.
    if (found !== null && (best === null || found.mismatches.length < best.mismatches.length || (!total.grand && found.mismatches.length === best.mismatches.length))) best = found;
  }
  return best;
}

/**
 * The ranges of rows a total may add up, [from, end), widest first: from the top or the row after
 * each earlier total down to it. A grand total heading every school: from the row under it down to
 * the sheet's end or each later total, the nearest last. A block's heading total: from the row under
 * it to each end its block may have (blockEnds). A stage's or kind's heading subtotal: as a grand total's, then the
 * whole sheet, kept on a tie (its rows may stand above it: 育才（初中部） in the 小学 block). A part
 * total among the schools (乡镇小计, 乡镇学校 | 712): from each school row above it since the total
 * before it, and a group's subtotal its block under it too (groupRanges), before the ranges from the
 * top or an earlier total, which win a tie.
 * @example rangesOf(合计 at 1, [合计 1, 城区小计 4, 乡镇小计 9]) (heads "all") // [[2, Infinity], [2, 9], [2, 4]]
 * @example rangesOf(城区小计 at 4, ends [9]) (heads "block") // [[5, 9]]
 */
function rangesOf(total: TotalRow, totals: readonly TotalRow[]): (readonly [number, number])[] {
  if (total.heads === undefined) {
    // The blocks under it and above it go first: on a tie the plain ranges, from the nearest total or the top, win (groupRanges).
    const under = (total.ends ?? []).map((end) => [total.row + 1, end] as const);
    const above = (total.starts ?? []).map((start) => [start, total.row] as const);
    return [...under, ...above, ...[-1, ...totals.filter((t) => t.row < total.row).map((t) => t.row)].map((start) => [start + 1, total.row] as const)];
  }
  if (total.heads === "block") return (total.ends ?? []).map((end) => [total.row + 1, end] as const);
  const ends = totals.filter((t) => t.row > total.row).map((t) => t.row).reverse();
  const below = [Infinity, ...ends].map((end) => [total.row + 1, end] as const);
  return total.heads === "all" ? below : [...below, [0, Infinity]];
}
