import type { Grid } from "../types";
import { columnNumberAt } from "./cellNumber";
import type { ColumnRole } from "./keys";
import type { Classified } from "./rowKind";
import { metaRole, textAt } from "./rowMeta";
import { labelText } from "./totalLabel";

/**
 * Rows read as schools that are a block's subtotal whatever they are called (石桥镇中心校, 城关学区,
 * 城关镇): the export writes a 乡镇's or 学区's sums on a row named by its unit, above its schools
 * (全县 → 乡镇 → 学校) or under them. Read as a school, such a row counts the block's students, rooms
 * and equipment a second time (reviewer R1, findings 1 and 2; workbooks.md "合计 / 小计 / 总计 / 全县 rows").
 */

/** A block's subtotal row and the school rows it adds up (0-based sheet rows), or null for a row named by its 乡镇 (no sum checked). */
export interface BlockTotal {
  readonly row: number;
  readonly summed: { readonly first: number; readonly last: number } | null;
}

/** Columns that must agree, each non-zero: one or two equal by chance (a school as big as two small ones in students), never all of several. */
const MIN_COLUMNS = 3;
/** Rows a subtotal adds up, at least: one row equal to its neighbour is a school listed twice or a coincidence, not a sum. */
const MIN_ROWS = 2;
/** Half a unit of the column's own (人, ㎡, 万元), as totalRowChecks allows: a subtotal typed by hand from decimals rounds. */
const ROUNDING = 0.5;
/** Rows a run may hold: a 学区 of more schools than this is no block of one sheet, and a row far bigger than those under it (a city sheet's) would otherwise be added up to the end. */
const MAX_RUN = 300;

interface Sheet {
  readonly grid: Grid;
  readonly kinds: ReadonlyMap<number, Classified>;
  readonly columns: readonly ColumnRole[];
}

/**
 * The school rows (by classify) that are subtotals: every number column the row fills equals, within
 * rounding, the sum of a run of at least two school rows next to it (below it up to the next row
 * that is no school or blank, or above it back to the previous one; a subtotal found before ends
 * the run), at least three of those columns non-zero; or a row without a 办学类型 named as the 乡镇 of
 * the row above or below it (the 乡镇 cell merged down over the block, the subtotal under it).
 *
 * @example 城关镇 3060 | 78+60+72 … over 城关第一小学 1200, 城关第二小学 960, 城关中学 900 → { row: 城关镇's, summed: the three rows }
 * @example 甲小学 500 | 30 | 2000 beside 乙小学 200 | 10 | 900 and 丙小学 300 | 25 | 1100 → none (only students add up)
 */
export function blockTotalRows(grid: Grid, kinds: ReadonlyMap<number, Classified>, roles: readonly ColumnRole[], fieldRoles: readonly ColumnRole[]): BlockTotal[] {
  const sheet: Sheet = { grid, kinds, columns: uniqueColumns(fieldRoles) };
  const found: BlockTotal[] = [];
  const taken = new Set<number>();
  for (const [row, c] of [...kinds].sort(([a], [b]) => a - b)) {
    if (c.kind !== "school") continue;
    const block = townshipNamed(grid, row, roles) ? { row, summed: null } : summedRun(sheet, row, taken);
    if (block === null) continue;
    found.push(block);
    taken.add(row);
  }
  return found;
}

/** One role per column, the first (a column read as two fields is compared once). */
function uniqueColumns(roles: readonly ColumnRole[]): ColumnRole[] {
  const byColumn = new Map<number, ColumnRole>();
  for (const role of roles) if (!byColumn.has(role.column)) byColumn.set(role.column, role);
  return [...byColumn.values()];
}

/** A row without a 办学类型 whose name is the 乡镇 of the row above or below it (not its own: a school's 乡镇 may be its name's start). */
function townshipNamed(grid: Grid, row: number, roles: readonly ColumnRole[]): boolean {
  const town = metaRole(roles, "township");
  const type = metaRole(roles, "type");
  const name = labelText(textAt(grid, row, metaRole(roles, "name")?.column ?? grid.left) ?? "");
  if (town === undefined || name === "" || (type !== undefined && textAt(grid, row, type.column) !== null)) return false;
  return [row - 1, row + 1].some((r) => labelText(textAt(grid, r, town.column) ?? "") === name);
}

/** The run below the row that it adds up, else the run above it; null when neither. */
function summedRun(sheet: Sheet, row: number, taken: ReadonlySet<number>): BlockTotal | null {
  const values = sheet.columns.map((role) => columnNumberAt(sheet.grid, row, role));
  if (values.filter((v) => v !== null && v !== 0).length < MIN_COLUMNS) return null;
  const rows = runSumming(sheet, row, values, 1, taken) ?? runSumming(sheet, row, values, -1, taken);
  if (rows === null) return null;
  return { row, summed: { first: Math.min(...rows), last: Math.max(...rows) } };
}

/**
 * The school rows from the row's neighbour on (`step` 1 down, −1 up) whose sums first equal the
 * row's `values` in every column it fills, at least MIN_ROWS of them; blank rows are passed over,
 * any other row (a total, a heading, a subtotal found before) ends the run, as does a sum grown past
 * the row's own (numbers of schools are not negative).
 */
function runSumming(sheet: Sheet, row: number, values: readonly (number | null)[], step: 1 | -1, taken: ReadonlySet<number>): number[] | null {
  const sums = values.map(() => 0);
  const rows: number[] = [];
  for (let r = row + step; sheet.kinds.has(r) && rows.length < MAX_RUN; r += step) {
    const kind = sheet.kinds.get(r)?.kind;
    if (kind === "blank") continue;
    if (kind !== "school" || taken.has(r)) return null;
    rows.push(r);
    sheet.columns.forEach((role, k) => (sums[k] = (sums[k] ?? 0) + (columnNumberAt(sheet.grid, r, role) ?? 0)));
    if (values.some((v, k) => v !== null && (sums[k] ?? 0) > v + ROUNDING)) return null;
    if (rows.length >= MIN_ROWS && values.every((v, k) => v === null || Math.abs(v - (sums[k] ?? 0)) <= ROUNDING)) return rows;
  }
  return null;
}
