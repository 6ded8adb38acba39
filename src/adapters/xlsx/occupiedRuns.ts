import ExcelJS from "exceljs";
import { AREA_LIMITS, type Occupied } from "../../workbook/dataArea";
import type { Box, CellValue } from "../../workbook/types";
import { toCellValue } from "./toCellValue";

/**
 * Whether a cell counts towards the area read: a value other than blank or whitespace only (a
 * space left in XFD1048576 is no data, and must not stretch the grid to it).
 *
 * @example holdsData(" ") // false; holdsData("　甲") // true; holdsData(0) // true
 */
export function holdsData(value: CellValue): boolean {
  return value !== null && !(typeof value === "string" && value.trim() === "");
}

function within(box: Box | null, row: number, column: number): boolean {
  return box === null || (row >= box.top && row <= box.bottom && column >= box.left && column <= box.right);
}

/**
 * The non-blank cells of a sheet (of `window`, when given) as runs per row (dataArea.ts), from the
 * cells exceljs holds: blank rows and columns cost nothing. A merged area counts at its top-left
 * cell only, where its value is (exceljs repeats it in the others), as Excel's used range of values does.
 *
 * @example occupiedRuns(ws with A1 "学校", B1 3, XFD1 " ", A2 "一小", null) // [{ row: 0, left: 0, right: 1, cells: 2 }, { row: 1, left: 0, right: 0, cells: 1 }]
 */
export function occupiedRuns(ws: ExcelJS.Worksheet, window: Box | null, gap: number = AREA_LIMITS.maxBlankColumns): Occupied[] {
  const runs: Occupied[] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const r = rowNumber - 1;
    const columns: number[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const c = colNumber - 1;
      if (cell.type !== ExcelJS.ValueType.Merge && within(window, r, c) && holdsData(toCellValue(cell.value))) columns.push(c);
    });
    for (const run of rowRuns(r, columns, gap)) runs.push(run);
  });
  return runs;
}

/** Ascending columns of one row cut where more than `gap` blank columns lie between two. @example rowRuns(4, [0, 1, 16383], 100) // [{ row: 4, left: 0, right: 1, cells: 2 }, { row: 4, left: 16383, right: 16383, cells: 1 }] */
function rowRuns(row: number, columns: readonly number[], gap: number): Occupied[] {
  const runs: Occupied[] = [];
  let start = 0;
  for (let i = 1; i <= columns.length; i++) {
    const [previous, next] = [columns[i - 1] ?? 0, columns[i]];
    if (next !== undefined && next - previous - 1 <= gap) continue;
    runs.push({ row, left: columns[start] ?? 0, right: previous, cells: i - start });
    start = i;
  }
  return runs;
}
