import { promises as fs } from "node:fs";
import ExcelJS from "exceljs";
import { parseRange } from "../../workbook/address";
import type { Box, CellValue, Grid, WorkbookSource } from "../../workbook/types";
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

  async readSheet(name: string, range?: string): Promise<Grid> {
    const ws = this.workbook.getWorksheet(name);
    if (!ws) throw new Error(`no sheet named ${name}`);
    const merges = mergeBoxes(ws);
    const box = range === undefined ? usedBox(ws, merges) : requestedBox(range);
    if (!box) return { sheet: ws.name, top: 0, left: 0, values: [], hiddenRows: [], hiddenColumns: [], merges: [] };
    return {
      sheet: ws.name,
      top: box.top,
      left: box.left,
      values: readValues(ws, box),
      hiddenRows: hiddenRows(ws, box),
      hiddenColumns: hiddenColumns(ws, box),
      merges: merges.filter((m) => intersects(m, box)),
    };
  }
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

/** The smallest box holding every non-empty cell and every merge; null for an empty sheet. */
function usedBox(ws: ExcelJS.Worksheet, merges: readonly Box[]): Box | null {
  let box: Box | null = null;
  const grow = (b: Box) => {
    box = box ? { top: Math.min(box.top, b.top), left: Math.min(box.left, b.left), bottom: Math.max(box.bottom, b.bottom), right: Math.max(box.right, b.right) } : b;
  };
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (toCellValue(cell.value) !== null) grow({ top: rowNumber - 1, left: colNumber - 1, bottom: rowNumber - 1, right: colNumber - 1 });
    });
  });
  merges.forEach(grow);
  return box;
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

function hiddenRows(ws: ExcelJS.Worksheet, box: Box): number[] {
  const hidden: number[] = [];
  ws.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const r = rowNumber - 1;
    if (row.hidden && r >= box.top && r <= box.bottom) hidden.push(r);
  });
  return hidden;
}

/** 0-based hidden columns of the box; `ws.columns` holds only the columns the file describes (null when none). */
function hiddenColumns(ws: ExcelJS.Worksheet, box: Box): number[] {
  const columns = (ws.columns as readonly Partial<ExcelJS.Column>[] | null) ?? [];
  return columns.flatMap((column, i) => (column.hidden === true && i >= box.left && i <= box.right ? [i] : []));
}
