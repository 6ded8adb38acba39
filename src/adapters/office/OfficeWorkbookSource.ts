import type { Box, CellValue, Grid, WorkbookSource } from "../../workbook/types";
import { fromExcel } from "./cellValues";
import { hostExcelRun, type ExcelRunner } from "./excelRun";
import { inSequence } from "./inSequence";
import { isPayloadLimitError } from "./payload";
import { hostCapabilities, type Capabilities } from "./requirements";
import type { SheetTags } from "./sheetTags";

/** Cells per read request: values + valueTypes of 100k cells stay well under the 5 MB response limit. */
export const MAX_CELLS_PER_READ = 100_000;
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

/** Row blocks of at most `maxCells` cells. */
function rowBlocks(extent: Extent, maxCells: number): { start: number; count: number }[] {
  const per = Math.max(1, Math.floor(maxCells / Math.max(1, extent.columns)));
  const blocks: { start: number; count: number }[] = [];
  for (let start = 0; start < extent.rows; start += per) blocks.push({ start, count: Math.min(per, extent.rows - start) });
  return blocks;
}

/** Rows of the extent that no visible area covers. */
function hiddenFromVisible(extent: Extent, visible: readonly Box[]): number[] {
  const shown = new Set<number>();
  for (const v of visible) for (let r = v.top; r <= v.bottom; r++) shown.add(r);
  const hidden: number[] = [];
  for (let r = extent.top; r < extent.top + extent.rows; r++) if (!shown.has(r)) hidden.push(r);
  return hidden;
}

/**
 * Reads sheets through Office.js with a bounded number of requests: one for the extent, then one
 * per block of ≤ 100k cells (values, value types, and with the first block the merged areas and
 * the visible cells), independent of how the sheet is laid out.
 */
export class OfficeWorkbookSource implements WorkbookSource {
  constructor(
    private readonly run: ExcelRunner = hostExcelRun,
    private readonly capabilities: Capabilities = hostCapabilities(),
    private readonly maxCellsPerRead: number = MAX_CELLS_PER_READ,
    /** The add-in's tags: its own result sheets are left out of `sheetNames`. */
    private readonly resultSheets: SheetTags | null = null,
  ) {}

  /**
   * The workbook's sheets without the result sheets this add-in wrote, so that a re-run never
   * takes its own 汇总 (项目 | 结论) for a county-figures sheet or offers it as data.
   */
  async sheetNames(): Promise<readonly string[]> {
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name,items/id");
      await context.sync();
      const owned = this.resultSheets ? await this.resultSheets.owned(context, sheets.items) : new Set<string>();
      return sheets.items.filter((s) => !owned.has(s.id)).map((s) => s.name);
    });
  }

  async readSheet(name: string, range?: string): Promise<Grid> {
    return this.run(async (context) => {
      const extent = await this.extentOf(context, name, range);
      if (extent === null) return { sheet: name, top: 0, left: 0, values: [], hiddenRows: [], merges: [] };
      const sheet = context.workbook.worksheets.getItem(name);
      const layout = await this.layoutOf(context, sheet, extent);
      const values = await this.valuesOf(context, sheet, extent, this.maxCellsPerRead);
      return { sheet: name, top: extent.top, left: extent.left, values, ...layout };
    });
  }

  /** The range read: `range` as given, else the used range (values only); null for an empty sheet. */
  private async extentOf(context: Excel.RequestContext, name: string, range: string | undefined): Promise<Extent | null> {
    const sheet = context.workbook.worksheets.getItem(name);
    const target = range === undefined ? sheet.getUsedRangeOrNullObject(true) : sheet.getRange(range);
    target.load("rowIndex,columnIndex,rowCount,columnCount");
    await context.sync();
    if (target.isNullObject) return null;
    return { top: target.rowIndex, left: target.columnIndex, rows: target.rowCount, columns: target.columnCount };
  }

  /** Hidden rows and merged areas, in one request where the host allows. */
  private async layoutOf(context: Excel.RequestContext, sheet: Excel.Worksheet, extent: Extent): Promise<Pick<Grid, "hiddenRows" | "merges">> {
    const range = sheet.getRangeByIndexes(extent.top, extent.left, extent.rows, extent.columns);
    range.load("rowHidden");
    const merged = this.capabilities.mergedAreas ? range.getMergedAreasOrNullObject() : null;
    // areaCount makes isNullObject well defined; the areas give the boxes.
    merged?.load("areaCount");
    merged?.areas.load("rowIndex,columnIndex,rowCount,columnCount");
    const visible = this.capabilities.visibleCells ? range.getSpecialCellsOrNullObject("Visible") : null;
    visible?.load("areaCount");
    visible?.areas.load("rowIndex,columnIndex,rowCount,columnCount");
    await context.sync();
    const merges = merged === null || merged.isNullObject ? [] : merged.areas.items.map(toBox);
    const hiddenRows = await this.hiddenRowsOf(context, range, extent, visible);
    return { hiddenRows, merges };
  }

  private async hiddenRowsOf(context: Excel.RequestContext, range: Excel.Range, extent: Extent, visible: Excel.RangeAreas | null): Promise<number[]> {
    if (range.rowHidden === false) return [];
    if (range.rowHidden === true) return hiddenFromVisible(extent, []);
    if (visible !== null) return hiddenFromVisible(extent, visible.isNullObject ? [] : visible.areas.items.map(toBox));
    const hidden: number[] = [];
    const blocks = rowBlocks({ ...extent, columns: 1 }, ROWS_PER_HIDDEN_PROBE);
    await inSequence(blocks, async (block) => {
      const rows = Array.from({ length: block.count }, (_, i) => range.getRow(block.start + i).load("rowHidden"));
      await context.sync();
      rows.forEach((row, i) => row.rowHidden && hidden.push(extent.top + block.start + i));
    });
    return hidden;
  }

  /** Values in row blocks; a block the host still finds too large is read in halves. */
  private async valuesOf(context: Excel.RequestContext, sheet: Excel.Worksheet, extent: Extent, maxCells: number): Promise<CellValue[][]> {
    const out: CellValue[][] = [];
    await inSequence(rowBlocks(extent, maxCells), async (block) => {
      out.push(...(await this.readBlock(context, sheet, { ...extent, top: extent.top + block.start, rows: block.count })));
    });
    return out;
  }

  private async readBlock(context: Excel.RequestContext, sheet: Excel.Worksheet, block: Extent): Promise<CellValue[][]> {
    const range = sheet.getRangeByIndexes(block.top, block.left, block.rows, block.columns);
    range.load("values,valueTypes");
    try {
      await context.sync();
    } catch (error) {
      if (!isPayloadLimitError(error) || block.rows === 1) throw new Error(`reading rows from ${block.top + 1}`, { cause: error });
      return this.valuesOf(context, sheet, block, Math.ceil(block.rows / 2) * block.columns);
    }
    const types: readonly (readonly string[])[] = range.valueTypes;
    return range.values.map((row, r) => row.map((v, c) => fromExcel(v, types[r]?.[c])));
  }
}
