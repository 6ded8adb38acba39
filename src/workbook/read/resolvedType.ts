import { STAGES, type Issue, type SchoolType, type Stage } from "../../engine/types";
import type { Grid } from "../types";
import { cellNumber } from "./cellNumber";
import { centerWord, typeByStage } from "./fallbackType";
import { issueAt } from "./issue";
import type { ColumnRole } from "./keys";
import type { SheetCtx } from "./readSchoolRows";
import { rowType, valueAt, type StatedKind } from "./rowMeta";
import { typeFromText } from "./schoolKind";

/**
 * A cell of `role` that holds a number as the reader reads it (cellNumber: 300人 too): not a blank, a
 * dash or word for nothing, text such as 约200, or an error.
 */
function givesNumber(grid: Grid, row: number, role: ColumnRole): boolean {
  return cellNumber(valueAt(grid, row, role.column), role).status === "number";
}

/**
 * A type from the name or column; a bare …学校 with numbers for both stages is read as 九年一贯制,
 * on a stage sheet (`sheetStage`) as a school of that stage, else by its 学段 (typeByStage), its
 * sheet's name, or a 中心校 word as a 小学 (centerWord), else `other` with a warning.
 */
export function resolvedType(grid: Grid, row: number, roles: readonly ColumnRole[], said: { readonly name: string; readonly stated: StatedKind }, sheet: SheetCtx): SchoolType {
  const type = rowType(said.stated);
  if (type === "primary" && pointSheetOverName(said.stated, sheet)) {
    sheet.issues.push(issueAt("read_type_point_sheet_over_name", "info", grid.sheet, row, sheet.nameColumn, { name: said.name, sheet: grid.sheet }));
    return "teaching_point";
  }
  if (type !== null) return type;
  if (studentsByStage(grid, row, roles).length === 2) return "nine_year";
  if (sheet.stage !== null) return sheet.stage;
  return typeOfUntyped(grid, row, said, sheet);
}

/**
 * A row with a blank type cell whose name says 小学 (石门村小) on a sheet of teaching points only
 * (教学点, sheetNameType): the sheet's kind is the more specific statement (a 村小 kept on the 教学点
 * list is a teaching point by the county's own reckoning), noted at the name (tester tV finding 4).
 */
function pointSheetOverName(stated: StatedKind, sheet: SheetCtx): boolean {
  return stated.typeCell === null && stated.nameType === "primary" && sheet.sheetType === "teaching_point";
}

/**
 * resolvedType for a row neither its cells, its name nor a stage sheet types: its 学段 (a blank type
 * noted once for the sheet, a type word at its cell by kindConflicts), the sheet's name, a 中心校 word
 * (noted at its cell), else `other` with read_type_unknown at the name.
 */
function typeOfUntyped(grid: Grid, row: number, said: { readonly name: string; readonly stated: StatedKind }, sheet: SheetCtx): SchoolType {
  const { name, stated } = said;
  const typeText = stated.typeCell?.text ?? null;
  const byStage = typeByStage(stated);
  if (byStage !== null && typeText === null) sheet.typedByStage.push({ row, name });
  if (byStage !== null) return byStage;
  // A sheet named for its schools' kind (sheetNameType) says what a row that says nothing is.
  if (typeText === null && sheet.sheetType !== null) {
    sheet.typedBySheet.push({ row, name });
    return sheet.sheetType;
  }
  const center = centerWord(stated, name);
  const code = center !== null ? "read_type_center_school" : typeText === null ? "read_type_unknown_blank" : "read_type_unknown";
  sheet.issues.push(issueAt(code, center !== null ? "info" : "warning", grid.sheet, row, center?.column ?? sheet.nameColumn, { name, text: center?.text ?? typeText ?? "" }));
  return center !== null ? "primary" : "other";
}

/** A row typed by something the sheet says of all its rows: its row and name. */
export interface TypedRow {
  readonly row: number;
  readonly name: string;
}

/** One note at the first of the rows typed by their 学段, with how many there are. */
export function typedByStageIssue(sheet: string, nameColumn: number, rows: readonly TypedRow[]): Issue[] {
  const first = rows[0];
  return first === undefined ? [] : [issueAt("read_type_from_stage", "info", sheet, first.row, nameColumn, { count: rows.length, name: first.name })];
}

/**
 * The kind a sheet is named for (九年一贯制学校, 特殊教育学校), which a row that says nothing is; null
 * for a 小学 / 初中 sheet (sheetStage reads those) and for a sheet saying what it includes
 * (学校基本情况含教学点): that names other schools, not these.
 *
 * @example sheetNameType("九年一贯制学校") // "nine_year"; sheetNameType("学校基本情况含教学点") // null
 */
export function sheetNameType(sheet: string): SchoolType | null {
  const type = /含|包括|及|和|与/.test(sheet) ? null : typeFromText(sheet);
  return type === "primary" || type === "junior" ? null : type;
}

/** One note at the first of the rows typed by the sheet's name, with how many there are. */
export function typedBySheetIssue(sheet: string, nameColumn: number, type: SchoolType | null, rows: readonly TypedRow[]): Issue[] {
  const first = rows[0];
  return first === undefined || type === null ? [] : [issueAt("read_type_from_sheet", "info", sheet, first.row, nameColumn, { count: rows.length, name: first.name, sheet, type })];
}

/** The stages whose own student column gives this row a number (小学在校生数 300, 初中在校生数 200人). */
export function studentsByStage(grid: Grid, row: number, roles: readonly ColumnRole[]): Stage[] {
  return STAGES.filter((s) => roles.some((r) => r.key === "students" && r.stage === s && givesNumber(grid, row, r)));
}
