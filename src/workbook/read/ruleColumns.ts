import type { Grid } from "../types";
import { cellText, normaliseText } from "./text";

/** A 规则 sheet's path column header (normaliseText: lower case, no spaces). */
const PATH_HEADER = /^(路径|参数|参数名|参数名称|设置|设定|设置项|设置项目|设置名称|规则项|规则名称|配置项|项目|规则|名称|path|key|setting|parameter|name)$/;
/** Its value column header: 值, never a column beside it (原值, 上年取值, 说明). */
const VALUE_HEADER = /^(值|取值|设置值|设定值|参数值|配置值|数值|规则值|调整值|调整后取值|本县取值|value)$/;

/** Where a 规则 sheet's header puts the path and the value: 0-based sheet row and columns. */
export interface RuleColumns {
  readonly headerRow: number;
  readonly path: number;
  readonly value: number;
}

function headerOf(grid: Grid, r: number): RuleColumns | null {
  const texts = (grid.values[r] ?? []).map((v) => normaliseText(cellText(v) ?? ""));
  const path = texts.findIndex((t) => PATH_HEADER.test(t));
  const value = texts.findIndex((t, i) => i > path && VALUE_HEADER.test(t));
  return path < 0 || value < 0 ? null : { headerRow: grid.top + r, path: grid.left + path, value: grid.left + value };
}

/**
 * The header row of a 规则 sheet among its first ten rows, with its 路径 and 值 columns (E2.xlsx:
 * 序号 | 路径 | 值 | 说明 → B and C); null when there is none (the sheet is then read by its
 * first two filled cells per row).
 * @example ruleColumns(grid [["序号", "路径", "值"], …]) // { headerRow: 0, path: 1, value: 2 }
 */
export function ruleColumns(grid: Grid): RuleColumns | null {
  for (let r = 0; r < Math.min(10, grid.values.length); r++) {
    const found = headerOf(grid, r);
    if (found !== null) return found;
  }
  return null;
}
