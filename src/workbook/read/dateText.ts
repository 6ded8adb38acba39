/**
 * Dates from date-formatted cells. exceljs turns a date-formatted cell's number into a Date
 * whatever its size: 1e9 gives an invalid Date (its toISOString throws "Invalid time value"),
 * 3e6 a date of the year 10113, −5 one of 1899. Excel's dates run from serial 0 to 2958465
 * (9999-12-31); it shows any other number in a date format as `#####`, and so do these.
 */

const MS_PER_DAY = 86_400_000;
/** Serial 0, as exceljs dates it (1899-12-30; Excel shows 1900-01-00). */
const FIRST_MS = Date.UTC(1899, 11, 30);
/** The day after serial 2958465 (9999-12-31), Excel's last date. */
const AFTER_LAST_MS = Date.UTC(9999, 11, 31) + MS_PER_DAY;

/** How Excel shows a number in a date format that no date of its range can hold. */
export const NOT_A_DATE_SHOWN = "#####";

function inExcelRange(date: Date): boolean {
  const ms = date.getTime();
  // NaN (an invalid Date) fails both comparisons.
  return ms >= FIRST_MS && ms < AFTER_LAST_MS;
}

/**
 * A date as `yyyy-mm-dd`, or `#####` for one outside Excel's dates (invalid, past 9999-12-31, negative serial).
 *
 * @example dateText(new Date(Date.UTC(2024, 0, 1))) // "2024-01-01"
 * @example dateText(new Date(NaN)) // "#####"
 */
export function dateText(date: Date): string {
  return inExcelRange(date) ? date.toISOString().slice(0, 10) : NOT_A_DATE_SHOWN;
}

/**
 * A date's year, or null for one outside Excel's dates (never NaN).
 *
 * @example dateYear(new Date(Date.UTC(2016, 8, 1))) // 2016; dateYear(new Date(NaN)) // null
 */
export function dateYear(date: Date): number | null {
  return inExcelRange(date) ? date.getUTCFullYear() : null;
}
