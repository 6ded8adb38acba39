import type { Issue } from "../engine/types";
import { a1, columnLetters, qualified } from "../workbook/address";
import type { ColumnMapping } from "../workbook/read/readWorkbook";

/**
 * The header each fixed or ignored column showed when the user chose its role, keyed by the
 * 0-based sheet column (as text: the settings are JSON). Fixes name columns by position; a column
 * inserted or deleted in the sheet afterwards moves the data under them, so a fix is applied only
 * while its column still holds the header it was chosen for.
 */
export type FixHeaders = Readonly<Record<string, string>>;

/** A fixed column whose header is no longer the one the fix was chosen for. */
export interface ChangedColumn {
  readonly column: number;
  readonly was: string;
  readonly now: string;
}

/** The header the reader found over `column` (its group path joined by `/`), or "" where the header has no such column. */
export function headerAt(mapping: ColumnMapping, column: number): string {
  return [...mapping.columns, ...mapping.unmatched].find((c) => c.column === column)?.header ?? "";
}

/**
 * The fixed columns whose header changed since the fix was chosen; none without recorded
 * headers (settings saved before they were kept).
 *
 * @example changedColumns({ "3": "专任教师数" }, mapping with 初中在校生数 over D) // [{ column: 3, was: "专任教师数", now: "初中在校生数" }]
 */
export function changedColumns(headers: FixHeaders | undefined, mapping: ColumnMapping): ChangedColumn[] {
  if (headers === undefined) return [];
  return Object.entries(headers).flatMap(([key, was]) => {
    const column = Number(key);
    const now = headerAt(mapping, column);
    return now === was ? [] : [{ column, was, now }];
  });
}

/**
 * The column whose header is `header` in `mapping`, other than `column`; null when none or several
 * (the user then chooses in the table).
 *
 * @example columnOfHeader(mapping with 教学及辅助用方面积（㎡） over O (14) only, "教学及辅助用方面积（㎡）", 13) // 14
 */
export function columnOfHeader(mapping: ColumnMapping, header: string, column: number): number | null {
  const found = [...mapping.columns, ...mapping.unmatched].filter((c) => c.header === header && c.column !== column).map((c) => c.column);
  const unique = [...new Set(found)];
  return unique.length === 1 ? (unique[0] ?? null) : null;
}

/**
 * The changed columns as errors at their header cells (`code` says what became of the fix; `code`
 * with `_to` when one other column holds the old header now, named as `to`).
 *
 * @example changedColumnIssues("addin_saved_fix_column_changed", [{ column: 13, was: "教学…（㎡）", now: "美术" }], mapping with 教学…（㎡） over O)
 *   // [{ code: "addin_saved_fix_column_changed_to", severity: "error", cell: "学校!N4", params: { column: "N", was: "教学…（㎡）", now: "美术", to: "O" } }]
 */
export function changedColumnIssues(code: string, changed: readonly ChangedColumn[], mapping: ColumnMapping): Issue[] {
  return changed.map(({ column, was, now }) => {
    const to = columnOfHeader(mapping, was, column);
    const params = { column: columnLetters(column), was, now };
    const cell = qualified(mapping.sheet, a1(mapping.headerRows.bottom, column));
    return to === null ? { code, severity: "error", cell, params } : { code: `${code}_to`, severity: "error", cell, params: { ...params, to: columnLetters(to) } };
  });
}
