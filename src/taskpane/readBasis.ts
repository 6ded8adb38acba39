import { stableKey } from "../addin/stableKey";
import type { ColumnMapping } from "../workbook/read/readWorkbook";
import type { ReadOk } from "./paneContext";

/**
 * What an evaluation of `read` depends on, comparable: the school records and county figures read
 * (each value with its cell), the year evaluated (`year` as the user chose it, else the one the read
 * found in the titles, as evaluateRead's withYear takes it), the 规则 sheet's settings, the field
 * each column was read as, and the read's issues, which the result lists (a range that leaves out
 * only the 合计 row reads the same schools, but no longer says the row was left out). Two reads with the same key evaluate alike under the same profile, however
 * the pane's settings differ: a column set to 不使用 and then back to the field the reader found
 * there (the pane pins it, byHand), or 评估年度 2024 chosen where 按表格标题 read 2024. Whether a
 * column was given by hand is left out: it is how the field was chosen, not what was read.
 *
 * @example readBasisKey(read, null) === readBasisKey(readWithCPinned, null) // C pinned to the field the reader found there
 * @example readBasisKey(read, null) === readBasisKey(read, 2024) // read.input.year 2024 (按表格标题)
 */
export function readBasisKey(read: ReadOk, year: number | null): string {
  const { records, countyFigures } = read.input;
  const { ruleOverride, issues } = read;
  return stableKey({ records, countyFigures, year: year ?? read.input.year, ruleOverride, columns: columnsRead(read.mapping), issues });
}

/** The columns of a mapping and of the other school sheets read with it, each with its sheet and without byHand. */
function columnsRead(mapping: ColumnMapping): object[] {
  const own = mapping.columns.map(({ byHand: _byHand, ...column }) => ({ sheet: mapping.sheet, ...column }));
  return [...own, ...(mapping.otherSheets ?? []).flatMap(columnsRead)];
}
