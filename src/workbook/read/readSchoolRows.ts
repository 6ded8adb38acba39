import { STAGES, type BlankCells, type FieldKey, type Fields, type Issue, type SchoolRecord, type SchoolType, type Sourced, type Stage } from "../../engine/types";
import { schoolRecord } from "../../engine/schoolRecord";
import { sameCounty } from "../../engine/countyFigures";
import { combinedStages } from "../../engine/splitShares";
import { a1, columnLetters, qualified } from "../address";
import type { Grid } from "../types";
import { checkFields, checkSharedParts } from "./checkFields";
import type { HeaderBand } from "./findHeader";
import { findNoDataNote, type NoDataNote, type NoteContradiction } from "./findNoDataNote";
import { hiddenRowsIssue } from "./hiddenFigureRows";
import { issueAt, issueAtCell } from "./issue";
import { joinSections } from "./joinSections";
import { kindConflicts } from "./kindConflicts";
import { META_KEYS, type ColumnRole } from "./keys";
import { NONE_MARKS, parseCellNumber } from "./parseCellNumber";
import { isSeniorPart, metaRole, metaText, rowFlags, rowStage, rowType, statedKind, textAt, valueAt, type StatedKind } from "./rowMeta";
import { rowFields, type FieldScope, type RowFields } from "./rowFields";
import { schoolIdRepeats } from "./schoolIdRepeats";
import { hasSeniorStage, typeFromText } from "./schoolKind";
import { centerWord, typeByStage } from "./fallbackType";
import { stageOnSheet } from "./sheetStage";
import { unmatchedHeaders } from "./unmatchedHeaders";
import { stageLinesFit, takesStageLines, withSeniorLine, withStageLine, type LinePart, type StageLine } from "./stageLine";
import { linePart, namesSection } from "./lineLabel";
import { foldText } from "./text";
import { countyTotalRows } from "./countyTotalRows";
import { seniorSchoolIssue } from "./seniorSchoolRow";
import { classify, type Classified, type LabelColumns, type RowKind } from "./rowKind";
import { campusColumn, campusText } from "./campusColumn";
import { blockRurality, headingRurality } from "./headingRurality";
import { headerLabels, headerRepeatRows, type HeaderLabels } from "./headerRepeat";
import { NO_CARRY, carryAfterRow, countyDownIssues, type CountyAbove, type CountyCarry, type FilledCounty } from "./countyDown";

/** A school row as read, before campuses are merged and duplicates dropped. */
export interface RowRecord {
  readonly record: SchoolRecord;
  /** The name cell, e.g. `学校基本情况!B7`. */
  readonly nameCell: string;
  /** The row's 乡镇 cell, when the sheet has that column and the cell is filled (mergeCampuses tells schools of one name apart by it). */
  readonly township?: string;
  /** The row's 校区 cell, when the sheet has a 校区 column (text "" when blank): rows of one name and different campuses are one school (mergeCampuses). */
  readonly campus?: CampusCell;
  /**
   * The row is the senior part (高中部) of a 完全中学 or 十二年一贯制 (isSeniorPart): its record holds
   * the row's numbers without a stage; joinSections joins it with the school's other rows (its
   * students become `seniorStudents`) or leaves it out, never a school of its own.
   */
  readonly senior?: true;
}

/** A row's 校区 as written (trimmed, "" when blank) and its cell. */
export interface CampusCell {
  readonly text: string;
  readonly cell: string;
}

export interface SchoolRows {
  readonly rows: readonly RowRecord[];
  readonly issues: readonly Issue[];
  /** The last sheet row holding a school (0-based), or null. */
  readonly lastRow: number | null;
}

const META = new Set<string>(META_KEYS);
/** Students of combined schools are whole numbers: a difference under one is rounding, not a senior part (wholeByLines, seniorRemainder). */
const ROUNDING = 0.5;

/** A skipped total row, said at its label (the name cell for a bare stage). */
function totalIssue(grid: Grid, row: number, nameColumn: number, labelColumn: number | null): Issue {
  const column = labelColumn ?? nameColumn;
  return issueAt("read_total_row", "info", grid.sheet, row, column, { text: textAt(grid, row, column) ?? "" });
}

/**
 * A stage line not taken as its school's: right under a school row that takes none (a single-stage
 * school, or one giving its stages' numbers itself: takesStageLines) and written as its section
 * (namesSection: 初中部), a warning saying so, for no 合计 is in sight; else a total block's stage
 * line or breakdown (read_total_row: 其中：小学, a bare 初中), as under a 合计 row or a combined school
 * whose lines do not fit.
 *
 * @example 河西小学 (小学) | 初中部 300 → read_stage_line_not_combined at 初中部; 合计 | 初中 600 → read_total_row
 */
function stageLineIssue(grid: Grid, row: number, nameColumn: number, parent: RowRecord | null): Issue {
  const text = textAt(grid, row, nameColumn) ?? "";
  if (parent === null || parent.senior === true || takesStageLines(parent.record) || !namesSection(text)) return totalIssue(grid, row, nameColumn, null);
  return issueAt("read_stage_line_not_combined", "warning", grid.sheet, row, nameColumn, { text, name: parent.record.name, parentCell: parent.nameCell });
}

/** Rows that hold a school's numbers: never searched for a note. */
const DATA_ROWS: ReadonlySet<RowKind> = new Set(["school", "unnamed"]);

/** Each row from the first under the header to the grid's end, by what it is; the rows of a repeated header (headerRepeatRows) are one. */
function rowKinds(grid: Grid, dataTop: number, columns: LabelColumns, labels: HeaderLabels): Map<number, Classified> {
  const kinds = new Map<number, Classified>();
  for (let row = dataTop; row < grid.top + grid.values.length; row++) {
    const repeat = headerRepeatRows(grid, row, labels);
    for (let r = row; r < row + repeat; r++) kinds.set(r, { kind: "headerRepeat", labelColumn: null });
    if (repeat > 0) row += repeat - 1;
    else kinds.set(row, classify(grid, row, columns, labels.fieldRoles));
  }
  return kinds;
}

function nonEmpty(fields: object): boolean {
  return Object.keys(fields).length > 0;
}

/** The cells of the fields a check dropped (each has its issue there). */
function droppedCells(before: Fields, after: Fields): BlankCells {
  const out: BlankCells = {};
  for (const [key, v] of Object.entries(before) as [FieldKey, Sourced][]) if (after[key] === undefined && v.cell !== null) out[key] = v.cell;
  return out;
}

/** A row's fields after the consistency checks; a dropped field's cell joins the blank ones, so the engine can point at it. */
function checked(grid: Grid, row: number, roles: readonly ColumnRole[], scope: FieldScope, issues: Issue[], noData: NoDataNote | null): RowFields {
  const read = rowFields(grid, row, roles, scope, issues, noData);
  const fields = checkFields(read.fields, issues);
  return { fields, blankCells: { ...read.blankCells, ...droppedCells(read.fields, fields) } };
}

function stageFieldsOf(grid: Grid, row: number, roles: readonly ColumnRole[], issues: Issue[], noData: NoDataNote | null): Pick<SchoolRecord, "stageFields" | "stageBlankCells"> {
  const stageFields: Partial<Record<Stage, Fields>> = {};
  const stageBlankCells: Partial<Record<Stage, BlankCells>> = {};
  for (const stage of STAGES) {
    const { fields, blankCells } = checked(grid, row, roles, { kind: "stage", stage }, issues, noData);
    if (nonEmpty(fields)) stageFields[stage] = fields;
    if (nonEmpty(blankCells)) stageBlankCells[stage] = blankCells;
  }
  return nonEmpty(stageBlankCells) ? { stageFields, stageBlankCells } : { stageFields };
}

/** `blankCells` only when there are any, so that complete rows read as before. */
function withBlanks(read: RowFields): Pick<SchoolRecord, "fields" | "blankCells"> {
  return nonEmpty(read.blankCells) ? read : { fields: read.fields };
}

/** A cell that holds a number: not a blank, a dash or word for nothing, text or an error. */
function givesNumber(grid: Grid, row: number, column: number): boolean {
  return parseCellNumber(valueAt(grid, row, column), "count").status === "number";
}

/**
 * A type from the name or column; a bare …学校 with numbers for both stages is read as 九年一贯制,
 * on a stage sheet (`sheetStage`) as a school of that stage, else by its 学段 (typeByStage), its
 * sheet's name, or a 中心校 word as a 小学 (centerWord), else `other` with a warning.
 */
function resolvedType(grid: Grid, row: number, roles: readonly ColumnRole[], said: { readonly name: string; readonly stated: StatedKind }, sheet: SheetCtx): SchoolType {
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
interface TypedRow {
  readonly row: number;
  readonly name: string;
}

/** One note at the first of the rows typed by their 学段, with how many there are. */
function typedByStageIssue(sheet: string, nameColumn: number, rows: readonly TypedRow[]): Issue[] {
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
function sheetNameType(sheet: string): SchoolType | null {
  const type = /含|包括|及|和|与/.test(sheet) ? null : typeFromText(sheet);
  return type === "primary" || type === "junior" ? null : type;
}

/** One note at the first of the rows typed by the sheet's name, with how many there are. */
function typedBySheetIssue(sheet: string, nameColumn: number, type: SchoolType | null, rows: readonly TypedRow[]): Issue[] {
  const first = rows[0];
  return first === undefined || type === null ? [] : [issueAt("read_type_from_sheet", "info", sheet, first.row, nameColumn, { count: rows.length, name: first.name, sheet, type })];
}

/** The stages whose own student column gives this row a number (小学在校生数 300, 初中在校生数 200). */
function studentsByStage(grid: Grid, row: number, roles: readonly ColumnRole[]): Stage[] {
  return STAGES.filter((s) => roles.some((r) => r.key === "students" && r.stage === s && givesNumber(grid, row, r.column)));
}

/**
 * `above`: the school whose name a blank-named campus row takes (nameAbove); its county too, as
 * that school writes it, when the row's county cell is blank or names the same county (示例 under
 * 示例县: agreesWithAbove), since the campus is that school's and merges with it (mergeCampuses).
 */
function readRecord(grid: Grid, row: number, roles: readonly ColumnRole[], sheet: SheetCtx, above: SchoolRecord | null = null, linesBelow = false): ReadRow {
  const { issues, noData, fieldRoles } = sheet;
  const name = above?.name ?? textAt(grid, row, sheet.nameColumn) ?? "";
  const stated = statedKind(grid, row, roles, name);
  const type = resolvedType(grid, row, roles, { name, stated }, sheet);
  const base = { id: `${grid.sheet}!${row + 1}`, name, type, source: { sheet: grid.sheet, row: row + 1 } };
  if (isSeniorPart(stated, type)) return { record: seniorRecord(grid, row, roles, sheet, base), senior: true };
  // A special school teaching both stages, with students for each, is one whole school: G7 funds each stage at its own norm.
  const studentStages = type === "special" ? studentsByStage(grid, row, roles) : [];
  const bothStages = studentStages.length === 2;
  // A 完全中学 row with a 高中 line, or a 初中 line of part of its students, under it is the whole school, whose 初中 line is its junior section (takeStageLines).
  const stage = bothStages ? null : sheet.stage === null ? rowStage(stated, name, type, sheet.hasStageColumns || linesBelow, studentStages) : stageOnSheet(grid, row, roles, name, type, sheet.stage);
  issues.push(...kindConflicts(grid, row, roles, { name, type, stage, sheetStage: sheet.stage }, stated));
  if (type === "special" && stage === null && !bothStages) issues.push(issueAt("read_special_stage_unknown", "info", grid.sheet, row, sheet.nameColumn, { name }));
  const countyRole = metaRole(roles, "county");
  const county = above === null ? countyOrAbove(grid, row, roles, sheet) : above.county;
  if (countyRole !== undefined && county === null) issues.push(issueAt("read_county_blank", "warning", grid.sheet, row, countyRole.column, { name }));
  const head = { ...base, county, flags: rowFlags(grid, row, roles, issues) };
  if (stage !== null) return { record: schoolRecord({ ...head, stage, ...withBlanks(checked(grid, row, fieldRoles, { kind: "section", stage }, issues, noData)) }), senior: false };
  const read = checked(grid, row, fieldRoles, { kind: "shared" }, issues, noData);
  const stages = stageFieldsOf(grid, row, fieldRoles, issues, noData);
  const fields = checkSharedParts(read.fields, stages.stageFields ?? {}, issues);
  const shared = withBlanks({ fields, blankCells: { ...read.blankCells, ...droppedCells(read.fields, fields) } });
  return { record: schoolRecord({ ...head, stage: null, ...shared, ...stages }), senior: false };
}

/** A row as read: its record, and whether it is a combined school's senior part (RowRecord.senior). */
interface ReadRow {
  readonly record: SchoolRecord;
  readonly senior: boolean;
}

/**
 * A senior part's row (isSeniorPart) as a record without a stage: the numbers of its columns
 * without a stage (在校生数, the shared areas a copied total repeats), which joinSections compares
 * with the school's other rows. Its teachers and classes are the senior stage's, out of scope:
 * read here but never evaluated, so their checks raise nothing.
 */
function seniorRecord(grid: Grid, row: number, roles: readonly ColumnRole[], sheet: SheetCtx, base: Pick<SchoolRecord, "id" | "name" | "type" | "source">): SchoolRecord {
  // Noted as any row's county taken from above (countyOrAbove): it decides whose school the part joins.
  const county = countyOrAbove(grid, row, roles, sheet);
  const read = checked(grid, row, sheet.fieldRoles, { kind: "shared" }, [], sheet.noData);
  return schoolRecord({ ...base, county, flags: rowFlags(grid, row, roles, []), stage: null, ...withBlanks(read) });
}

/** The row's own 县区, else the county written above it in its block (carryAfterRow), the row noted for countyDownIssues. */
function countyOrAbove(grid: Grid, row: number, roles: readonly ColumnRole[], sheet: SheetCtx): string | null {
  const own = metaText(grid, row, roles, "county");
  const down = sheet.county.down;
  if (own !== null || down === null) return own;
  sheet.countyFilled.push({ row, from: down });
  return down.county;
}

/** The row's own 县区 and its cell, or null when blank or the sheet has no 县区 column. */
function ownCounty(grid: Grid, row: number, roles: readonly ColumnRole[]): CountyAbove | null {
  const role = metaRole(roles, "county");
  const county = role === undefined ? null : textAt(grid, row, role.column);
  return role === undefined || county === null ? null : { county, cell: qualified(grid.sheet, a1(row, role.column)) };
}

/** Whether any field cell of the row holds something (a number, a dash, text), as classify counts a row's numbers. */
function hasFieldValues(grid: Grid, row: number, fieldRoles: readonly ColumnRole[]): boolean {
  return fieldRoles.some((r) => parseCellNumber(valueAt(grid, row, r.column), "count").status !== "blank");
}

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
function nameAbove(grid: Grid, row: number, roles: readonly ColumnRole[], column: number | null, rows: readonly RowRecord[]): RowRecord | null {
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
function placeOf(grid: Grid, row: number, roles: readonly ColumnRole[], campusColumn: number | null, above: RowRecord | null): Pick<RowRecord, "township" | "campus"> {
  const own = townshipOf(grid, row, roles);
  const township = own.township !== undefined && own.township !== "" ? own.township : above?.township;
  return { ...(township === undefined ? {} : { township }), ...campusOf(grid, row, campusColumn) };
}

/** A campus row read under the school above it, said at its blank name cell. */
function nameAboveIssue(grid: Grid, row: number, sheet: SheetCtx, above: RowRecord): Issue {
  const campus = sheet.campusColumn === null ? "" : campusText(grid, row, sheet.campusColumn);
  return issueAt("read_campus_name_above", "info", grid.sheet, row, sheet.nameColumn, { name: above.record.name, campus, nameCell: above.nameCell });
}

/** What reading a sheet's rows needs, worked out once per sheet. */
interface SheetCtx {
  readonly issues: Issue[];
  readonly noData: NoDataNote | null;
  readonly stage: Stage | null;
  readonly nameColumn: number;
  /** The number columns (roles but the meta ones), the same array for every row (rowFields plans by it). */
  readonly fieldRoles: readonly ColumnRole[];
  /** Whether any number column is one stage's (小学在校生…): a 完全中学 row is then the whole school. */
  readonly hasStageColumns: boolean;
  /** The rows typed by their 学段 alone (resolvedType), said once for the sheet. */
  readonly typedByStage: TypedRow[];
  /** The kind the sheet's name gives a row that says none (sheetNameType), or null. */
  readonly sheetType: SchoolType | null;
  /** The rows typed by the sheet's name alone (resolvedType), said once for the sheet. */
  readonly typedBySheet: TypedRow[];
  /** The 校区 column (campusColumn), or null. */
  readonly campusColumn: number | null;
  /** The county a blank 县区 cell on the row being read takes (`down`, or null), and the county the school row before wrote (carryAfterRow). */
  county: CountyCarry;
  /** The rows that took it, said once per county cell (countyDownIssues). */
  readonly countyFilled: FilledCounty[];
}

/** A stage line read with the stage it names, its row and the issues its cells would raise. */
interface ReadLine extends StageLine {
  readonly row: number;
  readonly text: string;
  readonly read: RowFields;
  readonly issues: readonly Issue[];
  /** A senior part no line gives, the school's whole count less its stage lines' (seniorRemainder): that count and those lines' labels. */
  readonly remainder?: { readonly whole: number; readonly lines: string };
}

/** What reading stage lines needs of the sheet. */
interface LineCtx {
  readonly grid: Grid;
  readonly kinds: ReadonlyMap<number, Classified>;
  readonly readable: (row: number) => boolean;
  readonly nameColumn: number;
  readonly fieldRoles: readonly ColumnRole[];
  readonly sheet: SheetCtx;
}

/**
 * A line's numbers: a stage's own; a senior line's of the columns without a stage (its 在校生数),
 * its issues dropped, since only its students are read (withSeniorLine).
 */
function lineFields(ctx: LineCtx, row: number, part: LinePart, issues: Issue[]): RowFields {
  const { grid, fieldRoles, sheet } = ctx;
  if (part === "senior") return checked(grid, row, fieldRoles, { kind: "shared" }, [], sheet.noData);
  return checked(grid, row, fieldRoles, { kind: "section", stage: part }, issues, sheet.noData);
}

/**
 * The rows of the readable stage lines right under `top`, breakdown lines among them (其中：女,
 * 其中：寄宿生: a part of the row above) passed over, for a bureau writes 其中：女 under the school or
 * under its 其中：小学 line alike.
 *
 * @example 实验学校 1000 | 其中：小学 600 | 其中：寄宿生 100 | 其中：初中 400 → the 其中：小学 and 其中：初中 rows
 */
function stageLineRows(ctx: Pick<LineCtx, "kinds" | "readable">, top: number): number[] {
  const rows: number[] = [];
  for (let row = top + 1; ; row++) {
    if (ctx.kinds.get(row)?.kind === "breakdown") continue;
    if (ctx.kinds.get(row)?.kind !== "stageLine" || !ctx.readable(row)) return rows;
    rows.push(row);
  }
}

/** The readable 小学 / 初中 / 高中 lines (linePart: also 其中：初中, 小学部) right under a school row, each part once, in order. */
function linesUnder(ctx: LineCtx, top: number): ReadLine[] {
  const { grid, nameColumn } = ctx;
  const lines: ReadLine[] = [];
  for (const row of stageLineRows(ctx, top)) {
    const text = textAt(grid, row, nameColumn) ?? "";
    const stage = linePart(text);
    if (stage === null || lines.some((l) => l.stage === stage)) break;
    const issues: Issue[] = [];
    const read = lineFields(ctx, row, stage, issues);
    lines.push({ row, text, stage, fields: read.fields, read, issues });
  }
  return lines;
}

/**
 * Whether the stage lines right under `top` make a 完全中学 row its whole school (its 初中 line the
 * junior section) rather than a junior school of all its students: a 高中 line, or a 初中 line with
 * fewer students than the row gives (the rest are its senior part: seniorRemainder). A 初中 line of
 * all the row's students says nothing of a senior part (本表完全中学只填义务教育阶段学生), nor one of
 * more: the row stays the junior school it was read as, and the line a breakdown.
 *
 * @example 第二中学 1500 | 其中：初中 800 → true; 第二中学 800 | 其中：初中 800 → false
 */
function wholeByLines(ctx: Pick<LineCtx, "grid" | "kinds" | "readable" | "nameColumn" | "fieldRoles">, top: number): boolean {
  const { grid, nameColumn, fieldRoles } = ctx;
  const whole = rowStudents(grid, top, fieldRoles);
  for (const row of stageLineRows(ctx, top)) {
    const part = linePart(textAt(grid, row, nameColumn) ?? "");
    if (part === "senior") return true;
    const junior = part === "junior" ? rowStudents(grid, row, fieldRoles) : null;
    if (whole !== null && junior !== null && junior < whole - ROUNDING) return true;
  }
  return false;
}

/** The students a row gives in the columns without a stage (在校生数), or null when none gives a number. */
function rowStudents(grid: Grid, row: number, fieldRoles: readonly ColumnRole[]): number | null {
  const counts = fieldRoles.filter((r) => r.key === "students" && r.stage === null).map((r) => parseCellNumber(valueAt(grid, row, r.column), "count"));
  const numbers = counts.flatMap((c) => (c.status === "number" ? [c.value] : []));
  return numbers.length === 0 ? null : numbers.reduce((a, b) => a + b, 0);
}

/** Stage lines left as total rows though right under a whole combined school: said once, at the first line. */
function notTakenIssue(grid: Grid, lines: readonly ReadLine[], nameColumn: number, parent: RowRecord, verdict: "incomplete" | "sum"): Issue {
  const first = lines[0]?.row ?? 0;
  const params = { name: parent.record.name, parentCell: parent.nameCell, lines: lines.map((l) => l.text).join("、") };
  if (verdict === "incomplete") return issueAt("read_stage_lines_incomplete", "warning", grid.sheet, first, nameColumn, params);
  const sum = lines.reduce((t, l) => t + (l.fields.students?.value ?? 0), 0);
  return issueAt("read_stage_lines_sum", "warning", grid.sheet, first, nameColumn, { ...params, sum, whole: parent.record.fields.students?.value ?? 0 });
}

/**
 * The bare 小学 / 初中 lines right under a whole combined school's row (takesStageLines), when they
 * are its stages (stageLinesFit): each becomes the stage's numbers (withStageLine), said at info
 * level at the line's name, and its rows are returned. Otherwise the school stays as it was (no
 * per-stage numbers), the lines stay total rows, and a warning at the first says why.
 */
function takeStageLines(ctx: LineCtx, row: number, rows: RowRecord[], at: number): readonly number[] {
  const { grid, nameColumn, sheet } = ctx;
  const parent = rows[at];
  if (parent === undefined || parent.senior === true || !takesStageLines(parent.record)) return [];
  const written = linesUnder(ctx, row);
  if (written.length === 0) return [];
  const lines = [...written, ...seniorRemainder(parent.record, written)];
  const verdict = stageLinesFit(parent.record, lines);
  if (verdict !== "fits") {
    sheet.issues.push(notTakenIssue(grid, written, nameColumn, parent, verdict));
    return [];
  }
  let record = parent.record;
  for (const line of lines) {
    record = takeLine(grid, nameColumn, sheet.issues, { parent, record, line });
  }
  rows[at] = { ...parent, record };
  return written.map((l) => l.row);
}

/**
 * The senior part a 完全中学 or 十二年一贯制 gives by its whole count alone (rules.md §1 Terms: a
 * 完全中学 is a junior section and a senior part; README "Rows": a combined school's stage lines add
 * up to its students, the senior part's too): when its lines give each of its stages' students and
 * no 高中 line, the students the school row counts beyond them are its senior students, as a line
 * of their own at the last stage line, citing the school's students cell. None when the lines say
 * 高中, leave a stage out or blank, or count all the school's students (a whole count of its
 * compulsory stages only, 本表完全中学只填义务教育阶段学生).
 *
 * @example 第二中学 (完全中学, 1500 students) + 其中：初中 800 → one 高中 line of 1500 − 800 = 700 students
 */
function seniorRemainder(parent: SchoolRecord, lines: readonly ReadLine[]): ReadLine[] {
  const whole = parent.fields.students;
  const stages = combinedStages(parent.type);
  const last = lines[lines.length - 1];
  if (!hasSeniorStage(parent.type) || whole === undefined || last === undefined || lines.length !== stages.length) return [];
  if (!stages.every((s) => lines.some((l) => l.stage === s))) return [];
  const counts = lines.map((l) => l.fields.students?.value);
  if (counts.some((c) => c === undefined)) return [];
  const rest = whole.value - counts.reduce((a: number, b) => a + (b ?? 0), 0);
  if (!(rest > ROUNDING)) return [];
  const read: RowFields = { fields: { students: { value: rest, cell: whole.cell } }, blankCells: {} };
  return [{ row: last.row, text: "", stage: "senior", fields: read.fields, read, issues: [], remainder: { whole: whole.value, lines: lines.map((l) => l.text).join("、") } }];
}

/** A line taken as its school's: a stage's numbers (withStageLine), or a 高中 line's students as its senior students (withSeniorLine), said at the line. */
function takeLine(grid: Grid, nameColumn: number, issues: Issue[], taking: { readonly parent: RowRecord; readonly record: SchoolRecord; readonly line: ReadLine }): SchoolRecord {
  const { parent, record, line } = taking;
  const params = { text: line.text, name: record.name, parentCell: parent.nameCell };
  if (line.stage === "senior") {
    issues.push(seniorIssue(grid, nameColumn, { ...params, students: line.fields.students?.value ?? "" }, line));
    return withSeniorLine(record, line.read);
  }
  issues.push(...line.issues, issueAt("read_stage_line", "info", grid.sheet, line.row, nameColumn, { ...params, stage: line.stage }));
  return withStageLine(record, line.stage, line.read);
}

/** A 高中 line taken as the senior part, or the senior students counted as the school's whole less its stage lines (seniorRemainder), said at the (last) line. */
function seniorIssue(grid: Grid, nameColumn: number, params: { readonly text: string; readonly name: string; readonly parentCell: string; readonly students: number | string }, line: ReadLine): Issue {
  if (line.remainder === undefined) return issueAt("read_senior_part", "info", grid.sheet, line.row, nameColumn, params);
  const { name, parentCell, students } = params;
  const sum = line.remainder.whole - (line.fields.students?.value ?? 0);
  return issueAt("read_senior_remainder", "info", grid.sheet, line.row, nameColumn, { name, parentCell, students, whole: line.remainder.whole, lines: line.remainder.lines, sum });
}

/** Two notes giving a mark opposite meanings: said at the first one, the mark read as 0 as without a note. */
function contradictionIssue(c: NoteContradiction): Issue {
  return issueAtCell("read_no_data_notes_contradict", "info", c.missingCell, { mark: NONE_MARKS[c.mark].shown, noteCell: c.missingCell, otherCell: c.zeroCell });
}

/** A row with numbers and no name: a formula error in the name cell (#N/A of a lookup) is said as such, not as a blank. */
function noNameIssue(grid: Grid, row: number, nameColumn: number): Issue {
  const value = valueAt(grid, row, nameColumn);
  if (value !== null && typeof value === "object" && !(value instanceof Date)) return issueAt("read_name_formula_error", "warning", grid.sheet, row, nameColumn, { row: row + 1, text: value.error });
  return issueAt("read_row_no_name", "warning", grid.sheet, row, nameColumn, { row: row + 1 });
}

/**
 * Every school's name a bare number (1, 2, 3): the name column is a 序号 column, taken by a mapping
 * or a header that says 名称 over serial numbers. The schools are still read (a bureau may number
 * its schools), but the results would list them as "1", "2", "3": said once, at the column's header.
 */
function numberNamesIssue(grid: Grid, band: HeaderBand, nameColumn: number, rows: readonly RowRecord[]): Issue[] {
  if (rows.length < 2 || !rows.every((r) => /^\d+$/.test(r.record.name.normalize("NFKC")))) return [];
  const own = band.columns.find((c) => c.column === nameColumn);
  const header = own?.path.join(" / ") ?? "";
  return [issueAt("read_names_are_numbers", "warning", grid.sheet, own?.headerRow ?? band.top, nameColumn, { column: columnLetters(nameColumn), header, count: rows.length })];
}

/** A block heading skipped; one naming its schools' 城乡分类 says how they are taken. */
function headingIssue(sheet: string, row: number, nameColumn: number, text: string): Issue {
  const rural = headingRurality(text);
  const code = rural === null ? "read_heading_row" : rural ? "read_heading_rural" : "read_heading_urban";
  return issueAt(code, "info", sheet, row, nameColumn, { text });
}

/** A record under a heading naming its 城乡分类, unless the row states its own (a 城乡分类 column wins). */
function withBlockRurality(record: SchoolRecord, rural: boolean | null): SchoolRecord {
  if (rural === null || record.flags.rural !== undefined) return record;
  return schoolRecord({ ...record, flags: { ...record.flags, rural } });
}

/** The hidden school rows: a warning at the first row's column A when skipped, a note without a cell when read (hiddenRowsIssue). */
function hiddenIssue(sheet: string, rows: readonly number[], included: boolean): Issue {
  const at = rows.map((row) => ({ row, column: included ? null : 0 }));
  return hiddenRowsIssue({ included: "read_hidden_rows_included", skipped: "read_hidden_rows_skipped" }, sheet, at, included);
}

/**
 * Reads the school rows under the header: blank, 填表说明 / 备注 and standards rows are skipped,
 * as are total / subtotal / average / breakdown rows (each noted at its label); a row with numbers
 * and no name is a warning; contradictions of name, type and 学段 are warnings (kindConflicts); the
 * two section rows of a combined school with shared values in merged cells become one whole-school
 * record (joinSections); hidden or filtered
 * rows are skipped (listed in one warning) unless `includeHidden` (then listed in one note).
 * Each school row becomes a record: a section (stage set) or a whole combined school (stage null,
 * per-stage numbers in `stageFields`, from its per-stage columns or from the bare 小学 / 初中 lines
 * right under it when they are its stages: takeStageLines; elsewhere such a line is a total block's and is skipped).
 * A 完全中学's or 十二年一贯制's 高中部 row or 高中 line is its senior part, never a school: its
 * students become the school's `seniorStudents` (joinSections, withSeniorLine); without a 高中 line,
 * the students its row counts beyond its stage lines do (seniorRemainder). A 其中… line that names
 * no stage (其中：女) is a breakdown, never a school; a 初中部 line under a single-stage school is
 * warned (stageLineIssue). A note anywhere on the sheet outside the school rows that
 * makes `—` mean no data (findNoDataNote) makes such cells missing instead of 0, unless another
 * note makes it a zero (then 0 as without a note, and an info issue says the notes contradict).
 * One 学校标识码 on rows of two schools is warned at the later row's ID cell (schoolIdRepeats).
 * A blank 县区 cell takes the county the school rows above it in its block write (carryAfterRow: a
 * 县区 written on a block's first row only), noted once per county cell (countyDownIssues); after a
 * 小计 / 合计, heading or blank row or a named row without numbers, with no county above, or in a
 * block writing the county on every row (the school row before the county's wrote the same one), it
 * stays blank and is warned.
 * `sheetStage`: the sheet holds one stage's schools (小学 and 初中 kept on separate sheets), which a
 * row that does not say its stage or type is taken to be (stageOnSheet).
 */
export function readSchoolRows(grid: Grid, band: HeaderBand, roles: readonly ColumnRole[], includeHidden: boolean, sheetStage: Stage | null = null): SchoolRows {
  const issues: Issue[] = [];
  const rows: RowRecord[] = [];
  const hidden: number[] = [];
  const nameColumn = metaRole(roles, "name")?.column ?? grid.left;
  const fieldRoles = roles.filter((r) => !META.has(r.key));
  const hiddenSet = new Set(grid.hiddenRows);
  const campus = campusColumn(band, roles);
  // The 校区 column is read (campusOf), so it is not among the headers left unread.
  issues.push(...unmatchedHeaders({ ...band, columns: band.columns.filter((c) => c.column !== campus) }, roles));
  for (const row of band.standardRows) issues.push(issueAt("read_standard_row", "info", grid.sheet, row, nameColumn, { row: row + 1 }));
  const kinds = rowKinds(grid, band.dataTop, { nameColumn, campusColumn: campus }, headerLabels(band, nameColumn, fieldRoles));
  // 北山县 | 北山县 | sums, no 学校标识码: the county's subtotal, said as such (countyTotalRows).
  const countyTotals = countyTotalRows(grid, band, kinds, roles);
  for (const row of countyTotals) kinds.set(row, { kind: "total", labelColumn: nameColumn });
  const noData = findNoDataNote(grid, (row) => !DATA_ROWS.has(kinds.get(row)?.kind ?? "blank"));
  const sheet: SheetCtx = { issues, noData, stage: sheetStage, nameColumn, fieldRoles, hasStageColumns: fieldRoles.some((r) => r.stage !== null), typedByStage: [], sheetType: sheetNameType(grid.sheet), typedBySheet: [], campusColumn: campus, county: NO_CARRY, countyFilled: [] };
  for (const c of sheet.noData?.contradictions ?? []) issues.push(contradictionIssue(c));
  const readable = (row: number): boolean => !hiddenSet.has(row) || includeHidden;
  const taken = new Set<number>();
  let lastRow: number | null = null;
  // The 城乡分类 the block heading gives the schools under it (blockRurality).
  let blockRural: boolean | null = null;
  // The school row the stage lines being met stand right under (stageLineIssue); null after any other row.
  let lineParent: RowRecord | null = null;
  for (const [row, { kind, labelColumn }] of kinds) {
    if (taken.has(row)) {
      lastRow = row;
      continue;
    }
    if (kind !== "stageLine" && kind !== "breakdown") lineParent = null;
    sheet.county = carryAfterRow({ kind, own: ownCounty(grid, row, roles), numbers: hasFieldValues(grid, row, fieldRoles) }, sheet.county);
    if (kind === "headerRepeat" && kinds.get(row - 1)?.kind !== "headerRepeat") issues.push(issueAt("read_header_repeat_row", "info", grid.sheet, row, nameColumn, { row: row + 1, headerRow: band.top + 1 }));
    if (kind === "standard") issues.push(issueAt("read_standard_row", "info", grid.sheet, row, nameColumn, { row: row + 1 }));
    if (countyTotals.has(row)) issues.push(issueAt("read_county_total_row", "info", grid.sheet, row, nameColumn, { text: textAt(grid, row, nameColumn) ?? "" }));
    else if (kind === "total" || kind === "breakdown") issues.push(totalIssue(grid, row, nameColumn, labelColumn));
    if (kind === "stageLine") issues.push(stageLineIssue(grid, row, nameColumn, lineParent));
    const text = kind === "heading" || kind === "areaHeading" ? (textAt(grid, row, nameColumn) ?? "") : "";
    if (kind === "heading") issues.push(headingIssue(grid.sheet, row, nameColumn, text));
    if (kind === "areaHeading") issues.push(issueAt("read_area_heading_row", "info", grid.sheet, row, nameColumn, { text }));
    if (kind === "heading" || kind === "areaHeading") blockRural = blockRurality(text, kind === "areaHeading", blockRural);
    const above = kind === "unnamed" ? nameAbove(grid, row, roles, sheet.campusColumn, rows) : null;
    if (kind === "unnamed" && above === null && !hiddenSet.has(row)) issues.push(noNameIssue(grid, row, nameColumn));
    if (kind !== "school" && above === null) continue;
    if (hiddenSet.has(row)) hidden.push(row);
    if (hiddenSet.has(row) && !includeHidden) continue;
    // 342 高级中学 with no compulsory student: out of scope with no stage, noted, never a section (seniorSchoolIssue).
    const seniorSchool = above === null ? seniorSchoolIssue(grid, row, roles, nameColumn) : null;
    if (seniorSchool !== null) {
      issues.push(seniorSchool);
      continue;
    }
    const lineCtx: LineCtx = { grid, kinds, readable, nameColumn, fieldRoles, sheet };
    const { record: own, senior } = readRecord(grid, row, roles, sheet, above?.record ?? null, wholeByLines(lineCtx, row));
    const record = withBlockRurality(own, blockRural);
    if (above !== null) issues.push(nameAboveIssue(grid, row, sheet, above));
    rows.push({ record, nameCell: qualified(grid.sheet, a1(row, nameColumn)), ...placeOf(grid, row, roles, sheet.campusColumn, above), ...(senior ? { senior: true as const } : {}) });
    for (const r of takeStageLines(lineCtx, row, rows, rows.length - 1)) taken.add(r);
    lineParent = rows[rows.length - 1] ?? null;
    lastRow = row;
  }
  if (hidden.length > 0) issues.push(hiddenIssue(grid.sheet, hidden, includeHidden));
  issues.push(...countyDownIssues(grid.sheet, metaRole(roles, "county")?.column ?? 0, sheet.countyFilled));
  issues.push(...numberNamesIssue(grid, band, nameColumn, rows), ...schoolIdRepeats(grid, band, rows));
  issues.push(...typedByStageIssue(grid.sheet, nameColumn, sheet.typedByStage), ...typedBySheetIssue(grid.sheet, nameColumn, sheet.sheetType, sheet.typedBySheet));
  return { rows: joinSections(grid, rows, fieldRoles, issues), issues, lastRow };
}
