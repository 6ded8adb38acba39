import type { Issue } from "../../engine/types";
import { issueAt } from "./issue";
import { rowRanges } from "./rowRanges";
import type { TotalRowInput } from "./totalRowInput";
import type { TotalRow } from "./totalRow";
import type { Comparison } from "./comparisonFrom";
import { rowsAbove } from "./runningSums";

/**
 * The school rows (read or hidden) a total that agrees with its rows leaves out of the block the
 * sheet's layout gives it, when the rows it agrees with are not that block: a breakdown's run found
 * by search (城区 under 合计 agreeing with rows 2–4 leaves out every other school above), or a part
 * total's later start than the first school since the total before it (乡镇小计 agreeing with rows
 * 6–7 of 2–7: R3 of s49, A1), not the rows above a stage's or kind's subtotal it agrees from under
 * (scopedBound). Empty when it agrees with its block, or heads rows under it.
 * @example 一小 2, 二小 3, 三小 4, 乡镇小计 5 agreeing from row 3 → [2]
 */
export function leftOutRows(total: TotalRow, found: Comparison, byRun: boolean, schools: readonly number[]): number[] {
  if (found.first > total.row) return [];
  const above = schools.slice(0, rowsAbove(schools, total.row));
  if (byRun) return above.filter((row) => row < found.first || row > found.last);
  const blockStart = total.heads === undefined ? total.starts?.[0] : undefined;
  // Agreeing from under a kind's subtotal (九年一贯制学校小计 | 石岭小学 | 南湾小学 | 乡镇小计): that subtotal's rows are not left out (s51 R4).
  const bound = total.scopedBound !== undefined && found.first > total.scopedBound ? total.scopedBound : -1;
  return blockStart === undefined ? [] : above.filter((row) => row >= blockStart && row > bound && row < found.first);
}

/** The note read_total_row_partial: the rows the total agrees with (`first`–`last`) and those of its block it leaves out. */
export function partialIssue(input: TotalRowInput, total: TotalRow, found: Comparison, left: readonly number[]): Issue {
  const params = { row: total.row + 1, label: total.label, first: found.first + 1, last: found.last + 1, rows: rowRanges(left) };
  return issueAt("read_total_row_partial", "info", input.grid.sheet, total.row, total.column, params);
}
