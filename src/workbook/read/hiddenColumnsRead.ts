import type { Issue } from "../../engine/types";
import { columnLetters } from "../address";
import { headerRowOf, type HeaderBand } from "./findHeader";
import { issueAt } from "./issue";
import type { ColumnRole } from "./keys";

/**
 * A note at the header of each hidden column that is read. Hidden rows are left out (a filter
 * hides the schools it excludes), but a hidden column is read: sheets hide columns to print or to
 * tidy, and a column the user cannot see may hold what they believe is not there (last year's
 * figures, a draft). Said once per column, however many roles it gives (小学 and 初中 parts).
 *
 * @example hiddenColumnsRead(band, [{ column: 4, key: "students", header: "在校生数", … }], new Set([4])) // [read_hidden_column_read at E's header]
 */
export function hiddenColumnsRead(band: HeaderBand, roles: readonly ColumnRole[], hidden: ReadonlySet<number>): Issue[] {
  const read = new Map<number, string>();
  for (const role of roles) if (hidden.has(role.column) && !read.has(role.column)) read.set(role.column, role.header);
  return [...read].sort(([a], [b]) => a - b).map(([column, header]) => issueAt("read_hidden_column_read", "info", band.sheet, headerRowOf(band, column), column, { column: columnLetters(column), header }));
}
