import type { Issue } from "../../engine/types";
import { headerRowOf, type HeaderBand } from "./findHeader";
import { issueAt } from "./issue";
import type { ColumnRole } from "./keys";
import { missingKeys } from "./matchColumns";

/**
 * When a column the evaluation needs is missing (read_columns_missing), the headers left unread
 * may hold it under a wording the aliases do not know: they are listed in one info issue at the
 * header row of the first, for the user to map in the task pane. Nothing when no column is missing.
 *
 * @example header 序号 | 学校名称 | 在校生数 | 校舍用房, roles name B and students C → one issue at A's header cell, headers "序号、校舍用房"
 */
export function unmatchedHeaders(band: HeaderBand, roles: readonly ColumnRole[]): Issue[] {
  const used = new Set(roles.map((r) => r.column));
  const unmatched = band.columns.filter((c) => !used.has(c.column));
  const first = unmatched[0];
  if (first === undefined || missingKeys(roles).length === 0) return [];
  const headers = unmatched.map((c) => c.path.join("/")).join("、");
  return [issueAt("read_columns_unmatched", "info", band.sheet, headerRowOf(band, first.column), first.column, { sheet: band.sheet, headers })];
}
