import type { Issue } from "../../engine/types";
import type { Grid } from "../types";
import { columnLetters } from "../address";
import { issueAt } from "./issue";
import type { ColumnRole } from "./keys";
import { parseCellNumber } from "./parseCellNumber";
import type { Classified } from "./rowKind";
import { textAt, valueAt } from "./rowMeta";
import { foldText } from "./text";

/** A sheet's grand total label (folded): 合计, 总计, 全县合计 … — not a 小计, an average or a breakdown. */
const GRAND_TOTAL = /^(?:全县|全区|全市|全旗|总)?(?:合计|总计)$/;
/** How many disagreeing columns the warning names; the rest it counts. */
const LISTED = 5;
/** Half a unit of the column's own (人, ㎡, 万元): a total typed by hand from decimals rounds; a count read wrong is off by at least 1. */
const ROUNDING = 0.5;

/** What the check needs of a sheet's pass (readSchoolRows). */
export interface TotalRowInput {
  readonly grid: Grid;
  readonly kinds: ReadonlyMap<number, Classified>;
  readonly nameColumn: number;
  /** The rows read as schools (0-based), a campus row or a senior part among them. */
  readonly schoolRows: readonly number[];
  readonly fieldRoles: readonly ColumnRole[];
}

/** A column whose total disagrees: its letter and header, the total row's number and the schools' sum. */
interface Mismatch {
  readonly role: ColumnRole;
  readonly total: number;
  readonly sum: number;
}

/**
 * The sheet's own 合计 row checked against the rows read: each number column's total beside what
 * the school rows read add up to, in the cells' own units. A total that disagrees means rows were
 * not read (hidden, filtered, without a name), or numbers were not what Excel summed (stored as
 * text, which SUM skips), or the total is wrong; any of them the statistician must know. Only for a
 * plain layout: one total row, a grand total (GRAND_TOTAL) below the last school, no stage line or
 * breakdown (whose numbers a total may or may not count). Null when it does not apply or all agree.
 *
 * @example 合计 D11 3532 over D5:D9 1234 + 856 + 900 + 32 + 410 = 3432 → read_total_row_mismatch at B11 naming D (3,532 against 3,432)
 */
export function totalRowCheck(input: TotalRowInput): Issue | null {
  const row = grandTotalRow(input);
  if (row === null) return null;
  const mismatches = uniqueColumns(input.fieldRoles).flatMap((role) => mismatchOf(input, row.row, role));
  if (mismatches.length === 0) return null;
  const totalColumns = mismatches.slice(0, LISTED).map(describe).join("\n");
  const params = { row: row.row + 1, label: row.label, totalColumns, count: mismatches.length };
  return issueAt(mismatches.length > LISTED ? "read_total_row_mismatch" : "read_total_row_mismatch_few", "warning", input.grid.sheet, row.row, row.column, params);
}

/** The one grand total row below every school row, with its label and the label's column; null for any other layout. */
function grandTotalRow({ grid, kinds, nameColumn, schoolRows }: TotalRowInput): { row: number; column: number; label: string } | null {
  const totals = [...kinds].filter(([, c]) => c.kind === "total");
  if (totals.length !== 1 || [...kinds.values()].some((c) => c.kind === "breakdown" || c.kind === "stageLine")) return null;
  const [row, classified] = totals[0] as [number, Classified];
  const column = classified.labelColumn ?? nameColumn;
  const label = textAt(grid, row, column) ?? "";
  if (!GRAND_TOTAL.test(foldText(label)) || schoolRows.length === 0 || schoolRows.some((r) => r > row)) return null;
  return { row, column, label };
}

/** One role per column, the first (a column read as two fields is summed once). */
function uniqueColumns(roles: readonly ColumnRole[]): ColumnRole[] {
  const byColumn = new Map<number, ColumnRole>();
  for (const role of roles) if (!byColumn.has(role.column)) byColumn.set(role.column, role);
  return [...byColumn.values()];
}

/** The column's disagreement, if its total cell holds a number and the schools' numbers add up to another. */
function mismatchOf({ grid, schoolRows }: TotalRowInput, totalRow: number, role: ColumnRole): Mismatch[] {
  const total = numberAt(grid, totalRow, role.column);
  if (total === null) return [];
  const sum = schoolRows.reduce((s, r) => s + (numberAt(grid, r, role.column) ?? 0), 0);
  return Math.abs(total - sum) > ROUNDING + 1e-9 * Math.abs(total) ? [{ role, total, sum }] : [];
}

/** A cell's number as typed (text numbers too, as the reader reads them), in the cell's own unit; null when blank or no number. */
function numberAt(grid: Grid, row: number, column: number): number | null {
  const parsed = parseCellNumber(valueAt(grid, row, column), "measure");
  return parsed.status === "number" ? parsed.value : null;
}

/** D“在校生数/合计” 3,532 / 3,432: letter, header, the total row's number, the schools' sum. */
function describe(m: Mismatch): string {
  const n = (x: number) => x.toLocaleString("en-US", { maximumFractionDigits: 6 });
  return `${columnLetters(m.role.column)}“${m.role.header}” ${n(m.total)} / ${n(m.sum)}`;
}
