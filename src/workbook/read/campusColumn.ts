import type { Grid } from "../types";
import type { HeaderBand } from "./findHeader";
import type { ColumnRole } from "./keys";
import { textAt } from "./rowMeta";
import { foldText } from "./text";

/** A 校区 header: 校区, 校区名称, 所在校区 (not 校区数 or 校区面积, which are numbers). */
const CAMPUS_HEADER = /^(所在)?校区(名称|名)?$/;

/**
 * The sheet column naming each row's campus (校区), not taken by a recognised role; null without one.
 * Only its last header cell counts: 校区 under a group 学校 is the campus, 校区面积 is not.
 *
 * @example header 学校名称 | 校区 | 在校生数, roles name A and students C → 1
 */
export function campusColumn(band: HeaderBand, roles: readonly ColumnRole[]): number | null {
  const used = new Set(roles.map((r) => r.column));
  const found = band.columns.find((c) => !used.has(c.column) && CAMPUS_HEADER.test(foldText(c.path[c.path.length - 1] ?? "")));
  return found?.column ?? null;
}

/** A row's campus as written and trimmed, "" for a blank cell; a 校区 cell merged down gives each row its value. */
export function campusText(grid: Grid, row: number, column: number): string {
  return textAt(grid, row, column)?.trim() ?? "";
}

/**
 * Two campus texts naming the same campus: alike once spaces and full-width forms are folded.
 *
 * @example sameCampus("北校区", " 北 校区") // true
 */
export function sameCampus(a: string, b: string): boolean {
  return foldText(a) === foldText(b);
}
