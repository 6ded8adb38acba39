import { dateSerial } from "../cellValues";
/**
 * The in-memory workbook behind the Excel stand-in: sheets of cells with the formats the sink
 * sets, tables, custom properties, defined names, charts. Stricter than Excel where that finds bugs
 * (a formula written by accident throws), faithful where the adapter depends on it (name rules,
 * table names clashing with defined names, coercion of typed text, the last sheet cannot be deleted).
 */
import type { Box } from "../../../workbook/types";

export type FakeValue = string | number | boolean | null;

export interface FakeCell {
  value: FakeValue;
  error: boolean;
  numberFormat: string;
  fill: string | null;
  fontColor: string | null;
  bold: boolean;
  size: number | null;
  hyperlink: string | null;
  /** range.format.wrapText and verticalAlignment as set (Excel's defaults: no wrap, "Bottom"). */
  wrapText: boolean;
  verticalAlignment: string;
}

/** An error as Office.js reports it: `code` is what adapters test. */
export class FakeExcelError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(`${code}: ${message}`);
    this.name = "OfficeExtension.Error";
  }
}

export interface FakeSeries {
  name: string;
  values: Box | null;
  xValues: Box | null;
  chartType: string;
  /** Solid fill set through series.format.fill, if any. */
  fill?: string;
}

export interface FakeChart {
  readonly type: string;
  title: string;
  readonly series: FakeSeries[];
  position: { from: string; to: string } | null;
}

/** A defined name: `formula` as given to names.add (`="text"` or `=Sheet1!$A$1`). */
export interface FakeName {
  readonly name: string;
  readonly formula: string;
  visible: boolean;
}

/** What NamedItem.value reports: the text of a string constant, else the formula without "=". */
export function nameValue(formula: string): string {
  const literal = /^="((?:[^"]|"")*)"$/.exec(formula);
  return literal ? (literal[1] ?? "").replace(/""/g, '"') : formula.replace(/^=/, "");
}

export type FakeVisibility = "Visible" | "Hidden" | "VeryHidden";

export interface FakeTable {
  name: string;
  readonly sheet: FakeSheet;
  readonly box: Box;
  style: string;
}

const ERRORS = /^#(N\/A|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!)$/;
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?%?$/i;

/** The date format Excel (zh-CN) gives a cell a date is typed into: 年 / 月 / 日 as typed. */
function typedDateFormat(year: string | undefined, day: string | undefined): string {
  return `${year === undefined ? "" : 'yyyy"年"'}m"月"${day === undefined ? "" : 'd"日"'}`;
}

/** What Excel stores when `text` is written through range.values, as if typed; a typed date also sets the cell's number format (its value is a plain serial). */
export function coerceTyped(input: unknown): { value: FakeValue; error: boolean; numberFormat?: string } {
  if (input === null || input === undefined || input === "") return { value: null, error: false };
  if (typeof input === "number") {
    if (!Number.isFinite(input)) throw new FakeExcelError("InvalidArgument", "non-finite number");
    return { value: input, error: false };
  }
  if (typeof input === "boolean") return { value: input, error: false };
  if (typeof input !== "string") throw new FakeExcelError("InvalidArgument", `unsupported value ${String(input)}`);
  if (input.startsWith("'")) return { value: input.slice(1) === "" ? null : input.slice(1), error: false };
  if (input.startsWith("=")) throw new FakeExcelError("InvalidArgument", `formula written as a value: ${input}`);
  if (ERRORS.test(input)) return { value: input, error: true };
  if (/^(true|false)$/i.test(input)) return { value: input.toLowerCase() === "true", error: false };
  const t = input.trim();
  if (NUMBER.test(t)) return { value: t.endsWith("%") ? Number(t.slice(0, -1)) / 100 : Number(t), error: false };
  // As Excel: an accounting negative, and a zh-CN date (its serial; the year of this fake's clock, 2026, when none is typed).
  const negative = /^\(([\d.,]+)\)$/.exec(t);
  if (negative && NUMBER.test(negative[1] ?? "")) return { value: -Number((negative[1] ?? "").replace(/,/g, "")), error: false };
  const date = /^(?:(\d{4})年)?(\d{1,2})月(?:(\d{1,2})日)?$/.exec(t);
  if (date) return { value: dateSerial(new Date(Date.UTC(Number(date[1] ?? 2026), Number(date[2]) - 1, Number(date[3] ?? 1)))), error: false, numberFormat: typedDateFormat(date[1], date[3]) };
  return { value: input, error: false };
}

export class FakeSheet {
  readonly cells = new Map<string, FakeCell>();
  /** Cells (`"row,column"`) whose value a formula gives: getSpecialCells("Formulas") finds them, ("Constants") the others. */
  readonly formulas = new Set<string>();
  readonly hiddenRows = new Set<number>();
  readonly hiddenColumns = new Set<number>();
  visibility: FakeVisibility = "Visible";
  /** Names scoped to this sheet, by lower-case name. */
  readonly names = new Map<string, FakeName>();
  readonly merges: Box[] = [];
  readonly customProperties = new Map<string, string>();
  readonly dataBars: { box: Box; lower: string; upper: string }[] = [];
  readonly charts: FakeChart[] = [];
  readonly columnWidths = new Map<number, number>();
  /** The range of each range.format.autofitRows() call, in order. */
  readonly autofittedRows: Box[] = [];
  /** Heights set through range.format.rowHeight, in points, by row; a row without one has Excel's own. */
  readonly rowHeights = new Map<number, number>();
  /** The range of each range.format.rowHeight set, in order. */
  readonly rowHeightRanges: Box[] = [];
  frozen: { rows: number; columns: number } | null = null;
  /** The print setup set through worksheet.pageLayout. */
  page: { orientation: string | null; paperSize: string | null; zoom: Readonly<Record<string, number>> | null; titleRows: string | null } = { orientation: null, paperSize: null, zoom: null, titleRows: null };

  constructor(
    readonly id: string,
    public name: string,
  ) {}

  peek(row: number, column: number): FakeCell | undefined {
    return this.cells.get(`${row},${column}`);
  }

  cell(row: number, column: number): FakeCell {
    const key = `${row},${column}`;
    let c = this.cells.get(key);
    if (!c) {
      c = { value: null, error: false, numberFormat: "General", fill: null, fontColor: null, bold: false, size: null, hyperlink: null, wrapText: false, verticalAlignment: "Bottom" };
      this.cells.set(key, c);
    }
    return c;
  }

  /** Writes a value as if typed (numbers stay numbers, "'001" stays text). */
  write(row: number, column: number, input: unknown): void {
    const { value, error, numberFormat } = coerceTyped(input);
    this.formulas.delete(`${row},${column}`);
    const c = this.cell(row, column);
    c.value = value;
    c.error = error;
    // As Excel: typing a date into a General cell formats it as that date; a format already set stays.
    if (numberFormat !== undefined && c.numberFormat === "General") c.numberFormat = numberFormat;
  }

  /** Puts a value in directly (filling a fixture: text stays text). */
  put(row: number, column: number, value: FakeValue, error = false): void {
    this.formulas.delete(`${row},${column}`);
    const c = this.cell(row, column);
    c.value = value === "" ? null : value;
    c.error = error;
  }

  /** Puts a formula's result in directly (the fake computes no formulas). */
  putFormula(row: number, column: number, value: FakeValue, error = false): void {
    this.put(row, column, value, error);
    this.formulas.add(`${row},${column}`);
  }

  /** The bounding box of cells holding values; null when the sheet is empty. */
  usedBox(): Box | null {
    let box: Box | null = null;
    for (const [key, c] of this.cells) {
      if (c.value === null) continue;
      const [r, col] = key.split(",").map(Number) as [number, number];
      box = box === null ? { top: r, left: col, bottom: r, right: col } : { top: Math.min(box.top, r), left: Math.min(box.left, col), bottom: Math.max(box.bottom, r), right: Math.max(box.right, col) };
    }
    return box;
  }

  /** Values from A1 to the used extent, `null` for empty cells (for assertions). */
  grid(): FakeValue[][] {
    const box = this.usedBox();
    if (box === null) return [];
    return Array.from({ length: box.bottom + 1 }, (_, r) => Array.from({ length: box.right + 1 }, (_, c) => this.peek(r, c)?.value ?? null));
  }
}

let nextId = 1;

export class FakeWorkbookModel {
  readonly sheets: FakeSheet[] = [];
  readonly tables: FakeTable[] = [];
  /** Workbook-scoped names, by lower-case name. */
  readonly names = new Map<string, FakeName>();
  activeSheet: FakeSheet | null = null;
  /** The selected range; `more`: the further areas of a Ctrl-selection, which getSelectedRange refuses. */
  selection: { sheet: FakeSheet; box: Box; more?: readonly Box[] } | null = null;
  /** Told of each sheet deleted, by the add-in or by the user (FakeExcel raises worksheets.onDeleted from it). */
  onSheetDeleted: ((sheet: FakeSheet) => void) | null = null;

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  /** A sheet by name or by id, as worksheets.getItem(key) finds it. */
  sheetByKey(key: string): FakeSheet | undefined {
    return this.sheet(key) ?? this.sheets.find((s) => s.id === key);
  }

  checkName(name: string, except?: FakeSheet): void {
    if (name.length === 0 || name.length > 31 || /[[\]:*?/\\]/.test(name) || /^'|'$/.test(name) || name.toLowerCase() === "history") {
      throw new FakeExcelError("InvalidArgument", `invalid sheet name ${name}`);
    }
    const clash = this.sheet(name);
    if (clash && clash !== except) throw new FakeExcelError("ItemAlreadyExists", `sheet ${name} exists`);
  }

  addSheet(name: string): FakeSheet {
    this.checkName(name);
    const sheet = new FakeSheet(`{FAKE-${String(nextId++).padStart(4, "0")}}`, name);
    this.sheets.push(sheet);
    this.activeSheet ??= sheet;
    return sheet;
  }

  /** Excel keeps at least one visible sheet: deleting or hiding the last one is refused. */
  private checkVisibleLeft(without: FakeSheet): void {
    if (!this.sheets.some((s) => s !== without && s.visibility === "Visible")) throw new FakeExcelError("InvalidOperation", "a workbook must keep at least one visible sheet");
  }

  /** The sheet Excel shows once `leaving` is hidden or deleted: the first visible one. */
  private nextActive(leaving: FakeSheet): FakeSheet | null {
    return this.sheets.find((s) => s !== leaving && s.visibility === "Visible") ?? null;
  }

  deleteSheet(sheet: FakeSheet): void {
    if (this.sheets.length === 1) throw new FakeExcelError("InvalidOperation", "cannot delete the only sheet");
    this.checkVisibleLeft(sheet);
    if (this.activeSheet === sheet) this.activeSheet = this.nextActive(sheet);
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    for (let i = this.tables.length - 1; i >= 0; i--) if (this.tables[i]?.sheet === sheet) this.tables.splice(i, 1);
    if (this.selection?.sheet === sheet) this.selection = null;
    this.onSheetDeleted?.(sheet);
  }

  /** Hides or shows a sheet; the last visible sheet cannot be hidden, and a hidden active sheet hands the view on. */
  setVisibility(sheet: FakeSheet, visibility: FakeVisibility): void {
    if (visibility !== "Visible") this.checkVisibleLeft(sheet);
    if (visibility !== "Visible" && this.activeSheet === sheet) this.activeSheet = this.nextActive(sheet);
    sheet.visibility = visibility;
  }

  /** Shows `sheet`: Excel refuses to activate a hidden one. */
  activate(sheet: FakeSheet): void {
    if (sheet.visibility !== "Visible") throw new FakeExcelError("InvalidOperation", `sheet ${sheet.name} is hidden and cannot be activated`);
    this.activeSheet = sheet;
  }

  addTable(sheet: FakeSheet, box: Box): FakeTable {
    const overlaps = this.tables.some((t) => t.sheet === sheet && t.box.top <= box.bottom && box.top <= t.box.bottom && t.box.left <= box.right && box.left <= t.box.right);
    if (overlaps) throw new FakeExcelError("InvalidOperation", "tables overlap");
    const headers = Array.from({ length: box.right - box.left + 1 }, (_, c) => String(sheet.peek(box.top, box.left + c)?.value ?? "").toLowerCase());
    if (headers.some((h) => h === "") || new Set(headers).size !== headers.length) {
      throw new FakeExcelError("InvalidArgument", "blank or repeated table headers (Excel would rename them)");
    }
    let n = this.tables.length + 1;
    while (this.tables.some((t) => t.name.toLowerCase() === `table${n}`)) n++;
    const table: FakeTable = { name: `Table${n}`, sheet, box, style: "TableStyleMedium2" };
    this.tables.push(table);
    return table;
  }

  renameTable(table: FakeTable, name: string): void {
    if (!/^[A-Za-z_\\][\w.]{0,254}$/.test(name)) throw new FakeExcelError("InvalidArgument", `invalid table name ${name}`);
    if (this.tables.some((t) => t !== table && t.name.toLowerCase() === name.toLowerCase()) || this.definedName(name)) {
      throw new FakeExcelError("InvalidArgument", `table name ${name} already in use`);
    }
    table.name = name;
  }

  /** A defined name of any scope spelled `name` (Excel keeps table names apart from all of them). */
  definedName(name: string): FakeName | undefined {
    const key = name.toLowerCase();
    return this.names.get(key) ?? this.sheets.map((s) => s.names.get(key)).find((n) => n !== undefined);
  }

  /** Adds a defined name to the workbook or to `sheet`; a table of that name, or the same name in the scope, is refused. */
  addName(scope: FakeSheet | null, name: string, formula: string): FakeName {
    const names = scope === null ? this.names : scope.names;
    if (!/^[A-Za-z_\\][\w.]{0,254}$/.test(name)) throw new FakeExcelError("InvalidArgument", `invalid name ${name}`);
    if (names.has(name.toLowerCase()) || this.tables.some((t) => t.name.toLowerCase() === name.toLowerCase())) {
      throw new FakeExcelError("ItemAlreadyExists", `name ${name} already in use`);
    }
    const item: FakeName = { name, formula, visible: true };
    names.set(name.toLowerCase(), item);
    return item;
  }
}
