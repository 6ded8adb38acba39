import type { Issue } from "../../engine/types";
import type { Grid } from "../types";
import { issueAt } from "./issue";
import { rowRanges } from "./rowRanges";
import type { TotalRowInput } from "./totalRowInput";
import type { TotalRow } from "./totalRow";
import { type Comparison, totalFigures, comparisonFrom } from "./comparisonFrom";
import type { Sums } from "./totalSums";
import { leftOutRows, partialIssue } from "./partialIssue";
import { totalIssue } from "./totalIssue";
import { sheetLines, isSchoolLine } from "./blockEnds";
import { rowsAbove } from "./runningSums";
import { bestComparison } from "./bestComparison";
import { agreeingRun } from "./agreeingRun";
import { headingCore } from "./headingRurality";
import { withoutSumWord } from "./totalLabel";

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
 * else, when the sheet tells its block (toldStart), the warning of its block's total and sum per
 * column (s51 H2: 民办学校小计 460 under 二、民办学校 was told only that it matched no run) — a heading
 * naming its group first, then, for a 民办 or 公办 group, the rows read so (`owned`: ownershipGroupIssue,
 * worked out once by the caller, which asks it of every loose total), then the sheet's first schools
 * with more below; else one warning at its label naming the school rows it could have counted
 * (read_total_row_group_unmatched), not their sum.
 * @example 民办学校小计 457 under 一小 1652, 二小 980, 实验中学 1200, 石岭 412, 南湾 300, 大湾 45 (457 = 412 + 45) → the warning, rows "2–7"
 * @example 一小, 二小, 乡镇学校 780 / 60, 石岭, 南湾, 大湾, 何家 (775 / 58), 合计 → read_total_row_mismatch_few, first 5, last 8
 */
export function looseIssues(input: TotalRowInput, total: TotalRow, sums: Sums, lines: readonly number[], owned: Issue[] | null): Issue[] {
  // A breakdown's run was looked for already (agreeingRun), and found none.
  const run = total.breakdown === true ? null : agreeingRun(input.grid, total, sums);
  if (run !== null) {
    const left = leftOutRows(total, run, true, lines);
    return left.length === 0 ? [] : [partialIssue(input, total, run, left)];
  }
  // With school rows right under it (ends), it heads them as a block's total above it does: warned against them, naming where they end (s50 M2).
  const under = (total.ends ?? []).length === 0 ? null : bestComparison(input.grid, { ...total, heads: "block" }, [], sums);
  if (under !== null) return totalIssue(input, total, under);
  // The rows it most plausibly covers, when the sheet tells them: warned with each column's total and sum (s51 H2), not as matching no run.
  // A heading naming its group tells them before 办学性质 does (二、民办学校 over a 民办 school whose 办学性质 is blank: s51 R4).
  const told = toldStart(input, total, lines);
  const headed = told?.byHeading === true ? blockIssues(input, total, sums, told.start) : null;
  if (headed !== null) return headed;
  // A 民办 or 公办 group's rows as the reader read them (办学性质), wherever they stand (s51 H2).
  if (owned !== null) return owned;
  const first = told === null ? null : blockIssues(input, total, sums, told.start);
  if (first !== null) return first;
  const params = { row: total.row + 1, label: total.label, rows: rowRanges(lines.slice(0, rowsAbove(lines, total.row))) };
  return [issueAt("read_total_row_group_unmatched", "warning", input.grid.sheet, total.row, total.column, params)];
}

/** The warning of a loose group's subtotal against the school rows from `start` to it, or null when there are none. */
function blockIssues(input: TotalRowInput, total: TotalRow, sums: Sums, start: number): Issue[] | null {
  const block = comparisonFrom(totalFigures(input.grid, total, sums), sums, start, total.row);
  return block === null ? null : totalIssue(input, total, block);
}

/**
 * Where the block a loose group's subtotal closes begins, when the sheet tells it: the school lines
 * right above it run up to a heading naming its group (二、民办学校 over 启航小学, 新华学校, then
 * 民办学校小计: that heading's block; byHeading), or to the sheet's top with school rows still below
 * it (县直学校小计 after the first schools and before 乡镇's: the first block, as any 小计 among the
 * schools closes one); a total above every school (合计 under the header) is the top too. Null when the run above it reaches another total (合计 | 民办学校小计), the top
 * with no school below (民办学校小计 after every school: its schools may stand anywhere above, s50 H1),
 * or a heading naming another group (石岭镇 | 石岭小学 | 新华学校 | 民办学校小计: the town's block is
 * not the 民办 schools', s51 R4).
 * @example 一、公办学校 2, 一小 3, 二小 4, 二、民办学校 5, 启航 6, 新华 7, 民办学校小计 8 → { start: 6, byHeading: true }
 * @example 一小 2, 二小 3, 县直学校小计 4, 石岭 5 → { start: 2, byHeading: false }; 一小 2, 二小 3, 民办学校小计 4, 合计 5 → null
 * @example 合计 1, 一小 2, 二小 3, 县直学校小计 4, 石岭 5 → { start: 2, byHeading: false }
 * @example 城关镇 2, 一小 3, 启航 4, 石岭镇 5, 石岭小学 6, 新华 7, 民办学校小计 8 → null
 */
function toldStart({ grid, kinds }: TotalRowInput, total: TotalRow, schools: readonly number[]): { readonly start: number; readonly byHeading: boolean } | null {
  const lines = sheetLines(kinds);
  let k = rowsAbove(lines, total.row) - 1;
  while (k >= 0 && isSchoolLine(kinds.get(lines[k] ?? -1))) k--;
  const first = lines[k + 1];
  if (first === undefined || first >= total.row) return null;
  const bound = k < 0 ? undefined : kinds.get(lines[k] ?? -1);
  if (bound?.kind === "heading" || bound?.kind === "areaHeading") return headingNamesGroup(headingText(grid, lines[k] ?? -1, bound.labelColumn), total.label) ? { start: first, byHeading: true } : null;
  // A 合计 above every school is the top of the list, as the header is (s52 H2: 县直学校小计 under it got the no-run wording).
  const top = k < 0 || (bound?.kind === "total" && (schools[0] ?? Infinity) > (lines[k] ?? -1));
  return top && schools.some((row) => row > total.row) ? { start: first, byHeading: false } : null;
}

/** A heading row's text in its label column (or the first filled cell of the row when that is not known). */
function headingText(grid: Grid, row: number, labelColumn: number | null): string {
  const cells = grid.values[row - grid.top] ?? [];
  const at = labelColumn === null ? cells.find((v) => v !== null && String(v).trim() !== "") : cells[labelColumn - grid.left];
  return at === null || at === undefined ? "" : String(at);
}

/**
 * A heading's or a group label's core (headingCore: no ordinal 二、 / （二）/ 2., no count or colon),
 * no 小计 / 合计, no 学校 (二、民办学校 → 民办; 县直学校小计 → 县直; 三河镇 → 三河镇, its 三 a name's).
 */
function groupCore(text: string): string {
  return withoutSumWord(headingCore(text)).replace(/(学校|中小学)$/, "");
}

/**
 * Whether a heading names the group a loose subtotal's label names: one core holds the other.
 * @example headingNamesGroup("二、民办学校", "民办学校小计") // true
 * @example headingNamesGroup("石岭镇", "民办学校小计") // false
 */
export function headingNamesGroup(heading: string, label: string): boolean {
  const [a, b] = [groupCore(heading), groupCore(label)];
  return a !== "" && b !== "" && (a.includes(b) || b.includes(a));
}
