import type { Issue, SchoolType, Stage } from "../../engine/types";
import { issueAt } from "./issue";
import { rowRanges } from "./rowRanges";
import { agrees, mismatchWarning, type Mismatch } from "./totalAgrees";
import type { TotalRowInput } from "./totalRowInput";
import type { TotalRow } from "./totalRow";
import type { Sums } from "./totalSums";
import { runningSums } from "./runningSums";
import { totalFigures, comparisonFrom } from "./comparisonFrom";
import { headingCore } from "./headingRurality";
import { labelText, totalSchoolType, totalStage, withoutSumWord } from "./totalLabel";
import { BREAKDOWN_LEAD } from "./text";

/** The schools a group's label names by who runs them, and the stage it names, if any (民办小学小计: the 民办 小学). */
export interface OwnershipGroup {
  readonly owner: "private" | "public";
  readonly stage: Stage | null;
  /** The kind of school it names, if any (民办九年一贯制学校小计: the 民办 九年一贯制学校). */
  readonly type: SchoolType | null;
}

/** 民办 or 公办 at the start of a group's words (其中 and ordinals taken off: headingCore). */
const OWNER = /^(民办|公办)/;

/**
 * The group a label names by who runs its schools: 民办学校小计, 其中：民办学校, 公办中小学合计; with a
 * stage, 民办小学小计 (the 民办 小学, not every 小学: s52 H2). Null for any other label.
 * @example ownershipGroup("民办小学小计") // { owner: "private", stage: "primary", type: null }; ownershipGroup("其中：公办学校") // { owner: "public", stage: null, type: null }; ownershipGroup("县直学校") // null
 */
export function ownershipGroup(label: string): OwnershipGroup | null {
  const text = labelText(label);
  // 其中：民办学校 under 合计 names the same group as 民办学校小计 does.
  const core = headingCore(text.slice(BREAKDOWN_LEAD.exec(text)?.[0].length ?? 0));
  const owner = OWNER.exec(core)?.[1];
  if (owner === undefined) return null;
  // The stage as a subtotal's words name it, with or without the sum word (其中：民办小学).
  const rest = `${withoutSumWord(core.slice(owner.length))}小计`;
  return { owner: owner === "民办" ? "private" : "public", stage: totalStage(rest), type: totalSchoolType(rest) };
}

/** The rows a group adds up (`rows`), may count or not (`seniors`), and may or may not hold (`unknown`: who runs them is not known), above its total. */
interface GroupRows {
  readonly rows: readonly number[];
  readonly seniors: readonly number[];
  readonly unknown: readonly number[];
}

/**
 * What is said of a loose 民办 or 公办 group's subtotal (TotalRow.loose: 民办学校小计 after every
 * school, 其中：民办学校 under 合计, its schools possibly scattered among the others) when the sheet
 * tells who runs its rows (办学性质 / 举办者): nothing when it agrees with the rows read so in every
 * column (with or without the group's senior high schools, read as no school, as a 合计 may: s51
 * R4); a note that it could not be checked when rows whose 办学性质 is blank or unreadable could make
 * it up (no column of it below the group's own rows or above them with those added: s52 H2); else a
 * warning naming the group's rows and each column's total and sum. When the sheet has such a column but
 * lists none of the group's schools (none whose 办学性质 is blank either): nothing for a 0 (or blank), else
 * a warning saying so, each column's total against 0 (s52 K5). Null when its label names no such group,
 * or the sheet has no 办学性质 / 举办者 column and no row it may count (groupRows: above it, or for a 其中
 * line its total's schools) is read as of it.
 * @example 民办学校小计 600 / 40 over 启航小学 (row 5) 300 / 20 and 新华学校 (row 6) 200 / 15, both 民办 → read_total_row_mismatch_private_few, rows "5–6", "D … 600 / 500"
 * @example 民办学校小计 457 over 石岭 412 (民办) and 大湾 45 (办学性质 blank) → read_total_row_private_unchecked (info), rows "6"
 * @example 民办学校小计 0 / 0 over 公办 schools only → []; 457 / 0 → read_total_row_mismatch_private_none_few, "E … 457 / 0"
 */
export function ownershipGroupIssue(input: TotalRowInput, total: TotalRow, sums: Sums): Issue[] | null {
  const group = ownershipGroup(total.label);
  if (group === null) return null;
  const { rows, seniors, unknown } = groupRows(input, total.row, group);
  // With no 办学性质 / 举办者 column nothing tells its rows; with one and none of its schools, it is checked against none (s52 K5: a right 0 was warned as matching no run).
  // A 其中 line whose total's schools were not found (an empty span) has no rows because none are known, not because the sheet lists none.
  if (rows.length === 0 && unknown.length === 0 && (input.ownershipTold !== true || input.ownershipSpans?.get(total.row)?.length === 0)) return null;
  const figures = totalFigures(input.grid, group.stage === null ? total : { ...total, scope: { stage: group.stage, senior: false } }, sums);
  const off = (over: readonly number[]) => mismatchesOver(input, figures, sums, [...over].sort((a, b) => a - b));
  const mismatches = off(rows);
  if (mismatches.length === 0 || (seniors.length > 0 && off([...rows, ...seniors]).length === 0)) return [];
  const place = { sheet: input.grid.sheet, row: total.row, column: total.column };
  // Below its own rows' sum or above all it could count: wrong whoever runs the unknown rows.
  const outOfReach = mismatches.some((m) => m.total < m.sum) || off([...rows, ...seniors, ...unknown]).some((m) => m.total > m.sum);
  if (unknown.length > 0 && !outOfReach) return [issueAt(`read_total_row_${group.owner}_unchecked`, "info", place.sheet, place.row, place.column, { row: total.row + 1, label: total.label, rows: rowRanges(unknown) })];
  // No school of its group on the sheet (and none whose owner is unknown): no rows to name, the sheet lists none.
  if (rows.length === 0) return [mismatchWarning(`read_total_row_mismatch_${group.owner}_none`, mismatches, place, { row: total.row + 1, label: total.label })];
  return [mismatchWarning(`read_total_row_mismatch_${group.owner}`, mismatches, place, { row: total.row + 1, label: total.label, rows: rowRanges(rows) })];
}

/**
 * The rows the group at `end` adds up — those above it, or for a 其中 line the schools of the total it
 * stands under (TotalRowInput.ownershipSpans) — by owner, by kind for a kind's group, and, for a stage's group, by the stage the reader
 * gave each row: a whole combined school's row (no stage) it may count or not, so it is unknown.
 * @example 民办小学小计 over 启航 (民办, 小学) 3, 新华 (民办, 初中) 4, 育才 (民办, 九年一贯制 whole) 5, 一小 (blank) 6 → rows [3], unknown [5, 6]
 */
function groupRows(input: TotalRowInput, end: number, { owner, stage, type }: OwnershipGroup): GroupRows {
  // A 其中 line's schools are its total's (withOwnershipLines); a 民办学校小计's, any above it.
  const span = input.ownershipSpans?.get(end);
  const within = span === undefined ? (row: number) => row < end : (row: number) => span.includes(row);
  const above = (list: readonly number[] | undefined) => (list ?? []).filter(within);
  const own = above(owner === "private" ? input.privateRows : input.publicRows);
  const seniors = stage === null ? above(owner === "private" ? input.privateSeniorRows : input.publicSeniorRows) : [];
  const unknown = above(input.ownershipUnknownRows);
  // A kind's group (民办九年一贯制学校小计): the rows read as that kind, as a kind's subtotal counts them (typeSums).
  const ofType = (row: number) => input.rowTypes?.get(row) === type;
  if (type !== null) return { rows: own.filter(ofType), seniors: [], unknown: unknown.filter(ofType) };
  if (stage === null) return { rows: own, seniors, unknown };
  const stageOf = (row: number) => input.rowStages?.get(row) ?? null;
  const whole = own.filter((row) => stageOf(row) === null);
  return { rows: own.filter((row) => stageOf(row) === stage), seniors, unknown: [...unknown.filter((row) => stageOf(row) === stage || stageOf(row) === null), ...whole] };
}

/** The columns in which the total's `figures` disagree with the sum of `rows` (sorted) alone; with no row, with nothing (a 民办学校小计 of 457 over no 民办 row is 457 / 0). */
function mismatchesOver(input: TotalRowInput, figures: readonly (number | null)[], sums: Sums, rows: readonly number[]): readonly Mismatch[] {
  const roles = sums.read.roles;
  const own = { read: runningSums(input.grid, rows, roles), hidden: runningSums(input.grid, [], roles) };
  const none = roles.flatMap((role, k) => (agrees(figures[k] ?? null, 0) ? [] : [{ role, total: figures[k] ?? 0, sum: 0 }]));
  // Every row given, those below a 其中 line under a 合计 at the top too.
  return comparisonFrom(figures, own, 0, (rows[rows.length - 1] ?? 0) + 1)?.mismatches ?? none;
}
