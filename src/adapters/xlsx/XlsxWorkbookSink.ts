import { promises as fs } from "node:fs";
import { dirname } from "node:path";
import ExcelJS from "exceljs";
import { a1, columnLetters } from "../../workbook/address";
import type { CellValue, SheetSpec, SheetsWritten, TableSpec, WorkbookSink } from "../../workbook/types";
import { freeSheetName, freeTableName } from "../../workbook/write/excelNames";
import { sheetLayout, type PlacedTable, type SheetLayout } from "../../workbook/write/sheetLayout";
import { wrappedRowHeights } from "../../workbook/write/wrappedRowHeight";
import { addCharts, type ChartedSheet } from "./addCharts";
import { applyEmphasis, BASE_FONT, LINK_FONT } from "./emphasisStyle";
import { linkHref } from "./linkTarget";
import { sheetCharts } from "./sheetCharts";
import { uniqueHeaders } from "./uniqueHeaders";

/** A fixed timestamp, so that two runs over the same input write the same file content. */
export const FIXED_DATE = new Date(Date.UTC(2000, 0, 1));

/** The author this product writes into every workbook it makes (docProps/core.xml): how a batch tells its own earlier results from a user's file of the same name (foreignOutputs). */
export const PRODUCT_CREATOR = "youzhi-junheng";

export interface XlsxSinkOptions {
  /** Path of the source workbook relative to the result file, for links to source cells; null: no such links. */
  readonly sourceFile?: string | null;
  /** Workbook title (document properties). */
  readonly title?: string;
  readonly creator?: string;
  /** Created / modified date written into the file; default FIXED_DATE. */
  readonly date?: Date;
}

/**
 * Renders result sheets into a NEW exceljs workbook: title and notes, each table as an Excel table
 * with a caption row, number formats (by column, and by cell where a table says: TableSpec.formats),
 * emphasis fills, data bars, hyperlinks, frozen header and column widths, and the charts the add-in
 * draws (chartPlans), which exceljs cannot write: they are added to the file on save (addCharts).
 * The source workbook is never opened for writing.
 */
export class XlsxWorkbookSink implements WorkbookSink {
  readonly workbook = new ExcelJS.Workbook();
  private readonly sourceFile: string | null;
  private readonly date: Date;
  /** The sheets written that have charts, by their names in the workbook, with their charts, for save (the only place that tells the charted ones). */
  private readonly charted: ChartedSheet[] = [];

  constructor(options: XlsxSinkOptions = {}) {
    this.sourceFile = options.sourceFile ?? null;
    const date = options.date ?? FIXED_DATE;
    this.date = date;
    const wb = this.workbook;
    wb.creator = options.creator ?? PRODUCT_CREATOR;
    wb.lastModifiedBy = wb.creator;
    wb.created = date;
    wb.modified = date;
    wb.title = options.title ?? "";
  }

  /**
   * Writes into the sink's own new workbook: it holds no earlier results, so none is kept or
   * replaced (the CLI makes a sink per file and saves over --out whole). A second write into the
   * same sink writes beside the first (汇总 (2)) and replaces nothing either.
   */
  async writeSheets(specs: readonly SheetSpec[]): Promise<SheetsWritten> {
    const names = uniqueNames(specs.map((s) => s.name), this.workbook.worksheets.map((w) => w.name));
    const layouts = specs.map(sheetLayout);
    const tableNames = new Set<string>();
    layouts.forEach((layout, i) => renderSheet(this.workbook.addWorksheet(names[i] ?? ""), specs[i] as SheetSpec, layout, tableNames));
    // Links are resolved once every sheet exists, so that links between result sheets stay internal.
    layouts.forEach((layout, i) => this.renderLinks(names[i] ?? "", layout, names));
    layouts.forEach((layout, i) => {
      const charts = sheetCharts(specs[i] as SheetSpec, layout, names[i] ?? "");
      if (charts.length > 0) this.charted.push({ name: names[i] ?? "", charts });
    });
    return { names, kept: [], replaced: [] };
  }

  /** Writes the workbook to `path`, creating its folder, with the charts of the sheets written. */
  async save(path: string): Promise<void> {
    await fs.mkdir(dirname(path), { recursive: true });
    const buffer = Buffer.from(await this.workbook.xlsx.writeBuffer());
    // Those still in the workbook (a caller may remove one through `workbook`); each has charts (writeSheets keeps no other).
    const charted = this.charted.filter((s) => this.workbook.getWorksheet(s.name) !== undefined);
    await fs.writeFile(path, charted.length > 0 ? await addCharts(buffer, charted, this.date) : buffer);
  }

  private renderLinks(name: string, layout: SheetLayout, resultSheets: readonly string[]): void {
    const ws = this.workbook.getWorksheet(name);
    if (!ws) return;
    layout.tables.forEach(({ spec, firstDataRow }) => {
      for (const link of spec.links) {
        const target = linkHref(link, resultSheets, this.sourceFile);
        if (!target) continue;
        const cell = cellAt(ws, firstDataRow + 1 + link.row, link.column + 1);
        cell.value = { text: textOf(cell.value), hyperlink: target, tooltip: link.target };
        cell.font = { ...LINK_FONT, ...cell.font, underline: true };
      }
    });
  }
}

/** An exceljs cell (1-based). A plain function, so that the Office.js lint rules do not take it for a proxy object. */
function cellAt(ws: ExcelJS.Worksheet, row: number, column: number): ExcelJS.Cell {
  return ws.getCell(row, column);
}

function textOf(value: ExcelJS.CellValue): string {
  return value === null || value === undefined ? "" : typeof value === "object" && !(value instanceof Date) ? "" : String(value);
}

/** Result sheet names, free of the workbook's sheets and of each other (Excel's rules, as in the add-in). */
function uniqueNames(wanted: readonly string[], taken: readonly string[]): string[] {
  const used = new Set(taken.map((t) => t.toLowerCase()));
  return wanted.map((w) => {
    const name = freeSheetName(w, (n) => used.has(n));
    used.add(name.toLowerCase());
    return name;
  });
}

function renderSheet(ws: ExcelJS.Worksheet, spec: SheetSpec, layout: SheetLayout, tableNames: Set<string>): void {
  const title = cellAt(ws, 1, 1);
  title.value = spec.title;
  title.font = { ...BASE_FONT, bold: true, size: 14 };
  layout.noteRows.forEach((row, i) => {
    const c = cellAt(ws, row + 1, 1);
    c.value = spec.notes[i] ?? "";
    c.font = { ...BASE_FONT, italic: true, color: { argb: "FF595959" } };
  });
  let priority = 0;
  // Conditional-format priorities must be distinct within a sheet.
  const nextPriority = () => ++priority;
  layout.tables.forEach((placed) => {
    renderTable(ws, placed, tableNames, nextPriority);
    fitWrappedRows(ws, placed, layout.columnWidths);
  });
  layout.columnWidths.forEach((w, i) => {
    if (w > 0) ws.getColumn(i + 1).width = w;
  });
  const freeze = layout.freeze;
  if (freeze) ws.views = [{ state: "frozen", xSplit: freeze.columns, ySplit: freeze.rows, activeCell: a1(freeze.rows, 0) }];
  setUpPrinting(ws, layout);
}

/** exceljs's paper-size code for A4 (OOXML ST_PaperSize 9). */
const A4 = 9;

/**
 * Printed as a report is handed round: landscape A4, every column on one page wide and as many
 * pages tall as the rows need (fitToHeight 0), the only table's header on every page.
 */
function setUpPrinting(ws: ExcelJS.Worksheet, layout: SheetLayout): void {
  ws.pageSetup.paperSize = A4;
  ws.pageSetup.orientation = "landscape";
  ws.pageSetup.fitToPage = true;
  ws.pageSetup.fitToWidth = 1;
  ws.pageSetup.fitToHeight = 0;
  if (layout.printTitleRows > 0) ws.pageSetup.printTitlesRow = `1:${layout.printTitleRows}`;
}

function uniqueTableName(name: string, taken: Set<string>): string {
  const out = freeTableName(name, (n) => taken.has(n));
  taken.add(out.toLowerCase());
  return out;
}

function toExcel(value: CellValue): ExcelJS.CellValue {
  if (value !== null && typeof value === "object" && !(value instanceof Date)) return { error: value.error as ExcelJS.CellErrorValue["error"] };
  return value;
}

function renderTable(ws: ExcelJS.Worksheet, placed: PlacedTable, tableNames: Set<string>, nextPriority: () => number): void {
  const table = placed.spec;
  if (placed.captionRow !== null) {
    const caption = cellAt(ws, placed.captionRow + 1, 1);
    caption.value = table.caption;
    caption.font = { ...BASE_FONT, bold: true, size: 12 };
  }
  const width = table.columns.length;
  const rows = table.rows.length > 0 ? table.rows.map((r) => r.map(toExcel)) : [new Array<ExcelJS.CellValue>(width).fill(null)];
  ws.addTable({
    name: uniqueTableName(table.name, tableNames),
    ref: a1(placed.headerRow, 0),
    headerRow: true,
    totalsRow: false,
    style: { theme: "TableStyleMedium2", showRowStripes: true },
    columns: uniqueHeaders(table).map((name) => ({ name, filterButton: true })),
    rows,
  });
  formatBody(ws, table, placed.firstDataRow, nextPriority);
}

/**
 * A long text wraps inside its capped column, top-aligned; the row's height is written
 * (fitWrappedRows).
 */
const WRAPPED: Partial<ExcelJS.Alignment> = { wrapText: true, vertical: "top" };

/**
 * The other data cells of a table with a wrapping column, top-aligned too: in a row several lines
 * high a label at the bottom (the default) would stand beside the next row's text.
 */
const TOP: Partial<ExcelJS.Alignment> = { vertical: "top" };

/**
 * Rows whose wrapped text needs more than one line get a height for it. Excel would fit a row
 * without a height when it opens the file, but LibreOffice and WPS show it one line high and cut
 * the text off; rows that fit one line keep no height.
 */
function fitWrappedRows(ws: ExcelJS.Worksheet, placed: PlacedTable, sheetWidths: readonly number[]): void {
  wrappedRowHeights(placed.spec, sheetWidths).forEach((height, r) => {
    if (height !== null) ws.getRow(placed.firstDataRow + 1 + r).height = height;
  });
}

function formatBody(ws: ExcelJS.Worksheet, table: TableSpec, firstDataRow: number, nextPriority: () => number): void {
  const firstData = firstDataRow + 1; // 1-based row of the first data row
  table.columns.forEach((col, c) => {
    if (col.numberFormat === null) return;
    for (let r = 0; r < table.rows.length; r++) ws.getCell(firstData + r, c + 1).numFmt = col.numberFormat;
  });
  for (const f of table.formats ?? []) ws.getCell(firstData + f.row, f.column + 1).numFmt = f.format;
  if (table.columns.some((col) => col.wrap)) {
    table.columns.forEach((col, c) => {
      for (let r = 0; r < table.rows.length; r++) ws.getCell(firstData + r, c + 1).alignment = col.wrap ? WRAPPED : TOP;
    });
  }
  for (const e of table.emphasis) applyEmphasis(ws.getCell(firstData + e.row, e.column + 1), e.kind);
  table.dataBars.forEach((bar) => {
    if (table.rows.length === 0) return;
    const letter = columnLetters(bar.column);
    ws.addConditionalFormatting({
      ref: `${letter}${firstData}:${letter}${firstData + table.rows.length - 1}`,
      rules: [dataBarRule(bar.max, nextPriority(), `${ws.id}:${letter}${firstData}`)],
    });
  });
}

/**
 * A data bar from 0 to `max`. exceljs writes it with an x14 extension whose id it draws at random
 * on every save; the id is pinned here (derived from where the bar sits) so that two runs write the
 * same file. exceljs assigns the id inside a class method, so a setter that ignores it is needed.
 */
function dataBarRule(max: number, priority: number, where: string): ExcelJS.DataBarRuleType {
  const id = `{7A1F0000-0000-4000-8000-${hex12(where)}}`;
  const rule = {
    type: "dataBar",
    priority,
    gradient: false,
    cfvo: [{ type: "num", value: 0 }, { type: "num", value: max }],
    color: { argb: "FF638EC6" },
  };
  Object.defineProperty(rule, "x14Id", { get: () => id, set: () => undefined, enumerable: true });
  return rule as ExcelJS.DataBarRuleType;
}

/** 12 hex digits from a string (FNV-1a, 48 bits): stable, and distinct for distinct places in practice. */
function hex12(text: string): string {
  let h = 0xcbf29ce484222325n;
  for (const ch of text) h = ((h ^ BigInt(ch.codePointAt(0) ?? 0)) * 0x100000001b3n) & 0xffffffffffffn;
  return h.toString(16).toUpperCase().padStart(12, "0");
}
