import { AREA_LIMITS, type AreaLimits } from "../../workbook/dataArea";
import type { Box, CellValue, Grid, WorkbookSource } from "../../workbook/types";
import { fromExcel } from "./cellValues";
import { hostExcelRun, type ExcelRunner } from "./excelRun";
import { inSequence } from "./inSequence";
import { retryOnInvalidSelection, RETRY_DELAY_MS } from "./invalidSelection";
import { cutToData, sheetDataArea } from "./sheetDataArea";
import { officeStep } from "./OfficeError";
import { isPayloadLimitError } from "./payload";
import { hostCapabilities, type Capabilities } from "./requirements";
import type { SheetTags } from "./sheetTags";
import { surveySheets, type SurveyedSheet } from "./surveySheets";

/**
 * Cells per read request. Each cell comes back three times (values, valueTypes, numberFormat): a
 * twelve-character CJK name is 39 + 9 (`"String",`) + 10 (`"General",`) = 58 bytes, 3.5 MB for
 * 60k cells, under the 5 MB response limit; a block still refused is read again in halves.
 */
export const MAX_CELLS_PER_READ = 60_000;
/** Rows per request when hidden rows must be asked row by row (hosts without ExcelApi 1.9). */
const ROWS_PER_HIDDEN_PROBE = 5_000;

interface Extent {
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly columns: number;
}

type Area = Pick<Excel.Range, "rowIndex" | "columnIndex" | "rowCount" | "columnCount">;

function toBox(a: Area): Box {
  return { top: a.rowIndex, left: a.columnIndex, bottom: a.rowIndex + a.rowCount - 1, right: a.columnIndex + a.columnCount - 1 };
}

function extentOf(box: Box): Extent {
  return { top: box.top, left: box.left, rows: box.bottom - box.top + 1, columns: box.right - box.left + 1 };
}

/** The grid of a sheet (or range) with nothing to read. */
function emptyGrid(sheet: string): Grid {
  return { sheet, top: 0, left: 0, values: [], hiddenRows: [], hiddenColumns: [], merges: [] };
}

/** Row blocks of at most `maxCells` cells. */
function rowBlocks(extent: Extent, maxCells: number): { start: number; count: number }[] {
  const per = Math.max(1, Math.floor(maxCells / Math.max(1, extent.columns)));
  const blocks: { start: number; count: number }[] = [];
  for (let start = 0; start < extent.rows; start += per) blocks.push({ start, count: Math.min(per, extent.rows - start) });
  return blocks;
}

/** Columns `start`..`start + count - 1` of an extent. */
interface Span {
  readonly start: number;
  readonly count: number;
}

/** A span of mixed columns cut in two (a single column is never mixed). */
function halves(span: Span): Span[] {
  const first = Math.ceil(span.count / 2);
  return span.count < 2 ? [] : [{ start: span.start, count: first }, { start: span.start + first, count: span.count - first }];
}

/** A cell's number format from `range.numberFormat` (text; anything else is no format). */
function formatAt(formats: readonly (readonly unknown[])[], row: number, column: number): string | undefined {
  const format = formats[row]?.[column];
  return typeof format === "string" ? format : undefined;
}

/** Rows of the extent that no visible area covers. */
function hiddenFromVisible(extent: Extent, visible: readonly Box[]): number[] {
  const shown = new Set<number>();
  for (const v of visible) for (let r = v.top; r <= v.bottom; r++) shown.add(r);
  const hidden: number[] = [];
  for (let r = extent.top; r < extent.top + extent.rows; r++) if (!shown.has(r)) hidden.push(r);
  return hidden;
}

export interface SourceOptions {
  readonly capabilities?: Capabilities;
  /** Cells per read request (tests shrink it). */
  readonly maxCellsPerRead?: number;
  /** How far a grid may reach (dataArea.ts; tests shrink maxCells). */
  readonly areaLimits?: AreaLimits;
  /** Reads the markers of the add-in's result sheets (sheetTags.ts): those sheets are left out of `sheetNames`. */
  readonly resultSheets?: SheetTags | null;
  /** Wait before the one retry of a listing Excel refused with InvalidSelection (tests shorten it). */
  readonly retryDelayMs?: number;
}

/** A sheet that is not one of the add-in's results. */
type DataSheet = Pick<SurveyedSheet, "name" | "visibility">;

/**
 * Reads sheets through Office.js with a bounded number of requests: one for the area of data (one
 * more where a few cells lie far from it, sheetDataArea.ts), one for the layout (hidden rows and
 * columns, merged areas), then one per block of ≤ 60k cells (values, value types and number formats),
 * independent of how the sheet is laid out. A host failure comes out as an
 * OfficeError naming the sheet, with the host's error as its cause.
 */
export class OfficeWorkbookSource implements WorkbookSource {
  private readonly capabilities: Capabilities;
  private readonly maxCellsPerRead: number;
  private readonly areaLimits: AreaLimits;
  private readonly resultSheets: SheetTags | null;
  private readonly retryDelayMs: number;
  /** The listing under way, shared by sheetNames and hiddenSheets asked together (one request, not two); forgotten once it settles. */
  private listing: Promise<DataSheet[]> | null = null;

  constructor(
    private readonly run: ExcelRunner = hostExcelRun,
    options: SourceOptions = {},
  ) {
    this.capabilities = options.capabilities ?? hostCapabilities();
    this.maxCellsPerRead = options.maxCellsPerRead ?? MAX_CELLS_PER_READ;
    this.areaLimits = options.areaLimits ?? AREA_LIMITS;
    this.resultSheets = options.resultSheets ?? null;
    this.retryDelayMs = options.retryDelayMs ?? RETRY_DELAY_MS;
  }

  /**
   * The workbook's sheets without the result sheets this add-in wrote, so that a re-run never
   * takes its own 汇总 (项目 | 结论) for a county-figures sheet or offers it as data.
   */
  async sheetNames(): Promise<readonly string[]> {
    const sheets = await this.dataSheets();
    return sheets.map((s) => s.name);
  }

  /** The sheets of sheetNames() that are hidden or very hidden. */
  async hiddenSheets(): Promise<readonly string[]> {
    const sheets = await this.dataSheets();
    return sheets.filter((s) => s.visibility !== "Visible").map((s) => s.name);
  }

  /**
   * Names and visibility of the sheets that are not the add-in's results, in the survey's
   * requests (surveySheets.ts: one, two with result markers, three where an older Excel's marker
   * may hide among a sheet's own names). Where markers are sheet-scoped names, Excel refuses them
   * while the user views another workbook (office-js#6365): the listing is tried once more.
   */
  private dataSheets(): Promise<DataSheet[]> {
    if (this.listing !== null) return this.listing;
    const listing = officeStep("office_list_failed", {}, () => this.run((context) => retryOnInvalidSelection(() => this.listDataSheets(context), this.retryDelayMs)));
    const forget = () => {
      if (this.listing === listing) this.listing = null;
    };
    listing.then(forget, forget);
    return (this.listing = listing);
  }

  private async listDataSheets(context: Excel.RequestContext): Promise<DataSheet[]> {
    const { sheets } = await surveySheets(context, this.resultSheets);
    return sheets.filter((s) => !s.mark.result).map((s) => ({ name: s.name, visibility: s.visibility }));
  }

  /**
   * The sheet's area of data, or `range` cut to the data inside it, as the .xlsx reader reads it
   * (sheetDataArea.ts; values read before the layout, which is asked of the area once cut): blank rows and columns past the data are never read, nor cells far from it
   * (said in `cellsLeftOut`), so that a stray value at XFD1048576 or a range of the whole sheet
   * cannot make a read of billions of cells.
   */
  async readSheet(name: string, range?: string): Promise<Grid> {
    return officeStep("office_read_failed", { sheet: name }, () =>
      this.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem(name);
        // getSpecialCellsOrNullObject is the API behind visibleCells: ExcelApi 1.9.
        const planned = await sheetDataArea(context, sheet, range, this.capabilities.visibleCells, this.areaLimits);
        if (planned === null) return emptyGrid(name);
        const read = await this.valuesOf(context, sheet, extentOf(planned.box), this.maxCellsPerRead);
        // An area the host could not cut to its data before reading is cut now, as the .xlsx reader cuts it.
        const cut = planned.uncut === null ? { area: planned, values: read } : cutToData(planned, read, planned.uncut.scope, this.areaLimits);
        if (cut === null) return emptyGrid(name);
        const { box, cellsLeftOut } = cut.area;
        const layout = await this.layoutOf(context, sheet, extentOf(box));
        return { sheet: name, top: box.top, left: box.left, values: cut.values, ...layout, ...(cellsLeftOut.length > 0 ? { cellsLeftOut } : {}) };
      }),
    );
  }

  /**
   * Hidden rows and columns and merged areas, in one request where the host allows. The visible
   * areas only save probing rows and columns: if the request asking them fails, for whatever
   * reason, it is sent again without them, as on ExcelApi 1.7, and only that one's failure is
   * reported.
   */
  private async layoutOf(context: Excel.RequestContext, sheet: Excel.Worksheet, extent: Extent): Promise<Pick<Grid, "hiddenRows" | "hiddenColumns" | "merges">> {
    let layout = this.queueLayout(sheet, extent, this.capabilities.visibleCells);
    try {
      await context.sync();
    } catch (error) {
      if (layout.visible === null) throw error;
      console.warn("asking the visible areas failed; probing hidden rows and columns instead", error);
      layout = this.queueLayout(sheet, extent, false);
      await context.sync();
    }
    const { range, merged, visible } = layout;
    const merges = merged === null || merged.isNullObject ? [] : merged.areas.items.map(toBox);
    const shown = visible === null ? null : visible.isNullObject ? [] : visible.areas.items.map(toBox);
    const hiddenRows = await this.hiddenRowsOf(context, range, extent, shown);
    const hiddenColumns = await this.hiddenColumnsOf(context, sheet, range, extent, shown);
    return { hiddenRows, hiddenColumns, merges };
  }

  /** The layout request: whether the range's rows and columns are hidden, its merged areas and, with `visibleAreas`, its visible areas. */
  private queueLayout(sheet: Excel.Worksheet, extent: Extent, visibleAreas: boolean): { range: Excel.Range; merged: Excel.RangeAreas | null; visible: Excel.RangeAreas | null } {
    const range = sheet.getRangeByIndexes(extent.top, extent.left, extent.rows, extent.columns);
    range.load("rowHidden,columnHidden");
    const merged = this.capabilities.mergedAreas ? range.getMergedAreasOrNullObject() : null;
    // areaCount makes isNullObject well defined; the areas give the boxes.
    merged?.load("areaCount");
    merged?.areas.load("rowIndex,columnIndex,rowCount,columnCount");
    const visible = visibleAreas ? range.getSpecialCellsOrNullObject("Visible") : null;
    visible?.load("areaCount");
    visible?.areas.load("rowIndex,columnIndex,rowCount,columnCount");
    return { range, merged, visible };
  }

  /**
   * Visible areas (ExcelApi 1.9) are the shown rows by the shown columns: a row no area covers is
   * hidden. With every column hidden there are no areas and they cannot tell; rows are then asked
   * one by one, as on hosts without the areas.
   */
  private async hiddenRowsOf(context: Excel.RequestContext, range: Excel.Range, extent: Extent, shown: readonly Box[] | null): Promise<number[]> {
    if (range.rowHidden === false) return [];
    if (range.rowHidden === true) return hiddenFromVisible(extent, []);
    if (shown !== null && range.columnHidden !== true) return hiddenFromVisible(extent, shown);
    const hidden: number[] = [];
    const blocks = rowBlocks({ ...extent, columns: 1 }, ROWS_PER_HIDDEN_PROBE);
    await inSequence(blocks, async (block) => {
      const rows = Array.from({ length: block.count }, (_, i) => range.getRow(block.start + i).load("rowHidden"));
      await context.sync();
      rows.forEach((row, i) => row.rowHidden && hidden.push(extent.top + block.start + i));
    });
    return hidden;
  }

  /**
   * Columns no visible area covers; where the areas cannot tell (an ExcelApi 1.7 host, or every row
   * hidden), spans of columns asked for columnHidden, halving the mixed ones, one request per round.
   */
  private async hiddenColumnsOf(context: Excel.RequestContext, sheet: Excel.Worksheet, range: Excel.Range, extent: Extent, shown: readonly Box[] | null): Promise<number[]> {
    if (range.columnHidden === false) return [];
    const all = Array.from({ length: extent.columns }, (_, c) => extent.left + c);
    if (range.columnHidden === true) return all;
    if (shown !== null && shown.length > 0) return all.filter((c) => !shown.some((b) => b.left <= c && c <= b.right));
    return this.probeColumns(context, sheet, extent, halves({ start: 0, count: extent.columns }));
  }

  /** Asks each span whether its columns are hidden; mixed spans are halved for the next round. */
  private async probeColumns(context: Excel.RequestContext, sheet: Excel.Worksheet, extent: Extent, spans: readonly Span[]): Promise<number[]> {
    if (spans.length === 0) return [];
    const ranges = spans.map((s) => sheet.getRangeByIndexes(extent.top, extent.left + s.start, extent.rows, s.count).load("columnHidden"));
    await context.sync();
    const hidden = spans.flatMap((s, i) => (ranges[i]?.columnHidden === true ? Array.from({ length: s.count }, (_, c) => extent.left + s.start + c) : []));
    const mixed = spans.filter((_, i) => ranges[i]?.columnHidden === null).flatMap(halves);
    return [...hidden, ...(await this.probeColumns(context, sheet, extent, mixed))].sort((a, b) => a - b);
  }

  /** Values in row blocks; a block the host still finds too large is read in halves. */
  private async valuesOf(context: Excel.RequestContext, sheet: Excel.Worksheet, extent: Extent, maxCells: number): Promise<CellValue[][]> {
    const out: CellValue[][] = [];
    await inSequence(rowBlocks(extent, maxCells), async (block) => {
      // A loop, not push(...rows): spreading 100,000 rows as arguments can overflow the stack.
      for (const row of await this.readBlock(context, sheet, { ...extent, top: extent.top + block.start, rows: block.count })) out.push(row);
    });
    return out;
  }

  private async readBlock(context: Excel.RequestContext, sheet: Excel.Worksheet, block: Extent): Promise<CellValue[][]> {
    const range = sheet.getRangeByIndexes(block.top, block.left, block.rows, block.columns);
    // The format says which numbers are dates: Excel's values hold a date as its serial number.
    range.load("values,valueTypes,numberFormat");
    try {
      await context.sync();
    } catch (error) {
      if (!isPayloadLimitError(error) || block.rows === 1) throw error;
      return this.valuesOf(context, sheet, block, Math.ceil(block.rows / 2) * block.columns);
    }
    const types: readonly (readonly string[])[] = range.valueTypes;
    const formats: readonly (readonly unknown[])[] = range.numberFormat;
    return range.values.map((row, r) => row.map((v, c) => fromExcel(v, types[r]?.[c], formatAt(formats, r, c))));
  }
}
