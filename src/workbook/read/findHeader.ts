import type { Box, CellValue, Grid } from "../types";
import { HEADER_GROUP_WORDS, SERIAL_HEADER } from "./aliases";
import { analysePath, matchAlias } from "./matchHeaderPath";
import { cellNumber } from "./cellNumber";
import { parseCellNumber } from "./parseCellNumber";
import { valueAt } from "./rowMeta";
import { HEADING_NUMBER, WHOLE_BRACKETS, cellText, normaliseText } from "./text";
import { isBlockLabel } from "./blockHeading";

/** One column of the header band: its labels from the top header row down (merged labels filled in). */
export interface HeaderColumn {
  /** 0-based sheet column. */
  readonly column: number;
  readonly path: readonly string[];
  /**
   * 0-based sheet row of the column's own header cell: the lowest header cell that labels this
   * column alone (H4 under a group merged over G3:K3, not H3; C1 above a units row's `人`, A1
   * above `（全称）`); the band's top row when every label of the column is shared.
   */
  readonly headerRow: number;
}

/** Where the header of a school sheet is, and where its data begins. Rows and columns are 0-based sheet coordinates. */
export interface HeaderBand {
  readonly sheet: string;
  readonly top: number;
  readonly bottom: number;
  readonly columns: readonly HeaderColumn[];
  /** Column-code rows (L1…L7, 1 2 3…, 甲 乙 丙) under the header. */
  readonly codeRows: readonly number[];
  /** 标准 / 达标值 rows between the header and the first school. */
  readonly standardRows: readonly number[];
  readonly dataTop: number;
  /** A unit line above the header or right under it, e.g. `单位：人、平方米、万元` (the line under it is skipped, not a school). */
  readonly unitLine: string | null;
}

const MAX_SCAN = 40;
const MAX_BAND = 4;
const GROUP = new RegExp(HEADER_GROUP_WORDS);
const CODE = /^(l\d+|\d+|[a-z]|[甲乙丙丁戊己庚辛壬癸])$/;
const STANDARD = /标准|达标值|基准值|规定值/;
const UNIT_LINE = /(^|[^填报])单位[:：]/;

function mergeAt(grid: Grid, row: number, column: number): Box | undefined {
  return grid.merges.find((m) => row >= m.top && row <= m.bottom && column >= m.left && column <= m.right);
}

/** Text of a grid cell, merged areas reading their top-left value everywhere (for header rows only). */
function filledText(grid: Grid, row: number, column: number): string | null {
  const box = mergeAt(grid, row, column);
  const [r, c] = box ? [box.top, box.left] : [row, column];
  return cellText(valueAt(grid, r, c));
}

function rowValues(grid: Grid, row: number): readonly CellValue[] {
  return grid.values[row - grid.top] ?? [];
}

function columnsOf(grid: Grid): number[] {
  const width = grid.values[0]?.length ?? 0;
  return Array.from({ length: width }, (_, i) => grid.left + i);
}

/** What one header cell is: a name / student column, some other known header, or nothing. */
function headerKind(text: string): "anchor" | "known" | null {
  const alias = matchAlias(analysePath([text]).segments);
  if (alias?.key === "name" || alias?.key === "students" || /^在校生/.test(normaliseText(text))) return "anchor";
  return alias !== null || GROUP.test(normaliseText(text)) ? "known" : null;
}

function isAnchorRow(grid: Grid, row: number): boolean {
  const texts = new Set(columnsOf(grid).map((c) => filledText(grid, row, c)).filter((t): t is string => t !== null));
  const kinds = [...texts].map(headerKind);
  if (!kinds.includes("anchor")) return false;
  // A name column next to headers the aliases do not know still makes a header (the user maps the rest).
  const named = [...texts].some((t) => matchAlias(analysePath([t]).segments)?.key === "name");
  return kinds.filter((k) => k !== null).length >= 2 || (named && texts.size >= 2);
}

/**
 * A row of column codes: L1… (two or more), or at least three codes (1 2 3…, 甲 乙 丙) whose numbers
 * count up by one. The statistics export numbers its text columns 甲 乙 丙 … and its number columns
 * 1 2 3 …; a statistician who deletes the columns not needed (高中阶段及以下, 校舍合计) keeps the
 * others' codes, so the numbers need only rise (1 2 3 5 6 9) when they look like column numbers
 * (gappedCodes). A row of bare numbers with gaps (1 5 9) may be a school's without its name, and
 * stays one.
 *
 * @example isCodeRow(["甲", "乙", 1, 2, 3]) // true
 * @example isCodeRow(["甲", "乙", "丙", 1, 2, 4, 7]) // true (columns 3, 5 and 6 deleted)
 * @example isCodeRow(["乙", 1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12]) // true (only 学校名称 kept of the text columns)
 * @example isCodeRow([1, 5, 9]) // false
 * @example isCodeRow(["A", "甲", 600, 3000]) // false (school A of county 甲)
 */
export function isCodeRow(values: readonly CellValue[]): boolean {
  const texts = values.map(cellText).filter((t): t is string => t !== null);
  const lCodes = texts.length >= 2 && texts.every((t) => /^l\d+$/.test(normaliseText(t)));
  if (!lCodes && (texts.length < 3 || !texts.every((t) => CODE.test(normaliseText(t))))) return false;
  const numbers = texts.filter((t) => /^\d+$/.test(t)).map(Number);
  // A run up by one (21 22 23) numbers columns wherever it starts: no school's counts run so. One number alone is no run (甲 | 乙 | 5).
  if (numbers.length !== 1 && numbers.every((n, i) => i === 0 || n === (numbers[i - 1] ?? 0) + 1)) return true;
  // With gaps, column numbers start small beside how many are kept (KEPT_SHARE), as a school's counts do not (甲 | 乙 | 600).
  if ((numbers[0] ?? 0) > KEPT_SHARE * numbers.length) return false;
  return gappedCodes(numbers, texts.length - numbers.length);
}

/**
 * How small the first of the kept column numbers is, at most, beside how many are kept: 4 × them.
 * The first, not the largest: a sheet cut to a few of the export's columns keeps its early ones (在校生
 * 1 2 3) beside late ones (骨干教师 25 26), and bounding the largest read that code row as a school
 * 乙 of type 戊 with 2 and 3 students (R5 of s48).
 */
const KEPT_SHARE = 4;

/**
 * Whether rising numbers with gaps, after `textCodes` text codes (甲 乙 …), are column numbers with
 * columns deleted rather than a school's counts: they rise, and they are dense — at least three
 * (five after a lone text code, which may be a school's short name: 甲 | 300 | 400 | 500), the
 * first small (KEPT_SHARE, checked by isCodeRow). A school's counts are larger than its columns:
 * anonymised schools A and B of a county 甲 with 600 students and 3000 m² were taken for code rows
 * and dropped without a word (R1 of s48, F4).
 *
 * @example gappedCodes([1, 2, 4, 7], 3) // true
 * @example gappedCodes([600, 3000], 2) // false: two numbers
 * @example gappedCodes([1, 2, 3, 4, 5, 6, 7, 8, 9, 11], 1) // true; gappedCodes([300, 400, 500], 1) // false
 */
function gappedCodes(numbers: readonly number[], textCodes: number): boolean {
  if (textCodes === 0) return false;
  const enough = numbers.length >= (textCodes === 1 ? 5 : 3);
  return enough && numbers.every((n, i) => i === 0 || n > (numbers[i - 1] ?? 0));
}

/**
 * How a school's name ends (标准初中, 标准化小学, 标准化九年一贯制学校, 标准化教学点): such a name
 * with 标准 in it is a school's, not a standards line's, even with every value blank.
 */
const SCHOOL_END = /(学校|小学|中学|初中|高中|教学点|校区|[校学部])$/;
/** How a standards line's name ends (初中标准值, 小学标准, 国家标准, 达标值), whatever stage it names first. */
const STANDARD_END = /(标准|标准值|达标值|基准值|规定值)$/;
/** Brackets closing a name (（省定）, （城关校区）) and a closing colon: they qualify the name, not end it. */
const TRAILING = /([（(][^（）()]*[）)]|[:：\s])+$/;

/**
 * Whether a name is a standards line's: it says 标准 / 达标值 and ends so (初中标准值, 国家标准),
 * or ends as no school's name does (SCHOOL_END); 标准化初中 ends as a school's.
 *
 * @example standardName("初中标准值（省定）") // true; standardName("标准化初中") // false
 */
function standardName(text: string): boolean {
  const name = normaliseText(text).replace(TRAILING, "");
  return STANDARD.test(name) && (STANDARD_END.test(name) || !SCHOOL_END.test(name));
}

/**
 * A row that states standards, not a school: its first text cell is a standards line's name
 * (standardName: 初中标准值, 小学标准, 国家标准, 达标值, even naming a stage), and no cell of
 * `studentColumns` (indexes into `values`) counts students: a row with a student count is a
 * school (w1-bound 标准初中 | 1000), read as the reader reads students (1000人 too: countsStudents).
 * A name ending as a school's (标准化初中) stays a school with every value blank: it is reported as
 * missing its students, never dropped.
 *
 * @example isStandardRow([1, "达标值", 4.2]) // true; isStandardRow([null, "初中标准值", null, 5.3], [2]) // true; isStandardRow([9, "标准初中", 1000]) // false
 * @example isStandardRow([2, "省标准", "小学", "1000人"], [3]) // false
 */
export function isStandardRow(values: readonly CellValue[], studentColumns: readonly number[] = []): boolean {
  const first = values.map(cellText).find((t): t is string => t !== null && !/^\d+$/.test(t));
  if (first === undefined || !standardName(first)) return false;
  return !studentColumns.some((i) => countsStudents(values[i] ?? null));
}

const STUDENTS = { key: "students", unitFactor: 1 } as const;

/** A students cell that gives a count, as the reader reads it (cellNumber: 1000, "1,000", 1000人); any number typed in the cell. */
function countsStudents(v: CellValue): boolean {
  return typeof v === "number" || cellNumber(v, STUDENTS).status === "number";
}

function looksNumeric(v: CellValue): boolean {
  return typeof v === "number" || (typeof v === "string" && parseCellNumber(v, "count").status === "number");
}

/** A cell that writes "nothing" (`—`, `/`, `无`): a value of a school row, never a header label. */
function isNoneMark(v: CellValue): boolean {
  return typeof v === "string" && parseCellNumber(v, "count").status === "none";
}

/** The sheet columns of a row's cells that hold text (merged areas only at their top-left cell). */
function textColumns(grid: Grid, row: number): number[] {
  return columnsOf(grid).filter((c) => cellText(rowValues(grid, row)[c - grid.left]) !== null);
}

/**
 * A line across the table: the row's only text in one cell merged over several columns, the
 * name column among them (a note, unit line or heading under the header, never a header row; a
 * group label merged over some field columns does not cover the name column).
 */
function isBannerRow(grid: Grid, row: number, nameColumn: number): boolean {
  const texts = textColumns(grid, row);
  const box = texts.length === 1 ? mergeAt(grid, row, texts[0] ?? -1) : undefined;
  return box !== undefined && box.right > box.left && box.left <= nameColumn && box.right >= nameColumn;
}

/** A unit line (`单位：人、平方米、万元`, also in brackets): the row's only text. */
function isUnitLineRow(grid: Grid, row: number): boolean {
  const texts = textColumns(grid, row).map((c) => cellText(rowValues(grid, row)[c - grid.left]) ?? "");
  return texts.length === 1 && UNIT_LINE.test(texts[0] ?? "");
}

/**
 * Whether a text typed alone on a row is a block heading, not a header label: numbered (一、城区学校,
 * （一）小学), in brackets (（城区学校）) unless a unit, a stage or the name's note (（人）, （初中）,
 * （全称）), or words heading a block (城区学校：, 乡镇学校, 石桥镇, 村小及教学点) that no header
 * label is (headerKind: 乡镇 is the township column's).
 * @example isHeadingLabel("一、城区学校") // true; isHeadingLabel("（人）") // false; isHeadingLabel("乡镇") // false
 */
function isHeadingLabel(text: string): boolean {
  const t = text.normalize("NFKC").trim();
  if (HEADING_NUMBER.test(t)) return true;
  const info = analysePath([t]);
  if (info.segments.length === 0 || headerKind(t) !== null) return false;
  return isBlockLabel(t);
}

/**
 * A block heading typed unmerged under the header, alone on its row (一、城区学校 in the 序号 column,
 * 二、农村学校 in 县区): a line of the table, never a header row. Under 序号 even words a header may
 * use (农村学校, the rural column's label) head a block. Merged across the name column it is a
 * banner (isBannerRow); in the name cell, no name label (isNameHeaderText).
 */
function isHeadingLine(grid: Grid, top: number, row: number): boolean {
  const columns = textColumns(grid, row);
  const column = columns[0];
  if (columns.length !== 1 || column === undefined) return false;
  const text = cellText(rowValues(grid, row)[column - grid.left]) ?? "";
  if (isHeadingLabel(text)) return true;
  return SERIAL_HEADER.test(normaliseText(filledText(grid, top, column) ?? "")) && isBlockLabel(text);
}

function mergeBottom(merges: readonly Box[], top: number, bottom: number): number {
  let b = bottom;
  for (const m of merges) if (m.top >= top && m.top <= b && m.bottom > b && m.bottom < top + MAX_BAND) b = m.bottom;
  return b;
}

/**
 * What a header row may hold under the school-name label where a school row holds a name: the
 * label typed again instead of merged (学校名称 under 学校名称), a column code (甲, A), another
 * name label (名称 under 学校, （全称）), or a unit, bare or in brackets (（人）). Nothing else in
 * brackets: a unit line (（单位：人、平方米）), a note (（注：无数据填“—”）) or a block heading
 * (（城区学校）) is a line of the table, not a label.
 */
function isNameHeaderText(text: string, labelsAbove: readonly (string | null)[]): boolean {
  const norm = normaliseText(text);
  if (labelsAbove.some((a) => a !== null && normaliseText(a) === norm)) return true;
  if (CODE.test(norm)) return true;
  if (UNIT_LINE.test(norm)) return false;
  const info = analysePath([norm]);
  const unitOnly = info.segments.length === 0 && info.stage === null && info.unit !== null;
  return unitOnly || matchAlias(info.segments)?.key === "name";
}

/**
 * A row that continues the header band: text without numbers or dashes, not a code, standards,
 * unit line or a line merged across the table, and nothing that reads as a school name under
 * the name label (so an unmerged second header row with units or sub-headers is not taken for a
 * school, and a note or heading under the header is not taken for header).
 */
function isContinuation(grid: Grid, top: number, row: number, nameColumn: number | null): boolean {
  const values = rowValues(grid, row);
  if (values.length === 0 || isCodeRow(values) || isStandardRow(values) || values.some((v) => looksNumeric(v) || isNoneMark(v))) return false;
  if (!values.some((v) => cellText(v) !== null)) return false;
  if (isUnitLineRow(grid, row) || isBannerRow(grid, row, nameColumn ?? grid.left) || isHeadingLine(grid, top, row)) return false;
  const name = nameColumn === null ? null : cellText(values[nameColumn - grid.left]);
  if (name === null || nameColumn === null) return true;
  const above = Array.from({ length: row - top }, (_, i) => filledText(grid, top + i, nameColumn));
  return isNameHeaderText(name, above);
}

function bandBottom(grid: Grid, top: number, nameColumn: number | null): number {
  let bottom = mergeBottom(grid.merges, top, top);
  const last = grid.top + grid.values.length - 1;
  while (bottom < last && bottom - top < MAX_BAND - 1 && isContinuation(grid, top, bottom + 1, nameColumn)) {
    bottom = mergeBottom(grid.merges, top, bottom + 1);
  }
  return bottom;
}

function nameColumnOf(grid: Grid, row: number): number | null {
  const found = columnsOf(grid).find((c) => {
    const t = filledText(grid, row, c);
    return t !== null && matchAlias(analysePath([t]).segments)?.key === "name";
  });
  return found ?? null;
}

/** A header cell's label; a column code (甲, A) in a lower header row numbers the column and names nothing. */
function headerLabel(grid: Grid, top: number, row: number, column: number): string | null {
  const text = filledText(grid, row, column);
  return row > top && text !== null && CODE.test(normaliseText(text)) ? null : text;
}

/**
 * Whether a header cell names its column: a unit (`人`, `（万元）`) or a note in brackets
 * (`（全称）`) under the label only qualifies it; a stage sub-header (`小学`, `（初中）`) names it.
 */
function isOwnLabel(text: string): boolean {
  const info = analysePath([text]);
  if (info.segments.length === 0) return info.stage !== null;
  return !WHOLE_BRACKETS.test(normaliseText(text));
}

/** The row of the column's lowest header cell that labels it alone (not in a merge across columns, not a unit or note). */
function ownHeaderRow(grid: Grid, top: number, bottom: number, column: number): number {
  for (let row = bottom; row >= top; row--) {
    const box = mergeAt(grid, row, column);
    if (box !== undefined && box.left !== box.right) continue;
    const label = headerLabel(grid, top, row, column);
    if (label !== null && isOwnLabel(label)) return Math.max(box?.top ?? row, top);
  }
  return top;
}

/**
 * Header labels (column codes in lower rows left out) with unmerged group labels carried right: a label in an upper row whose cell below
 * has a label stretches over the following blank cells that also have labels below
 * (`在校生数 | _ | _` over `合计 | 小学 | 初中`). Merged labels are already filled.
 */
function labelRows(grid: Grid, top: number, bottom: number): (string | null)[][] {
  const rows = Array.from({ length: bottom - top + 1 }, (_, i) => columnsOf(grid).map((c) => headerLabel(grid, top, top + i, c)));
  for (let i = 0; i < rows.length - 1; i++) {
    const row = rows[i] ?? [];
    const below = rows[i + 1] ?? [];
    for (let j = 1; j < row.length; j++) {
      const inMerge = grid.merges.some((m) => top + i >= m.top && top + i <= m.bottom && grid.left + j >= m.left && grid.left + j <= m.right);
      if (row[j] === null && !inMerge && below[j] !== null && row[j - 1] !== null && below[j - 1] !== null) row[j] = row[j - 1] ?? null;
    }
  }
  return rows;
}

function pathsOf(grid: Grid, top: number, bottom: number): HeaderColumn[] {
  const rows = labelRows(grid, top, bottom);
  return columnsOf(grid)
    .map((column, j) => {
      const labels = rows.map((r) => r[j] ?? null).filter((t): t is string => t !== null);
      const path = labels.filter((t, i) => i === 0 || t !== labels[i - 1]);
      return { column, path, headerRow: ownHeaderRow(grid, top, bottom, column) };
    })
    .filter((c) => c.path.length > 0);
}

function unitLineAbove(grid: Grid, top: number): string | null {
  for (let row = grid.top; row < top; row++) {
    const hit = rowValues(grid, row).map(cellText).find((t) => t !== null && UNIT_LINE.test(t));
    if (hit !== undefined) return hit;
  }
  return null;
}

interface Skipped {
  codeRows: number[];
  standardRows: number[];
  unitLines: string[];
  dataTop: number;
}

/** The student-count columns of the header (在校生数, 学生人数), as indexes into a row's values. */
function studentIndexes(grid: Grid, columns: readonly HeaderColumn[]): number[] {
  return columns.filter((c) => /在校生|学生数|学生人数/.test(c.path.join("/"))).map((c) => c.column - grid.left);
}

/** Code, standards and unit-line rows between the header and the first school (blank rows too). */
function skippedRows(grid: Grid, from: number, columns: readonly HeaderColumn[]): Skipped {
  const skipped: Skipped = { codeRows: [], standardRows: [], unitLines: [], dataTop: from };
  const students = studentIndexes(grid, columns);
  for (; skipped.dataTop < grid.top + grid.values.length; skipped.dataTop++) {
    const row = skipped.dataTop;
    const values = rowValues(grid, row);
    if (isCodeRow(values)) skipped.codeRows.push(row);
    else if (isStandardRow(values, students)) skipped.standardRows.push(row);
    else if (isUnitLineRow(grid, row)) skipped.unitLines.push(textAtRow(grid, row));
    else if (values.some((v) => cellText(v) !== null)) break;
  }
  return skipped;
}

function textAtRow(grid: Grid, row: number): string {
  return rowValues(grid, row).map(cellText).find((t) => t !== null) ?? "";
}

/**
 * Locates the header band of a school sheet anywhere in the grid (workbooks.md): title rows and a
 * unit line may sit above it; it is 1–4 rows deep, merged group labels filled across their span so
 * that each column reads as a path (`专任教师/#按学历分/本科`); column-code rows (L1…L7, 1 2 3…)
 * and 标准 / 达标值 rows and a unit line under it are set aside. An unmerged lower header row
 * (units, 小学 / 初中 sub-headers, 学校名称 typed again, （全称）) belongs to the band, never to
 * the schools; a line under the header (a note, a unit line, a heading in brackets, a line merged
 * across the table, a row of dashes) never does. The header's first row is the first of the top 40
 * rows naming at least two known columns, one of them the school name or the students (or naming
 * the school-name column among other labels).
 * Returns null when no row qualifies.
 *
 * @example findHeader(gridOf([["某县统计表"], ["学校名称", "在校生数"], ["甲", 1], ["一小", 300]])) // top 1, bottom 1, codeRows [2], dataTop 3
 */
export function findHeader(grid: Grid): HeaderBand | null {
  const scan = Math.min(grid.values.length, MAX_SCAN);
  const anchor = Array.from({ length: scan }, (_, i) => grid.top + i).find((row) => isAnchorRow(grid, row));
  if (anchor === undefined) return null;
  const bottom = bandBottom(grid, anchor, nameColumnOf(grid, anchor));
  const columns = pathsOf(grid, anchor, bottom);
  const { unitLines, ...skipped } = skippedRows(grid, bottom + 1, columns);
  return {
    sheet: grid.sheet,
    top: anchor,
    bottom,
    columns,
    ...skipped,
    unitLine: unitLineAbove(grid, anchor) ?? unitLines[0] ?? null,
  };
}

/**
 * The row that looks most like a header (most distinct text cells in the top 20 rows), by its
 * 1-based sheet row and its labels, for error messages: by its row, as it may be a note line
 * (本表为填报说明), no header at all. Null when no row holds text.
 * @example likelyHeaderRow(grid of [["说明"], ["项目", "数值"], ["巩固率", "96%"]] at A1) // { row: 2, texts: ["项目", "数值"] }
 */
export function likelyHeaderRow(grid: Grid): { row: number; texts: string[] } | null {
  let best: { row: number; texts: string[] } | null = null;
  grid.values.slice(0, 20).forEach((values, i) => {
    const texts = [...new Set(values.map(cellText).filter((t): t is string => t !== null && !looksNumeric(t)))];
    if (texts.length > (best?.texts.length ?? 0)) best = { row: grid.top + i + 1, texts };
  });
  return best;
}

/**
 * The row of a column's own header cell (HeaderColumn.headerRow), or the band's top row for a
 * column the header does not label (a column the user mapped by hand past the header's end).
 *
 * @example headerRowOf({ top: 2, columns: [{ column: 7, headerRow: 3, … }], … }, 7) // 3; headerRowOf(band, 40) // 2
 */
export function headerRowOf(band: HeaderBand, column: number): number {
  return band.columns.find((c) => c.column === column)?.headerRow ?? band.top;
}

/**
 * The columns of `own`'s group, `own` among them: those of the same depth under the same labels
 * above the leaf (骨干教师/省级, 骨干教师/市级, 骨干教师/合计 are one group).
 *
 * @example groupColumns(band of 骨干教师/省级 | 骨干教师/市级 | 在校生数, 骨干教师/省级) // 骨干教师/省级, 骨干教师/市级
 */
export function groupColumns(band: HeaderBand, own: HeaderColumn): HeaderColumn[] {
  const group = own.path.slice(0, -1).join("/");
  return band.columns.filter((c) => c.path.length === own.path.length && c.path.slice(0, -1).join("/") === group);
}
