import type { CellValue } from "../types";

/**
 * The marker an adapter gives a formula cell without a stored result. Excel saves a formula whose
 * result is the empty text (`=IF(B2="","",B2)`, the usual way to show nothing) as a formula with
 * an empty value, which exceljs reads as no result at all, the same as a formula a program (exceljs,
 * openpyxl, a report generator) saved without calculating it. The first is a blank as Excel shows
 * it, and the reader cannot tell the two apart, so it reads every such cell as blank — exactly as
 * an empty cell — with an info note at the cell (open and save the file in Excel if Excel shows a
 * number there). The marker is internal: no message shows it. Not an Excel error value, so it
 * cannot be confused with one.
 */
export const NO_CACHED_RESULT = "#NO_CACHED_RESULT";

/**
 * Whether a cell is a formula without a stored result.
 *
 * @example isNoCachedResult({ error: NO_CACHED_RESULT }) // true; isNoCachedResult({ error: "#N/A" }) // false
 */
export function isNoCachedResult(value: CellValue | undefined): boolean {
  return typeof value === "object" && value !== null && !(value instanceof Date) && value.error === NO_CACHED_RESULT;
}
