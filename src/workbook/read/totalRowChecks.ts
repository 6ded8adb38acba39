import type { Issue } from "../../engine/types";
import { issueAt } from "./issue";
import { checkSides, type SidesChecked } from "./totalRowSides";
import { summedColumns } from "./totalAgrees";
import { type SeniorInput, type TotalRowInput, withSeniorSchools } from "./totalRowInput";
import type { Scope, TotalRow } from "./totalRow";
import type { RowSets, Sums } from "./totalSums";
import { noColumnAgrees, looseIssues } from "./looseIssues";
import { leftOutRows, partialIssue } from "./partialIssue";
import { plainSums } from "./plainSums";
import { stageSums } from "./stageSums";
import { typeSums } from "./typeSums";
import { sortedRows } from "./runningSums";
import { totalIssue } from "./totalIssue";
import { checkedTotals } from "./checkedTotals";
import { bestComparison } from "./bestComparison";
import { agreeingRun } from "./agreeingRun";
import { withOwnershipLines, withoutBreakdowns } from "./ownershipLines";
import { ownershipGroupIssue } from "./ownershipGroupIssue";
// The input and a row's stage stay importable from the check itself (readSchoolRows, the suites).
export type { RowStage, TotalRowInput } from "./totalRowInput";

/**
 * The sheet's own total rows checked against the rows read: each number column's total beside what
 * the school rows it adds up read, in the column's unit (a cell typed with its own unit converted, as
 * the reader reads it: cellNumber). A total that disagrees means rows were
 * not read (hidden, filtered, without a name), or numbers were not what Excel summed (stored as
 * text, which SUM skips), or the total is wrong; any of them the statistician must know. A grand
 * total (GRAND_TOTAL, below every school) adds up the school rows above it; a part's total (甲县小计,
 * 城区合计, a row named after a county) the school rows since an earlier total, or from the top:
 * whichever start the most columns agree with, so that a county's total under its towns' 小计 is
 * compared with the whole county; or from any school row since the total before it, as the block
 * before it may have no 小计 of its own (城区's schools, 乡镇's, 乡镇小计: groupRanges). A stage's subtotal (小学小计, 初中部合计: totalStage) adds up that
 * stage's rows only, as the reader gave each its stage (`rowStages`), wherever they stand above it:
 * stage subtotals at the bottom or each under its block, and a grand total below them still adds up
 * every school row; what it may count or not (a one-row 九年一贯制's whole-school numbers, 中学合计's
 * 高中部 rows) it agrees with either way, and a hidden row counts by its stage (stageSums). A kind of school's subtotal
 * (九年一贯制小计: totalSchoolType) adds up the rows of that kind alike (typeSums). Not for a sheet with a
 * stage line (whose numbers a total may or may not count); a breakdown (其中：寄宿制学校, 其中：女) is a
 * part of the row above it, added into no total, and which schools it counts is not known: passed over,
 * the sheet's totals checked as without it (withoutBreakdowns; s52 H6: any 其中 line turned every check off). Totals written above
 * their schools, as the statistics reports print them (合计 right under the header, 城区小计 heading
 * 城区's schools: a part total above the first school), add up the rows under them instead, down to a
 * later total or the sheet's end (checkedTotals, rangesOf; Q2 of s48: none of them was checked, and a
 * 乡镇小计 500 ㎡ off went unsaid); where those rows are not written, none is checked (headingTotals:
 * a false warning on a right sheet is worse than a total left unchecked, R2 of s48). A group's or
 * side's subtotal named by its words alone (乡镇学校 | 712, 村小及教学点 | 63, 城区 | 2632: rowKind's
 * subtotalKind) is checked as a 小计, against its block above it or under it (groupRanges); a side heading
 * its groups' blocks (农村 over 乡镇's schools and 村小及教学点's) against its own block or on through
 * theirs (nestedEnds); parts under the grand total below every school (合计 | 城区 | 农村) against any
 * run of consecutive schools first (agreeingRun), a 城乡 side agreeing with none noted, not warned, as
 * the sides' sum is checked against the grand total apart (totalRowSides); a group's subtotal whose
 * block is not written (县直学校, 民办学校小计 after every school or under 合计: TotalRow.loose) agreeing
 * with its ranges in no column against any run too; when none agrees, it is warned against the rows
 * right under it, the rows read as 民办 (a 民办 or 公办 group: ownershipGroupIssue) or the block the sheet tells
 * it, else once naming the rows it could count (looseIssues), not against every school added up (s50 H1).
 * A 民办 or 公办 group's (民办学校小计, 公办学校小计, 民办小学小计, 其中：民办学校 under 合计: ownershipLines) agreeing
 * with the rows the sheet says its owners run is right, whatever run also agrees; where rows whose 办学性质
 * is blank could make it up, it is noted as not checkable, not warned (ownershipGroupIssue, s52 H2). A total agreeing only with
 * rows that are not the block the layout gives it (a run found so, or a later start than its
 * block's) is noted with the rows it agrees with and those it leaves out (read_total_row_partial:
 * R3 of s49, A1, A2), as the tool cannot know which rows were meant. Hidden school rows left unread (`skippedRows`) count in a total's range too, and may
 * explain it (totalIssue).
 *
 * @example 合计 D11 3532 over D5:D9 1234 + 856 + 900 + 32 + 410 = 3432 → read_total_row_mismatch_few at B11 naming D (3,532 against 3,432)
 * @example 甲县小计 F13 6471 over F5:F12, row 7 hidden and unread (800): 5,671 read + 800 = 6,471 → read_total_row_hidden at C13, rows "7"
 * @example 小学小计 E15 5610, 初中小计 E16 3090, 总计 E17 8700 over 小学 rows 5,610 and 初中 rows 3,090 (R2's wbB) → nothing; 小学小计 5600 → read_total_row_mismatch_stage_few (5,600 / 5,610)
 */
export function totalRowChecks(given: TotalRowInput): Issue[] {
  const owned = withOwnershipLines(withSeniorSchools(given));
  // Breakdowns (其中：寄宿制学校) are parts of the row above: passed over, not a reason to check nothing (s52 H6).
  const input = withoutBreakdowns(owned);
  const [rows, hidden] = [sortedRows([...input.schoolRows, ...input.seniorSchools]), sortedRows(input.skippedRows ?? [])];
  // Where the schools start and end counts the hidden ones: a first county all hidden leaves its 小计 above the first school read (reviewer R2 of s45, A).
  const lines = sortedRows([...rows, ...hidden]);
  const totals = checkedTotals(input, lines);
  // The sides under a grand total must add up to it whatever rows each counts (R3 of s49, A2): checked on any sheet, 其中 lines too.
  const sides = checkSides(owned);
  if (totals.length === 0) return sides.issues;
  const sheet: SheetTotals = { input, totals, lines, sides, sumsOf: scopeSums(input, { rows, hidden, columns: summedColumns(input.fieldRoles) }) };
  const checks = totals.flatMap((total) => totalChecked(sheet, total));
  return [...checks, ...sides.issues].sort((a, b) => issueRow(a) - issueRow(b));
}

/** What every total of a sheet is checked with: its totals, its school rows (read and hidden, sorted), its sides' check, the sums of each scope. */
interface SheetTotals {
  readonly input: SeniorInput;
  readonly totals: readonly TotalRow[];
  readonly lines: readonly number[];
  readonly sides: SidesChecked;
  readonly sumsOf: (scope: Scope | null) => Sums;
}

/**
 * The sums a total of `scope` is compared with: every school row's for a plain total (plainSums), a
 * stage's or kind's rows for a scoped one (stageSums, typeSums), each made once, for its first total.
 */
function scopeSums(input: SeniorInput, sets: RowSets): (scope: Scope | null) => Sums {
  const all = plainSums(input, sets);
  const byScope = new Map<string, Sums>();
  return (scope) => {
    if (scope === null) return all;
    const key = "stage" in scope ? `stage ${scope.stage} ${scope.senior}` : `type ${scope.type}`;
    const sums = byScope.get(key) ?? ("stage" in scope ? stageSums(input, sets, scope) : typeSums(input, sets, scope.type));
    byScope.set(key, sums);
    return sums;
  };
}

/**
 * What is said of one total: a side under the grand total against a run of schools (agreeingRun) or
 * noted, a 民办 or 公办 group agreeing with the rows the sheet says its owners run said right first (s52
 * H2: 民办初中小计 500 was noted as leaving out the 小学 rows above it), else the total against its best
 * range (bestComparison), a loose group's agreeing in no column as looseIssues says.
 */
function totalChecked(sheet: SheetTotals, total: TotalRow): Issue[] {
  const { input, sides } = sheet;
  // Sides that add up to their grand total are consistent whatever rows each counts: nothing to say of their runs.
  if (total.breakdown === true && sides.adding.has(total.row)) return [];
  const sums = sheet.sumsOf(total.scope);
  const owned = total.loose === true || input.ownershipSpans?.has(total.row) === true ? ownershipGroupIssue(input, total, sums) : null;
  if (owned?.length === 0) return [];
  // A 其中 line's schools are its total's read as its group's (s52 R2: under 城关镇小计 it was noted as leaving out rows, under a 合计 at the top warned against every school below).
  if (owned !== null && input.ownershipSpans?.has(total.row) === true) return owned;
  const run = total.breakdown === true ? agreeingRun(input.grid, total, sums) : null;
  // A side checked with the others against the grand total (checkSides) may count schools that do not stand together (sorted by 学段): said, not warned.
  if (total.breakdown === true && run === null && sides.checked.has(total.row)) return [issueAt("read_total_row_side_unmatched", "info", input.grid.sheet, total.row, total.column, { row: total.row + 1, label: total.label })];
  const found = run ?? bestComparison(input.grid, total, sheet.totals, sums);
  if (found === null) return [];
  if (total.loose === true && noColumnAgrees(input.grid, total, sums, found)) return looseIssues(input, total, sums, sheet.lines, owned);
  const left = found.mismatches.length === 0 ? leftOutRows(total, found, run !== null, sheet.lines) : [];
  return [...totalIssue(input, total, found), ...(left.length === 0 ? [] : [partialIssue(input, total, found, left)])];
}

/** An issue's 1-based row, from its cell (学校基本情况!A12 → 12): the sides' warnings fall in among the totals' in sheet order. */
function issueRow(issue: Issue): number {
  return Number(/(\d+)$/.exec(issue.cell ?? "")?.[1] ?? 0);
}
