import type { Grid } from "../types";
import { issueAt } from "./issue";
import { layoutOf, type Layout } from "./figuresLayout";
import { textAt } from "./rowMeta";
import { type ItemRow, isKnown } from "./itemRow";
import { rowCells } from "./rowCells";
import { rowItems } from "./rowItems";
import { itemsAcross } from "./itemsAcross";
import { rowValueColumn } from "./unreadRows";
import type { SheetFigures } from "./countyFigures";

/**
 * The items of a sheet as rows: laid out across (itemsAcross), or down a 项目 | 数值 list, each
 * row's items (rowItems); null when the sheet names fewer than two known items and has no 项目 |
 * 数值 header (it is then not a figures sheet); `known` 0 under such a header (noItemRead says it).
 */
export function sheetItems(grid: Grid): { layout: Layout; listed: ItemRow[]; across: boolean; known: number } | null {
  const rowsLayout = layoutOf(grid);
  // A 项目 | 数值 header says the list runs down; only a sheet without one may run across.
  const across = rowsLayout.headerRow === null ? itemsAcross(grid) : null;
  const layout = across?.layout ?? rowsLayout;
  const listed: ItemRow[] = across?.items ?? [];
  for (let row = (layout.headerRow ?? grid.top - 1) + 1; across === null && row < grid.top + grid.values.length; row++) listed.push(...rowItems(grid, row, layout));
  const known = listed.filter(isKnown).length;
  if (known < 2 && layout.headerRow === null) return null;
  return { layout, listed, across: across !== null, known };
}

/**
 * A sheet under a figures header (项目 | 数值, or 项目 | 数值 | 项目 | 数值) with values none of
 * whose rows names an item read: said at its header, with the first names found, rather than
 * dropped unseen (its 18 items would be 待评估 without a word); null without such a header, or
 * without a value on any row (then no figures list).
 */
export function noItemRead(grid: Grid, layout: Layout): SheetFigures | null {
  const header = layout.headerRow;
  if (header === null || (layout.itemColumn !== null && layout.valueColumn === null)) return null;
  const names: string[] = [];
  for (let row = header + 1; row < grid.top + grid.values.length; row++) {
    const column = rowValueColumn(grid, layout, row);
    const own = column === null || layout.itemColumn === null ? null : textAt(grid, row, layout.itemColumn);
    const name = column === null ? undefined : (own ?? rowCells(grid, row).find((x) => x.c !== column)?.t);
    if (name !== undefined && !names.includes(name)) names.push(name);
  }
  if (names.length === 0) return null;
  const found = rowCells(grid, header).map((x) => x.t).join(" | ");
  const issue = issueAt("read_figures_no_item", "warning", grid.sheet, header, layout.itemColumn ?? grid.left, { found, names: names.slice(0, 3).join("、") });
  return { read: [], issues: [...layout.notes, issue], computed: { figures: [], issues: [] } };
}
