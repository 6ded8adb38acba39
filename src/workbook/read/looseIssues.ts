import type { Issue } from "../../engine/types";
import type { Grid } from "../types";
import { issueAt } from "./issue";
import { rowRanges } from "./rowRanges";
import type { TotalRowInput } from "./totalRowInput";
import type { TotalRow } from "./totalRow";
import { type Comparison, totalFigures, comparisonFrom } from "./comparisonFrom";
import type { Sums } from "./totalSums";
import { privateGroupIssue } from "./privateGroupIssue";
import { leftOutRows, partialIssue } from "./partialIssue";
import { totalIssue } from "./totalIssue";
import { sheetLines, isSchoolLine } from "./blockEnds";
import { rowsAbove } from "./runningSums";
import { bestComparison } from "./bestComparison";
import { agreeingRun } from "./agreeingRun";

/** Whether no column the total fills agrees with the `found` rows: nothing tells that they are its block. */
export function noColumnAgrees(grid: Grid, total: TotalRow, sums: Sums, found: Comparison): boolean {
  return found.mismatches.length > 0 && found.mismatches.length === totalFigures(grid, total, sums).filter((figure) => figure !== null).length;
}

/**
 * What is said of a loose group's subtotal (TotalRow.loose) agreeing with none of its ranges in any
 * column: the note of a run of schools above it that agrees in every column (agreeingRun: 县直学校 at
 * the bottom agreeing with rows 2–4, leaving out 5–7); else, with school rows right under it, the
 * warning of a total heading its block, against those rows and naming where they end (乡镇学校 780 /
 * 60 over rows 5–8: it was told it matched no run among rows 2–3, the rows above it only, s50 M2);
 * else, for a 民办 group, against the rows read as 民办 (privateGroupIssue); else, when the sheet tells its block (toldStart: a heading above it, or the sheet's first schools
 * with more below), the warning of its block's total and sum per column (s51 H2: 民办学校小计 460 under
 * 二、民办学校 was told only that it matched no run); else one warning at its label naming the school
 * rows it could have counted (read_total_row_group_unmatched), not their sum.
 * @example 民办学校小计 457 under 一小 1652, 二小 980, 实验中学 1200, 石岭 412, 南湾 300, 大湾 45 (457 = 412 + 45) → the warning, rows "2–7"
 * @example 一小, 二小, 乡镇学校 780 / 60, 石岭, 南湾, 大湾, 何家 (775 / 58), 合计 → read_total_row_mismatch_few, first 5, last 8
 */
export function looseIssues(input: TotalRowInput, total: TotalRow, sums: Sums, lines: readonly number[]): Issue[] {
  // A breakdown's run was looked for already (agreeingRun), and found none.
  const run = total.breakdown === true ? null : agreeingRun(input.grid, total, sums);
  if (run !== null) {
    const left = leftOutRows(total, run, true, lines);
    return left.length === 0 ? [] : [partialIssue(input, total, run, left)];
  }
  // With school rows right under it (ends), it heads them as a block's total above it does: warned against them, naming where they end (s50 M2).
  const under = (total.ends ?? []).length === 0 ? null : bestComparison(input.grid, { ...total, heads: "block" }, [], sums);
  if (under !== null) return totalIssue(input, total, under);
  // A 民办 group's rows as the reader read them (办学性质), wherever they stand (s51 H2).
  const named = privateGroupIssue(input, total, sums);
  if (named !== null) return named;
  // The rows it most plausibly covers, when the sheet tells them: warned with each column's total and sum (s51 H2), not as matching no run.
  const start = toldStart(input, total, lines);
  const block = start === null ? null : comparisonFrom(totalFigures(input.grid, total, sums), sums, start, total.row);
  if (block !== null) return totalIssue(input, total, block);
  const params = { row: total.row + 1, label: total.label, rows: rowRanges(lines.slice(0, rowsAbove(lines, total.row))) };
  return [issueAt("read_total_row_group_unmatched", "warning", input.grid.sheet, total.row, total.column, params)];
}

/**
 * Where the block a loose group's subtotal closes begins, when the sheet tells it: the school lines
 * right above it run up to a heading (二、民办学校 over 启航小学, 新华学校, then 民办学校小计: that
 * heading's block), or to the sheet's top with school rows still below it (县直学校小计 after the
 * first schools and before 乡镇's: the first block, as any 小计 among the schools closes one). Null
 * when the run above it reaches another total (合计 | 民办学校小计), or the top with no school below
 * (民办学校小计 after every school: its schools may stand anywhere above, s50 H1).
 * @example 一、公办学校 2, 一小 3, 二小 4, 二、民办学校 5, 启航 6, 新华 7, 民办学校小计 8 → 6
 * @example 一小 2, 二小 3, 县直学校小计 4, 石岭 5 → 2; 一小 2, 二小 3, 民办学校小计 4, 合计 5 → null
 */
function toldStart({ kinds }: TotalRowInput, total: TotalRow, schools: readonly number[]): number | null {
  const lines = sheetLines(kinds);
  let k = rowsAbove(lines, total.row) - 1;
  while (k >= 0 && isSchoolLine(kinds.get(lines[k] ?? -1))) k--;
  const first = lines[k + 1];
  if (first === undefined || first >= total.row) return null;
  const bound = k < 0 ? undefined : kinds.get(lines[k] ?? -1)?.kind;
  if (bound === "heading" || bound === "areaHeading") return first;
  return k < 0 && schools.some((row) => row > total.row) ? first : null;
}
