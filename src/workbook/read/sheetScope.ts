import type { Issue } from "../../engine/types";
import type { Grid } from "../types";
import type { Layout } from "./figuresLayout";
import { hiddenFigureRows, type HiddenFigureRows } from "./hiddenFigureRows";
import type { ItemRow } from "./itemRow";
import { type CountyOf, countyCell, sheetCountyOf, type RowCounty, countiesDown, countiesFromAbove } from "./countiesDown";

/** The item names a row of a list down gives (`初中三年巩固率`, or two side by side joined by 、), or null for none. */
function itemNames(listed: readonly ItemRow[], row: number): string | null {
  const names = listed.filter((i) => i.row === row).map((i) => i.text);
  return names.length === 0 ? null : names.join("、");
}

/** A figures sheet's rows to read: its items (rows of an aggregate block and skipped hidden rows left out) and the county each row's figure is of. */
export interface SheetScope {
  readonly grid: Grid;
  readonly layout: Layout;
  readonly across: boolean;
  /** The county of each row of a list down naming it once per block (countiesDown), or null. */
  readonly counties: Map<number, RowCounty> | null;
  readonly hidden: HiddenFigureRows;
  readonly items: ItemRow[];
  readonly countyOf: CountyOf;
}

/** The rows of a sheet with items read and the county of each, worked out once for all its figures. */
export function sheetScope(grid: Grid, found: { readonly layout: Layout; readonly listed: ItemRow[]; readonly across: boolean }, includeHidden: boolean, schools: readonly string[]): SheetScope {
  const { layout, listed, across } = found;
  // A list across names its county on each row; only a list down may name it once per block.
  const counties = !across && layout.countyColumn !== null ? countiesDown(grid, layout) : null;
  const hidden = hiddenFigureRows(grid, layout.headerRow, (row) => (across ? null : itemNames(listed, row)), includeHidden);
  const items = listed.filter((i) => counties?.get(i.row)?.aggregate !== true && !hidden.skipped(i.row));
  const sheetCounty = sheetCountyOf(grid, layout, listed, schools);
  const countyOf: CountyOf = (row) => (counties === null ? (countyCell(grid, layout, row) ?? sheetCounty) : (counties.get(row)?.county ?? null));
  return { grid, layout, across, counties, hidden, items, countyOf };
}

/** What is said of the sheet before any figure: its layout's notes, its hidden rows, the counties taken from the rows above (countiesFromAbove). */
export function scopeIssues(scope: SheetScope): Issue[] {
  const { grid, layout, counties, items } = scope;
  const said = counties === null || layout.countyColumn === null ? [] : countiesFromAbove(grid, items, counties, layout.countyColumn);
  return [...layout.notes, ...scope.hidden.issues, ...said];
}
