import type { Grid } from "../types";
import type { Layout } from "./figuresLayout";
import { textAt, valueAt } from "./rowMeta";
import { cellText, normaliseText } from "./text";
import type { ItemRow } from "./itemRow";
import { type RowCell, UNIT_ONLY } from "./rowCells";
import { subStage } from "./classify";
import { itemAt } from "./itemAt";

/** The text of a name merged down over `column` from a row above (教师交流轮岗 over A4:A5), or null. */
function mergedAbove(grid: Grid, row: number, column: number): string | null {
  const merge = grid.merges.find((m) => m.top < row && row <= m.bottom && m.left <= column && column <= m.right);
  return merge === undefined ? null : cellText(valueAt(grid, merge.top, merge.left));
}

/**
 * The item name over a sub-item row whose item cell is blank: merged down over it, or written on
 * the first row of its block only (就近划片入学比例 | 小学, (blank) | 初中): the nearest above, through
 * rows that all give a sub-item (a row without one ends the block). Null when there is none.
 */
function parentAbove(grid: Grid, row: number, layout: Layout, itemColumn: number): string | null {
  const merged = mergedAbove(grid, row, itemColumn);
  if (merged !== null || layout.subItemColumn === null) return merged;
  for (let r = row - 1; r > (layout.headerRow ?? grid.top - 1) && textAt(grid, r, layout.subItemColumn) !== null; r--) {
    const own = textAt(grid, r, itemColumn);
    if (own !== null) return own;
  }
  return null;
}

/** A sub-item's name with its parent's (就近划片入学比例（初中）); the sub-item alone when there is no parent or it repeats it (社会认可度 | 社会认可度). */
function subItemName(parent: string | null, sub: string): string {
  return parent === null || normaliseText(parent) === normaliseText(sub) ? sub : `${parent}（${sub}）`;
}

/**
 * The name a sub-item row is classified by: the parent and the sub-item as one name, the parent's
 * own stage words left out when the sub-item names a stage (小学、初中就近划片入学比例 | 初中 → the
 * junior rate, not a rate of both).
 */
function classedName(parent: string | null, sub: string): string {
  return parent === null || subStage(sub) === null ? subItemName(parent, sub) : subItemName(normaliseText(parent).replace(/小学|初中/g, ""), sub);
}

/**
 * The item of a row of a 项目 | 数值 list. A sub-item in the sub-item column (subItemColumn: unnamed,
 * or headed 子项 / 分项 / 指标 / 学段) names the row's item with the item name beside it, merged down
 * over it or written on the first row of its block (parentAbove: 就近划片入学比例 | 小学, (merged) |
 * 初中 → 就近划片入学比例（初中）), at the sub-item's cell; a unit there (`%`) is the unit.
 */
export function namedItem(grid: Grid, row: number, layout: Layout, itemColumn: number, cells: readonly RowCell[]): ItemRow | null {
  const own = cells.find((x) => x.c === itemColumn);
  const sub = cells.find((x) => x.c === layout.subItemColumn);
  if (sub !== undefined && UNIT_ONLY.test(normaliseText(sub.t))) {
    const item = own === undefined ? null : itemAt(grid, row, layout, own, cells);
    return item === null ? null : { ...item, unitText: sub.t };
  }
  if (sub === undefined) return own === undefined ? null : itemAt(grid, row, layout, own, cells);
  const parent = own?.t ?? parentAbove(grid, row, layout, itemColumn);
  return itemAt(grid, row, layout, { c: sub.c, t: subItemName(parent, sub.t) }, cells, sub.t, classedName(parent, sub.t));
}
