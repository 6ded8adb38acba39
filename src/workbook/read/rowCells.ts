import type { CellValue, Grid } from "../types";
import { valueAt } from "./rowMeta";
import { cellText } from "./text";

/**
 * The sheet columns of a grid, left to right, as numbers (0-based, grid.left on).
 * @example a grid from column B (left 1), three cells wide → [1, 2, 3]
 */
export function columns(grid: Grid): number[] {
  return Array.from({ length: grid.values[0]?.length ?? 0 }, (_, i) => grid.left + i);
}

/** A filled cell of a row: its column `c` and its text `t` (cellText). */
export interface RowCell {
  readonly c: number;
  readonly t: string;
}

/** A cell that only states a unit (`%`, `（万元）`, `㎡`): the value is elsewhere on the row. */
export const UNIT_ONLY = /^\(?(%|‰|元|万元|人|个|所|间|m2|平方米|万平方米|亩|名|班|次|学时|年|台|套|册|元\/(生|人|年|生年))\)?$/;

/**
 * The filled cells of a row, left to right, each with its text (cellText); blank cells left out.
 * @example row 初中三年巩固率 | (blank) | 96% from column A → [{ c: 0, t: "初中三年巩固率" }, { c: 2, t: "96%" }]
 */
export function rowCells(grid: Grid, row: number): RowCell[] {
  return columns(grid).flatMap((c) => {
    const t = cellText(valueAt(grid, row, c));
    return t === null ? [] : [{ c, t }];
  });
}

/** A cell as Excel shows it: a formula error as `#DIV/0!`, a date as `2024-05-01`. */
export function shownText(v: CellValue): string {
  if (v !== null && typeof v === "object" && !(v instanceof Date)) return v.error;
  return cellText(v) ?? "";
}
