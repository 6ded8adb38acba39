import ExcelJS from "exceljs";
import { AREA_LIMITS, holdsData, rowRuns, type Occupied, type Span } from "../../workbook/dataArea";
import type { Box } from "../../workbook/types";
import { toCellValue } from "./toCellValue";

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
    const columns: Span[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const c = colNumber - 1;
      if (cell.type !== ExcelJS.ValueType.Merge && within(window, r, c) && holdsData(toCellValue(cell.value))) columns.push([c, c]);
    });
    for (const run of rowRuns(r, columns, gap)) runs.push(run);
  });
  return runs;
}
