import type { ReadResult } from "../workbook/read/readWorkbook";

/**
 * The sheets an evaluation's data came from: the school sheet (each of them when 小学 and 初中 sit
 * on sheets of their own), the county figures sheets and the 规则 sheet; once each, in that order.
 * What the pane watches for changes (a result whose data changed is out of date); never the result
 * sheets, which the reader does not read.
 *
 * @example sheetsRead(read of 学校 with 县级指标 and 规则) // ["学校", "县级指标", "规则"]
 */
export function sheetsRead(read: Extract<ReadResult, { ok: true }>): string[] {
  const schools = read.input.records.flatMap((record) => (record.source === null ? [] : [record.source.sheet]));
  const sheets = [read.mapping.sheet, ...schools, ...read.figuresSheets, read.ruleSheet];
  return [...new Set(sheets.filter((sheet): sheet is string => sheet !== null && sheet !== ""))];
}
