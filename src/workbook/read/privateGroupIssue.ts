import type { Issue } from "../../engine/types";
import { rowRanges } from "./rowRanges";
import { mismatchWarning, type Mismatch } from "./totalAgrees";
import type { TotalRowInput } from "./totalRowInput";
import type { TotalRow } from "./totalRow";
import type { Sums } from "./totalSums";
import { runningSums } from "./runningSums";
import { totalFigures, comparisonFrom } from "./comparisonFrom";

/** A label naming the 民办 schools (民办学校小计, 民办学校, 民办中小学合计). */
const PRIVATE_GROUP = /民办/;

/**
 * What is said of a loose 民办 group's subtotal (TotalRow.loose: 民办学校小计 after every school, its
 * schools possibly scattered among the others) when the reader read some rows above it as 民办
 * (办学性质 / 举办者: `privateRows`): nothing when it agrees with them in every column, else a warning
 * naming those rows and each column's total and sum (s51 H2: it was told only that it matched no run
 * of rows); nothing either when it agrees with them and the 民办 高级中学 above it (read as no school:
 * `privateSeniorRows`), which it may count or not as a 合计 may (s51 R4). Null when its label names no
 * 民办 group or no such row stands above it.
 * @example 民办学校小计 600 / 40 over 启航小学 (row 5) 300 / 20 and 新华学校 (row 6) 200 / 15, both 民办 → read_total_row_mismatch_private_few, rows "5–6", "D … 600 / 500"
 */
export function privateGroupIssue(input: TotalRowInput, total: TotalRow, sums: Sums): Issue[] | null {
  const above = (list: readonly number[] | undefined) => (list ?? []).filter((row) => row < total.row).sort((a, b) => a - b);
  const rows = above(input.privateRows);
  if (!PRIVATE_GROUP.test(total.label) || rows.length === 0) return null;
  const mismatches = mismatchesOver(input, total, sums, rows);
  if (mismatches.length === 0) return [];
  // A 民办 高级中学 above it (read as no school) may be counted or not, as in a 合计 (s51 R4).
  const seniors = above(input.privateSeniorRows);
  if (seniors.length > 0 && mismatchesOver(input, total, sums, [...rows, ...seniors].sort((a, b) => a - b)).length === 0) return [];
  const place = { row: total.row + 1, label: total.label, rows: rowRanges(rows) };
  return [mismatchWarning("read_total_row_mismatch_private", mismatches, { sheet: input.grid.sheet, row: total.row, column: total.column }, place)];
}

/** The columns in which the total disagrees with the sum of `rows` alone. */
function mismatchesOver(input: TotalRowInput, total: TotalRow, sums: Sums, rows: readonly number[]): readonly Mismatch[] {
  const roles = sums.read.roles;
  const own = { read: runningSums(input.grid, rows, roles), hidden: runningSums(input.grid, [], roles) };
  return comparisonFrom(totalFigures(input.grid, total, sums), own, 0, total.row)?.mismatches ?? [];
}
