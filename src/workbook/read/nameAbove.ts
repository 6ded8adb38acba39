import { sameCounty } from "../../engine/countyFigures";
import type { Issue } from "../../engine/types";
import { a1, qualified } from "../address";
import type { Grid } from "../types";
import { campusText } from "./campusColumn";
import { issueAt } from "./issue";
import type { ColumnRole } from "./keys";
import type { CampusCell, RowRecord, SheetCtx } from "./readSchoolRows";
import { metaText } from "./rowMeta";
import { foldText } from "./text";

/** The row's 乡镇 as written, only when given (RowRecord.township). */
function townshipOf(grid: Grid, row: number, roles: readonly ColumnRole[]): { township?: string } {
  const text = metaText(grid, row, roles, "township");
  return text === null ? {} : { township: text.trim() };
}

/** The row's 校区 cell, only when the sheet has a 校区 column (RowRecord.campus). */
function campusOf(grid: Grid, row: number, column: number | null): { campus?: CampusCell } {
  return column === null ? {} : { campus: { text: campusText(grid, row, column), cell: qualified(grid.sheet, a1(row, column)) } };
}

/**
 * The school a row without a name belongs to: the school read on the row right above it, when this
 * row names a campus in the 校区 column (a school whose name is written once, on its first campus's
 * row) and writes no other county or 乡镇 than that row's. Null otherwise: numbers without a name or
 * campus are nobody's (read_row_no_name).
 *
 * @example 城关一小 | 北校区 on row 5, blank | 南校区 on row 6 → 城关一小's row for row 6
 */
export function nameAbove(grid: Grid, row: number, roles: readonly ColumnRole[], column: number | null, rows: readonly RowRecord[]): RowRecord | null {
  const last = rows[rows.length - 1];
  if (column === null || last === undefined || campusText(grid, row, column) === "") return null;
  return last.record.source?.row === row && agreesWithAbove(grid, row, roles, last) ? last : null;
}

/** A county or 乡镇 the row writes itself is the row above's: another one says it is another school's row. */
function agreesWithAbove(grid: Grid, row: number, roles: readonly ColumnRole[], above: RowRecord): boolean {
  const county = metaText(grid, row, roles, "county");
  const township = townshipOf(grid, row, roles).township ?? "";
  const countyAgrees = county === null || sameCounty(county, above.record.county);
  return countyAgrees && (township === "" || foldText(township) === foldText(above.township ?? ""));
}

/**
 * Where a row lies: its own 乡镇 and 校区; a campus row named from the row above (nameAbove) lies
 * in that row's 乡镇, so mergeCampuses finds that school and not a same-named one of another 乡镇.
 */
export function placeOf(grid: Grid, row: number, roles: readonly ColumnRole[], campusColumn: number | null, above: RowRecord | null): Pick<RowRecord, "township" | "campus"> {
  const own = townshipOf(grid, row, roles);
  const township = own.township !== undefined && own.township !== "" ? own.township : above?.township;
  return { ...(township === undefined ? {} : { township }), ...campusOf(grid, row, campusColumn) };
}

/** A campus row read under the school above it, said at its blank name cell. */
export function nameAboveIssue(grid: Grid, row: number, sheet: SheetCtx, above: RowRecord): Issue {
  const campus = sheet.campusColumn === null ? "" : campusText(grid, row, sheet.campusColumn);
  return issueAt("read_campus_name_above", "info", grid.sheet, row, sheet.nameColumn, { name: above.record.name, campus, nameCell: above.nameCell });
}
