/** The golden fixture as the stand-in's workbook: every sheet's cells, hidden rows and merges, read with exceljs. */
import { dateSerial } from "../../src/adapters/office/cellValues";
import { XlsxWorkbookSource } from "../../src/adapters/xlsx/XlsxWorkbookSource";
import type { CellValue } from "../../src/workbook/types";
import type { StandInCell, StandInSheet } from "./standin/config";

/** A date format for the stand-in: exceljs keeps no format with the Date, and any date format makes Office read the serial as a date. */
const DATE_FORMAT = "yyyy-mm-dd";

/** A cell as Excel holds it: a date as its serial number in a date format (Office.js has no date values). */
function plain(row: number, column: number, v: CellValue): StandInCell | null {
  if (v === null) return null;
  if (v instanceof Date) return [row, column, dateSerial(v), false, DATE_FORMAT];
  if (typeof v === "object") return [row, column, v.error, true];
  return [row, column, v, false];
}

export async function fixtureSheets(path: string): Promise<StandInSheet[]> {
  const source = await XlsxWorkbookSource.open(path);
  const sheets: StandInSheet[] = [];
  for (const name of await source.sheetNames()) {
    const grid = await source.readSheet(name);
    const cells: StandInCell[] = [];
    grid.values.forEach((row, r) =>
      row.forEach((v, c) => {
        const p = plain(grid.top + r, grid.left + c, v);
        if (p) cells.push(p);
      }),
    );
    sheets.push({ name, cells, hiddenRows: grid.hiddenRows, merges: grid.merges });
  }
  return sheets;
}

/** Non-empty cells of a sheet as "row,column" → value, from any origin (for comparing two workbooks). */
export function cellMap(top: number, left: number, values: readonly (readonly unknown[])[]): Map<string, unknown> {
  const map = new Map<string, unknown>();
  values.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v !== null && v !== "") map.set(`${top + r},${left + c}`, typeof v === "object" && v !== null && "error" in v ? (v as { error: string }).error : v);
    }),
  );
  return map;
}
