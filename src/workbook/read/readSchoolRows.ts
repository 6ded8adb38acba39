import { STAGES, type BlankCells, type Fields, type Issue, type SchoolRecord, type SchoolType, type Stage } from "../../engine/types";
import { schoolRecord } from "../../engine/schoolRecord";
import { combinedStages } from "../../engine/splitShares";
import type { FieldScope } from "./rowFields";
import { totalRowChecks, type RowStage, type TotalRowInput } from "./totalRowChecks";
import type { Ownership } from "./totalRowInput";
import { partOf, rowOf } from "./rowParts";
import { a1, columnLetters, qualified } from "../address";
import type { Grid } from "../types";
import { checkSharedParts } from "./checkFields";
import { checkedFields, droppedCells } from "./checkedFields";
import { takeStageLines, wholeByLines, type LineCtx } from "./takeStageLines";
import type { HeaderBand } from "./findHeader";
import { findNoDataNote, type NoDataNote, type NoteContradiction } from "./findNoDataNote";
import { hiddenRowsIssue } from "./hiddenFigureRows";
import { issueAt, issueAtCell } from "./issue";
import { joinSections } from "./joinSections";
import { kindConflicts } from "./kindConflicts";
import { META_KEYS, type ColumnRole } from "./keys";
import { NONE_MARKS, parseCellNumber } from "./parseCellNumber";
import { isSeniorPart, metaRole, metaText, rowFlags, rowStage, rowType, statedKind, textAt, valueAt } from "./rowMeta";
import type { RowFields } from "./rowFields";
import { schoolIdRepeats } from "./schoolIdRepeats";
import { stageOnSheet } from "./sheetStage";
import { stageColumnUnreadIssues, unreadStageCells } from "./stageColumnUnread";
import { unmatchedHeaders } from "./unmatchedHeaders";
import { wholeStageFields } from "./wholeStageFields";
import { takesStageLines } from "./stageLine";
import { namesSection } from "./lineLabel";
import { countyTotalRows } from "./countyTotalRows";
import { blockTotalRows, skippedRows, type BlockTotal } from "./blockTotalRows";
import { resolvedType, sheetNameType, studentsByStage, typedBySheetIssue, typedByStageIssue, type TypedRow } from "./resolvedType";
import { nameAbove, nameAboveIssue, placeOf } from "./nameAbove";
import { seniorSchoolIssue } from "./seniorSchoolRow";
import { closedWithDataCheck, nameOnlyCheck } from "./nameOnlyRow";
import { classify, type Classified, type LabelColumns, type RowKind } from "./rowKind";
import { campusColumn } from "./campusColumn";
import { labelledColumns } from "./labelledColumns";
import { blockRurality, headingRurality } from "./headingRurality";
import { isVillageGroup } from "./blockHeading";
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

function stageFieldsOf(grid: Grid, row: number, roles: readonly ColumnRole[], issues: Issue[], noData: NoDataNote | null): Pick<SchoolRecord, "stageFields" | "stageBlankCells"> {
  const stageFields: Partial<Record<Stage, Fields>> = {};
  const stageBlankCells: Partial<Record<Stage, BlankCells>> = {};
  for (const stage of STAGES) {
    const { fields, blankCells } = checkedFields(grid, row, roles, { kind: "stage", stage }, issues, noData);
    if (nonEmpty(fields)) stageFields[stage] = fields;
    if (nonEmpty(blankCells)) stageBlankCells[stage] = blankCells;
  }
  return nonEmpty(stageBlankCells) ? { stageFields, stageBlankCells } : { stageFields };
}

/** `blankCells` only when there are any, so that complete rows read as before. */
function withBlanks(read: RowFields): Pick<SchoolRecord, "fields" | "blankCells"> {
  return nonEmpty(read.blankCells) ? read : { fields: read.fields };
}

/** The cells of the row's values in columns read for another stage only (unreadStageCells), when there are any. */
function withUnread(grid: Grid, row: number, fieldRoles: readonly ColumnRole[], stage: Stage): Pick<SchoolRecord, "unreadStageCells"> {
  const cells = unreadStageCells(grid, row, fieldRoles, stage);
  return nonEmpty(cells) ? { unreadStageCells: cells } : {};
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
  // A row of one stage (a 小学, 马坊学校（小学部）, a 完全中学 whose 学段 says 初中) takes a blank stage cell's number from the row's 合计 (totalForBlankStage).
  if (stage !== null) {
    const scope: FieldScope = { kind: "section", stage, singleStage: true };
    const read = withBlanks(checkedFields(grid, row, fieldRoles, scope, issues, noData));
    return { record: schoolRecord({ ...head, stage, ...read, ...withUnread(grid, row, fieldRoles, stage) }), senior: false };
  }
  const read = checkedFields(grid, row, fieldRoles, { kind: "shared" }, issues, noData);
  const stages = stageFieldsOf(grid, row, fieldRoles, issues, noData);
  const fields = checkSharedParts(read.fields, stages.stageFields ?? {}, issues);
  const shared = withBlanks({ fields, blankCells: { ...read.blankCells, ...droppedCells(read.fields, fields) } });
  const whole = wholeStageFields(grid, row, fieldRoles, combinedStages(type), issues, noData);
  return { record: schoolRecord({ ...head, stage: null, ...shared, ...stages, ...whole }), senior: false };
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
  const read = checkedFields(grid, row, sheet.fieldRoles, { kind: "shared" }, [], sheet.noData);
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

/** What reading a sheet's rows needs, worked out once per sheet. */
export interface SheetCtx {
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

/**
 * The hidden school rows: a warning at the first row's column A when skipped, a note without a cell
 * when read (hiddenRowsIssue). Skipped on a sheet with a 县区 column, it names the counties the rows
 * belong to (`counties`), as their cells or the block above give them (countyOrAbove's rule), so
 * that 资源配置's caveat goes to those counties only (hiddenRowsCaveats); not when a row's county is
 * unknown, which leaves the caveat to every county of the sheet. Rows of several known counties are
 * one warning per county, each with its own rows and count: one warning for all gave each county's
 * caveat the whole sheet's count (甲县 told of 3 rows when 2 were its own).
 */
function hiddenIssues(sheet: string, hidden: readonly HiddenRow[], included: boolean, countyColumn: boolean): Issue[] {
  const counties = [...new Set(hidden.map((h) => h.county))];
  if (included || !countyColumn || counties.includes(null)) return [hiddenRowsNote(sheet, hidden, included)];
  return counties.map((county) => withCounties(hiddenRowsNote(sheet, hidden.filter((h) => h.county === county), false), county ?? ""));
}

/** hiddenRowsIssue of these rows: a warning at column A when skipped, a note without a cell when read. */
function hiddenRowsNote(sheet: string, hidden: readonly HiddenRow[], included: boolean): Issue {
  const at = hidden.map(({ row }) => ({ row, column: included ? null : 0 }));
  return hiddenRowsIssue({ included: "read_hidden_rows_included", skipped: "read_hidden_rows_skipped" }, sheet, at, included);
}

function withCounties(issue: Issue, counties: string): Issue {
  return { ...issue, params: { ...issue.params, counties } };
}

/** A hidden school row, its county (null: unknown) and its stage as its cells say (hiddenStage), for a stage's subtotal. */
interface HiddenRow {
  readonly row: number;
  readonly county: string | null;
  readonly stage: RowStage;
}

/** One pass over a sheet's rows: the sheet's context and what the loop carries from one row to the next. */
interface RowPass {
  readonly grid: Grid;
  readonly band: HeaderBand;
  readonly roles: readonly ColumnRole[];
  readonly includeHidden: boolean;
  readonly sheet: SheetCtx;
  /** Each row's kind, a county's subtotal (countyTotalRows) among the totals. */
  readonly kinds: Map<number, Classified>;
  readonly countyTotals: ReadonlySet<number>;
  /** Rows of a block's sums read as no school (blockTotalRows), by row. */
  readonly blockTotals: ReadonlyMap<number, BlockTotal>;
  readonly hiddenSet: ReadonlySet<number>;
  readonly lineCtx: LineCtx;
  /** The row's warning when it has a name, no data and a remark saying the school is closed (nameOnlyCheck), else null. */
  readonly nameOnly: (row: number) => Issue | null;
  /** The row's warning when it is read and a remark says the school is closed (closedWithDataCheck), else null. */
  readonly closedWithData: (row: number) => Issue | null;
  readonly rows: RowRecord[];
  /** The hidden school rows met, read or not, with their counties (hiddenIssues). */
  readonly hidden: HiddenRow[];
  /** Senior high schools' rows, read as no school (seniorSchoolIssue): a total may count them or not (totalRowChecks). */
  readonly seniorSchools: number[];
  /** The stage lines taken as their school's numbers (takeStageLines), not read again. */
  readonly taken: Set<number>;
  lastRow: number | null;
  /** The 城乡分类 the block heading gives the schools under it (blockRurality). */
  blockRural: boolean | null;
  /** The school row the stage lines being met stand right under (stageLineIssue); null after any other row. */
  lineParent: RowRecord | null;
}

/** The header's notes, said before any row's: its headers left unread and its standards rows. */
function headerIssues(grid: Grid, band: HeaderBand, roles: readonly ColumnRole[], columns: LabelColumns): Issue[] {
  // The 校区 column is read (campusOf), so it is not among the headers left unread.
  const unread = unmatchedHeaders({ ...band, columns: band.columns.filter((c) => c.column !== columns.campusColumn) }, roles);
  return [...unread, ...band.standardRows.map((row) => issueAt("read_standard_row", "info", grid.sheet, row, columns.nameColumn, { row: row + 1 }))];
}

/** Each row's kind, so that the loop and the no-data note (findNoDataNote) agree on which rows are data. */
function classifiedRows(grid: Grid, band: HeaderBand, roles: readonly ColumnRole[], columns: LabelColumns, fieldRoles: readonly ColumnRole[]): Pick<RowPass, "kinds" | "countyTotals" | "blockTotals"> {
  const kinds = rowKinds(grid, band.dataTop, columns, headerLabels(band, columns.nameColumn, fieldRoles));
  // 北山县 | 北山县 | sums, no 学校标识码: the county's subtotal, said as such (countyTotalRows).
  const countyTotals = countyTotalRows(grid, band, kinds, roles);
  for (const row of countyTotals) kinds.set(row, { kind: "total", labelColumn: columns.nameColumn });
  // 石桥镇中心校 | sums of the rows under it: a block's subtotal by its numbers, whatever its name (blockTotalRows).
  // 实验小学 | the sums of its 东校区 and 西校区 rows: those are skipped instead (skippedRows).
  const blockTotals = new Map<number, BlockTotal>();
  for (const block of blockTotalRows(grid, kinds, fieldRoles, { roles, ...columns })) for (const row of skippedRows(block)) blockTotals.set(row, block);
  for (const row of blockTotals.keys()) kinds.set(row, { kind: "total", labelColumn: columns.nameColumn });
  return { kinds, countyTotals, blockTotals };
}

/**
 * The pass before the first row, the sheet worked out once. A note anywhere on the sheet outside
 * the school rows that makes `—` mean no data (findNoDataNote) makes such cells missing instead of
 * 0, unless another note makes it a zero (then 0 as without a note, and an info issue says the
 * notes contradict).
 */
function startPass(grid: Grid, band: HeaderBand, roles: readonly ColumnRole[], includeHidden: boolean, sheetStage: Stage | null): RowPass {
  const nameColumn = metaRole(roles, "name")?.column ?? grid.left;
  const fieldRoles = roles.filter((r) => !META.has(r.key));
  const columns: LabelColumns = { nameColumn, campusColumn: campusColumn(band, roles), roleColumns: roles.map((r) => r.column), labelledColumns: labelledColumns(band, roles, nameColumn) };
  const issues = headerIssues(grid, band, roles, columns);
  const { kinds, countyTotals, blockTotals } = classifiedRows(grid, band, roles, columns, fieldRoles);
  const noData = findNoDataNote(grid, (row) => !DATA_ROWS.has(kinds.get(row)?.kind ?? "blank"));
  const sheet: SheetCtx = { issues, noData, stage: sheetStage, nameColumn, fieldRoles, hasStageColumns: fieldRoles.some((r) => r.stage !== null), typedByStage: [], sheetType: sheetNameType(grid.sheet), typedBySheet: [], campusColumn: columns.campusColumn, county: NO_CARRY, countyFilled: [] };
  for (const c of noData?.contradictions ?? []) issues.push(contradictionIssue(c));
  const hiddenSet = new Set(grid.hiddenRows);
  const readable = (row: number): boolean => !hiddenSet.has(row) || includeHidden;
  const lineCtx: LineCtx = { grid, kinds, readable, nameColumn, fieldRoles, sheet };
  const nameOnlyCtx = { grid, band, roles, kinds, nameColumn, fieldRoles };
  const [nameOnly, closedWithData] = [nameOnlyCheck(nameOnlyCtx), closedWithDataCheck(nameOnlyCtx)];
  return { grid, band, roles, includeHidden, sheet, kinds, countyTotals, blockTotals, hiddenSet, lineCtx, nameOnly, closedWithData, rows: [], hidden: [], seniorSchools: [], taken: new Set(), lastRow: null, blockRural: null, lineParent: null };
}

/**
 * A row that is no school, noted at its label: a repeated header (once per run of them), a
 * standards row, a total / subtotal / average / breakdown row (a 其中… line that names no stage,
 * 其中：女, is a breakdown, never a school), a stage line not taken (a 初中部 line under a
 * single-stage school is warned: stageLineIssue).
 */
function noteRow(pass: RowPass, row: number, { kind, labelColumn }: Classified): void {
  const { grid, band, sheet } = pass;
  const { issues, nameColumn } = sheet;
  if (kind === "headerRepeat" && pass.kinds.get(row - 1)?.kind !== "headerRepeat") issues.push(issueAt("read_header_repeat_row", "info", grid.sheet, row, nameColumn, { row: row + 1, headerRow: band.top + 1 }));
  if (kind === "standard") issues.push(issueAt("read_standard_row", "info", grid.sheet, row, nameColumn, { row: row + 1 }));
  const block = pass.blockTotals.get(row);
  if (pass.countyTotals.has(row)) issues.push(issueAt("read_county_total_row", "info", grid.sheet, row, nameColumn, { text: textAt(grid, row, nameColumn) ?? "" }));
  else if (block !== undefined) issues.push(blockTotalIssue(grid, row, block, nameColumn));
  else if (kind === "total" || kind === "breakdown") issues.push(totalIssue(grid, row, nameColumn, labelColumn));
  if (kind === "stageLine") issues.push(stageLineIssue(grid, row, nameColumn, pass.lineParent));
}

/**
 * A row skipped as the sum of rows beside it (blockTotalRows), noted at its name with the rows it adds
 * up: a block's subtotal as a warning (a school taken for one would be lost), a whole-school row of
 * its 学部 rows or a campus row of its school as info (the same numbers are read from the other rows).
 * @example 石桥镇中心校 at A9 over rows 10–13 → read_block_total_row (warning) { row: 9, first: 10, last: 13 }
 * @example 实验小学（东校区） at A3, 实验小学 at A2 the sum of rows 3–4 → read_block_campus_row (info) { row: 3, school: 2, first: 3, last: 4 }
 */
function blockTotalIssue(grid: Grid, row: number, { row: summing, rows, parts }: BlockTotal, nameColumn: number): Issue {
  const text = textAt(grid, row, nameColumn) ?? "";
  const span = { row: row + 1, first: Math.min(...rows) + 1, last: Math.max(...rows) + 1 };
  if (parts === "campuses") return issueAt("read_block_campus_row", "info", grid.sheet, row, nameColumn, { ...span, text, school: summing + 1, name: textAt(grid, summing, nameColumn) ?? "" });
  if (parts === "sections") return issueAt("read_block_total_row_sections", "info", grid.sheet, row, nameColumn, { ...span, text });
  return issueAt("read_block_total_row", "warning", grid.sheet, row, nameColumn, { ...span, text });
}

/**
 * A block heading, skipped and noted at its cell (the name cell, or the 序号 cell left of a blank one:
 * labelColumn); the 城乡分类 it names is the schools' under it (blockRurality). A village group's
 * heading (（二）村小及教学点) keeps a rural block as a township's does, numbered or not.
 */
function noteHeading(pass: RowPass, row: number, { kind, labelColumn }: Classified): void {
  if (kind !== "heading" && kind !== "areaHeading") return;
  const { grid, sheet } = pass;
  const column = labelColumn ?? sheet.nameColumn;
  const text = textAt(grid, row, column) ?? "";
  if (kind === "heading") sheet.issues.push(headingIssue(grid.sheet, row, column, text));
  else sheet.issues.push(issueAt("read_area_heading_row", "info", grid.sheet, row, column, { text }));
  pass.blockRural = blockRurality(text, kind === "areaHeading" || isVillageGroup(text), pass.blockRural);
}

/**
 * A school row with a name, no data in any field cell and a remark saying it is closed (nameOnlyCheck:
 * 石岭小学, 备注 2024年8月已撤并) is left out, said once at its name: no school to evaluate, nor one missing data. Hidden, it is
 * said as such rather than among the hidden school rows, whose warning tells of data left unread.
 */
function leavesNameOnly(pass: RowPass, row: number): boolean {
  const issue = pass.nameOnly(row);
  if (issue !== null) pass.sheet.issues.push(issue);
  return issue !== null;
}

/** Hidden or filtered school rows are skipped unless `includeHidden`; either way each is listed (hiddenIssues). */
function skipsHidden(pass: RowPass, row: number): boolean {
  if (!pass.hiddenSet.has(row)) return false;
  // The county as a visible row there would take it (the carry is already past this row), without noting a filled cell.
  const county = metaText(pass.grid, row, pass.roles, "county") ?? pass.sheet.county.down?.county ?? null;
  pass.hidden.push({ row, county, stage: hiddenStage(pass, row) });
  return !pass.includeHidden;
}

/**
 * A hidden row's stage as a read row's would be, without its notes: 高中部 ("senior"), its 学段 or
 * section suffix, else by its type (rowStage); null when nothing on the row says (a 小学小计 then
 * agrees with its numbers counted or not). @example 二小, 学段 小学, hidden → "primary" (R4 of s46, B5b)
 */
function hiddenStage({ grid, roles, sheet }: RowPass, row: number): RowStage {
  const name = textAt(grid, row, sheet.nameColumn) ?? "";
  const stated = statedKind(grid, row, roles, name);
  const type = rowType(stated);
  if (type !== null && isSeniorPart(stated, type)) return "senior";
  if (sheet.stage !== null) return stageOnSheet(grid, row, roles, name, type ?? sheet.stage, sheet.stage);
  return type === null ? (stated.stageCell?.value ?? stated.nameSection) : rowStage(stated, name, type, sheet.hasStageColumns);
}

/**
 * One row of the sheet: a stage line already taken is passed over; any other is noted when no
 * school (noteRow, noteHeading); a row with numbers and no name is a warning unless it names a
 * campus of the school above (nameAbove); a closed school's row with a name and no data is left out (leavesNameOnly);
 * a school row is read (readRow) unless hidden and skipped.
 * A blank 县区 cell takes the county the school rows above it in its block write (carryAfterRow: a
 * 县区 written on a block's first row only); after a 小计 / 合计, heading or blank row or a named
 * row without numbers, with no county above, or in a block writing the county on every row (the
 * school row before the county's wrote the same one), it stays blank and is warned.
 */
function passRow(pass: RowPass, row: number, classified: Classified): void {
  const { kind } = classified;
  if (pass.taken.has(row)) {
    pass.lastRow = row;
    return;
  }
  if (kind !== "stageLine" && kind !== "breakdown") pass.lineParent = null;
  const { grid, roles, sheet } = pass;
  sheet.county = carryAfterRow({ kind, own: ownCounty(grid, row, roles), numbers: hasFieldValues(grid, row, sheet.fieldRoles) }, sheet.county);
  noteRow(pass, row, classified);
  noteHeading(pass, row, classified);
  const above = kind === "unnamed" ? nameAbove(grid, row, roles, sheet.campusColumn, pass.rows) : null;
  if (kind === "unnamed" && above === null && !pass.hiddenSet.has(row)) sheet.issues.push(noNameIssue(grid, row, sheet.nameColumn));
  if (kind === "school" && leavesNameOnly(pass, row)) return;
  if ((kind !== "school" && above === null) || skipsHidden(pass, row)) return;
  readRow(pass, row, above);
}

/**
 * A school row becomes a record: a section (stage set) or a whole combined school (stage null,
 * per-stage numbers in `stageFields`, from its per-stage columns or from the bare 小学 / 初中 lines
 * right under it when they are its stages: takeStageLines; elsewhere such a line is a total block's
 * and is skipped). A 完全中学's or 十二年一贯制's 高中部 row or 高中 line is its senior part, never a
 * school: its students become the school's `seniorStudents` (joinSections, withSeniorLine); without
 * a 高中 line, the students its row counts beyond its stage lines do (seniorRemainder).
 */
function readRow(pass: RowPass, row: number, above: RowRecord | null): void {
  const { grid, roles, sheet, rows } = pass;
  // 342 高级中学 with no compulsory student: out of scope with no stage, noted, never a section (seniorSchoolIssue).
  const seniorSchool = above === null ? seniorSchoolIssue(grid, row, roles, sheet.nameColumn) : null;
  if (seniorSchool !== null) {
    sheet.issues.push(seniorSchool);
    pass.seniorSchools.push(row);
    return;
  }
  // A remark saying closed over a row read (备注 已撤并, numbers filled): read, and said (closedWithDataCheck).
  const closed = above === null ? pass.closedWithData(row) : null;
  if (closed !== null) sheet.issues.push(closed);
  const { record: own, senior } = readRecord(grid, row, roles, sheet, above?.record ?? null, wholeByLines(pass.lineCtx, row));
  if (above !== null) sheet.issues.push(nameAboveIssue(grid, row, sheet, above));
  rows.push({ record: withBlockRurality(own, pass.blockRural), nameCell: qualified(grid.sheet, a1(row, sheet.nameColumn)), ...placeOf(grid, row, roles, sheet.campusColumn, above), ...(senior ? { senior: true as const } : {}) });
  for (const r of takeStageLines(pass.lineCtx, row, rows, rows.length - 1)) pass.taken.add(r);
  pass.lineParent = rows[rows.length - 1] ?? null;
  pass.lastRow = row;
}

/**
 * Who runs each row, as a 民办学校小计 or 公办学校小计 whose block is not written adds up (ownershipGroupIssue):
 * the school rows read as 民办 and as 公办 (办学性质 / 举办者: rowFlags), and, when the sheet has such a
 * column, those it tells nothing of (blank or unreadable: the group's total cannot be checked against
 * them, s52 H2); the senior high schools' rows (read as no school) of each, which it may count or not, as
 * a 合计 may count any senior school (s51 R4). Their flags' warnings are not said again: the rows are out of scope.
 * @example 一小 公办 (row 2), 启航 民办 (3), 三小 blank (4), 育英高级中学 民办 (5) → private [3], public [2], unknown [4], seniors private [5], told (no such column: every list empty, not told)
 */
function ownershipRows({ grid, roles, rows, seniorSchools }: RowPass): Ownership {
  const told = metaRole(roles, "private") !== undefined || metaRole(roles, "sponsor") !== undefined;
  const of = (value: boolean) => rows.filter((r) => r.record.flags.private === value).map(rowOf);
  const seniors = seniorSchools.map((row) => ({ row, value: rowFlags(grid, row, roles, []).private }));
  const seniorsOf = (value: boolean) => seniors.filter((s) => s.value === value).map((s) => s.row);
  const ownershipUnknownRows = told ? rows.filter((r) => r.record.flags.private === undefined).map(rowOf) : [];
  return { privateRows: of(true), publicRows: of(false), ownershipUnknownRows, privateSeniorRows: seniorsOf(true), publicSeniorRows: seniorsOf(false), ownershipTold: told };
}

/**
 * The sheet's notes said once after its rows: the hidden school rows (one warning when skipped,
 * one note when read), the counties carried down, noted once per county cell (countyDownIssues),
 * names that are numbers, one 学校标识码 on rows of two schools (warned at the later row's ID cell:
 * schoolIdRepeats), columns read for one stage that rows of the other fill (stageColumnUnreadIssues)
 * and the rows typed by their 学段 or the sheet's name alone.
 */
function endIssues(pass: RowPass): void {
  const { grid, band, roles, sheet, rows } = pass;
  const { issues, nameColumn } = sheet;
  if (pass.hidden.length > 0) issues.push(...hiddenIssues(grid.sheet, pass.hidden, pass.includeHidden, metaRole(roles, "county") !== undefined));
  issues.push(...countyDownIssues(grid.sheet, metaRole(roles, "county")?.column ?? 0, sheet.countyFilled));
  issues.push(...numberNamesIssue(grid, band, nameColumn, rows), ...schoolIdRepeats(grid, band, rows));
  issues.push(...stageColumnUnreadIssues(grid, band, sheet.fieldRoles, rows.map((r) => r.record)));
  issues.push(...typedByStageIssue(grid.sheet, nameColumn, sheet.typedByStage), ...typedBySheetIssue(grid.sheet, nameColumn, sheet.sheetType, sheet.typedBySheet));
  // Stage lines taken: what a total counts of them is not plain (totalRowChecks).
  if (pass.taken.size === 0) issues.push(...totalRowChecks(totalRowInput(pass)));
}

/** What the check of the sheet's total rows needs of the pass: the rows read, hidden and unread, each read row's stage and kind, the 民办 rows. */
function totalRowInput(pass: RowPass): TotalRowInput {
  const { grid, sheet, rows } = pass;
  const unreadHidden = pass.includeHidden ? [] : pass.hidden.map((h) => h.row);
  // Each row's stage and kind as read: a 小学小计 adds up the 小学 rows only, a 九年一贯制小计 the 九年一贯制 rows.
  const rowStages = new Map<number, RowStage>(rows.map((r) => [rowOf(r), partOf(r)]));
  // A hidden row left unread counts in a stage's subtotal by its stage, as in a plain total (R4 of s46, B5b).
  for (const h of pass.hidden) if (!pass.includeHidden) rowStages.set(h.row, h.stage);
  const rowTypes = new Map(rows.map((r) => [rowOf(r), r.record.type]));
  const base = { grid, kinds: pass.kinds, nameColumn: sheet.nameColumn, schoolRows: rows.map(rowOf), fieldRoles: sheet.fieldRoles, countyTotals: pass.countyTotals };
  return { ...base, skippedRows: unreadHidden, rowStages, rowTypes, seniorSchoolRows: pass.seniorSchools, ...ownershipRows(pass) };
}

/**
 * Reads the school rows under the header, row by row (passRow, readRow), then says what concerns the
 * whole sheet (endIssues). Contradictions of name, type and 学段 are warnings (kindConflicts); the
 * two section rows of a combined school with shared values in merged cells become one whole-school
 * record (joinSections).
 * `sheetStage`: the sheet holds one stage's schools (小学 and 初中 kept on separate sheets), which a
 * row that does not say its stage or type is taken to be (stageOnSheet).
 * @example readSchoolRows(学校名称 | 在校生数 over 一小 | 1652, 二小 | 980, 合计 | 2632) // records 一小 and 二小; the 合计 noted (read_total_row), 1652 + 980 = 2,632 not warned (2633 would be: read_total_row_mismatch_few)
 */
export function readSchoolRows(grid: Grid, band: HeaderBand, roles: readonly ColumnRole[], includeHidden: boolean, sheetStage: Stage | null = null): SchoolRows {
  const pass = startPass(grid, band, roles, includeHidden, sheetStage);
  for (const [row, classified] of pass.kinds) passRow(pass, row, classified);
  endIssues(pass);
  return { rows: joinSections(grid, pass.rows, pass.sheet.fieldRoles, pass.sheet.issues), issues: pass.sheet.issues, lastRow: pass.lastRow };
}
