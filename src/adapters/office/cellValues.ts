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
 * A cell as Office.js reports it (`values` with `valueTypes`) turned into a CellValue.
 * Empty cells and blank strings are null; errors keep their text.
 *
 * @example fromExcel("#DIV/0!", "Error") // { error: "#DIV/0!" }
 */
export function fromExcel(value: unknown, type: string | undefined): CellValue {
  if (type === "Empty" || value === "" || value === null || value === undefined) return null;
  if (type === "Error") return { error: String(value) };
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
