import type { CellError, CellValue } from "../types";

/**
 * The error code an adapter gives a formula cell saved without its result. Excel always stores a
 * formula's last result beside it, but files written by programs (exceljs, openpyxl, report
 * generators) often store the formula alone, and neither the adapter nor the reader calculates:
 * such a cell is neither blank nor a number, and the user has to open and save the file in Excel.
 * Not an Excel error value, so it cannot be confused with one.
 */
export const NO_CACHED_RESULT = "#NO_CACHED_RESULT";

/**
 * Whether a cell is a formula saved without its result.
 *
 * @example isNoCachedResult({ error: NO_CACHED_RESULT }) // true; isNoCachedResult({ error: "#N/A" }) // false
 */
export function isNoCachedResult(value: CellValue | undefined): value is CellError {
  return typeof value === "object" && value !== null && !(value instanceof Date) && value.error === NO_CACHED_RESULT;
}
