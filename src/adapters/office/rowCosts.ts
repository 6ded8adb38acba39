import { toExcel } from "./cellValues";
import { chartPlans } from "../../workbook/write/chartPlans";
import { emphasisRuns, formatRuns } from "./emphasisRuns";
import { jsonBytes, plus, rowsPerBulkChunk, type Cost } from "./payload";
import { hyperlinkFor, isTable } from "./queueFormats";
import { rowHeightRuns } from "./rowHeightRuns";
import type { PlacedTable, SheetLayout } from "../../workbook/write/sheetLayout";
import type { SheetSpec } from "../../workbook/types";

/**
 * Bytes Office.js sends for each kind of queued call, besides the strings and arrays it carries.
 * A request is JSON (OfficeExtension's ClientRequest): every proxy made — getRangeByIndexes, then
 * `.format`, `.fill`, `.font` — is an object path of 75–110 bytes with an Instantiate action of
 * about 60, and every set or call an action of about 90, each holding ids that reach seven digits
 * in a long run. So colouring one cell costs about 900 bytes, not its colour's 9. Measured with
 * office.js's serialiser (excel-web-16.00) at seven-digit ids and rounded up; rowCosts.test.ts
 * measures again and fails if an estimate falls below what office.js sends.
 */
const WIRE_BYTES = {
  /** Sheet path, calculation / screen-update suspension and envelope: once per sheet per request. */
  sheetInRequest: 1_200,
  /** A range from getRangeByIndexes with one property set (values, number formats). */
  rangeSet: 340,
  /**
   * office.js sends a 2-D array of more than 1,500 cells (values, number formats) in chunks of
   * about 1,500 cells (setRangePropertiesInBulk): each chunk is three more paths (two rows and
   * their bounding rectangle) and its own set, after one size check for the whole array.
   */
  bulkChunk: 800,
  bulkCheck: 260,
  /** A vertical run of emphasis: range, format, fill and font paths, fill and font colours. */
  emphasisRun: 980,
  /** A wrapping column's slice of a block: range and format paths, the wrapText set (about 490). */
  wrapColumn: 560,
  /** A wrapping table's data rows in a block: range, format and font paths, the verticalAlignment and font size sets, the autofitRows call (about 865). */
  wrapRows: 950,
  /** A run of wrapped rows of one height: range and format paths, the rowHeight set (about 510). */
  heightRun: 560,
  /** A hyperlink set on one cell, besides its JSON. */
  link: 380,
  /** One font property set on a fresh range (title, note, caption); each further set on it. */
  rangeFont: 700,
  fontSet: 120,
  /** getEntireColumn().format.columnWidth on a fresh range. */
  columnWidth: 740,
  /** tables.add with its name and style; or, for a plain block, bold header with a fill. */
  table: 800,
  plainHeader: 1_000,
  /** A data bar: conditionalFormats.add and its two bound rules. */
  dataBar: 1_150,
  /** A chart with its first series and position, and each further series. */
  chart: 2_200,
  series: 1_900,
  /** The print setup: the page-layout path, orientation, paper and zoom sets, and the print-title call. */
  pageLayout: 900,
} as const;

const NONE: Cost = { bytes: 0, operations: 0 };

/** Title (bold, size), notes (colour) and column widths, queued with the sheet's first row. */
function headCost(layout: SheetLayout): Cost {
  const widths = layout.columnWidths.filter((w) => w > 0).length;
  const bytes = WIRE_BYTES.rangeFont + WIRE_BYTES.fontSet + layout.noteRows.length * WIRE_BYTES.rangeFont + widths * WIRE_BYTES.columnWidth;
  return { bytes, operations: 2 + layout.noteRows.length + widths };
}

function tableTailCost(placed: PlacedTable, name: string): Cost {
  const caption = placed.captionRow === null ? NONE : { bytes: WIRE_BYTES.rangeFont, operations: 1 };
  const table = isTable(placed) ? { bytes: WIRE_BYTES.table + jsonBytes(name), operations: 3 } : { bytes: WIRE_BYTES.plainHeader, operations: 2 };
  const bars = placed.spec.rows.length === 0 ? 0 : placed.spec.dataBars.length;
  return plus(plus(caption, table), { bytes: bars * WIRE_BYTES.dataBar, operations: bars * 3 });
}

function chartsCost(spec: SheetSpec): Cost {
  return chartPlans(spec).reduce((cost, plan) => {
    const columns = spec.tables[plan.table]?.columns ?? [];
    const names = plan.series.reduce((n, s) => n + jsonBytes(columns[s.column]?.header ?? ""), jsonBytes(plan.title));
    const extra = plan.series.length - 1;
    return plus(cost, { bytes: WIRE_BYTES.chart + extra * WIRE_BYTES.series + names, operations: 6 + extra * 5 });
  }, NONE);
}

/** Tables, data bars, charts and the print setup, queued with the sheet's last row (the panes are frozen once the sheet is shown). */
function tailCost(spec: SheetSpec, layout: SheetLayout, tableNames: readonly string[]): Cost {
  const tables = layout.tables.reduce((cost, placed, i) => plus(cost, tableTailCost(placed, tableNames[i] ?? placed.spec.name)), NONE);
  return plus(plus(tables, chartsCost(spec)), { bytes: WIRE_BYTES.pageLayout, operations: 5 });
}

/** One row's share of the bulk chunks of a `width`-column array: office.js puts round(1500 / width) rows in a chunk. */
function chunkShare(width: number): Cost {
  const rowsPerChunk = rowsPerBulkChunk(width);
  return { bytes: WIRE_BYTES.bulkChunk / rowsPerChunk, operations: 1 / rowsPerChunk };
}

/** Number formats of one data row: one more row in each formatted column's array, and its share of that column's chunks. */
function formatCost(placed: PlacedTable): Cost {
  return placed.spec.columns.reduce((cost, c) => (c.numberFormat === null ? cost : plus(cost, plus(chunkShare(1), { bytes: jsonBytes([c.numberFormat]) + 1, operations: 0 }))), NONE);
}

/**
 * Cells' own number formats (TableSpec.formats): each cell's entry in its run's array with its
 * share of the chunks, and each run's range, charged to its first row.
 */
function addCellFormats(add: (row: number, cost: Cost) => void, placed: PlacedTable): void {
  const chunk = chunkShare(1);
  for (const f of placed.spec.formats ?? []) add(f.row, plus(chunk, { bytes: jsonBytes([f.format]) + 1, operations: 0 }));
  for (const run of formatRuns(placed.spec, 0, placed.spec.rows.length)) add(run.row, { bytes: WIRE_BYTES.rangeSet, operations: 1 });
}

/** Data-row costs of one table: number formats (by column, and cells' own), emphasis runs and row-height runs (each charged to its first row) and links. */
function addTableRows(costs: Cost[], placed: PlacedTable, columnWidths: readonly number[]): void {
  const add = (row: number, cost: Cost) => {
    const i = placed.firstDataRow + row;
    if (row >= 0 && row < placed.spec.rows.length) costs[i] = plus(costs[i] ?? NONE, cost);
  };
  const formats = formatCost(placed);
  placed.spec.rows.forEach((_, r) => add(r, formats));
  addCellFormats(add, placed);
  for (const run of emphasisRuns(placed.spec, 0, placed.spec.rows.length)) add(run.row, { bytes: WIRE_BYTES.emphasisRun, operations: 2 });
  for (const run of rowHeightRuns(placed.spec, columnWidths, 0, placed.spec.rows.length)) add(run.row, { bytes: WIRE_BYTES.heightRun, operations: 1 });
  for (const link of placed.spec.links) {
    const hyperlink = hyperlinkFor(link, placed.spec.rows[link.row]?.[link.column]);
    add(link.row, { bytes: WIRE_BYTES.link + jsonBytes(hyperlink), operations: 1 });
  }
}

/**
 * Estimated cost of each row of a laid-out sheet when written: its values, its share of the
 * number-format arrays, the emphasis runs, row-height runs and links that start on it, and the head (first row)
 * and tail (last row). What a block adds once per sheet is in `segmentCost`.
 */
export function rowCosts(spec: SheetSpec, layout: SheetLayout, tableNames: readonly string[]): Cost[] {
  const chunk = chunkShare(layout.width);
  const costs: Cost[] = layout.rows.map((row) => plus(chunk, { bytes: jsonBytes(row.map(toExcel)) + 1, operations: 0 }));
  for (const placed of layout.tables) addTableRows(costs, placed, layout.columnWidths);
  const last = costs.length - 1;
  if (last >= 0) {
    costs[0] = plus(costs[0] ?? NONE, headCost(layout));
    costs[last] = plus(costs[last] ?? NONE, tailCost(spec, layout, tableNames));
  }
  return costs;
}

/**
 * What a block adds for each sheet it touches, wherever it cuts: the sheet's paths and the
 * suspension calls; the values range and one range per formatted column (and per column holding
 * cells with formats of their own, for a run the cut splits in two), each with its size check
 * and a bulk chunk that the rows' shares may not have paid in full; an emphasis run per
 * emphasised column that the cut splits in two; and for a table with wrapping columns, its rows
 * top-aligned, set to the body font size and fitted, a wrapping slice per wrapping column, and a row-height run the cut
 * splits in two.
 */
export function segmentCost(layout: SheetLayout): Cost {
  const count = (f: (t: PlacedTable) => number) => layout.tables.reduce((n, t) => n + f(t), 0);
  const formatted = count((t) => t.spec.columns.filter((c) => c.numberFormat !== null).length + new Set((t.spec.formats ?? []).map((f) => f.column)).size);
  const emphasised = count((t) => new Set(t.spec.emphasis.map((e) => e.column)).size);
  const wrapping = count((t) => t.spec.columns.filter((c) => c.wrap).length);
  const wrappingTables = count((t) => (t.spec.columns.some((c) => c.wrap) ? 1 : 0));
  const ranges = 1 + formatted;
  const wrapBytes = wrappingTables * (WIRE_BYTES.wrapRows + WIRE_BYTES.heightRun) + wrapping * WIRE_BYTES.wrapColumn;
  const bytes = WIRE_BYTES.sheetInRequest + ranges * (WIRE_BYTES.rangeSet + WIRE_BYTES.bulkCheck + WIRE_BYTES.bulkChunk) + emphasised * WIRE_BYTES.emphasisRun + wrapBytes;
  return { bytes, operations: 2 + ranges * 3 + emphasised * 2 + wrappingTables * 4 + wrapping };
}
