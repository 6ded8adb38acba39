import { promises as fs } from "node:fs";
import ExcelJS from "exceljs";
import { parseRange } from "../../workbook/address";
import { rangeArea, type DataArea } from "../../workbook/dataArea";
import type { Box, CellValue, Grid, WorkbookSource } from "../../workbook/types";
// Reads t="d" (ISO date) cells as dates, which exceljs parses as numbers (isoDateCells.ts).
import "./isoDateCells";
// Reads rows and cells written without their position (no r=), which exceljs refuses (positionlessCells.ts).
import "./positionlessCells";
import { occupiedRuns } from "./occupiedRuns";
import { toCellValue } from "./toCellValue";
import { XlsxOpenError } from "./XlsxOpenError";

const ZIP_MAGIC = "504b0304";

/** Reads an .xlsx file through exceljs. The file is opened for reading only and never written. */
export class XlsxWorkbookSource implements WorkbookSource {
  private constructor(private readonly workbook: ExcelJS.Workbook) {}

  /** Opens `path`; throws an XlsxOpenError (with `cause`) for a missing, inaccessible, non-.xlsx or unreadable file. */
  static async open(path: string): Promise<XlsxWorkbookSource> {
    const head = await readHead(path);
    if (head.toString("hex") !== ZIP_MAGIC) {
      throw new XlsxOpenError("not_xlsx", path, "not an .xlsx workbook (an .xls or another format; save it as .xlsx)");
    }
    const workbook = new ExcelJS.Workbook();
    try {
      await workbook.xlsx.readFile(path);
    } catch (cause) {
      throw new XlsxOpenError("unreadable", path, `cannot read the workbook: ${describe(cause)}`, { cause });
    }
    return new XlsxWorkbookSource(workbook);
  }

  /** Wraps a workbook already in memory (tests, or a workbook read from a buffer). */
  static fromWorkbook(workbook: ExcelJS.Workbook): XlsxWorkbookSource {
    return new XlsxWorkbookSource(workbook);
  }

  async sheetNames(): Promise<readonly string[]> {
    return this.workbook.worksheets.map((ws) => ws.name);
  }

  /** Sheets the user cannot see: hidden, or very hidden (shown again only through VBA). */
  async hiddenSheets(): Promise<readonly string[]> {
    return this.workbook.worksheets.filter((ws) => ws.state === "hidden" || ws.state === "veryHidden").map((ws) => ws.name);
  }

  /**
   * The sheet's area of data (dataArea.ts), or `range` cut to the data inside it: blank rows and
   * columns past the data are never made into cells, nor cells far from it (said in `cellsLeftOut`).
   */
  async readSheet(name: string, range?: string): Promise<Grid> {
    const ws = this.workbook.getWorksheet(name);
    if (!ws) throw new Error(`no sheet named ${name}`);
    const area = areaOf(ws, range === undefined ? null : requestedBox(range));
    if (area === null) return { sheet: ws.name, top: 0, left: 0, values: [], hiddenRows: [], hiddenColumns: [], merges: [] };
    const { box, cellsLeftOut } = area;
    return {
      sheet: ws.name,
      top: box.top,
      left: box.left,
      values: readValues(ws, box),
      hiddenRows: hiddenRows(ws, box),
      hiddenColumns: hiddenColumns(ws, box),
      merges: mergeBoxes(ws).filter((m) => intersects(m, box)),
      ...(cellsLeftOut.length > 0 ? { cellsLeftOut } : {}),
    };
  }
}

/**
 * The box to read and the cells left out (dataArea.ts rangeArea, the rule the Office reader
 * follows too): without `requested`, the sheet's area of data; with it, the range cut to the data
 * inside it (A1:XFD1048576 reads what the sheet holds), every table and part of a table in it read,
 * only strays in it left out. Null when nothing is there to read.
 */
function areaOf(ws: ExcelJS.Worksheet, requested: Box | null): DataArea | null {
  return rangeArea(occupiedRuns(ws, requested), requested);
}

async function readHead(path: string): Promise<Buffer> {
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(path, "r");
  } catch (cause) {
    const missing = (cause as NodeJS.ErrnoException).code === "ENOENT";
    throw new XlsxOpenError(missing ? "not_found" : "no_access", path, missing ? "file not found" : describe(cause), { cause });
  }
  try {
    const buffer = Buffer.alloc(4);
    await handle.read(buffer, 0, 4, 0);
    return buffer;
  } catch (cause) {
    throw new XlsxOpenError("no_access", path, describe(cause), { cause });
  } finally {
    await handle.close();
  }
}

function describe(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause);
}

function requestedBox(range: string): Box {
  const box = parseRange(range);
  if (!box) throw new Error(`invalid range ${range}: expected A1 notation such as A1:Z200`);
  return box;
}

/** Merged areas as 0-based boxes; exceljs keeps them as A1 ranges in the worksheet model. */
function mergeBoxes(ws: ExcelJS.Worksheet): Box[] {
  const ranges: readonly string[] = ws.model.merges ?? [];
  return ranges.map((r) => parseRange(r)).filter((b): b is Box => b !== null);
}

function intersects(a: Box, b: Box): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

function readValues(ws: ExcelJS.Worksheet, box: Box): CellValue[][] {
  const width = box.right - box.left + 1;
  const values: CellValue[][] = Array.from({ length: box.bottom - box.top + 1 }, () => new Array<CellValue>(width).fill(null));
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const target = values[rowNumber - 1 - box.top];
    if (!target) return;
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const c = colNumber - 1 - box.left;
      // A merged area keeps its value in the top-left cell only; exceljs repeats it in the others.
      if (c >= 0 && c < width && cell.type !== ExcelJS.ValueType.Merge) target[c] = toCellValue(cell.value);
    });
  });
  return values;
}

/** Asked row by row over the box: eachRow with includeEmpty would make a row object for every blank row up to the last. */
function hiddenRows(ws: ExcelJS.Worksheet, box: Box): number[] {
  const hidden: number[] = [];
  for (let r = box.top; r <= box.bottom; r++) if (ws.findRow(r + 1)?.hidden === true) hidden.push(r);
  return hidden;
}

/** 0-based hidden columns of the box; `ws.columns` holds only the columns the file describes (null when none). */
function hiddenColumns(ws: ExcelJS.Worksheet, box: Box): number[] {
  const columns = (ws.columns as readonly Partial<ExcelJS.Column>[] | null) ?? [];
  return columns.flatMap((column, i) => (column.hidden === true && i >= box.left && i <= box.right ? [i] : []));
}
