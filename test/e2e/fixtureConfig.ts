/** The golden fixture as the stand-in's workbook: every sheet's cells, hidden rows and merges, read with exceljs. */
import { XlsxWorkbookSource } from "../../src/adapters/xlsx/XlsxWorkbookSource";
import type { CellValue } from "../../src/workbook/types";
import type { StandInSheet } from "./standin/config";

function plain(v: CellValue): [string | number | boolean, boolean] | null {
  if (v === null) return null;
  if (v instanceof Date) return [v.toISOString(), false];
  if (typeof v === "object") return [v.error, true];
  return [v, false];
}

export async function fixtureSheets(path: string): Promise<StandInSheet[]> {
  const source = await XlsxWorkbookSource.open(path);
  const sheets: StandInSheet[] = [];
  for (const name of await source.sheetNames()) {
    const grid = await source.readSheet(name);
    const cells: [number, number, string | number | boolean, boolean][] = [];
    grid.values.forEach((row, r) =>
      row.forEach((v, c) => {
        const p = plain(v);
        if (p) cells.push([grid.top + r, grid.left + c, p[0], p[1]]);
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
