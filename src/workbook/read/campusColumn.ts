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
 * The ways the main campus is written, blank among them: a first row left blank and a copy of it
 * saying 本部 are one campus written twice, not two campuses to add up.
 */
const MAIN_CAMPUS = /^(?:本部|校本部|本部校区|主校区|主校|本校|本校区|总校|总校区|总部|校部)?$/;

/**
 * A campus text naming the main campus: blank, or a word for it once spaces and full-width forms are folded.
 *
 * @example isMainCampus("") // true; isMainCampus(" 校本部 ") // true; isMainCampus("东本部") // false
 */
export function isMainCampus(text: string): boolean {
  return MAIN_CAMPUS.test(foldText(text));
}

/** A campus text reduced to what names it: folded, and any word for the main campus made "". */
function campusKey(text: string): string {
  return isMainCampus(text) ? "" : foldText(text);
}

/**
 * Two campus texts naming the same campus: alike once spaces and full-width forms are folded, and
 * a blank or any word for the main campus (本部, 校本部, 主校区…) being one campus.
 *
 * @example sameCampus("北校区", " 北 校区") // true
 * @example sameCampus("", "本部") // true; sameCampus("本部", "南校区") // false
 */
export function sameCampus(a: string, b: string): boolean {
  return campusKey(a) === campusKey(b);
}
