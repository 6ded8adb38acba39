import type { Grid } from "../types";
import { cellText, normaliseText } from "./text";

/** A 规则 sheet's path column header (normaliseText: lower case, no spaces). */
const PATH_HEADER = /^(路径|参数|参数名|参数名称|设置|设定|设置项|设置项目|设置名称|规则项|规则名称|配置项|项目|规则|名称|path|key|setting|parameter|name)$/;
/**
 * Its value column header: 值, never a column beside it (原值, 上年取值, 说明); 新值, 调整后, 本县 are
 * the column a bureau edits beside the old one (设置 | 原值 | 新值).
 */
const VALUE_HEADER = /^(值|取值|设置值|设定值|参数值|配置值|数值|规则值|调整值|调整后|调整后值|调整后取值|本县|本县值|本县取值|新值|新取值|修改后|修改后值|value|newvalue)$/;
/** A column beside the path that is no value to apply: an old, default or standard value. */
const OLD_VALUE_HEADER = /^(原值|原取值|原设置|默认值|默认|上年|旧值|国家标准|标准值|参考值|现行值)/;
/** A column beside the path that holds no value at all: a note, a number, a unit. */
const NOTE_HEADER = /^(说明|备注|序号|单位|含义|依据|来源)/;
/** A column beside the path that may hold the value, though no 值 header names it (路径 | 内容). */
const CONTENT_HEADER = /^(内容|设置内容|参数内容|规则内容|content)$/;
/** A cell beside the path that is itself a value, so its row gives a setting and heads nothing: 0.4, "0.45", 90%. */
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)%?$/;

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

/**
 * Whether a row of a 规则 sheet read without a 路径 | 值 header (ruleColumns null) heads the sheet:
 * its first cell a path column's header word (路径, 设置, 项目: PATH_HEADER) and beside it nothing
 * or another column's header word (值, 内容, 说明, 原值). Any other row gives a setting, even one
 * whose first cell is such a word: 设置 | 0.4 is a setting nobody knows, refused at its cell, not a
 * header passed over without a word.
 *
 * @example headsRuleSheet("设置", null) // true; headsRuleSheet("路径", "内容") // true
 * @example headsRuleSheet("设置", "0.4") // false; headsRuleSheet("cvLimits.primary", "值") // false
 */
export function headsRuleSheet(first: string, beside: string | null): boolean {
  if (!PATH_HEADER.test(normaliseText(first))) return false;
  const next = normaliseText(beside ?? "");
  return next === "" || [VALUE_HEADER, CONTENT_HEADER, NOTE_HEADER, OLD_VALUE_HEADER].some((h) => h.test(next));
}

/** A header naming the path column but no value column: 0-based sheet row and column of its path header, and the header as written. */
export interface UnclearValue {
  readonly headerRow: number;
  readonly path: number;
  readonly found: string;
}

/**
 * A header row (first ten rows, no 路径 | 值 header: ruleColumns null) naming the path column but no
 * value column, where the value cannot be told: a column beside the path holds an old, default or
 * standard value (原值, 默认值, 国家标准), or two or more columns that are no note could each be it.
 * Reading each row's first two cells would apply the first of them (设置 | 原值 | 原值…: reviewer R3
 * of s48, R-a), so the caller refuses the sheet at that header. Null for a header with one column
 * beside the path that may be the value (路径 | 内容), or none.
 * @example unclearValueColumn(grid [["路径", "原值", "说明"], …]) // { headerRow: 0, path: 0, found: "路径 | 原值 | 说明" }
 * @example unclearValueColumn(grid [["路径", "内容"], …]) // null
 */
export function unclearValueColumn(grid: Grid): UnclearValue | null {
  for (let r = 0; r < Math.min(10, grid.values.length); r++) {
    const written = (grid.values[r] ?? []).map((v) => cellText(v) ?? "");
    const texts = written.map((t) => normaliseText(t));
    const path = texts.findIndex((t) => PATH_HEADER.test(t));
    const others = texts.filter((t, i) => i > path && t !== "");
    // 项目 | 0.4 | 0.5 gives a setting (refused at its cell as unknown), not a header: a header holds no number.
    if (path < 0 || others.length === 0 || others.some((t) => NUMBER.test(t))) continue;
    const candidates = others.filter((t) => !NOTE_HEADER.test(t));
    const unclear = others.some((t) => OLD_VALUE_HEADER.test(t)) || candidates.length >= 2;
    return unclear ? { headerRow: grid.top + r, path: grid.left + path, found: written.filter((t) => t !== "").join(" | ") } : null;
  }
  return null;
}
