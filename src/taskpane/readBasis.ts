import { stableKey } from "../addin/stableKey";
import type { Issue } from "../engine/types";
import type { ColumnMapping } from "../workbook/read/readWorkbook";
import type { ReadOk } from "./paneContext";

/**
 * What an evaluation of a read depends on, comparable (readBasis): `key`, what the evaluation is
 * computed from, and `problems`, the data problems (warnings and errors) the result lists, each
 * as a key of its own.
 */
export interface ReadBasis {
  readonly key: string;
  readonly problems: readonly string[];
}

/**
 * What an evaluation of `read` depends on: the school records and county figures read (each value
 * with its cell), the year evaluated (`year` as the user chose it, else the one the read found in
 * the titles, as evaluateRead's withYear takes it), the 规则 sheet's settings and the field each
 * column was read as (`key`); and apart, the read's warnings and errors (`problems`), which the
 * result lists. Notes (severity info) are left out: they say how the read was made (the range
 * applied, a 合计 row skipped, the year taken from the title), which the settings shown say too.
 * Two reads with the same key evaluate alike under the same profile, however the pane's settings
 * differ: a column set to 不使用 and then back to the field the reader found there (the pane pins
 * it, byHand), or 评估年度 2024 chosen where 按表格标题 read 2024. Whether a column was given by
 * hand is left out: it is how the field was chosen, not what was read.
 *
 * @example readBasis(read, null).key === readBasis(readWithCPinned, null).key // C pinned to the field the reader found there
 * @example readBasis(read, null).key === readBasis(read, 2024).key // read.input.year 2024 (按表格标题)
 */
export function readBasis(read: ReadOk, year: number | null): ReadBasis {
  const { records, countyFigures } = read.input;
  const key = stableKey({ records, countyFigures, year: year ?? read.input.year, ruleOverride: read.ruleOverride, columns: columnsRead(read.mapping) });
  return { key, problems: read.issues.filter(isProblem).map(stableKey) };
}

/**
 * Whether the result evaluated from `shown` is still what `now` would give: the same evaluation,
 * and no data problem the result does not list. Problems the result lists that `now` no longer
 * finds leave it current: with the same records they are problems outside what is now read (the
 * 合计 row a narrower range leaves out disagrees with the schools above it all the same), still
 * true of the sheet. A problem `now` finds and the result does not list (the 合计 row a wider
 * range takes in disagrees) is news the user gets only by evaluating again.
 *
 * @example evaluatesAlike({ key: "k", problems: ["合计 disagrees"] }, { key: "k", problems: [] }) // true
 * @example evaluatesAlike({ key: "k", problems: [] }, { key: "k", problems: ["合计 disagrees"] }) // false
 */
export function evaluatesAlike(shown: ReadBasis, now: ReadBasis): boolean {
  const listed = new Set(shown.problems);
  return shown.key === now.key && now.problems.every((p) => listed.has(p));
}

/** A data problem the result lists, as against a note on how the data was read. */
function isProblem(issue: Issue): boolean {
  return issue.severity !== "info";
}

/** The columns of a mapping and of the other school sheets read with it, each with its sheet and without byHand. */
function columnsRead(mapping: ColumnMapping): object[] {
  const own = mapping.columns.map(({ byHand: _byHand, ...column }) => ({ sheet: mapping.sheet, ...column }));
  return [...own, ...(mapping.otherSheets ?? []).flatMap(columnsRead)];
}
