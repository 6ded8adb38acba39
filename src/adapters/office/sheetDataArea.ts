import { AREA_LIMITS, cappedArea, intersection, rangeArea, valueRuns, type AreaLimits, type DataArea } from "../../workbook/dataArea";
import type { Box, CellValue } from "../../workbook/types";
import { areaRuns } from "./areaRuns";

type Geometry = Pick<Excel.Range, "rowIndex" | "columnIndex" | "rowCount" | "columnCount">;

function toBox(a: Geometry): Box {
  return { top: a.rowIndex, left: a.columnIndex, bottom: a.rowIndex + a.rowCount - 1, right: a.columnIndex + a.columnCount - 1 };
}

/** Far areas whose values are asked, to drop whitespace-only ones: a stray space or two, never a second table. */
const WHITESPACE_CHECK = { areas: 20, cells: 200 } as const;

/**
 * The area to read. `uncut`: on a host that could not tell which cells hold data (no special
 * cells, or more of them than a response lists), the box is the used range (or the range given,
 * cut to it), capped, to be cut to the data inside it once its values are read (cutToData), by
 * the one rule (rangeArea) of `scope`: the range given, or null for the whole sheet. Null when
 * the box is already the data's.
 */
export interface PlannedArea extends DataArea {
  readonly uncut: { readonly scope: Box | null } | null;
}

/** Where the first request finds the data: the used range (values only), and the range given. */
interface Bounds {
  readonly used: Excel.Range;
  readonly requested: Excel.Range | null;
}

function queueBounds(sheet: Excel.Worksheet, range: string | undefined): Bounds {
  const used = sheet.getUsedRangeOrNullObject(true).load("rowIndex,columnIndex,rowCount,columnCount");
  const requested = range === undefined ? null : sheet.getRange(range).load("rowIndex,columnIndex,rowCount,columnCount");
  return { used, requested };
}

/** The range given cut to the used range, or the used range; null when the sheet is blank or they do not meet. */
function windowOf(bounds: Bounds): Box | null {
  if (bounds.used.isNullObject) return null;
  const used = toBox(bounds.used);
  return bounds.requested === null ? used : intersection(toBox(bounds.requested), used);
}

function nonBlank(target: Excel.Range, type: "Constants" | "Formulas"): Excel.RangeAreas {
  const areas = target.getSpecialCellsOrNullObject(type);
  // areaCount makes isNullObject well defined; the areas give the boxes.
  areas.load("areaCount");
  areas.areas.load("rowIndex,columnIndex,rowCount,columnCount");
  return areas;
}

/**
 * Queues where the sheet holds constants and formulas: asked of the range given, or of the used
 * range as Microsoft's sample does (getUsedRange, which gives A1 on a blank sheet, not a null
 * object a method cannot be called on).
 */
function queueNonBlank(sheet: Excel.Worksheet, requested: Excel.Range | null): Excel.RangeAreas[] {
  const target = requested ?? sheet.getUsedRange(true);
  return [nonBlank(target, "Constants"), nonBlank(target, "Formulas")];
}

/**
 * The area of a sheet to read, as the .xlsx reader takes it (dataArea.ts rangeArea, one rule for
 * both): without `range`, the area of data of the sheet's non-blank cells; with it, the range cut
 * to the data inside it (whitespace-only far cells dropped, as the .xlsx reader drops them), every
 * table and part of a table in it read, only strays in it left out, the whole capped at maxCells.
 * The used range cannot be the cut: a space in Z20001 makes A:Z over a table in A1:B3 a window of
 * 520,026 blank cells. The non-blank cells come from getSpecialCellsOrNullObject("Constants") and
 * ("Formulas") (ExcelApi 1.9), asked in the request that asks the used range: a list of rectangles,
 * small however far the sheet reaches, so that a stray value at XFD1048576 never makes a read of 17
 * billion cells. Without them (ExcelApi 1.7 and 1.8), or when the host fails to give them (the list
 * over the response limit, or any other failure), the used range (or the range given, cut to it)
 * is read, capped at maxCells (cappedArea), then cut to its data once read (`uncut`), a whole sheet
 * as a sheet, a range as a range. Null when there is nothing to read.
 */
export async function sheetDataArea(context: Excel.RequestContext, sheet: Excel.Worksheet, range: string | undefined, specialCells: boolean, limits: AreaLimits = AREA_LIMITS): Promise<PlannedArea | null> {
  if (specialCells) {
    try {
      return await fromSpecialCells(context, sheet, range, limits);
    } catch (error) {
      // The special cells only save reading blanks: whatever the host's reason (tens of thousands
      // of scattered cells list as more areas than a response holds, or any other refusal), the
      // sheet is read as on ExcelApi 1.7, whose own failure is the one reported.
      console.warn("asking the non-blank cells failed; reading the used range instead", error);
    }
  }
  const bounds = queueBounds(sheet, range);
  await context.sync();
  const window = windowOf(bounds);
  // A whole sheet is cut too: a note in XFD3 makes the used range 16,384 columns wide.
  return window === null ? null : { ...cappedArea(window, limits), uncut: { scope: bounds.requested === null ? null : window } };
}

async function fromSpecialCells(context: Excel.RequestContext, sheet: Excel.Worksheet, range: string | undefined, limits: AreaLimits): Promise<PlannedArea | null> {
  const bounds = queueBounds(sheet, range);
  const areas = queueNonBlank(sheet, bounds.requested);
  await context.sync();
  const window = windowOf(bounds);
  if (window === null) return null;
  // Cut to the window: where a lookup of one cell would reach the whole sheet, as VBA's SpecialCells does.
  const boxes = areas.flatMap((a) => (a.isNullObject ? [] : a.areas.items.map(toBox))).flatMap((b) => intersection(b, window) ?? []);
  const area = await withoutBlankText(context, sheet, boxes, limits, bounds.requested === null ? null : window);
  // A used range with no constant nor formula in it (the host disagreeing with itself) is read as it is.
  if (area === null) return bounds.requested === null ? { ...cappedArea(window, limits), uncut: null } : null;
  return { ...area, uncut: null };
}

/**
 * The area of data of `boxes` (rangeArea: of the sheet, or of the range `window`). A cell holding
 * only spaces is a constant to Excel, but blank to the .xlsx reader (holdsData): where the cells
 * left out as far are a few, their values are asked (one request more) and whitespace-only ones
 * dropped, so that a space typed in XFD1048576 is not warned of. Many far cells are warned of as
 * they are, spaces or not; a space near the data (inside a thousand rows or a hundred columns)
 * widens the area read, which only costs blank cells.
 */
async function withoutBlankText(context: Excel.RequestContext, sheet: Excel.Worksheet, boxes: readonly Box[], limits: AreaLimits, window: Box | null): Promise<DataArea | null> {
  const area = rangeArea(areaRuns(boxes, limits.maxBlankColumns), window, limits);
  if (area === null || !area.cellsLeftOut.some((o) => o.reason === "far")) return area;
  const far = boxes.filter((b) => intersection(b, area.box) === null);
  const cells = far.reduce((n, b) => n + (b.bottom - b.top + 1) * (b.right - b.left + 1), 0);
  if (far.length === 0 || far.length > WHITESPACE_CHECK.areas || cells > WHITESPACE_CHECK.cells) return area;
  const ranges = far.map((b) => sheet.getRangeByIndexes(b.top, b.left, b.bottom - b.top + 1, b.right - b.left + 1).load("values"));
  await context.sync();
  // Runs joined across no blank column hold data in every cell: boxes again, as the special cells are.
  const kept = far.flatMap((b, i) => valueRuns(ranges[i]?.values ?? [], b.top, b.left, 0).map((r) => ({ top: r.row, left: r.left, bottom: r.row, right: r.right })));
  return rangeArea(areaRuns([...boxes.filter((b) => !far.includes(b)), ...kept], limits.maxBlankColumns), window, limits);
}

/**
 * An `uncut` area, its values read, cut to the data inside it as rangeArea cuts the range `scope`
 * (null: as it cuts a whole sheet), the cells past the cap still left out as too many; null when it
 * holds no data.
 *
 * @example cutToData(A1:C8 uncut, values of A1:C4 and five blank rows, A1:C8) // { area: { box: A1:C4, cellsLeftOut: [] }, values: A1:C4's }
 * @example cutToData(A1:XFD60 uncut, values of A1:D60 and XFD3, null) // { area: { box: A1:D60, cellsLeftOut: [far XFD3] }, values: A1:D60's }
 */
export function cutToData(planned: DataArea, values: readonly (readonly CellValue[])[], scope: Box | null, limits: AreaLimits = AREA_LIMITS): { area: DataArea; values: CellValue[][] } | null {
  const { box } = planned;
  const area = rangeArea(valueRuns(values, box.top, box.left, limits.maxBlankColumns), scope, limits);
  if (area === null) return null;
  const rows = values.slice(area.box.top - box.top, area.box.bottom - box.top + 1);
  const cut = rows.map((row) => row.slice(area.box.left - box.left, area.box.right - box.left + 1));
  return { area: { box: area.box, cellsLeftOut: [...area.cellsLeftOut, ...planned.cellsLeftOut] }, values: cut };
}
