import type { TotalRowInput } from "./totalRowInput";
import { type TotalRow, namesWholeSheet, totalRow } from "./totalRow";
import { groupRanges } from "./groupRanges";
import { headingTotals } from "./headingTotals";

/**
 * The total rows to check, in sheet order: none with a stage line (breakdowns are passed over before: withoutBreakdowns). A grand total below
 * every school adds up the rows above it, one above every school those below it (heads "all"), as
 * does a part total above them all naming the sheet's whole (青石县, 全镇合计: sheetWide). When no
 * other part total stands above the first school, each adds up rows above it; when some do, see
 * headingTotals. `rows`: the school rows, read and hidden, sorted.
 */
export function checkedTotals(input: TotalRowInput, rows: readonly number[]): TotalRow[] {
  const { kinds } = input;
  const [firstSchool, lastSchool] = [rows[0], rows[rows.length - 1]];
  if (firstSchool === undefined || lastSchool === undefined || [...kinds.values()].some((c) => c.kind === "stageLine")) return [];
  const found = [...kinds].filter(([, c]) => c.kind === "total").sort(([a], [b]) => a - b).flatMap(([row, c]) => totalRow(input, row, c) ?? []);
  // 青石县 or 全镇合计 right under the header is the sheet's total, as 合计 there is (R2 of s48, 1b).
  const totals = found.map((t) => (!t.grand && t.row < firstSchool && sheetWide(input, t) ? { ...t, grand: true } : t));
  const grands = totals.filter((t) => t.grand).flatMap((t): TotalRow[] => (t.row > lastSchool ? [t] : t.row < firstSchool ? [{ ...t, heads: "all" }] : []));
  // 其中：民办学校 under a total (withOwnershipLines) counts its total's 民办 schools wherever that stands: no block's head, nor a sign of one (s52 R2).
  const owned = totals.filter((t) => input.ownershipSpans?.has(t.row) === true);
  const parts = totals.filter((t) => !t.grand && !owned.includes(t));
  const loose = owned.map((t) => ({ ...t, loose: true }));
  const checked = parts.some((t) => t.row < firstSchool)
    ? [...headingTotals(input, { totals: totals.filter((t) => !owned.includes(t)), rows, lastSchool }), ...loose]
    : [...groupRanges(input, { parts: [...parts, ...owned].filter((t) => t.row > firstSchool), totals, rows }), ...loose.filter((t) => t.row < firstSchool)];
  return [...grands, ...checked].sort((a, b) => a.row - b.row);
}

/** A part total of no stage or kind whose label names the sheet's whole (namesWholeSheet: 青石县, 全镇合计). */
function sheetWide(input: TotalRowInput, total: TotalRow): boolean {
  return total.scope === null && namesWholeSheet(input, total.row, total.label);
}
