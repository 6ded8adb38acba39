import type { Issue } from "../../engine/types";
import { cellPlace } from "../address";
import { UNREAD_MONEY_CODES } from "../read/unitPlausibilityIssues";

/**
 * Reader errors at a column's header that leave every value under it unread: a money column whose
 * unit its values contradict (unitPlausibilityIssues.ts unreadMoneyColumns). Its cells still hold
 * numbers; they were refused for the column's unit, not left blank.
 */
const COLUMN_REFUSALS: ReadonlySet<string> = new Set(UNREAD_MONEY_CODES);

/** The header cell of each column refused whole, by `sheet\0column` (0-based column), with the header's row. */
export type RefusedColumns = ReadonlyMap<string, { readonly header: string; readonly row: number }>;

/** A sheet and 0-based column as one key. */
const columnKey = (sheet: string, column: number): string => `${sheet}\u0000${column}`;

/**
 * The columns the reader refused whole (COLUMN_REFUSALS), each with the header cell its error is at.
 * @example refusedColumns([read_money_unit_unstated at 学校基本情况!P3]) // Map { "学校基本情况\0 15" → { header: "学校基本情况!P3", row: 2 } }
 */
export function refusedColumns(issues: readonly Issue[]): RefusedColumns {
  const out = new Map<string, { header: string; row: number }>();
  for (const issue of issues) {
    const place = COLUMN_REFUSALS.has(issue.code) ? cellPlace(issue.cell) : null;
    if (place !== null && issue.cell !== null) out.set(columnKey(place.sheet, place.column), { header: issue.cell, row: place.row });
  }
  return out;
}

/**
 * The header cell of the refused column a cell lies in, below its header (a school's value the
 * column's unit error left unread); null for any other cell, or none.
 * @example refusingHeader("学校基本情况!P7", refusedColumns([read_money_unit_unstated at 学校基本情况!P3])) // "学校基本情况!P3"
 * @example refusingHeader("学校基本情况!Q7", …) // null; refusingHeader(null, …) // null
 */
export function refusingHeader(cell: string | null, columns: RefusedColumns): string | null {
  const place = columns.size === 0 ? null : cellPlace(cell);
  const refused = place === null ? undefined : columns.get(columnKey(place.sheet, place.column));
  return refused !== undefined && place !== null && place.row > refused.row ? refused.header : null;
}
