import type { MappingView } from "../addin/mappingView";
import { message } from "../messages/catalogue";
import type { Lang } from "../messages/types";
import { rowsNotReadText } from "../workbook/write/rowsNotReadText";
import type { ReadOk } from "./paneContext";

/**
 * What was read (readText); after a read that failed (`read` null), the header it found there or that nothing was read.
 *
 * @example extentText(null, "学校!A1:F2", rows, "en") → "Header found at 学校!A1:F2, but the school data could not be read."
 * @example extentText(null, null, null, "en") → "Nothing was read."
 */
export function extentText(read: ReadOk | null, extent: string | null, headerRows: MappingView["headerRows"], lang: Lang): string {
  if (read !== null && extent !== null) return readText(read, extent, headerRows, lang);
  return extent === null ? message("addin_mapping_nothing_read", {}, lang) : message("addin_mapping_header_found", { range: extent }, lang);
}

/**
 * What was read: sheet!range, header rows and school rows, then the school rows left out and why (rowsNotReadText), in one message.
 *
 * @example a read of 3 schools under the header of rows 2–3, none left out: readText(read, "学校!A2:F6", { first: 2, last: 3 }, "en") → "Read 学校!A2:F6: header row 2–3, 3 school rows."
 */
export function readText(read: ReadOk, extent: string, headerRows: MappingView["headerRows"], lang: Lang): string {
  const params = { range: extent, header: headerText(headerRows, lang), count: read.input.records.length };
  const rows = rowsNotReadText(read.issues, lang, false);
  return rows === null ? message("addin_mapping_read", params, lang) : message("addin_mapping_read_not_read", { ...params, rows }, lang);
}

/**
 * The header's row, or its first and last rows ("2–3").
 *
 * @example headerText({ first: 4, last: 4 }, "zh") → "4"; headerText({ first: 2, last: 3 }, "zh") → "2–3"; headerText(null, "zh") → ""
 */
export function headerText(rows: MappingView["headerRows"], lang: Lang): string {
  return rows === null || rows.first === rows.last ? String(rows?.first ?? "") : message("addin_row_span", rows, lang);
}
