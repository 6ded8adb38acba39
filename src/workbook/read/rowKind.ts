import type { Grid } from "../types";
import { isStandardRow } from "./findHeader";
import type { ColumnRole } from "./keys";
import { mergeAt } from "./mergeIndex";
import { noDataMarks, zeroMarks } from "./noDataMarks";
import { parseCellNumber } from "./parseCellNumber";
import { textAt, valueAt } from "./rowMeta";
import { isTotalLabel } from "./totalLabel";
import { isBreakdownLabel, linePart } from "./lineLabel";
import { HEADING_NUMBER, WHOLE_BRACKETS, cellText } from "./text";
import { campusText } from "./campusColumn";
import { isNoteText } from "./noteText";
import { isRuralityHeading, isRuralitySubtotal } from "./headingRurality";

/**
 * What a row under the header is. `stageLine`: a stage alone with numbers (小学, 初中部, 高中,
 * 其中：小学) — of the school row above it, else of a total block. `breakdown`: a part of the row above
 * naming no stage (其中：女, 其中：农村), skipped as a total is, but no end of a school's stage lines.
 */
export type RowKind = "blank" | "note" | "total" | "breakdown" | "stageLine" | "standard" | "heading" | "areaHeading" | "unnamed" | "school" | "headerRepeat";

/** What a row is, and for a total or breakdown row the column of its label (else null), from one read of its cells. */
export interface Classified {
  readonly kind: RowKind;
  readonly labelColumn: number | null;
}

/** The columns a total row's label may stand in. */
export interface LabelColumns {
  readonly nameColumn: number;
  readonly campusColumn: number | null;
}

/**
 * A block heading, with no numbers on its row: numbered ("一、城区学校", "（二）乡镇学校", "2. 初中")
 * or wholly in brackets ("（城区学校）": no school is named in brackets alone). A bare stage ("初中",
 * "小学部") is one too, by linePart.
 */
const HEADING = new RegExp(`${HEADING_NUMBER.source}|${WHOLE_BRACKETS.source}`);

function rowCells(grid: Grid, row: number): readonly (string | null)[] {
  return (grid.values[row - grid.top] ?? []).map(cellText);
}

/**
 * What a data row is (workbooks.md): blank, a 填表说明 / 备注 line (or a line of one saying what a
 * dash means, "3.无数据填“—”" or "2.没有的填“—”", which must not become a school), a total line (合计 / 小计 /
 * 平均 / 全县: totalLabel), a breakdown of the row above (其中：女, 其中：农村), a stage alone with
 * numbers (小学, 初中部, 高中, 其中：小学: linePart; a stage line: of the combined school above it,
 * else of a total block), a standards line, a heading, a school, or numbers without a name.
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
  const kind = namedKind(grid, row, nameColumn, fieldRoles);
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
function namedKind(grid: Grid, row: number, nameColumn: number, fieldRoles: readonly ColumnRole[]): RowKind {
  // A row counting students is a school, whatever its name says (isStandardRow).
  const students = fieldRoles.filter((r) => r.key === "students").map((r) => r.column - grid.left);
  if (isStandardRow(grid.values[row - grid.top] ?? [], students)) return "standard";
  const hasNumbers = fieldRoles.some((r) => parseCellNumber(valueAt(grid, row, r.column), "count").status !== "blank");
  const name = textAt(grid, row, nameColumn);
  if (name === null) return hasNumbers ? "unnamed" : "blank";
  if (linePart(name) !== null) return hasNumbers ? "stageLine" : "heading";
  // 其中：女, 其中：寄宿生: a breakdown of the school above, never a school (isBreakdownLabel).
  if (isBreakdownLabel(name)) return "breakdown";
  // 城区 | 5000 | 200: the urban schools' subtotal, as no school is so named; a numbered 2.县城中学 | 800 is a school (isRuralitySubtotal).
  if (hasNumbers) return isRuralitySubtotal(name) ? "total" : "school";
  if (isSentence(name)) return "note";
  if (HEADING.test(name.normalize("NFKC").trim()) || isRuralityHeading(name)) return "heading";
  return isAreaHeading(grid, row, nameColumn, fieldRoles) ? "areaHeading" : "school";
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

/** A township or area label (城关镇, 石桥乡, 东城街道, 北片区, 第一学区): no school's name ends so. */
const AREA_LABEL = /(镇|乡|街道|片区|学区)$/;

/**
 * A label of a group of schools by who runs them or where (市直学校, 县直中小学, 民办学校, 乡镇学校):
 * a whole name of a group word and 学校 / 中小学 names no one school (C5-heading-in-name-col).
 */
const GROUP_LABEL = /^(市直|县直|区直|市属|县属|区属|直属|民办|公办|城区|城镇|县城|镇区|乡村|农村|乡镇|村级|其他|其它)(学校|中小学校?)$/;

/**
 * A row without numbers whose only text is its name cell's, and that is a township or group label
 * (GROUP_LABEL: 市直学校) or is merged across most of the table (a group title, not a school): a heading of the schools under it.
 */
function isAreaHeading(grid: Grid, row: number, nameColumn: number, fieldRoles: readonly ColumnRole[]): boolean {
  const name = textAt(grid, row, nameColumn) ?? "";
  const texts = new Set(rowCells(grid, row).filter((t): t is string => t !== null));
  if (texts.size > 1 || ![...texts].every((t) => t === name)) return false;
  const label = name.normalize("NFKC").trim();
  if (AREA_LABEL.test(label) || GROUP_LABEL.test(label)) return true;
  const box = mergeAt(grid, row, nameColumn);
  const width = Math.max(nameColumn, ...fieldRoles.map((r) => r.column)) - grid.left + 1;
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
