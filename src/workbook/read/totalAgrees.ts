import type { Issue } from "../../engine/types";
import { columnLetters } from "../address";
import { issueAt } from "./issue";
import type { ColumnRole } from "./keys";

/*
 * What a total row is checked with, shared by the checks of totals against their school rows
 * (totalRowChecks) and of 城乡 sides against their grand total (totalRowSides): the two must call
 * the same numbers equal and word a disagreement alike.
 */

/** A sheet's grand total label (folded): 合计, 总计, 全县合计 … */
export const GRAND_TOTAL = /^(?:全县|全区|全市|全旗|总)?(?:合计|总计)$/;
/** How many disagreeing columns a warning names; the rest it counts. */
export const LISTED = 5;
/** Half a unit of the column's own (人, ㎡, 万元): a total typed by hand from decimals rounds; a count read wrong is off by at least 1. */
export const ROUNDING = 0.5;

/** A column where a total disagrees: the total's number, the sum it should be, and the rows read alone when hidden rows are in the sum. */
export interface Mismatch {
  readonly role: ColumnRole;
  readonly total: number;
  readonly sum: number;
  readonly read?: number;
}

/**
 * Whether a total cell agrees with `sum`: so when it holds no number (nothing to check), or within
 * half a unit (ROUNDING), widened by 1e-9 of the total for sums of decimals.
 * @example agrees(3432.4, 3432) // true; agrees(3433, 3432) // false; agrees(null, 3432) // true
 */
export function agrees(total: number | null, sum: number): boolean {
  return total === null || Math.abs(total - sum) <= ROUNDING + 1e-9 * Math.abs(total);
}

/**
 * A mismatch as the warnings list it: letter, header, the total, the sum, and the rows read alone when given.
 * @example describeMismatch({ role: { column: 3, header: "在校生数", … }, total: 3532, sum: 3432 }) // "D“在校生数” 3,532 / 3,432"
 */
export function describeMismatch(m: Mismatch): string {
  const n = (x: number) => x.toLocaleString("en-US", { maximumFractionDigits: 6 });
  return `${columnLetters(m.role.column)}“${m.role.header}” ${n(m.total)} / ${n(m.sum)}${m.read === undefined ? "" : ` / ${n(m.read)}`}`;
}

/**
 * The warning of columns that disagree, at the cell `at`: `code`, with _few when every column is
 * listed, and `place`'s params then the first LISTED columns (describeMismatch, one a line) and how
 * many disagree in all. One wording for a total against its rows, a 民办 group against its rows and
 * the sides against their grand total.
 * @example mismatchWarning("read_total_row_mismatch", [D 3532 / 3432], { sheet: "学校", row: 10, column: 1 }, { row: 11 }) // read_total_row_mismatch_few at 学校!B11, { row: 11, totalColumns: "D“在校生数” 3,532 / 3,432", count: 1 }
 */
export function mismatchWarning(code: string, mismatches: readonly Mismatch[], at: { readonly sheet: string; readonly row: number; readonly column: number }, place: Readonly<Record<string, string | number>>): Issue {
  const totalColumns = mismatches.slice(0, LISTED).map(describeMismatch).join("\n");
  const params = { ...place, totalColumns, count: mismatches.length };
  return issueAt(`${code}${mismatches.length > LISTED ? "" : "_few"}`, "warning", at.sheet, at.row, at.column, params);
}

/**
 * Fields no total holds the sum of: a 合计's 最大班额 is the county's largest class (its schools'
 * maximum) or blank, never the classes added (blockTotalRows has left it out since R3 finding 6; s50 H1: 合计 52 over
 * schools of 52, 48, 40, 38 and 15 was warned “52 / 193”). Not checked at all rather than as the
 * maximum: a 合计 holding an Excel SUM dragged across the row (193) would then be warned of a cell no
 * evaluation reads, and a row left unread already shows in the columns that add up. Derived columns
 * (生均…, …率, 比例) are never read as fields (aliases' DERIVED_HEADER), so none of them is summed.
 */
const NOT_SUMMED: ReadonlySet<string> = new Set<string>(["largestClass"]);

/**
 * The columns a total adds up: one role each (uniqueColumns), none of a field no total sums (NOT_SUMMED: 最大班额).
 * @example summedColumns([D students, E largestClass, F teachers]) // [D students, F teachers]
 */
export function summedColumns(roles: readonly ColumnRole[]): ColumnRole[] {
  return uniqueColumns(roles).filter((role) => !NOT_SUMMED.has(role.key));
}

/**
 * The roles of distinct columns, the first role of each (a column that feeds two fields is added up once).
 * @example uniqueColumns([D students, E teachers, D classes]) // [D students, E teachers]
 */
export function uniqueColumns(roles: readonly ColumnRole[]): ColumnRole[] {
  const byColumn = new Map<number, ColumnRole>();
  for (const role of roles) if (!byColumn.has(role.column)) byColumn.set(role.column, role);
  return [...byColumn.values()];
}
