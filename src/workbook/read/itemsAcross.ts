import type { CellValue, Grid } from "../types";
import { isCountyHeader, NO_LAYOUT, type Layout } from "./figuresLayout";
import { parseCellNumber } from "./parseCellNumber";
import { parseLevel } from "./parseLevel";
import { textAt, valueAt } from "./rowMeta";
import { parseYesNo } from "./schoolKind";
import { payAmountKind } from "./payAmounts";
import { cellText, normaliseText } from "./text";
import { isTotalLabel } from "./totalLabel";
import { columns, type RowCell, UNIT_ONLY, rowCells } from "./rowCells";
import type { ItemRow } from "./itemRow";
import { classify } from "./classify";

/** A cell that reads as a value (a number, 是 / 否, a level such as Ⅲ级以上): a header row holds none. */
export function readsAsValue(v: CellValue): boolean {
  if (typeof v !== "string") return typeof v === "number" || typeof v === "boolean";
  return parseCellNumber(v, "ratio").status === "number" || parseYesNo(v) !== null || parseLevel(v) !== null;
}

/**
 * The header row of items laid out across, one row per county (县区 | 初中三年巩固率 | 社会认可度 …):
 * names of at least two items in one of the first ten rows, and no value among its cells (项目 |
 * 数值 | 项目 | 数值 pairs side by side hold values; 等级 | Ⅲ级以上 is one item and its value).
 * Null when the sheet is not laid out so.
 */
function acrossHeader(grid: Grid): { row: number; items: RowCell[]; county: number | null } | null {
  for (let row = grid.top; row < grid.top + Math.min(10, grid.values.length); row++) {
    const cells = rowCells(grid, row);
    const items = cells.filter((x) => acrossKey(x.t) !== null);
    const distinct = new Set(items.map((x) => acrossKey(x.t))).size;
    if (distinct < 2 || columns(grid).some((c) => readsAsValue(valueAt(grid, row, c)))) continue;
    const county = cells.find((x) => isCountyHeader(x.t))?.c ?? null;
    // A row of item names is a header only over values: a county column, or a row below with values under two items
    // (校际差异率 | (blank) | 详见质量监测报告 names two items and is a row of a 项目 | 数值 list).
    if (county !== null || valuesBelow(grid, row, items)) return { row, items, county };
  }
  return null;
}

/**
 * What an across header's column gives: a county item, or an amount of pay or a head count G8 or
 * G11 is computed from (payAmountKind, rotationCountKind), so that a city list across computes
 * them county by county as one down does; null for a column of no item.
 */
function acrossKey(text: string): string | null {
  const { code: read, countKind, stageless } = classify(text);
  // A stage-less G7 or G13 column is another column than the primary one it is read as.
  const code = stageless !== null ? `${stageless}_stageless` : read;
  const pay = payAmountKind(text);
  return code ?? (countKind === null ? null : `count:${countKind}`) ?? (pay === null ? null : `pay:${pay}`);
}

/** Whether the next row holds values under at least two of the item columns. */
function valuesBelow(grid: Grid, row: number, items: readonly RowCell[]): boolean {
  return items.filter((x) => readsAsValue(valueAt(grid, row + 1, x.c))).length >= 2;
}

/**
 * A city's figures laid out across: each row under the header one county's (its name in the
 * county column; 合计 / 全市 rows skipped), each item column one item, read as a row of a 项目 |
 * 数值 sheet would be (figureOf), with the header's item name and the county of its row.
 */
export function itemsAcross(grid: Grid): { layout: Layout; items: ItemRow[] } | null {
  const header = acrossHeader(grid);
  if (header === null) return null;
  const layout: Layout = { ...NO_LAYOUT, headerRow: header.row, countyColumn: header.county };
  const units = unitRow(grid, header.row + 1, header.items);
  const items: ItemRow[] = [];
  for (let row = header.row + (units === null ? 1 : 2); row < grid.top + grid.values.length; row++) {
    const county = header.county === null ? null : textAt(grid, row, header.county);
    // 合计 / 全市 rows, and a 国家标准 / 目标 row the city lists its counties against.
    if (county !== null && !isCountyLabel(county)) continue;
    for (const { c, t } of header.items) items.push({ row, itemColumn: c, valueColumn: c, ...classify(t), parts: null, text: t, unitText: units?.get(c) ?? "", unread: [] });
  }
  return { layout, items };
}

/** A row of standards or targets under an across header: what the counties are judged against, not a county. */
const STANDARD_ROW = /标准|目标|要求/;

/**
 * Whether a 县区 cell names a county: not a 合计 / 全市 row (isTotalLabel) nor a row of the standards
 * or targets the counties are judged against (STANDARD_ROW), in a list across or down alike.
 * @example isCountyLabel("甲县") // true; isCountyLabel("全市") // false; isCountyLabel("国家标准") // false
 */
export function isCountyLabel(text: string): boolean {
  return !isTotalLabel(text) && !STANDARD_ROW.test(text);
}

/** A row right under an across header holding only units (| % | % | 元 |): each item column's unit, or null when the row is data. */
function unitRow(grid: Grid, row: number, items: readonly RowCell[]): Map<number, string> | null {
  const texts = items.map((x) => [x.c, cellText(valueAt(grid, row, x.c))] as const).filter((e): e is readonly [number, string] => e[1] !== null);
  const allUnits = texts.length > 0 && texts.every(([, t]) => UNIT_ONLY.test(normaliseText(t)));
  return allUnits ? new Map(texts) : null;
}
