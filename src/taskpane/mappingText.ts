import type { MappingView } from "../addin/mappingView";
import type { Issue } from "../engine/types";
import { message } from "../messages/catalogue";
import { listText } from "../messages/listText";
import { sheetsRead, type SheetCount } from "../report/schoolSheets";
import type { Lang } from "../messages/types";
import { rowsNotReadText } from "../workbook/write/rowsNotReadText";
import type { ReadOk } from "./paneContext";

/**
 * What was read (readText); after a read that failed (`read` null), the header it found there, with
 * the required fields it lacks (`lacking`, keys) when that is why, or that nothing was read.
 *
 * @example extentText(null, "学校!A1:F2", rows, "zh", ["students"]) → "找到表头 学校!A1:F2，但其中没有识别出必需的列：在校生数，未能读取学校数据（见表下说明）。"
 * @example extentText(null, "学校!A1:F2", rows, "en") → "Header found at 学校!A1:F2, but the school data could not be read."
 * @example extentText(null, null, null, "en") → "Nothing was read."
 */
export function extentText(read: ReadOk | null, extent: string | null, headerRows: MappingView["headerRows"], lang: Lang, lacking: readonly string[] = []): string {
  if (read !== null && extent !== null) return readText(read, extent, headerRows, lang);
  if (extent === null) return message("addin_mapping_nothing_read", {}, lang);
  return lacking.length === 0 ? message("addin_mapping_header_found", { range: extent }, lang) : message("addin_mapping_header_lacks", { range: extent, fieldList: lacking.join(",") }, lang);
}

/**
 * What was read: sheet!range, header rows and school rows, then the school rows left out and why (rowsNotReadText), in one message.
 *
 * @example a read of 3 schools under the header of rows 2–3, none left out: readText(read, "学校!A2:F6", { first: 2, last: 3 }, "en") → "Read 学校!A2:F6: header row 2–3, 3 school rows."
 */
export function readText(read: ReadOk, extent: string, headerRows: MappingView["headerRows"], lang: Lang): string {
  const params = { range: rangeText(read, extent, lang), header: headerText(headerRows, lang), count: read.input.records.length };
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

/**
 * The extent read, and the other sheets the school records came from (小学 and 初中 on sheets of
 * their own), so that the count said with it is of what it names.
 *
 * @example rangeText(read of 小学 (2) and 初中 (1), "小学!A1:C3", "zh") → "小学!A1:C3 及“初中”"
 */
function rangeText(read: ReadOk, extent: string, lang: Lang): string {
  const others = sheetsRead(read.input.records).filter((s) => s.sheet !== read.mapping.sheet);
  if (others.length === 0) return extent;
  const names = listText(others.map((s) => message("cli_sheet_name", { sheet: s.sheet }, lang)), lang);
  return message("addin_mapping_range_and_sheets", { range: extent, others: names }, lang);
}

/**
 * The school sheets the read will evaluate, each with its records, in the CLI's words (sheetsRead,
 * cli_read_sheets_only): what 评估 reads, shown before it.
 *
 * @example schoolSheetsText(sheetsRead(read of 小学 (2) and 初中 (1)), "zh") → "学校数据表：“小学”（2 条）、“初中”（1 条）"
 */
export function schoolSheetsText(read: readonly SheetCount[], lang: Lang): string {
  const sheets = read.map((s) => message("cli_sheet_records", { sheet: s.sheet, count: s.count }, lang));
  return sheets.length === 0 ? "" : message("cli_read_sheets_only", { sheets: listText(sheets, lang) }, lang);
}

/**
 * The schools under the range read that it leaves out (read_range_ends_above_schools, found by the
 * reader: one per sheet read), in the words 数据问题 gives them after 评估, to be said where the
 * range is read, before it; none when the range leaves none out, or none was given.
 *
 * @example belowRangeTexts([{ code: "read_range_ends_above_schools", params: { range: "A3:AJ20", sheet: "学校基本情况", name: "杨柳小学" }, … }], "zh")
 *   → ["区域 A3:AJ20 之下还有学校（工作表“学校基本情况”的“杨柳小学”起），未读取：若它们也应参评，请扩大区域或不指定区域"]
 */
export function belowRangeTexts(issues: readonly Issue[], lang: Lang): string[] {
  return issues.filter((i) => i.code === "read_range_ends_above_schools").map((i) => message(i.code, i.params, lang, "addin"));
}
