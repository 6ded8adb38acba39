import type { Grid } from "../types";
import type { HeaderBand } from "./findHeader";
import { META_KEYS, type ColumnRole } from "./keys";
import { columnNumberAt } from "./cellNumber";
import { metaRole, textAt } from "./rowMeta";
import type { Classified } from "./rowKind";
import { labelText } from "./totalLabel";

/**
 * Subtotal rows the statistics export labels with a county's or the city's name only (北山县 |
 * 北山县 | sums, no 学校标识码 or 办学类型; 某市 for the grand total): totals, not schools
 * (workbooks.md "合计 / 小计 / 总计 / 全县 rows"). A name that merely starts with a county's
 * (北山县第一小学, 北山县实验学校) is a school's.
 */

/** A word of a school's name: a name with one (开发区实验学校) names no county or city. */
const SCHOOL_WORD = /学|校|园|教学点|部|班/;
/** How a county's or city's name ends. */
const PLACE_END = /(市|县|区|旗)$/;
const META = new Set<string>(META_KEYS);
/** Students are whole: a difference under one is rounding. */
const ROUNDING = 0.5;

/** What the sheet says, for telling a county-named total from a school. */
interface Sheet {
  readonly grid: Grid;
  readonly kinds: ReadonlyMap<number, Classified>;
  readonly nameColumn: number;
  readonly roles: readonly ColumnRole[];
}

/**
 * The school rows (by classify) that are totals named by a county or the city: the name is, after
 * labelText's folding, a 县区 value of the sheet, or ends in 市 / 县 / 区 / 旗 with no school word;
 * and the row lacks every identifying cell (学校标识码, 办学类型, 序号…) most school rows fill, or its
 * students equal the sum of the school rows of its block (since the last total) or of all above.
 *
 * @example 北山县第一小学 600 | 北山县实验学校 900 | 北山县 (no ID, 1500) → the third row
 */
export function countyTotalRows(grid: Grid, band: HeaderBand, kinds: ReadonlyMap<number, Classified>, roles: readonly ColumnRole[]): ReadonlySet<number> {
  const nameColumn = metaRole(roles, "name")?.column ?? grid.left;
  const sheet: Sheet = { grid, kinds, nameColumn, roles };
  const schools = [...kinds].filter(([, c]) => c.kind === "school").map(([row]) => row);
  const counties = new Set(schools.map((row) => countyText(sheet, row)).filter((t) => t !== ""));
  const named = schools.filter((row) => placeName(labelText(textAt(grid, row, nameColumn) ?? ""), counties));
  const identifying = identifyingColumns(sheet, band, schools.filter((row) => !named.includes(row)));
  const out = new Set<number>();
  for (const row of named) if (lacksAll(sheet, row, identifying) || sumsAbove(sheet, row, out)) out.add(row);
  return out;
}

/** A row's 县区 as labelText folds it; "" when blank or without a 县区 column. */
function countyText(sheet: Sheet, row: number): string {
  const role = metaRole(sheet.roles, "county");
  return role === undefined ? "" : labelText(textAt(sheet.grid, row, role.column) ?? "");
}

/**
 * A name a county or city goes by: one of the sheet's 县区 values, or a place name (…市, …县, …区, …旗) with no school word.
 * @example placeName("某市", new Set()) // true; placeName("北山县实验学校", new Set(["北山县"])) // false
 */
export function placeName(name: string, counties: ReadonlySet<string>): boolean {
  if (name === "") return false;
  return counties.has(name) || (PLACE_END.test(name) && !SCHOOL_WORD.test(name));
}

/** A cell with anything in it. */
function filled(grid: Grid, row: number, column: number): boolean {
  return textAt(grid, row, column) !== null;
}

/** The columns besides the numbers, name and 县区 that more than half the other school rows fill (学校标识码, 办学类型, 序号). */
function identifyingColumns(sheet: Sheet, band: HeaderBand, schools: readonly number[]): number[] {
  const own = new Set(sheet.roles.filter((r) => !META.has(r.key) || r.key === "name" || r.key === "county").map((r) => r.column));
  const candidates = band.columns.map((c) => c.column).filter((c) => !own.has(c));
  return candidates.filter((c) => 2 * schools.filter((row) => filled(sheet.grid, row, c)).length > schools.length);
}

/** Whether the row fills none of the identifying columns (and there are some). */
function lacksAll(sheet: Sheet, row: number, identifying: readonly number[]): boolean {
  return identifying.length > 0 && identifying.every((c) => !filled(sheet.grid, row, c));
}

/** The 在校生数 columns: one, or one per stage. */
function studentColumns(roles: readonly ColumnRole[]): ColumnRole[] {
  return roles.filter((r) => r.key === "students");
}


/**
 * Whether the row's students equal, in every students column it fills, the sum of the school rows
 * of its block (after the last total row or county total) or of all school rows above (a grand total).
 */
function sumsAbove(sheet: Sheet, row: number, totals: ReadonlySet<number>): boolean {
  const above = [...sheet.kinds].filter(([r, c]) => r < row && c.kind === "school" && !totals.has(r)).map(([r]) => r);
  const lastTotal = Math.max(-1, ...[...sheet.kinds].filter(([r, c]) => r < row && (c.kind === "total" || totals.has(r))).map(([r]) => r));
  const block = above.filter((r) => r > lastTotal);
  return equalsSum(sheet, row, block) || equalsSum(sheet, row, above);
}

/** The row's students, in each students column it fills (at least one), equal the rows' sum there. */
function equalsSum(sheet: Sheet, row: number, rows: readonly number[]): boolean {
  const columns = studentColumns(sheet.roles).filter((c) => columnNumberAt(sheet.grid, row, c) !== null);
  if (rows.length === 0 || columns.length === 0) return false;
  return columns.every((c) => Math.abs((columnNumberAt(sheet.grid, row, c) ?? 0) - rows.reduce((t, r) => t + (columnNumberAt(sheet.grid, r, c) ?? 0), 0)) < ROUNDING);
}
