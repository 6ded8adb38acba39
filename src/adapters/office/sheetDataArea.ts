import { AREA_LIMITS, dataArea, type AreaLimits, type AreaScope, type DataArea } from "../../workbook/dataArea";
import type { Box } from "../../workbook/types";
import { areaRuns } from "./areaRuns";
import { isPayloadLimitError } from "./payload";

type Geometry = Pick<Excel.Range, "rowIndex" | "columnIndex" | "rowCount" | "columnCount">;

function toBox(a: Geometry): Box {
  return { top: a.rowIndex, left: a.columnIndex, bottom: a.rowIndex + a.rowCount - 1, right: a.columnIndex + a.columnCount - 1 };
}

function intersection(a: Box, b: Box): Box | null {
  const box = { top: Math.max(a.top, b.top), left: Math.max(a.left, b.left), bottom: Math.min(a.bottom, b.bottom), right: Math.min(a.right, b.right) };
  return box.top <= box.bottom && box.left <= box.right ? box : null;
}

/** Far areas whose values are asked, to drop whitespace-only ones: a stray space or two, never a second table. */
const WHITESPACE_CHECK = { areas: 20, cells: 200 } as const;

/** What the first request asks: the used range (values only), the range given, and where the sheet holds constants and formulas. */
interface Lookup {
  readonly used: Excel.Range;
  readonly requested: Excel.Range | null;
  readonly nonBlank: readonly Excel.RangeAreas[] | null;
}

function nonBlank(target: Excel.Range, type: "Constants" | "Formulas"): Excel.RangeAreas {
  const areas = target.getSpecialCellsOrNullObject(type);
  // areaCount makes isNullObject well defined; the areas give the boxes.
  areas.load("areaCount");
  areas.areas.load("rowIndex,columnIndex,rowCount,columnCount");
  return areas;
}

/**
 * Queues the lookup. The special cells are asked of the used range, as Microsoft's sample does
 * (getUsedRange, which gives A1 on a blank sheet, not a null object a method cannot be called on),
 * or of the range given.
 */
function queueLookup(sheet: Excel.Worksheet, range: string | undefined, specialCells: boolean): Lookup {
  const used = sheet.getUsedRangeOrNullObject(true).load("rowIndex,columnIndex,rowCount,columnCount");
  const requested = range === undefined ? null : sheet.getRange(range).load("rowIndex,columnIndex,rowCount,columnCount");
  const target = requested ?? (specialCells ? sheet.getUsedRange(true) : null);
  return { used, requested, nonBlank: target === null || !specialCells ? null : [nonBlank(target, "Constants"), nonBlank(target, "Formulas")] };
}

/** The range given cut to the used range, or the used range; null when the sheet is blank or they do not meet. */
function windowOf(lookup: Lookup): Box | null {
  if (lookup.used.isNullObject) return null;
  const used = toBox(lookup.used);
  return lookup.requested === null ? used : intersection(toBox(lookup.requested), used);
}

/**
 * The window cut as dataArea cuts an area of more than maxCells: its first rows; the rest left out
 * as too many, from the first row not read to the window's last cell. Without the special cells the
 * host cannot tell which of those cells hold something, so `cells` counts them all, blank or not.
 *
 * @example cappedArea(A1:C1048576, { maxCells: 3000, … }) // A1:C1000, too_many A1001…C1048576, 3,142,728 cells
 */
export function cappedArea(window: Box, limits: AreaLimits = AREA_LIMITS): DataArea {
  const width = window.right - window.left + 1;
  const rows = Math.max(1, Math.floor(limits.maxCells / width));
  if (window.bottom - window.top + 1 <= rows) return { box: window, cellsLeftOut: [] };
  const box = { ...window, bottom: window.top + rows - 1 };
  const first = { row: box.bottom + 1, column: window.left };
  return { box, cellsLeftOut: [{ reason: "too_many", first, last: { row: window.bottom, column: window.right }, cells: (window.bottom - box.bottom) * width }] };
}

/**
 * The area of a sheet to read, as the .xlsx reader takes it (XlsxWorkbookSource.areaOf): without
 * `range`, the area of data (dataArea.ts) of the sheet's non-blank cells; with it, the range as
 * given, cut to the bounds of its non-blank cells (whitespace-only far cells dropped, as the .xlsx
 * reader cuts to runBounds), every table and part of a table in it read, only strays in it left
 * out, the whole capped at maxCells (dataArea's scope "range"). The used range cannot be the cut:
 * a space in Z20001 makes A:Z over a table in A1:B3 a window of 520,026 blank cells. The non-blank
 * cells come from
 * getSpecialCellsOrNullObject("Constants") and ("Formulas") (ExcelApi 1.9), asked in the request
 * that asks the used range: a list of rectangles, small however far the sheet reaches, so that a
 * stray value at XFD1048576 never makes a read of 17 billion cells. Without them (ExcelApi 1.7 and
 * 1.8), or when the list is over the response limit, the used range (or the range given, cut to
 * it) is read, capped at maxCells (cappedArea). Null when there is nothing to read.
 */
export async function sheetDataArea(context: Excel.RequestContext, sheet: Excel.Worksheet, range: string | undefined, specialCells: boolean, limits: AreaLimits = AREA_LIMITS): Promise<DataArea | null> {
  if (specialCells) {
    try {
      return await fromSpecialCells(context, sheet, range, limits);
    } catch (error) {
      // Tens of thousands of scattered cells list as more areas than a response holds.
      if (!isPayloadLimitError(error)) throw error;
    }
  }
  const lookup = queueLookup(sheet, range, false);
  await context.sync();
  const window = windowOf(lookup);
  return window === null ? null : cappedArea(window, limits);
}

async function fromSpecialCells(context: Excel.RequestContext, sheet: Excel.Worksheet, range: string | undefined, limits: AreaLimits): Promise<DataArea | null> {
  const lookup = queueLookup(sheet, range, true);
  await context.sync();
  const window = windowOf(lookup);
  if (window === null) return null;
  // Cut to the window: where a lookup of one cell would reach the whole sheet, as VBA's SpecialCells does.
  const boxes = (lookup.nonBlank ?? []).flatMap((a) => (a.isNullObject ? [] : a.areas.items.map(toBox))).flatMap((b) => intersection(b, window) ?? []);
  // With a range, the area is the window cut to its non-blank cells, whitespace-only far ones dropped:
  // a space at Z20001 reaches the used range, and so the window of A:Z, but not the area of data.
  const area = await withoutBlankText(context, sheet, boxes, limits, lookup.requested === null ? "sheet" : "range");
  return area ?? cappedArea(window, limits);
}

/**
 * The area of data of `boxes`. A cell holding only spaces is a constant to Excel, but blank to the
 * .xlsx reader (occupiedRuns.holdsData): where the cells left out as far are a few, their values
 * are asked (one request more) and whitespace-only ones dropped, so that a space typed in
 * XFD1048576 is not warned of. Many far cells are warned of as they are, spaces or not; a space
 * near the data (inside a thousand rows or a hundred columns) widens the area read, which only
 * costs blank cells.
 */
async function withoutBlankText(context: Excel.RequestContext, sheet: Excel.Worksheet, boxes: readonly Box[], limits: AreaLimits, scope: AreaScope): Promise<DataArea | null> {
  const area = dataArea(areaRuns(boxes, limits.maxBlankColumns), limits, scope);
  if (area === null || !area.cellsLeftOut.some((o) => o.reason === "far")) return area;
  const far = boxes.filter((b) => intersection(b, area.box) === null);
  const cells = far.reduce((n, b) => n + (b.bottom - b.top + 1) * (b.right - b.left + 1), 0);
  if (far.length === 0 || far.length > WHITESPACE_CHECK.areas || cells > WHITESPACE_CHECK.cells) return area;
  const ranges = far.map((b) => sheet.getRangeByIndexes(b.top, b.left, b.bottom - b.top + 1, b.right - b.left + 1).load("values"));
  await context.sync();
  const kept = far.flatMap((b, i) => holdingData(b, ranges[i]?.values ?? []));
  return dataArea(areaRuns([...boxes.filter((b) => !far.includes(b)), ...kept], limits.maxBlankColumns), limits, scope);
}

/** The cells of `box` whose value is not whitespace-only text, each as a box of one cell. */
function holdingData(box: Box, values: readonly (readonly unknown[])[]): Box[] {
  return values.flatMap((row, r) => row.flatMap((v, c) => (typeof v === "string" && v.trim() === "" ? [] : [{ top: box.top + r, left: box.left + c, bottom: box.top + r, right: box.left + c }])));
}
