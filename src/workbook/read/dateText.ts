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

/** Serial 61 (1900-03-01), the first day exceljs's count from 1899-12-30 and Excel's calendar agree on. */
const FIRST_AGREED_MS = Date.UTC(1900, 2, 1);
/** Serials 0 and 60 as Excel shows them: days no calendar has (Excel takes 1900 for a leap year, as Lotus 1-2-3 did). */
const FICTITIOUS: Readonly<Record<number, string>> = { 0: "1900-01-00", 60: "1900-02-29" };

/** The whole serial of a date before serial 61, counted as exceljs counts it. */
function earlySerial(date: Date): number {
  return Math.floor((date.getTime() - FIRST_MS) / MS_PER_DAY);
}

/**
 * A date as `yyyy-mm-dd`, as Excel shows its serial, or `#####` for one outside Excel's dates
 * (invalid, past 9999-12-31, negative serial). The Date counts its serial from 1899-12-30 (as
 * exceljs, and the Office adapter with it, make it); before serial 61 Excel is a day ahead of that
 * count, for it counts a 1900-02-29 (serial 60) and starts at 1900-01-00 (serial 0).
 *
 * @example dateText(new Date(Date.UTC(2024, 0, 1))) // "2024-01-01"
 * @example dateText(new Date(Date.UTC(1900, 1, 6))) // "1900-02-07" (serial 38)
 * @example dateText(new Date(NaN)) // "#####"
 */
export function dateText(date: Date): string {
  if (!inExcelRange(date)) return NOT_A_DATE_SHOWN;
  if (date.getTime() >= FIRST_AGREED_MS) return date.toISOString().slice(0, 10);
  const serial = earlySerial(date);
  return FICTITIOUS[serial] ?? new Date(date.getTime() + MS_PER_DAY).toISOString().slice(0, 10);
}

/**
 * A date's year as Excel's YEAR gives it (1900 for serials 0–60), or null for one outside Excel's dates (never NaN).
 *
 * @example dateYear(new Date(Date.UTC(2016, 8, 1))) // 2016; dateYear(new Date(Date.UTC(1899, 11, 30))) // 1900; dateYear(new Date(NaN)) // null
 */
export function dateYear(date: Date): number | null {
  if (!inExcelRange(date)) return null;
  return date.getTime() < FIRST_AGREED_MS ? 1900 : date.getUTCFullYear();
}

/**
 * The number a date-formatted cell holds (its serial, what Excel's SUM adds), rounded to 15
 * significant digits so that the millisecond count's binary noise does not show; null for an invalid Date.
 *
 * @example dateNumber(new Date(Date.UTC(1904, 6, 9))) // 1652; dateNumber(new Date(Date.UTC(2024, 0, 1, 6))) // 45292.25
 */
export function dateNumber(date: Date): number | null {
  const ms = date.getTime();
  return Number.isNaN(ms) ? null : Number(((ms - FIRST_MS) / MS_PER_DAY).toPrecision(15));
}
