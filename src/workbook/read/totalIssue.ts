import type { Issue } from "../../engine/types";
import { issueAt } from "./issue";
import { rowRanges } from "./rowRanges";
import { mismatchWarning, type Mismatch } from "./totalAgrees";
import type { TotalRowInput } from "./totalRowInput";
import type { TotalRow } from "./totalRow";
import type { Comparison } from "./comparisonFrom";
import { sortedRows } from "./runningSums";

/**
 * What is said of a total: nothing when every column agrees with the rows read; a warning naming
 * the columns that agree with neither the rows read nor them with the hidden rows of its range
 * added (the sums then those of both, the hidden rows named: read_total_row_mismatch_hidden);
 * else, when hidden rows alone make the difference, a note (read_total_row_hidden), not a second
 * warning beside the hidden rows' own. A column may count the hidden rows (typed) while another
 * leaves them out (SUBTOTAL(109, …)): each agrees one way, and neither is wrong. A total above its
 * rows names the last of them too (`last`): 城区小计 heading rows 3–4 is “与第 3–4 行…”, not “第 3 行起”.
 * @example 合计 3044 over 一小 1652 + 三小 412 read and 二小 980 hidden → read_total_row_hidden (info), rows "3"
 */
export function totalIssue(input: TotalRowInput, total: TotalRow, { first, last, open, mismatches, differ, hidden, leftOut }: Comparison): Issue[] {
  // A total above its rows says where they end (rows 5–7), as “from row 5 down” would run past its block (the catalogue's {fromRows}).
  const place = { row: total.row + 1, label: total.label, first: first + 1, ...(first > total.row ? { last: last + 1 } : {}) };
  const hiddenRows = hidden.length === 0 ? {} : { hiddenRows: rowRanges(hidden) };
  // Rows a stage's subtotal may count or not: the warning names them and both sums (R4 of s46, B2, B5b).
  const maybe = mismatches.some((m) => m.read !== undefined) ? sortedRows([...new Set([...open, ...hidden])]) : [];
  // A stage's or kind's subtotal is compared with those rows, and the warning says so; a plain total over a senior high school names it (plainSums).
  const kind = total.scope !== null ? ("stage" in total.scope ? (maybe.length > 0 ? "_stage_open" : "_stage") : "_type") : plainKind(open, maybe, hidden);
  // A plain total's open rows are its senior high schools, named as such, its hidden rows apart (hiddenRows): R1 of s49, g21.
  const named = kind.startsWith("_open") ? open : maybe;
  const openRows = named.length === 0 ? {} : { rows: rowRanges(named) };
  if (mismatches.length > 0) return [mismatchIssue(input, total, kind, mismatches, { ...place, ...hiddenRows, ...openRows })];
  if (differ === 0) return [];
  // Some columns count the hidden rows and some do not: the total is not one sum of one set of rows (R2 of s45, B).
  if (leftOut.length > 0) return [mismatchIssue(input, total, "_hidden_mixed", leftOut, { ...place, rows: rowRanges(hidden) })];
  // A hidden total row's note would speak of rows nobody sees; a warning above still speaks of its numbers.
  // A stage's subtotal counting them says no more than the hidden rows' warning and the grand total's note (R4 of s46, B5).
  if (input.grid.hiddenRows?.includes(total.row) === true || total.scope !== null) return [];
  return [issueAt("read_total_row_hidden", "info", input.grid.sheet, total.row, total.column, { ...place, rows: rowRanges(hidden), count: hidden.length })];
}

/** A plain total's warning: _open naming the senior high schools it may count (`open`), _open_hidden the hidden rows too, when a sum named has them; else _hidden when hidden rows are in range. */
function plainKind(open: readonly number[], maybe: readonly number[], hidden: readonly number[]): string {
  if (open.length > 0 && maybe.length > 0) return hidden.length === 0 ? "_open" : "_open_hidden";
  return hidden.length === 0 ? "" : "_hidden";
}

/** The warning naming the `mismatches` (the first five, and how many): read_total_row_mismatch, or its `kind` (_hidden, _hidden_mixed, _open, _open_hidden, _stage, _stage_open, _type). */
function mismatchIssue(input: TotalRowInput, total: TotalRow, kind: string, mismatches: readonly Mismatch[], place: Readonly<Record<string, string | number>>): Issue {
  return mismatchWarning(`read_total_row_mismatch${kind}`, mismatches, { sheet: input.grid.sheet, row: total.row, column: total.column }, place);
}
