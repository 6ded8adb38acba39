import { fileLinkAddress } from "../../workbook/fileHref";
import type { CellValue, LinkSpec, SheetSpec } from "../../workbook/types";
import { EMPHASIS_COLOURS } from "../../workbook/write/emphasisColours";
import { freeTableName } from "../../workbook/write/excelNames";
import type { PlacedTable, SheetLayout } from "../../workbook/write/sheetLayout";
import { toExcel } from "./cellValues";
import { emphasisRuns, formatRuns } from "./emphasisRuns";
import type { Capabilities } from "./requirements";
import { queueCharts } from "./queueCharts";
import { rowHeightRuns } from "./rowHeightRuns";

/** An Excel table's name while the sheet is written, and once the old result sheets are gone. */
export interface TableName {
  readonly written: string;
  readonly final: string;
}

/** A result sheet being written: the new worksheet proxy, its spec and layout. */
export interface SheetTarget {
  readonly sheet: Excel.Worksheet;
  readonly spec: SheetSpec;
  readonly layout: SheetLayout;
  readonly index: number;
  /** One per table of the spec (a user's table or defined name may hold the wanted final name). */
  readonly tableNames: readonly TableName[];
}

const TABLE_STYLE = "TableStyleMedium2";
const HEADER_FILL = "#DEECF9";
const NOTE_COLOUR = "#605E5C";

/** Points for a width in characters (Excel's default font: about 7 px a character plus 5 px padding). */
export function columnWidthPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

/** Title, notes and column widths: queued with the sheet's first rows. */
function queueSheetHead(target: SheetTarget): void {
  const { sheet, layout } = target;
  const title = sheet.getRangeByIndexes(0, 0, 1, 1).format.font;
  title.bold = true;
  title.size = 14;
  for (const row of layout.noteRows) sheet.getRangeByIndexes(row, 0, 1, 1).format.font.color = NOTE_COLOUR;
  layout.columnWidths.forEach((width, c) => {
    if (width > 0) sheet.getRangeByIndexes(0, c, 1, 1).getEntireColumn().format.columnWidth = columnWidthPoints(width);
  });
}

/**
 * Rows [start, start + count) of a sheet being written: their values, their formats and links,
 * with the head when they start the sheet and the tail when they end it. The sink queues each
 * segment of a block so (and the size tests measure it so).
 */
export function queueSegment(target: SheetTarget, start: number, count: number, capabilities: Capabilities): void {
  const { sheet, layout } = target;
  sheet.getRangeByIndexes(start, 0, count, layout.width).values = layout.rows.slice(start, start + count).map((row) => row.map(toExcel));
  if (start === 0) queueSheetHead(target);
  for (const placed of layout.tables) queueTableRows(sheet, placed, start, start + count, layout.columnWidths);
  if (start + count === layout.rows.length) queueSheetTail(target, capabilities);
}

/**
 * Number formats and wrapping (one column slice per column, row heights in runs), cells' own
 * formats and emphasis in runs, and links for data rows in [from, to) of the sheet, whose columns
 * are `columnWidths` characters wide (SheetLayout.columnWidths).
 */
export function queueTableRows(sheet: Excel.Worksheet, placed: PlacedTable, from: number, to: number, columnWidths: readonly number[]): void {
  const first = Math.max(from, placed.firstDataRow);
  const end = Math.min(to, placed.firstDataRow + placed.spec.rows.length);
  if (first >= end) return;
  placed.spec.columns.forEach((column, c) => {
    if (column.numberFormat === null) return;
    const formats = Array.from({ length: end - first }, () => [column.numberFormat]);
    sheet.getRangeByIndexes(first, c, end - first, 1).numberFormat = formats;
  });
  queueCellFormats(sheet, placed, first, end);
  queueWrap(sheet, placed, first, end, columnWidths);
  for (const run of emphasisRuns(placed.spec, first - placed.firstDataRow, end - placed.firstDataRow)) {
    const format = sheet.getRangeByIndexes(placed.firstDataRow + run.row, run.column, run.count, 1).format;
    const colours = EMPHASIS_COLOURS[run.kind];
    if (colours.fill !== null) format.fill.color = `#${colours.fill}`;
    format.font.color = `#${colours.font}`;
  }
  for (const link of placed.spec.links) {
    const row = placed.firstDataRow + link.row;
    if (row < first || row >= end) continue;
    sheet.getRangeByIndexes(row, link.column, 1, 1).hyperlink = hyperlinkFor(link, placed.spec.rows[link.row]?.[link.column]);
  }
}

/**
 * Cells' own number formats (TableSpec.formats) in data rows [first, end), a range per vertical
 * run of one format. Queued after the column slices: the host applies a request's operations in
 * order, so a cell's own format wins over its column's.
 */
function queueCellFormats(sheet: Excel.Worksheet, placed: PlacedTable, first: number, end: number): void {
  for (const run of formatRuns(placed.spec, first - placed.firstDataRow, end - placed.firstDataRow)) {
    const formats = Array.from({ length: run.count }, () => [run.format]);
    sheet.getRangeByIndexes(placed.firstDataRow + run.row, run.column, run.count, 1).numberFormat = formats;
  }
}

/**
 * The font size, in points, that the row-height estimate (wrappedRowHeight.ts) is made for: the
 * .xlsx sink's BASE_FONT (emphasisStyle.ts) and Excel's default Normal style (Calibri 11, 等线 11 in
 * zh-CN Excel).
 */
const BODY_FONT_POINTS = 11;

/**
 * A long text wraps inside its capped column (ColumnSpec.wrap). The table's data rows [first, end)
 * are top-aligned (in a row several lines high a label at the bottom, the default, would stand
 * beside the next row's text) and given the height their wrapped lines need.
 *
 * Excel fits a row when its own user sets wrapping, not always when an add-in does (Excel on the
 * web), and the sheet is still hidden here, where autofitRows may fit nothing. So each row that
 * needs more than one line gets the .xlsx sink's estimate (wrappedRowHeight.ts), in runs of equal
 * heights (rowHeightRuns), queued AFTER autofitRows: the host applies a request's operations in
 * order, so the estimate wins wherever both apply. Queued the other way round, an autofit that
 * measured nothing on the hidden sheet could put a row back to one line, and nothing would tell
 * the sink. autofitRows stays for the rows left alone, those estimated to fit one line, where
 * Excel's own measure, when it makes one, is the better guess.
 *
 * The estimate is for an 11 pt font, which the .xlsx sink sets and this sink otherwise would not:
 * data rows take the workbook's Normal style, and a 12 pt 宋体 Normal would outgrow the estimated
 * height and cut the last line off. So the rows get BODY_FONT_POINTS. The size only: the font's
 * name stays the workbook's (the user's house font, e.g. 宋体 or 仿宋, as in the sheets beside
 * them); the estimate's 16 pt a line is generous for the usual ones at 11 pt (Calibri 15, 等线
 * and 宋体 about 14.25), so it is the size, not the face, that it depends on. A face with a
 * taller line (微软雅黑) may still be cut a little; the estimate is a guess, not a measurement.
 *
 * wrapText, verticalAlignment and font size are ExcelApi 1.1, autofitRows and rowHeight 1.2, all
 * below the manifest's minimum (1.7); queued with the rows' number formats, so they add no sync.
 */
function queueWrap(sheet: Excel.Worksheet, placed: PlacedTable, first: number, end: number, columnWidths: readonly number[]): void {
  const { columns } = placed.spec;
  if (!columns.some((column) => column.wrap)) return;
  const body = sheet.getRangeByIndexes(first, 0, end - first, columns.length).format;
  body.verticalAlignment = "Top";
  body.font.size = BODY_FONT_POINTS;
  columns.forEach((column, c) => {
    if (column.wrap) sheet.getRangeByIndexes(first, c, end - first, 1).format.wrapText = true;
  });
  body.autofitRows();
  for (const run of rowHeightRuns(placed.spec, columnWidths, first - placed.firstDataRow, end - placed.firstDataRow)) {
    sheet.getRangeByIndexes(placed.firstDataRow + run.row, 0, run.count, 1).format.rowHeight = run.height;
  }
}

/**
 * The hyperlink of a link cell: its target, shown as the cell's text (Excel would otherwise show the
 * target). A file link (LinkSpec.file) becomes an address made by fileHref, as the .xlsx sink makes
 * it. That branch does not run in the add-in: only the CLI's batch overview makes file links, and
 * the add-in never writes the overview. Whether Excel, given such a relative address through
 * Office.js, resolves it against the workbook's folder has not been checked; it is kept so that the
 * sink renders every SheetSpec, not because it is known to work.
 */
export function hyperlinkFor(link: LinkSpec, value: CellValue | undefined): Excel.RangeHyperlink {
  const hyperlink: Excel.RangeHyperlink = link.file ? { address: fileLinkAddress(link.target, link.at), screenTip: link.target } : { documentReference: link.target, screenTip: link.target };
  if (typeof value === "string") hyperlink.textToDisplay = value;
  return hyperlink;
}

/**
 * Whether a block becomes an Excel table: not when empty, and not when a header is blank or
 * repeated (Excel would rename it); such a block is written as a plain formatted range instead.
 */
export function isTable(placed: PlacedTable): boolean {
  const headers = placed.spec.columns.map((c) => c.header.trim().toLowerCase());
  return placed.spec.rows.length > 0 && headers.every((h) => h !== "") && new Set(headers).size === headers.length;
}

function queueTable(sheet: Excel.Worksheet, placed: PlacedTable, name: string): void {
  const columns = placed.spec.columns.length;
  if (placed.captionRow !== null) sheet.getRangeByIndexes(placed.captionRow, 0, 1, 1).format.font.bold = true;
  const header = sheet.getRangeByIndexes(placed.headerRow, 0, 1, columns);
  if (!isTable(placed)) {
    header.format.font.bold = true;
    header.format.fill.color = HEADER_FILL;
    return;
  }
  const table = sheet.tables.add(sheet.getRangeByIndexes(placed.headerRow, 0, placed.spec.rows.length + 1, columns), true);
  table.name = name;
  table.style = TABLE_STYLE;
}

function queueDataBars(sheet: Excel.Worksheet, placed: PlacedTable): void {
  for (const bar of placed.spec.dataBars) {
    if (placed.spec.rows.length === 0) continue;
    const range = sheet.getRangeByIndexes(placed.firstDataRow, bar.column, placed.spec.rows.length, 1);
    const format = range.conditionalFormats.add("DataBar");
    format.dataBar.lowerBoundRule = { type: "Number", formula: "0" };
    format.dataBar.upperBoundRule = { type: "Number", formula: String(bar.max) };
  }
}

/** Freeze panes: queued once the sheet is shown (a hidden sheet's panes are a window setting some builds refuse, office-js#1463). */
export function queueFreeze(target: SheetTarget): void {
  const freeze = target.layout.freeze;
  if (freeze === null) return;
  const { rows, columns } = freeze;
  const panes = target.sheet.freezePanes;
  if (columns > 0) panes.freezeAt(target.sheet.getRangeByIndexes(0, 0, rows, columns));
  else panes.freezeRows(rows);
}

/**
 * Tables, data bars and charts: queued with the sheet's last rows, once its values are in. Tables
 * take their `written` names; the sink gives them their final names, and freezes the panes, once
 * the sheet is shown (queueFreeze).
 */
function queueSheetTail(target: SheetTarget, capabilities: Capabilities): void {
  target.layout.tables.forEach((placed, i) => {
    queueTable(target.sheet, placed, target.tableNames[i]?.written ?? placed.spec.name);
    if (capabilities.conditionalFormats) queueDataBars(target.sheet, placed);
  });
  queueCharts(target);
  if (capabilities.pageLayout) queuePageLayout(target);
}

/**
 * Printed as a report is handed round, as the CLI's workbook is (XlsxWorkbookSink): landscape A4,
 * every column on one page wide and as many pages tall as the rows need (verticalFitToPages 0,
 * the file format's "automatic"), the only table's header on every page.
 */
function queuePageLayout(target: SheetTarget): void {
  const page = target.sheet.pageLayout;
  page.orientation = "Landscape";
  page.paperSize = "A4";
  page.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  if (target.layout.printTitleRows > 0) page.setPrintTitleRows(`$1:$${target.layout.printTitleRows}`);
}

/**
 * Table names for every sheet, decided once before writing so that a retried block reuses them.
 * `taken` holds, in lower case, every table name and defined name (workbook or sheet scope) that
 * will still exist once the old result sheets are gone: Excel refuses a table named like either,
 * and a refusal halfway through would leave half a result. While written, a table carries a
 * name of this run (`YZJH_tmp_<run>_<sheet>_<table>`), as the old result tables still hold theirs.
 */
export function planTableNames(specs: readonly SheetSpec[], taken: ReadonlySet<string>, run: string): TableName[][] {
  const used = new Set(taken);
  return specs.map((spec, s) =>
    spec.tables.map((table, t) => {
      const final = freeTableName(table.name, (n) => used.has(n));
      used.add(final.toLowerCase());
      return { written: `YZJH_tmp_${run}_${s}_${t}`, final };
    }),
  );
}
