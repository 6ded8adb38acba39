import type { Grid } from "../types";
import { isStandardRow } from "./findHeader";
import type { ColumnRole } from "./keys";
import { mergeAt } from "./mergeIndex";
import { noDataMarks, zeroMarks } from "./noDataMarks";
import { parseCellNumber } from "./parseCellNumber";
import { textAt, valueAt } from "./rowMeta";
import { isTotalLabel } from "./totalLabel";
import { isBreakdownLabel, linePart } from "./lineLabel";
import { cellText } from "./text";
import { campusText } from "./campusColumn";
import { isNoteText } from "./noteText";
import { isAreaLabel, isGroupSubtotal, isHeadingText, isNumberedHeading, subtotalKind } from "./blockHeading";

/**
 * What a row under the header is. `stageLine`: a stage alone with numbers (小学, 初中部, 高中,
 * 其中：小学) — of the school row above it, else of a total block. `breakdown`: a part of the row above
 * naming no stage (其中：女, 其中：农村), skipped as a total is, but no end of a school's stage lines.
 */
export type RowKind = "blank" | "note" | "total" | "breakdown" | "stageLine" | "standard" | "heading" | "areaHeading" | "unnamed" | "school" | "headerRepeat";

/**
 * What a row is, and for a total or breakdown row the column of its label (else null), from one read
 * of its cells; for a heading or total typed left of a blank name cell (一、城区学校 in the 序号
 * column), that cell's column too.
 */
export interface Classified {
  readonly kind: RowKind;
  readonly labelColumn: number | null;
}

/** The columns a row's label may stand in (the name's, the 校区's), and what the columns left of the name are (a heading typed there: leftHeading). */
export interface LabelColumns {
  readonly nameColumn: number;
  readonly campusColumn: number | null;
  /**
   * The columns read for something (县区, 乡镇, 学段 …): a heading typed there left of a blank name
   * cell is taken only when numbered or in brackets (一、城区学校), as 城区 or 石桥镇 alone there is the
   * cell's own value. Other columns left of the name (序号) take any heading (leftHeading).
   */
  readonly roleColumns?: readonly number[];
  /**
   * The columns left of the name headed with words the reader takes nothing from (片区: labelledColumns):
   * a bare label there beside numbers (城区 | _ | 高中 | 300) is the column's value on a row without a
   * name, not a subtotal; a numbered or bracketed one (一、城区学校 | _ | 1800) is. Nor is a number there a 序号.
   */
  readonly labelledColumns?: readonly number[];
}

function rowCells(grid: Grid, row: number): readonly (string | null)[] {
  return (grid.values[row - grid.top] ?? []).map(cellText);
}

/**
 * What a data row is (workbooks.md): blank, a 填表说明 / 备注 line (or a line of one saying what a
 * dash means, "3.无数据填“—”" or "2.没有的填“—”", which must not become a school), a total line (合计 / 小计 /
 * 平均 / 全县: totalLabel), a breakdown of the row above (其中：女, 其中：农村), a stage alone with
 * numbers (小学, 初中部, 高中, 其中：小学: linePart; a stage line: of the combined school above it,
 * else of a total block), a standards line, a heading (in the name cell, or typed left of a blank
 * one: leftHeading), a school, or numbers without a name.
 *
 * @example classify(合计 | 1600) // total at A; classify(其中：初中 | 400) // stageLine; classify(其中：女 | 480) // breakdown
 */
export function classify(grid: Grid, row: number, columns: LabelColumns, fieldRoles: readonly ColumnRole[]): Classified {
  const { nameColumn, campusColumn: campus } = columns;
  const cells = rowCells(grid, row);
  const first = cells.find((t) => t !== null);
  if (first === undefined) return { kind: "blank", labelColumn: null };
  if (isNoteText(first) || noDataMarks(first).size > 0 || zeroMarks(first).size > 0) return { kind: "note", labelColumn: null };
  const labelColumn = totalLabelColumn(grid, cells, nameColumn) ?? campusTotalColumn(grid, row, campus);
  const left = labelColumn === null ? leftHeading(grid, row, columns, fieldRoles) : null;
  if (left !== null) return left;
  const kind = namedKind(grid, row, columns, fieldRoles);
  // 其中：初中 in the name cell is a stage line though isTotalLabel reads a total's breakdown in it: takeStageLines tells whose.
  if (labelColumn === null || (labelColumn === nameColumn && kind === "stageLine")) return { kind, labelColumn: null };
  return { kind: kind === "breakdown" ? "breakdown" : "total", labelColumn };
}

/**
 * Whether a row reads as a school's (classify), as the rows of a range do: the row under a range
 * (schoolBelow) is a school left out only if it would have been read as one.
 *
 * @example isSchoolRow(新城小学 | 420) // true; isSchoolRow(其中：女 | 200) // false; isSchoolRow(小学部 | 200) // false
 */
export function isSchoolRow(grid: Grid, row: number, columns: LabelColumns, fieldRoles: readonly ColumnRole[]): boolean {
  return classify(grid, row, columns, fieldRoles).kind === "school";
}

/** A row that is neither blank nor a note, by its name cell: a standards line, a stage line, a breakdown, a total, a heading, a school, or numbers without a name. */
function namedKind(grid: Grid, row: number, columns: LabelColumns, fieldRoles: readonly ColumnRole[]): RowKind {
  const { nameColumn } = columns;
  // A row counting students is a school, whatever its name says (isStandardRow).
  const students = fieldRoles.filter((r) => r.key === "students").map((r) => r.column - grid.left);
  if (isStandardRow(grid.values[row - grid.top] ?? [], students)) return "standard";
  const hasNumbers = rowHasNumbers(grid, row, fieldRoles);
  const name = textAt(grid, row, nameColumn);
  if (name === null) return hasNumbers ? "unnamed" : "blank";
  if (linePart(name) !== null) return hasNumbers ? "stageLine" : "heading";
  // 其中：女, 其中：寄宿生: a breakdown of the school above, never a school (isBreakdownLabel).
  if (isBreakdownLabel(name)) return "breakdown";
  if (hasNumbers) return isSubtotalName(grid, row, columns, name) ? "total" : "school";
  if (isSentence(name)) return "note";
  if (isHeadingText(name)) return "heading";
  return isAreaHeading(grid, row, nameColumn, name, fieldRoles) ? "areaHeading" : "school";
}

/**
 * Whether a name beside numbers is a block's subtotal (subtotalKind). 城区 | 5000 | 200: the urban
 * schools', as no school is so named; a numbered 2.县城中学 | 800 is a school. 乡镇学校 | 240 too, a
 * group's — unless the row has a serial number, as a school's row in the list has and a group's
 * subtotal has not: 1 | 乡镇学校 | 300 is a school so named.
 */
function isSubtotalName(grid: Grid, row: number, columns: LabelColumns, name: string): boolean {
  const kind = subtotalKind(name);
  return kind === "side" || (kind === "group" && !hasSerialNumber(grid, row, columns));
}

/**
 * Whether a cell left of the name, in a column read for nothing (序号), holds a whole number: the
 * row's place in the list of schools (1 | 中心校 | 500), which no block's subtotal takes.
 */
function hasSerialNumber(grid: Grid, row: number, { nameColumn, roleColumns = [], labelledColumns = [] }: LabelColumns): boolean {
  for (let column = grid.left; column < nameColumn; column++) {
    if (!roleColumns.includes(column) && !labelledColumns.includes(column) && isWholeNumber(valueAt(grid, row, column))) return true;
  }
  return false;
}

/** 1, 12 or "3" (a serial typed as text), not 2.5, 0 or 一. */
function isWholeNumber(value: unknown): boolean {
  if (typeof value === "string") return /^0*[1-9]\d*$/.test(value.normalize("NFKC").trim());
  return typeof value === "number" && Number.isInteger(value) && value > 0;
}

function rowHasNumbers(grid: Grid, row: number, fieldRoles: readonly ColumnRole[]): boolean {
  return fieldRoles.some((r) => parseCellNumber(valueAt(grid, row, r.column), "count").status !== "blank");
}

/**
 * A heading typed unmerged left of a blank name cell (一、城区学校 in the 序号 column), read as the
 * same words in the name cell are (namedKind): a heading, a township's or group's heading, or with
 * numbers a block's subtotal (二、农村学校 | 240) — at its own cell. Null when the row's first text
 * is no such label (a 序号 or the name cell's): the row is then read by its name cell, as before.
 * In a column read for something (roleColumns: 县区, 乡镇) only a numbered or bracketed heading is
 * taken: 城区 or 石桥镇 there is that column's value on a row left blank; so too beside numbers in
 * a column headed with other words (labelledColumns: 片区), takesBareLabel.
 *
 * @example leftHeading(一、城区学校 | _ | _) // heading at A; leftHeading(二、农村学校 | _ | 240) // total at A; leftHeading(1 | _ | 240) // null
 */
function leftHeading(grid: Grid, row: number, columns: LabelColumns, fieldRoles: readonly ColumnRole[]): Classified | null {
  if (textAt(grid, row, columns.nameColumn) !== null) return null;
  const cells = rowCells(grid, row);
  const at = cells.findIndex((t) => t !== null);
  const label = cells[at];
  const column = grid.left + at;
  if (at < 0 || label === null || label === undefined || column >= columns.nameColumn) return null;
  if (!isNumberedHeading(label) && !takesBareLabel(column, columns, rowHasNumbers(grid, row, fieldRoles))) return null;
  const kind = leftKind(grid, row, { column, label }, fieldRoles);
  return kind === null ? null : { kind, labelColumn: column };
}

/**
 * Whether a label neither numbered nor bracketed (城区, 乡镇学校) left of a blank name cell may head a
 * block there: never in a column read for something (城区 is its value), in one headed 片区 only on a
 * row without numbers (城区 | _ | 高中 | 300 is a 片区 城区 row whose name is missing), in the 序号
 * column or one without a header always.
 */
function takesBareLabel(column: number, { roleColumns = [], labelledColumns = [] }: LabelColumns, hasNumbers: boolean): boolean {
  if (roleColumns.includes(column)) return false;
  return !hasNumbers || !labelledColumns.includes(column);
}

/** What a label left of a blank name cell makes its row (leftHeading), or null when it is no heading's or subtotal's. */
function leftKind(grid: Grid, row: number, { column, label }: { column: number; label: string }, fieldRoles: readonly ColumnRole[]): RowKind | null {
  if (rowHasNumbers(grid, row, fieldRoles)) return isGroupSubtotal(label) ? "total" : null;
  if (isHeadingText(label) || linePart(label) !== null) return "heading";
  return isAreaHeading(grid, row, column, label, fieldRoles) ? "areaHeading" : null;
}

/**
 * A sentence about the table, not a name: a note without 注 / 说明 ends in a full stop or opens with
 * 本表 / 以上 ("本表完全中学只填义务教育阶段学生，高中部不填。"), which no school's name does. Read as
 * a school, it was one with every value missing. A comma alone is not enough: 北师大附属实验学校，
 * 城关校区 is a school, and one with blank data must stay to be reported.
 * @example isSentence("本表完全中学只填义务教育阶段学生，高中部不填。") // true; isSentence("实验学校，城关校区") // false
 */
function isSentence(name: string): boolean {
  const t = name.normalize("NFKC").trim();
  return /。$/.test(t) || /^(本表|上表|此表|以上|表中|表内)/.test(t);
}

/**
 * A row without numbers whose only text is its label's (`column`: the name cell, or a cell left of a
 * blank one), and that is a township or group label (isAreaLabel: 城关镇, 市直学校, 乡镇中心校) or is
 * merged across most of the table (a group title, not a school): a heading of the schools under it.
 */
function isAreaHeading(grid: Grid, row: number, column: number, label: string, fieldRoles: readonly ColumnRole[]): boolean {
  const texts = new Set(rowCells(grid, row).filter((t): t is string => t !== null));
  if (texts.size > 1 || ![...texts].every((t) => t === label)) return false;
  if (isAreaLabel(label)) return true;
  const box = mergeAt(grid, row, column);
  const width = Math.max(column, ...fieldRoles.map((r) => r.column)) - grid.left + 1;
  return box !== undefined && 2 * (box.right - box.left + 1) > width;
}

/**
 * The column of the cell, up to the name column, that labels a total / subtotal / average /
 * breakdown row (isTotalLabel), or null. Only the name cell may say a bare stage (bareStage):
 * a 学段 column left of the name says 小学 on every school row.
 */
function totalLabelColumn(grid: Grid, cells: readonly (string | null)[], nameColumn: number): number | null {
  const at = cells.slice(0, nameColumn - grid.left + 1).findIndex((t) => t !== null && isTotalLabel(t));
  return at < 0 ? null : grid.left + at;
}

/**
 * The 校区 column when its cell says 小计 / 合计 (isTotalLabel): the campuses' total, under a name
 * merged over them or left blank, is no campus of its own. Else null.
 */
function campusTotalColumn(grid: Grid, row: number, campus: number | null): number | null {
  return campus !== null && isTotalLabel(campusText(grid, row, campus)) ? campus : null;
}
