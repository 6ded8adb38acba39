import type { CellValue } from "../../workbook/types";

/** What Office.js accepts in `range.values`. */
export type ExcelValue = string | number | boolean;

/** Days between 1899-12-30 (Excel's serial 0) and 1970-01-01. */
const EXCEL_EPOCH_OFFSET_DAYS = 25569;
const MS_PER_DAY = 86_400_000;

/** A date as Excel's serial number (days since 1899-12-30, UTC). @example dateSerial(new Date(Date.UTC(2024, 0, 1))) // 45292 */
export function dateSerial(date: Date): number {
  return date.getTime() / MS_PER_DAY + EXCEL_EPOCH_OFFSET_DAYS;
}

/**
 * Whether a number format shows dates or times, decided as exceljs decides it (utils.isDateFmt,
 * exceljs 4.4), so that the add-in and the CLI read the same cell as the same value: any of
 * `y m d h M s b` once bracketed parts (`[Red]`, `[$-804]`) and quoted text (`"年"`) are removed.
 *
 * @example isDateFormat("yyyy-mm-dd") // true; isDateFormat('0.00"m²"') // false; isDateFormat("General") // false
 */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  return /[ymdhMsb]+/.test(format.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));
}

/**
 * The Date of a serial number, as exceljs makes it of a date-formatted cell (utils.excelToDate):
 * (serial − 25569) days after 1970-01-01 UTC, rounded to the millisecond. It counts every serial
 * from 1899-12-30, so a serial below 61 comes out a day before the date Excel shows (Excel counts
 * its fictitious 1900-02-29, serial 60): dateText.ts shows such a Date as Excel does. Office.js does
 * not say a workbook's date system (Workbook.use1904DateSystem never left preview), so the 1900
 * system is assumed.
 *
 * @example serialDate(41153).toISOString() // "2012-09-01T00:00:00.000Z"; serialDate(38).toISOString() // "1900-02-06T00:00:00.000Z" (Excel: 1900-02-07)
 */
export function serialDate(serial: number): Date {
  return new Date(Math.round((serial - EXCEL_EPOCH_OFFSET_DAYS) * MS_PER_DAY));
}

/**
 * A cell as Office.js reports it (`values` with `valueTypes` and `numberFormat`) turned into a
 * CellValue. Empty cells and blank strings are null; errors keep their text; a number in a date
 * format is a Date (Excel holds dates as serial numbers and only the format says "date"), as the
 * .xlsx reader gives it.
 *
 * @example fromExcel("#DIV/0!", "Error") // { error: "#DIV/0!" }
 * @example fromExcel(41153, "Double", "yyyy-mm-dd") // Date 2012-09-01; fromExcel(41153, "Double", "General") // 41153
 */
export function fromExcel(value: unknown, type: string | undefined, format?: string): CellValue {
  if (type === "Empty" || value === "" || value === null || value === undefined) return null;
  if (type === "Error") return { error: String(value) };
  if (typeof value === "number" && isDateFormat(format)) return serialDate(value);
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "string" || typeof value === "boolean") return value;
  return String(value);
}

/** Dates as a zh-CN Excel reads them when typed: 3月1日, 2024年3月, 2024年3月1日. */
const ZH_DATE = /^\s*(\d{1,4}年\s*)?\d{1,2}月(\s*\d{1,2}日)?\s*$/;

/** Text Excel would turn into something else when typed (a number, in scientific notation too, a negative in parentheses, a date, boolean, formula). */
function wouldBeCoerced(text: string): boolean {
  if (/^[=+\-@']/.test(text)) return true;
  if (/^(true|false)$/i.test(text.trim())) return true;
  if (ZH_DATE.test(text) && !/^\s*\d{1,4}年\s*$/.test(text)) return true;
  if (/^\s*[+-]?(\d+\.?\d*|\.\d+)e[+-]?\d+\s*$/i.test(text)) return true;
  return /^[\s\d.,%$¥€/:\\()-]+$/.test(text) && /\d/.test(text);
}

/**
 * A CellValue as written through `range.values`. Text that Excel would coerce (`001`, `1/2`,
 * `-`, `=x`, `(100)`, `3月1日`) gets the apostrophe prefix so it stays text, and reads back as
 * written (the sink's content stamps rely on it); dates become serial numbers.
 *
 * @example toExcel("001") // "'001"; toExcel("(100)") // "'(100)"; toExcel(new Date(Date.UTC(2024, 0, 1))) // 45292
 */
export function toExcel(value: CellValue): ExcelValue {
  if (value === null) return "";
  if (typeof value === "number") return Number.isFinite(value) ? value : "";
  if (typeof value === "boolean") return value;
  if (value instanceof Date) return dateSerial(value);
  if (typeof value === "object") return value.error;
  return wouldBeCoerced(value) ? `'${value}` : value;
}
