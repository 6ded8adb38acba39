import type { CountyFigure, Issue } from "../../engine/types";
import { a1, parseRange, qualified } from "../address";
import type { Grid } from "../types";
import { issueAt } from "./issue";
import type { Layout } from "./figuresLayout";
import { textAt, valueAt } from "./rowMeta";
import { cellText } from "./text";
import { columns, rowCells, shownText } from "./rowCells";
import { readsAsValue } from "./itemsAcross";
import { isKnown } from "./itemRow";
import type { SheetScope } from "./sheetScope";

/** The 0-based row of a cell on `sheet` (`县级指标!C3` → 2), or null for another sheet's or none. */
export function rowOnSheet(sheet: string, cell: string | null): number | null {
  const prefix = qualified(sheet, "");
  return cell === null || !cell.startsWith(prefix) ? null : (parseRange(cell.slice(prefix.length))?.top ?? null);
}

/** A row's value cell: the value column's when filled; without a value column, the first cell of no other column that reads as a value. */
export function rowValueColumn(grid: Grid, layout: Layout, row: number): number | null {
  if (layout.valueColumn !== null) return cellText(valueAt(grid, row, layout.valueColumn)) === null ? null : layout.valueColumn;
  const others = [layout.itemColumn, layout.countyColumn, layout.unitColumn, layout.noteColumn, layout.subItemColumn, ...layout.standardColumns];
  return columns(grid).find((c) => !others.includes(c) && readsAsValue(valueAt(grid, row, c))) ?? null;
}

/** Why a row's value was not read: no item name on it (nor above it), or nothing it names was recognised. */
function unreadRow(grid: Grid, layout: Layout, row: number, column: number): Issue {
  const text = shownText(valueAt(grid, row, column));
  const { itemColumn, subItemColumn } = layout;
  if (itemColumn !== null && textAt(grid, row, itemColumn) === null && (subItemColumn === null || textAt(grid, row, subItemColumn) === null)) {
    return issueAt("read_figure_row_no_item", "warning", grid.sheet, row, column, { text, itemCell: qualified(grid.sheet, a1(row, itemColumn)) });
  }
  const cells = rowCells(grid, row).filter((x) => x.c !== column).map((x) => x.t).join(" | ");
  return issueAt("read_figure_row_not_read", "warning", grid.sheet, row, column, { text, cells });
}

/** The cells an issue names: its own and those of its parameters (`县级指标!C4 + 县级指标!C5`, `B2、B3`). */
function issueCells(issue: Issue): string[] {
  const named = Object.values(issue.params).flatMap((v) => (typeof v === "string" ? v.split(/\s*[+、,]\s*/) : []));
  return [...(issue.cell === null ? [] : [issue.cell]), ...named];
}

/**
 * Every row of a list down with a value that no figure was read from and nothing was said of
 * (no cell of its row among `figures` and `issues`, own or named), said at its value cell, so that
 * no row is left out unseen. Rows of a known item (`known`: a county item, an amount of pay, a head
 * count) say their own (figureOf, payFigures, rotationFigures); rows of a 合计 / 全市 / 标准 block
 * and hidden rows not read
 * (`skipped`) are said otherwise, or no county's.
 */
function unreadRows(grid: Grid, layout: Layout, skipped: (row: number) => boolean, known: readonly number[], figures: readonly CountyFigure[], issues: readonly Issue[]): Issue[] {
  const cells = [...figures.flatMap((f) => [f.cell, ...(f.cells ?? [])]), ...issues.flatMap(issueCells)];
  const said = new Set([...known, ...cells.flatMap((c) => rowOnSheet(grid.sheet, c) ?? [])]);
  const out: Issue[] = [];
  for (let row = (layout.headerRow ?? grid.top - 1) + 1; row < grid.top + grid.values.length; row++) {
    const column = rowValueColumn(grid, layout, row);
    if (column !== null && !said.has(row) && !skipped(row)) out.push(unreadRow(grid, layout, row, column));
  }
  return out;
}

/** Each row of a list down with a value that nothing was read from nor said of, said at its value cell (unreadRows); none for a list across. */
export function unreadIssues(scope: SheetScope, figures: readonly CountyFigure[], issues: readonly Issue[]): Issue[] {
  const { grid, layout, counties, hidden, items } = scope;
  const notRead = (row: number) => counties?.get(row)?.aggregate === true || hidden.skipped(row);
  const known = items.filter(isKnown).map((i) => i.row);
  return scope.across ? [] : unreadRows(grid, layout, notRead, known, figures, issues);
}
