import type { Issue, SchoolType, Stage } from "../../engine/types";
import type { Grid } from "../types";
import { issueAt } from "./issue";
import type { ColumnRole } from "./keys";
import { columnNumberAt } from "./cellNumber";
import type { Classified } from "./rowKind";
import { textAt } from "./rowMeta";
import { foldText } from "./text";
import { rowRanges } from "./rowRanges";
import { totalScope, type TotalScope } from "./totalLabel";
import { isVillageGroup, subtotalKind } from "./blockHeading";
import { headingCore } from "./headingRurality";
import { checkSides } from "./totalRowSides";
import { agrees, describeMismatch, GRAND_TOTAL, LISTED, ROUNDING, summedColumns, type Mismatch } from "./totalAgrees";

/** A part's total label (folded): 甲县小计, 城区合计, 乡镇小计 … — not an average (平均, 均值) or a breakdown (其中). */
const PART_TOTAL = /(?:合计|小计|总计)$/;
const NOT_A_SUM = /平均|均值|其中/;

/** What the check needs of a sheet's pass (readSchoolRows). */
export interface TotalRowInput {
  readonly grid: Grid;
  readonly kinds: ReadonlyMap<number, Classified>;
  readonly nameColumn: number;
  /** The rows read as schools (0-based), a campus row or a senior part among them. */
  readonly schoolRows: readonly number[];
  readonly fieldRoles: readonly ColumnRole[];
  /** Rows named after a county that were skipped as its subtotal (read_county_total_row): part totals too. */
  readonly countyTotals?: ReadonlySet<number>;
  /** School rows hidden or filtered out and not read (0-based): a total that counts them disagrees, and their numbers say whether they are why. */
  readonly skippedRows?: readonly number[];
  /**
   * Each school row's stage as the reader assigned it (0-based row → the section's stage; "senior" a
   * 高中部 row; null a whole combined school or a row of no known stage): a stage's subtotal adds up
   * that stage's rows. A row not in it is of no known stage.
   */
  readonly rowStages?: ReadonlyMap<number, RowStage>;
  /** Each school row's kind of school as the reader assigned it (0-based row): a 九年一贯制小计 adds up those rows. A row not in it is of no known kind. */
  readonly rowTypes?: ReadonlyMap<number, SchoolType>;
  /**
   * Senior high schools' rows (0-based), out of scope and read as no school (read_senior_school_row:
   * 县第一高级中学 | 高级中学 | 高中 | 2460): a plain total (合计, 城区小计) and 中学合计 may count them
   * or not, as a 高中部 row; a 小学 / 初中 subtotal or a kind's never does.
   */
  readonly seniorSchoolRows?: readonly number[];
  /** School rows read as 民办 (办学性质 / 举办者: rowFlags), 0-based: what a 民办学校小计 whose block is not written adds up (privateGroupIssue). */
  readonly privateRows?: readonly number[];
}

/** The rows a part's label picks (totalScope): one stage's (小学小计) or one kind of school's (九年一贯制小计). */
type Scope = TotalScope;

/** A school row's stage for a stage's subtotal: a section's, a 高中部's, or null (a whole combined school, or not known). */
export type RowStage = Stage | "senior" | null;

/** A row that adds up school rows above it (or below it: `heads`): where it is, its label and the label's column, and whether it is the sheet's grand total. */
interface TotalRow {
  readonly row: number;
  readonly column: number;
  readonly label: string;
  readonly grand: boolean;
  /**
   * It stands above the rows it adds up (rangesOf): "all" a grand total above every school (合计
   * under the header, or 青石县 / 全镇合计 there); "block" a part total heading its block (城区小计
   * right above 城区's schools), over one of `ends`; "scope" a stage's or kind's subtotal heading its
   * rows (小学小计 at the top), which may stand anywhere on the sheet.
   */
  readonly heads?: "all" | "block" | "scope";
  /**
   * For a block's heading total: the rows its block may end before, the widest last (blockEnds). For
   * a group's subtotal among the schools (乡镇学校 | 999: `group`), the same of the block under it,
   * which it may head as well as close.
   */
  readonly ends?: readonly number[];
  /** Its label names a group of schools or a 城乡 side, not a total (乡镇学校, 村小及教学点, 城区: blockHeading's subtotalKind): it may add up the rows above it or head those below. */
  readonly group?: boolean;
  /** For a part total among the schools (乡镇小计, 乡镇学校): the school rows since the total before it (or the top) its block above may begin at, as a block before it may have no subtotal (groupRanges). */
  readonly starts?: readonly number[];
  /** The stage or kind of school a part's label names (小学小计, 九年一贯制小计): it adds up those rows only. */
  readonly scope: Scope | null;
  /**
   * It stands under the grand total with no school row between them (合计 | 城区 | 农村 under every
   * school): a part of the sheet's whole whose rows are not marked, right when some run of
   * consecutive school rows agrees with it (agreeingRun), as the schools of a side or group are listed together.
   */
  readonly breakdown?: boolean;
  /**
   * A group's subtotal named by who runs its schools or where (县直学校, 民办学校小计: namesGroup), not
   * a 城乡 side, whose block the layout does not give: no total before it bounds the schools above it,
   * or no school row stands between them (under 合计). Its schools need not stand together (民办
   * schools among the others), so agreeing with none of its ranges in any column, it is compared with
   * every run of schools above it (looseIssues), not warned against them all added up (s50 H1).
   */
  readonly loose?: boolean;
}

/**
 * The school rows a total is compared with — read, and hidden and left unread — from `first` (a read
 * or a hidden row) to the row above it: `mismatches` the columns that agree with neither the rows
 * read nor them with the hidden rows added (each with the sum of both), `differ` how many columns
 * disagree with the rows read alone, `hidden` the hidden rows in the range.
 */
interface Comparison {
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

/**
 * The school rows' running sums: those read, and those hidden and left unread (readSchoolRows'
 * skippedRows). For a kind's subtotal, `unknown`: per column, how many rows in the range may hold
 * its numbers the check cannot tell from the rest (typeSums); a stage's subtotal takes such rows
 * with or without instead (`open`, stageSums).
 */
interface Sums {
  readonly read: RunningSums;
  readonly hidden: RunningSums;
  readonly unknown?: { readonly read: RunningSums; readonly hidden: RunningSums };
  /**
   * For a stage's subtotal, what it may count or not, each alone (stageSums): a whole combined
   * school's columns without a stage, a 中学合计's 高中部 rows; it agrees with the rows read with any
   * of them added or none. `openRows`: the rows (sorted) holding such numbers.
   */
  readonly open?: readonly RunningSums[];
  /** The same of the hidden rows left unread (a hidden 高中部 row, a hidden one-row 九年一贯制), over `hidden`'s rows. */
  readonly openHidden?: readonly RunningSums[];
  readonly openRows?: readonly number[];
}

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
 * breakdown or a stage line (whose numbers a total may or may not count). Totals written above
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
 * with its ranges in no column against any run too, and warned once naming the rows it could count
 * when none agrees (looseIssues), not against every school added up (s50 H1). A total agreeing only with
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
  const input = withSeniorSchools(given);
  const [rows, hidden] = [sortedRows([...input.schoolRows, ...input.seniorSchools]), sortedRows(input.skippedRows ?? [])];
  // Where the schools start and end counts the hidden ones: a first county all hidden leaves its 小计 above the first school read (reviewer R2 of s45, A).
  const lines = sortedRows([...rows, ...hidden]);
  const totals = checkedTotals(input, lines);
  // The sides under a grand total must add up to it whatever rows each counts (R3 of s49, A2): checked on any sheet, 其中 lines too.
  const sides = checkSides(input);
  if (totals.length === 0) return sides.issues;
  const columns = summedColumns(input.fieldRoles);
  const all = plainSums(input, { rows, hidden, columns });
  // A stage's or kind's sums are made once, for its first subtotal.
  const byScope = new Map<string, Sums>();
  const sumsOf = (scope: Scope | null): Sums => {
    if (scope === null) return all;
    const key = "stage" in scope ? `stage ${scope.stage} ${scope.senior}` : `type ${scope.type}`;
    const sums = byScope.get(key) ?? ("stage" in scope ? stageSums(input, { rows, hidden, columns }, scope) : typeSums(input, { rows, hidden, columns }, scope.type));
    byScope.set(key, sums);
    return sums;
  };
  const checks = totals.flatMap((total) => {
    // Sides that add up to their grand total are consistent whatever rows each counts: nothing to say of their runs.
    if (total.breakdown === true && sides.adding.has(total.row)) return [];
    const sums = sumsOf(total.scope);
    const run = total.breakdown === true ? agreeingRun(input.grid, total, sums) : null;
    // A side checked with the others against the grand total (checkSides) may count schools that do not stand together (sorted by 学段): said, not warned.
    if (total.breakdown === true && run === null && sides.checked.has(total.row)) return [issueAt("read_total_row_side_unmatched", "info", input.grid.sheet, total.row, total.column, { row: total.row + 1, label: total.label })];
    const found = run ?? bestComparison(input.grid, total, totals, sums);
    if (found === null) return [];
    if (total.loose === true && noColumnAgrees(input.grid, total, sums, found)) return looseIssues(input, total, sums, lines);
    const left = found.mismatches.length === 0 ? leftOutRows(total, found, run !== null, lines) : [];
    return [...totalIssue(input, total, found), ...(left.length === 0 ? [] : [partialIssue(input, total, found, left)])];
  });
  return [...checks, ...sides.issues].sort((a, b) => issueRow(a) - issueRow(b));
}

/** Whether no column the total fills agrees with the `found` rows: nothing tells that they are its block. */
function noColumnAgrees(grid: Grid, total: TotalRow, sums: Sums, found: Comparison): boolean {
  return found.mismatches.length > 0 && found.mismatches.length === totalFigures(grid, total, sums).filter((figure) => figure !== null).length;
}

/**
 * What is said of a loose group's subtotal (TotalRow.loose) agreeing with none of its ranges in any
 * column: the note of a run of schools above it that agrees in every column (agreeingRun: 县直学校 at
 * the bottom agreeing with rows 2–4, leaving out 5–7); else, with school rows right under it, the
 * warning of a total heading its block, against those rows and naming where they end (乡镇学校 780 /
 * 60 over rows 5–8: it was told it matched no run among rows 2–3, the rows above it only, s50 M2);
 * else, for a 民办 group, against the rows read as 民办 (privateGroupIssue); else, when the sheet tells its block (blockStart: a heading above it, or the sheet's first schools
 * with more below), the warning of its block's total and sum per column (s51 H2: 民办学校小计 460 under
 * 二、民办学校 was told only that it matched no run); else one warning at its label naming the school
 * rows it could have counted (read_total_row_group_unmatched), not their sum.
 * @example 民办学校小计 457 under 一小 1652, 二小 980, 实验中学 1200, 石岭 412, 南湾 300, 大湾 45 (457 = 412 + 45) → the warning, rows "2–7"
 * @example 一小, 二小, 乡镇学校 780 / 60, 石岭, 南湾, 大湾, 何家 (775 / 58), 合计 → read_total_row_mismatch_few, first 5, last 8
 */
function looseIssues(input: TotalRowInput, total: TotalRow, sums: Sums, lines: readonly number[]): Issue[] {
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
  const start = blockStart(input, total, lines);
  const block = start === null ? null : comparisonFrom(totalFigures(input.grid, total, sums), sums, start, total.row);
  if (block !== null) return totalIssue(input, total, block);
  const params = { row: total.row + 1, label: total.label, rows: rowRanges(lines.slice(0, rowsAbove(lines, total.row))) };
  return [issueAt("read_total_row_group_unmatched", "warning", input.grid.sheet, total.row, total.column, params)];
}

/** A label naming the 民办 schools (民办学校小计, 民办学校, 民办中小学合计). */
const PRIVATE_GROUP = /民办/;

/**
 * What is said of a loose 民办 group's subtotal (TotalRow.loose: 民办学校小计 after every school, its
 * schools possibly scattered among the others) when the reader read some rows above it as 民办
 * (办学性质 / 举办者: `privateRows`): nothing when it agrees with them in every column, else a warning
 * naming those rows and each column's total and sum (s51 H2: it was told only that it matched no run
 * of rows). Null when its label names no 民办 group or no such row stands above it.
 * @example 民办学校小计 600 / 40 over 启航小学 (row 5) 300 / 20 and 新华学校 (row 6) 200 / 15, both 民办 → read_total_row_mismatch_private_few, rows "5–6", "D … 600 / 500"
 */
function privateGroupIssue(input: TotalRowInput, total: TotalRow, sums: Sums): Issue[] | null {
  const rows = (input.privateRows ?? []).filter((row) => row < total.row).sort((a, b) => a - b);
  if (!PRIVATE_GROUP.test(total.label) || rows.length === 0) return null;
  const roles = sums.read.roles;
  const own = { read: runningSums(input.grid, rows, roles), hidden: runningSums(input.grid, [], roles) };
  const found = comparisonFrom(totalFigures(input.grid, total, sums), own, 0, total.row);
  const mismatches = found?.mismatches ?? [];
  if (mismatches.length === 0) return [];
  const params = { row: total.row + 1, label: total.label, rows: rowRanges(rows), totalColumns: mismatches.slice(0, LISTED).map(describeMismatch).join("\n"), count: mismatches.length };
  return [issueAt(`read_total_row_mismatch_private${mismatches.length > LISTED ? "" : "_few"}`, "warning", input.grid.sheet, total.row, total.column, params)];
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
function blockStart({ kinds }: TotalRowInput, total: TotalRow, schools: readonly number[]): number | null {
  const lines = sheetLines(kinds);
  let k = rowsAbove(lines, total.row) - 1;
  while (k >= 0 && isSchoolLine(kinds.get(lines[k] ?? -1))) k--;
  const first = lines[k + 1];
  if (first === undefined || first >= total.row) return null;
  const bound = k < 0 ? undefined : kinds.get(lines[k] ?? -1)?.kind;
  if (bound === "heading" || bound === "areaHeading") return first;
  return k < 0 && schools.some((row) => row > total.row) ? first : null;
}

/**
 * Whether a total's label names a group of schools by who runs them or where, with or without 小计 /
 * 合计 (blockHeading's subtotalKind "group"): not a 城乡 side (城区, 农村学校), which checkSides adds up.
 * A kind of village school before 小计 (村小小计, 村级小学合计, 中心校小计: blockHeading's isVillageGroup)
 * names one too, as no school is so named; bare 村小 beside numbers may be a school's short name, so
 * only with the sum word (s50 M2: 村小小计 63 was warned against every school, 3,407).
 * @example namesGroup("民办学校小计") // true; namesGroup("县直学校") // true; namesGroup("村小小计") // true; namesGroup("城区小计") // false; namesGroup("乡镇小计") // false
 */
function namesGroup(label: string): boolean {
  const core = headingCore(label);
  const bare = core.replace(/(?:小计|合计|总计)$/, "");
  return subtotalKind(core) === "group" || subtotalKind(bare) === "group" || (bare !== core && isVillageGroup(bare));
}

/** An issue's 1-based row, from its cell (学校基本情况!A12 → 12): the sides' warnings fall in among the totals' in sheet order. */
function issueRow(issue: Issue): number {
  return Number(/(\d+)$/.exec(issue.cell ?? "")?.[1] ?? 0);
}

/**
 * The school rows (read or hidden) a total that agrees with its rows leaves out of the block the
 * sheet's layout gives it, when the rows it agrees with are not that block: a breakdown's run found
 * by search (城区 under 合计 agreeing with rows 2–4 leaves out every other school above), or a part
 * total's later start than the first school since the total before it (乡镇小计 agreeing with rows
 * 6–7 of 2–7: R3 of s49, A1). Empty when it agrees with its block, or heads rows under it.
 * @example 一小 2, 二小 3, 三小 4, 乡镇小计 5 agreeing from row 3 → [2]
 */
function leftOutRows(total: TotalRow, found: Comparison, byRun: boolean, schools: readonly number[]): number[] {
  if (found.first > total.row) return [];
  const above = schools.slice(0, rowsAbove(schools, total.row));
  if (byRun) return above.filter((row) => row < found.first || row > found.last);
  const blockStart = total.heads === undefined ? total.starts?.[0] : undefined;
  return blockStart === undefined ? [] : above.filter((row) => row >= blockStart && row < found.first);
}

/** The note read_total_row_partial: the rows the total agrees with (`first`–`last`) and those of its block it leaves out. */
function partialIssue(input: TotalRowInput, total: TotalRow, found: Comparison, left: readonly number[]): Issue {
  const params = { row: total.row + 1, label: total.label, first: found.first + 1, last: found.last + 1, rows: rowRanges(left) };
  return issueAt("read_total_row_partial", "info", input.grid.sheet, total.row, total.column, params);
}

/** The input with its senior high schools' rows as a set, each of them a 高中部 ("senior") in `rowStages`. */
interface SeniorInput extends TotalRowInput {
  readonly seniorSchools: ReadonlySet<number>;
}

function withSeniorSchools(input: TotalRowInput): SeniorInput {
  const seniorSchools = new Set(input.seniorSchoolRows ?? []);
  if (seniorSchools.size === 0) return { ...input, seniorSchools };
  const rowStages = new Map<number, RowStage>([...(input.rowStages ?? []), ...[...seniorSchools].map((row) => [row, "senior"] as const)]);
  return { ...input, rowStages, seniorSchools };
}

/**
 * The running sums a plain total (合计, 城区小计) is compared with: every number of the school rows;
 * a senior high school's row among them (县第一高级中学) it may count or not (`open`), since the sheet
 * keeps it beside the compulsory schools (Q2 of s48: 总计 counting one was warned though right).
 * @example 总计 over 城关中学 1207, 第二初级中学 1318, 县第一高级中学 2460 → 2,525 or 4,985
 */
function plainSums({ grid, seniorSchools }: SeniorInput, { rows, hidden, columns }: RowSets): Sums {
  const number = (row: number, role: ColumnRole): number => columnNumberAt(grid, row, role) ?? 0;
  const read = runningSums(grid, rows, columns, (row, role) => (seniorSchools.has(row) ? 0 : number(row, role)));
  const sums = { read, hidden: runningSums(grid, hidden, columns) };
  if (seniorSchools.size === 0) return sums;
  return { ...sums, open: [runningSums(grid, rows, columns, (row, role) => (seniorSchools.has(row) ? number(row, role) : 0))], openRows: sortedRows([...seniorSchools]) };
}

/**
 * The running sums a stage's subtotal (小学小计) is compared with: the rows the reader gave that stage
 * — each number of a section of it, and its own stage's column on any row (a combined school's 小学
 * 在校生数) — not those of the other stage. What a statistician may count or not is `open`: a whole
 * combined school's (stage null) column without a stage (a 九年一贯制's one 在校生数 or shared 校舍,
 * counted whole or not at all), and for 中学合计 the 高中部 rows (中学 is 初中 alone or 初中 and 高中);
 * the subtotal agrees with the rows read with or without each. A hidden row left unread counts by
 * the stage the reader gave it (`rowStages`), as a plain total's hidden rows, its open numbers with
 * or without as a read row's (`openHidden`): a hidden 高中部 row left every column it filled
 * unchecked, so a typo in 中学合计 went unsaid (reviewer R5 of s46).
 * @example 小学小计 over 一小 (小学) 1652, 一中 (初中) 980, 三小 (小学) 412 → 2,064; over 育英学校 (九年一贯制) 在校生数（小学） 620 → 620, its 校舍面积 3,000 + 6,500 or 3,000 alike
 * @example 初中小计 over 一中 1100, 二中 800, 育英学校 (九年一贯制, one 在校生数 column) 1030 → 1,900 or 2,930; 3,030 is neither (R4 of s46, B2)
 */
function stageSums({ grid, rowStages }: TotalRowInput, { rows, hidden, columns }: RowSets, scope: { readonly stage: Stage; readonly senior: boolean }): Sums {
  const { stage, senior } = scope;
  const stageOf = (row: number): RowStage => rowStages?.get(row) ?? null;
  const number = (row: number, role: ColumnRole): number => columnNumberAt(grid, row, role) ?? 0;
  // Not a 高中部 row's: its numbers are seniorPart's (counted or not), never sure, or a 中学合计 over a 初中 column would count them twice.
  const sure = (row: number, role: ColumnRole): number => (stageOf(row) !== "senior" && (role.stage === stage || (role.stage === null && stageOf(row) === stage)) ? number(row, role) : 0);
  const whole = (row: number, role: ColumnRole): number => (role.stage === null && stageOf(row) === null ? number(row, role) : 0);
  const seniorPart = (row: number, role: ColumnRole): number => (senior && stageOf(row) === "senior" && (role.stage === null || role.stage === stage) ? number(row, role) : 0);
  const opens = senior ? [whole, seniorPart] : [whole];
  const mine = (row: number): boolean => stageOf(row) === stage || stageOf(row) === null || (senior && stageOf(row) === "senior");
  const [own, ownHidden] = [rows.filter(mine), hidden.filter(mine)];
  const openRows = sortedRows([...own, ...ownHidden].filter((row) => columns.some((role) => opens.some((open) => open(row, role) !== 0))));
  return {
    read: runningSums(grid, own, columns, sure),
    hidden: runningSums(grid, ownHidden, columns, sure),
    open: opens.map((open) => runningSums(grid, own, columns, open)),
    openHidden: opens.map((open) => runningSums(grid, ownHidden, columns, open)),
    openRows,
  };
}

/**
 * The running sums a kind of school's subtotal (九年一贯制小计) is compared with: every number of the
 * rows the reader gave that kind, both stages; a row of no known kind, a 高中部 row (a 完全中学小计 may
 * count it or not) or a hidden row left unread leaves each column it fills unchecked (`unknown`;
 * a stage's subtotal counts such rows with or without instead: stageSums).
 * @example 九年一贯制小计 over 一小 (小学) 500, 育英学校 (九年一贯制) 1030, 一中 (初中) 800 → 1,030
 */
function typeSums({ grid, rowTypes, rowStages, seniorSchools }: SeniorInput, { rows, hidden, columns }: RowSets, type: SchoolType): Sums {
  const typeOf = (row: number): SchoolType => rowTypes?.get(row) ?? "other";
  const unknown = (row: number): boolean => typeOf(row) === "other" || rowStages?.get(row) === "senior";
  // A senior high school is of no kind a compulsory school's subtotal names: not counted, nor unknown.
  const own = rows.filter((row) => !seniorSchools.has(row) && (typeOf(row) === type || typeOf(row) === "other"));
  const read = runningSums(grid, own, columns, (row, role) => (unknown(row) ? 0 : (columnNumberAt(grid, row, role) ?? 0)));
  const unknownRead = runningSums(grid, own, columns, (row, role) => (unknown(row) && columnNumberAt(grid, row, role) !== null ? 1 : 0));
  const unknownHidden = runningSums(grid, hidden, columns, (row, role) => (columnNumberAt(grid, row, role) === null ? 0 : 1));
  return { read, hidden: runningSums(grid, [], columns), unknown: { read: unknownRead, hidden: unknownHidden } };
}

/** The school rows read and hidden (sorted), and the columns summed. */
interface RowSets {
  readonly rows: readonly number[];
  readonly hidden: readonly number[];
  readonly columns: readonly ColumnRole[];
}

function sortedRows(rows: readonly number[]): number[] {
  return [...rows].sort((a, b) => a - b);
}

/**
 * What is said of a total: nothing when every column agrees with the rows read; a warning naming
 * the columns that agree with neither the rows read nor them with the hidden rows of its range
 * added (the sums then those of both, the hidden rows named: read_total_row_mismatch_hidden);
 * else, when hidden rows alone make the difference, a note (read_total_row_hidden), not a second
 * warning beside the hidden rows' own. A column may count the hidden rows (typed) while another
 * leaves them out (SUBTOTAL(109, …)): each agrees one way, and neither is wrong. A total above its
 * rows names the last of them too (`last`): 城区小计 heading rows 3–4 is “与第 3–4 行…”, not “第 3 行起”.
 * @example 合计 3044 over 一小 1652 + 三小 412 read and 二小 980 hidden → read_total_row_hidden (info), rows "3"
 */
function totalIssue(input: TotalRowInput, total: TotalRow, { first, last, open, mismatches, differ, hidden, leftOut }: Comparison): Issue[] {
  // A total above its rows says where they end (rows 5–7), as “from row 5 down” would run past its block (the catalogue's {fromRows}).
  const place = { row: total.row + 1, label: total.label, first: first + 1, ...(first > total.row ? { last: last + 1 } : {}) };
  const hiddenRows = hidden.length === 0 ? {} : { hiddenRows: rowRanges(hidden) };
  // Rows a stage's subtotal may count or not: the warning names them and both sums (R4 of s46, B2, B5b).
  const maybe = mismatches.some((m) => m.read !== undefined) ? sortedRows([...new Set([...open, ...hidden])]) : [];
  // A stage's or kind's subtotal is compared with those rows, and the warning says so; a plain total over a senior high school names it (plainSums).
  const kind = total.scope !== null ? ("stage" in total.scope ? (maybe.length > 0 ? "_stage_open" : "_stage") : "_type") : plainKind(open, maybe, hidden);
  // A plain total's open rows are its senior high schools, named as such, its hidden rows apart (hiddenRows): R1 of s49, g21.
  const named = kind.startsWith("_open") ? open : maybe;
  const openRows = named.length === 0 ? {} : { rows: rowRanges(named) };
  if (mismatches.length > 0) return [mismatchIssue(input, total, kind, mismatches, { ...place, ...hiddenRows, ...openRows })];
  if (differ === 0) return [];
  // Some columns count the hidden rows and some do not: the total is not one sum of one set of rows (R2 of s45, B).
  if (leftOut.length > 0) return [mismatchIssue(input, total, "_hidden_mixed", leftOut, { ...place, rows: rowRanges(hidden) })];
  // A hidden total row's note would speak of rows nobody sees; a warning above still speaks of its numbers.
  // A stage's subtotal counting them says no more than the hidden rows' warning and the grand total's note (R4 of s46, B5).
  if (input.grid.hiddenRows?.includes(total.row) === true || total.scope !== null) return [];
  return [issueAt("read_total_row_hidden", "info", input.grid.sheet, total.row, total.column, { ...place, rows: rowRanges(hidden), count: hidden.length })];
}

/** A plain total's warning: _open naming the senior high schools it may count (`open`), _open_hidden the hidden rows too, when a sum named has them; else _hidden when hidden rows are in range. */
function plainKind(open: readonly number[], maybe: readonly number[], hidden: readonly number[]): string {
  if (open.length > 0 && maybe.length > 0) return hidden.length === 0 ? "_open" : "_open_hidden";
  return hidden.length === 0 ? "" : "_hidden";
}

/** The warning naming the `mismatches` (the first five, and how many): read_total_row_mismatch, or its `kind` (_hidden, _hidden_mixed, _open, _open_hidden, _stage, _stage_open, _type). */
function mismatchIssue(input: TotalRowInput, total: TotalRow, kind: string, mismatches: readonly Mismatch[], place: Readonly<Record<string, string | number>>): Issue {
  const totalColumns = mismatches.slice(0, LISTED).map(describeMismatch).join("\n");
  const params = { ...place, totalColumns, count: mismatches.length };
  return issueAt(`read_total_row_mismatch${kind}${mismatches.length > LISTED ? "" : "_few"}`, "warning", input.grid.sheet, total.row, total.column, params);
}

/** Column k's numbers over the rows `from` (an index of the running sums) up to, not including, `end`. */
function rangeSum(sums: RunningSums, k: number, from: number, end: number): number {
  return (sums.sums[k]?.[end] ?? 0) - (sums.sums[k]?.[from] ?? 0);
}

/**
 * The total rows to check, in sheet order: none with a breakdown or stage line. A grand total below
 * every school adds up the rows above it, one above every school those below it (heads "all"), as
 * does a part total above them all naming the sheet's whole (青石县, 全镇合计: sheetWide). When no
 * other part total stands above the first school, each adds up rows above it; when some do, see
 * headingTotals. `rows`: the school rows, read and hidden, sorted.
 */
function checkedTotals(input: TotalRowInput, rows: readonly number[]): TotalRow[] {
  const { kinds } = input;
  const [firstSchool, lastSchool] = [rows[0], rows[rows.length - 1]];
  if (firstSchool === undefined || lastSchool === undefined || [...kinds.values()].some((c) => c.kind === "breakdown" || c.kind === "stageLine")) return [];
  const found = [...kinds].filter(([, c]) => c.kind === "total").sort(([a], [b]) => a - b).flatMap(([row, c]) => totalRow(input, row, c) ?? []);
  // 青石县 or 全镇合计 right under the header is the sheet's total, as 合计 there is (R2 of s48, 1b).
  const totals = found.map((t) => (!t.grand && t.row < firstSchool && sheetWide(input, t) ? { ...t, grand: true } : t));
  const grands = totals.filter((t) => t.grand).flatMap((t): TotalRow[] => (t.row > lastSchool ? [t] : t.row < firstSchool ? [{ ...t, heads: "all" }] : []));
  const parts = totals.filter((t) => !t.grand);
  const checked = parts.some((t) => t.row < firstSchool) ? headingTotals(input, { totals, rows, lastSchool }) : groupRanges(input, { parts: parts.filter((t) => t.row > firstSchool), totals, rows });
  return [...grands, ...checked].sort((a, b) => a.row - b.row);
}

/**
 * The part totals among the schools, each adding up rows above it: from the top or an earlier total
 * (rangesOf), or from any school row since the total before it (`starts`), as the block before it
 * may have no subtotal of its own (城区's schools, then 乡镇's, then 乡镇小计: where 乡镇 begins is not
 * written). A group's subtotal (乡镇学校 | 240, 城区 | 5000) may add up the block under it too
 * (`ends`: blockEnds), as hand-kept sheets write such a row under its block or above it alike. A
 * total is warned only when it agrees with none of them: a false warning on a right sheet is worse
 * than a total left unchecked (R2 of s48). A stage's or kind's subtotal adds up its own rows
 * wherever they stand (stageSums, typeSums), so none of this; nor is it the total before another
 * (教学点小计 inside 石岭镇's block bounds none: s51 H2).
 * @example 一小 2, 城区学校 3, 三小 4, 四小 5, 乡镇学校 6, 五小 7, 合计 8 → 乡镇学校 starts [4, 5], ends [8]: 三小 + 四小, 四小, or 五小 under it
 * @example 一小 2, 二小 3, 三小 4, 四小 5, 乡镇小计 6 → starts [2, 3, 4, 5]: 乡镇小计 agreeing with 三小 + 四小 is right
 */
function groupRanges(input: TotalRowInput, at: { readonly parts: readonly TotalRow[]; readonly totals: readonly TotalRow[]; readonly rows: readonly number[] }): TotalRow[] {
  const { parts, totals, rows } = at;
  // A stage's or kind's subtotal bounds no block (教学点小计 inside 石岭镇's block, 石岭镇小计 under it adds up the whole town's rows: s51 H2).
  const totalRows = totals.filter((t) => t.scope === null).map((t) => t.row);
  const blocks = parts.some((t) => t.group === true) ? blocksUnder(input, totals) : () => [];
  return parts.map((t) => {
    if (t.scope !== null) return t;
    const since = totalRows[rowsAbove(totalRows, t.row) - 1] ?? -1;
    const starts = rows.slice(rowsAbove(rows, since + 1), rowsAbove(rows, t.row));
    // 合计 | 城区 | 农村 under the schools: each side's total a part of the grand total just above it (R1 of s49, g16).
    const breakdown = starts.length === 0 && totals.some((g) => g.grand && g.row < t.row && rowsAbove(rows, g.row) === rowsAbove(rows, t.row));
    const grouped = t.group === true ? { ...t, starts, ends: blocks(t.row) } : { ...t, starts };
    // No total before it bounds its schools, or none stands between: its block is not written (TotalRow.loose).
    const found = namesGroup(t.label) && (starts.length === 0 || rowsAbove(rows, since + 1) === 0) ? { ...grouped, loose: true } : grouped;
    return breakdown && (found.ends ?? []).length === 0 ? { ...found, breakdown } : found;
  });
}

/** Where the block under each row may end (blockEnds), none when no school row is right under it: a group's subtotal heading its block. */
function blocksUnder(input: TotalRowInput, totals: readonly TotalRow[]): (row: number) => number[] {
  const lines = sheetLines(input.kinds);
  const place = new Map(lines.map((row, i) => [row, i]));
  const grandRows = new Set(totals.filter((t) => t.grand).map((t) => t.row));
  return (row) => {
    const i = place.get(row) ?? -1;
    return isSchoolLine(input.kinds.get(lines[i + 1] ?? -1)) ? blockEnds(input.kinds, lines, i + 1, grandRows) : [];
  };
}

/** The rows holding something (not blank, not a note), sorted: where a block begins and ends. */
function sheetLines(kinds: ReadonlyMap<number, Classified>): number[] {
  return [...kinds].filter(([, c]) => c.kind !== "blank" && c.kind !== "note").map(([row]) => row).sort((a, b) => a - b);
}

/** A part total's label (folded) naming the sheet's whole: 全镇合计, 全乡小计, 青石县合计. */
const WHOLE_SHEET_TOTAL = /^全|^.+[县市旗](?:合计|总计)$/;

/** A part total's label naming the sheet's whole: a county's name (read_county_total_row: 青石县), or WHOLE_SHEET_TOTAL. */
function sheetWide({ countyTotals }: TotalRowInput, total: TotalRow): boolean {
  if (total.scope !== null) return false;
  return countyTotals?.has(total.row) === true || WHOLE_SHEET_TOTAL.test(foldText(total.label));
}

/**
 * The part totals to check when one stands above the first school, each heading the rows under it,
 * as the statistics reports print them (Q2 of s48). Not when a part total also stands below the last
 * school (城区小计 above its block and 乡镇小计 below its own: where 城区 ends is not written, R2 of s48,
 * 1c): then none is checked, as a total left unchecked is better than a false warning. A stage's or
 * kind's subtotal (小学小计) heads its rows wherever they stand (scope: 小学小计 and 初中小计 at the top
 * over interleaved rows, or 初中小计 over its block with 育才（初中部） above in the 小学 block, 1f). A
 * plain part total (城区小计) heads a block only when a school row is right under it and no other part
 * total right above it (合计 | 城区小计 | 乡镇小计 over the whole list is a summary, not a block's
 * head: 1a; 民办学校小计 0 over 城区小计, 1e), its block ending at the next part total or heading row
 * (二、乡镇学校: 1d), or, when none follows, after any of the school rows under it (blockEnds).
 * @example 城区小计 (2), 一小, 二小, 二、乡镇学校 (5), 三小 → 城区小计 heads rows 3–4 (ends [5])
 */
function headingTotals(input: TotalRowInput, at: { readonly totals: readonly TotalRow[]; readonly rows: readonly number[]; readonly lastSchool: number }): TotalRow[] {
  const { totals, lastSchool } = at;
  const parts = totals.filter((t) => !t.grand);
  if (parts.some((t) => t.row > lastSchool)) return [];
  const schools = new Set(at.rows);
  const lines = sheetLines(input.kinds);
  const partRows = new Set(parts.map((t) => t.row));
  const grandRows = new Set(totals.filter((t) => t.grand).map((t) => t.row));
  // Each total's place among the lines, found once: a city's 200 county 小计 would each scan 100,000 rows.
  const place = new Map(lines.map((row, i) => [row, i]));
  return parts.flatMap((t): TotalRow[] => {
    if (t.scope !== null) return [{ ...t, heads: "scope" }];
    const i = place.get(t.row) ?? -1;
    const [above, below] = [lines[i - 1], lines[i + 1]];
    if (below === undefined || !schools.has(below) || (above !== undefined && partRows.has(above))) return [];
    return [{ ...t, heads: "block", ends: nestedEnds({ kinds: input.kinds, lines, place, grandRows, partRows, schools }, i) }];
  });
}

/** What nestedEnds needs of the sheet: its lines (sheetLines), each one's index, the grand and part totals' rows and the school rows. */
interface SheetLines {
  readonly kinds: ReadonlyMap<number, Classified>;
  readonly lines: readonly number[];
  readonly place: ReadonlyMap<number, number>;
  readonly grandRows: ReadonlySet<number>;
  readonly partRows: ReadonlySet<number>;
  readonly schools: ReadonlySet<number>;
}

/**
 * Where the block under the heading total at line `i` may end (blockEnds), and, when it ends at a
 * part total heading a block of its own, where that one may end, and so on: a side's total heads
 * its groups' blocks as well as its own rows (合计 | 城区 | … | 农村 | 乡镇's schools | 村小及教学点 |
 * the village schools: 农村 adds up both blocks, R1 of s49, g4). Its own block's ends come last, as a tie goes
 * to the last range (bestComparison): a 小计 agreeing with its own rows no worse than with its groups' is
 * compared with its own.
 * @example 农村 7, 石桥 8–10, 村小及教学点 11, 杨庄 12–14 (sheet's end) → [13, 14, 15, 11]: on to any village school, or rows 8–10
 */
function nestedEnds(sheet: SheetLines, i: number): number[] {
  const ends = blockEnds(sheet.kinds, sheet.lines, i + 1, sheet.grandRows);
  // A block ending at a heading (二、乡镇学校) or the sheet's end does not go on; at a part total heading schools it may.
  const [end] = ends;
  const next = end !== undefined && ends.length === 1 && sheet.partRows.has(end) ? sheet.place.get(end) : undefined;
  return next !== undefined && sheet.schools.has(sheet.lines[next + 1] ?? -1) ? [...nestedEnds(sheet, next), ...ends] : ends;
}

/**
 * Where a block under a heading total may end, from the sorted `lines` from index `from` (the row under it): at the first row
 * that is no school's, a part total or a heading (二、乡镇学校); when that is a grand total (合计 at
 * the bottom) or the sheet's end, the block's end is not written (城区小计 | 一小 | 二小 | 三小 | 合计:
 * 乡镇 has no 小计, R2 of s48), so after any school row under it, the widest last.
 * @example blockEnds([城区小计 2, 一小 3, 二小 4, 二、乡镇学校 5], 1) // [5]; blockEnds([城区小计 2, 一小 3, 二小 4, 三小 5, 合计 6], 1) // [4, 5, 6]
 */
function blockEnds(kinds: ReadonlyMap<number, Classified>, lines: readonly number[], from: number, grandRows: ReadonlySet<number>): number[] {
  let k = from;
  while (k < lines.length && isSchoolLine(kinds.get(lines[k] ?? -1))) k++;
  const end = lines[k];
  if (end !== undefined && !grandRows.has(end)) return [end];
  return lines.slice(from, k).map((row) => row + 1);
}

/** A school's row, named or not: what a heading total's block is made of. */
function isSchoolLine(classified: Classified | undefined): boolean {
  return classified?.kind === "school" || classified?.kind === "unnamed";
}

/** A total row with its label, if the label says it adds up rows (a grand or a part total, or a county's name on a county subtotal). */
function totalRow({ grid, nameColumn, countyTotals }: TotalRowInput, row: number, classified: Classified): TotalRow | null {
  const column = classified.labelColumn ?? nameColumn;
  const label = textAt(grid, row, column) ?? "";
  const folded = foldText(label);
  if (GRAND_TOTAL.test(folded)) return { row, column, label, grand: true, scope: null };
  if (countyTotals?.has(row) === true) return { row, column, label, grand: false, scope: null };
  if (PART_TOTAL.test(folded) && !NOT_A_SUM.test(folded)) return { row, column, label, grand: false, scope: totalScope(label) };
  // 乡镇学校 | 999, 村小及教学点 | 45: rowKind read the row as a block's subtotal by its words alone (subtotalKind).
  return classified.kind === "total" && subtotalKind(label) !== null ? { row, column, label, grand: false, scope: null, group: true } : null;
}


/**
 * The school rows (sorted) and, per column, their numbers added up from the top: `sums[k][i]` is
 * the sum of column k over the first i rows (a blank or no number as nothing), so that the rows
 * between any two totals add up in two reads. Each cell is read once, however many totals and
 * starts are compared: a city's sheet of 200 county 小计 over 100,000 rows would otherwise be
 * summed again for every pair.
 */
interface RunningSums {
  readonly rows: readonly number[];
  readonly roles: readonly ColumnRole[];
  readonly sums: readonly Float64Array[];
}

/** `value`: what a row adds to a column, by default its number (none as 0); a stage's subtotal adds its stage's (stageSums). */
function runningSums(grid: Grid, rows: readonly number[], roles: readonly ColumnRole[], value = (row: number, role: ColumnRole) => columnNumberAt(grid, row, role) ?? 0): RunningSums {
  const sums = roles.map((role) => {
    const sum = new Float64Array(rows.length + 1);
    for (let i = 0; i < rows.length; i++) sum[i + 1] = (sum[i] ?? 0) + value(rows[i] ?? 0, role);
    return sum;
  });
  return { rows, roles, sums };
}

/** How many of the sorted `rows` stand above `row`. */
function rowsAbove(rows: readonly number[], row: number): number {
  let [lo, hi] = [0, rows.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((rows[mid] ?? 0) < row) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The range the total agrees with best (rangesOf): from the top, or the row after any earlier total,
 * down to it; for a total heading its rows, from the row under it down to a later total or the
 * sheet's end. A range with no school row, read or hidden, does not count. The fewest columns
 * agreeing with neither the rows read nor them with the hidden rows added win (a county whose every
 * school is hidden under its 小计 is compared with those rows, not with the county above); on a tie
 * the widest for a grand total, the nearest for a part's. Null when no range has a school row.
 */
function bestComparison(grid: Grid, total: TotalRow, totals: readonly TotalRow[], sums: Sums): Comparison | null {
  const figures = totalFigures(grid, total, sums);
  let best: Comparison | null = null;
  for (const [from, end] of rangesOf(total, totals)) {
    const found = comparisonFrom(figures, sums, from, end);
    // On a tie a grand total keeps the widest range (it adds up every school), a part total takes the nearer.
    if (found !== null && (best === null || found.mismatches.length < best.mismatches.length || (!total.grand && found.mismatches.length === best.mismatches.length))) best = found;
  }
  return best;
}

/** The total row's number in each column summed; null where it says nothing: a stage's subtotal of the other stage's columns (小学小计's 初中在校生 cell). */
function totalFigures(grid: Grid, total: TotalRow, sums: Sums): (number | null)[] {
  const stage = total.scope !== null && "stage" in total.scope ? total.scope.stage : null;
  return sums.read.roles.map((role) => (stage !== null && role.stage !== null && role.stage !== stage ? null : columnNumberAt(grid, total.row, role)));
}

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
function agreeingRun(grid: Grid, total: TotalRow, sums: Sums): Comparison | null {
  const figures = totalFigures(grid, total, sums);
  const k = figures.findIndex((figure) => figure !== null);
  if (k < 0) return null;
  const lines = runLines(sums, k, total.row);
  if (lines.some((line) => line.least < 0 || line.most < line.least)) return null;
  const [least, most] = [prefixOf(lines.map((line) => line.least)), prefixOf(lines.map((line) => line.most))];
  const [target, n] = [figures[k] ?? 0, lines.length];
  let tried = 0;
  for (let i = 0; i < n && tried < RUNS_TRIED; i++) {
    // The runs from the i-th school whose most reaches the total's first column and whose least does not pass it.
    const high = (least[i] ?? 0) + target + ROUNDING;
    for (let j = firstAtLeast(most, (most[i] ?? 0) + target - ROUNDING, i + 1, n); j <= n && (least[j] ?? 0) <= high && tried < RUNS_TRIED; j++, tried++) {
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

/** Running sums of `values`: [0, v0, v0 + v1, …]. */
function prefixOf(values: readonly number[]): Float64Array {
  const sum = new Float64Array(values.length + 1);
  for (let i = 0; i < values.length; i++) sum[i + 1] = (sum[i] ?? 0) + (values[i] ?? 0);
  return sum;
}

/** The first index j in [lo, hi] whose running sum is at least `value` (hi + 1 when none), by halving. */
function firstAtLeast(prefix: Float64Array, value: number, lo: number, hi: number): number {
  let [a, b] = [lo, hi + 1];
  while (a < b) {
    const mid = (a + b) >> 1;
    if ((prefix[mid] ?? 0) < value) a = mid + 1;
    else b = mid;
  }
  return a;
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

/**
 * The total's `figures` against the school rows from row `from` up to `end`, read and hidden; null
 * when there are none. A column agrees with the rows read, or them with any of a stage subtotal's
 * open parts added (Sums.open), with or without the hidden rows; the sums named are the rows read
 * with all of them and without.
 */
function comparisonFrom(figures: readonly (number | null)[], sums: Sums, from: number, end: number): Comparison | null {
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
