import { extname } from "node:path";

/**
 * Spreadsheets a county may send that this tool cannot read, by extension: a CSV, an OpenDocument
 * sheet, WPS's template, Excel's binary .xlsb, Apple's Numbers. A batch gives each its row in the
 * overview with the advice to save it as .xlsx, instead of leaving the county out unseen. (.xls and
 * WPS's .et go to the reader, which says the same when they are what their name says.)
 */
const SAVE_AS_XLSX: Readonly<Record<string, string>> = { ".csv": "CSV", ".ods": "OpenDocument (.ods)", ".ett": "WPS (.ett)", ".xlsb": "Excel (.xlsb)", ".numbers": "Numbers" };

/** The extensions of SAVE_AS_XLSX, for a folder's walk to take them. */
export const SAVE_AS_XLSX_EXTENSIONS: readonly string[] = Object.keys(SAVE_AS_XLSX);

/** The format a file's extension names, where it is one to be saved as .xlsx; null otherwise. @example saveAsXlsxFormat("/c/汇总.CSV") // "CSV"; saveAsXlsxFormat("/c/甲县.xlsx") // null */
export function saveAsXlsxFormat(path: string): string | null {
  return SAVE_AS_XLSX[extname(path).toLowerCase()] ?? null;
}
