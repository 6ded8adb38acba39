import type { Issue } from "../../engine/types";
import { parseRange } from "../address";
import type { CellValue, Grid } from "../types";
import type { ReadFigure } from "./stagelessFigures";
import { valueAt } from "./rowMeta";
import { sameCounty } from "../../engine/countyFigures";
import { rotationFigures, type CountCell, type GivenFigure } from "./rotationFigures";
import { payDeclared } from "./payDeclared";
import type { CountyFigures } from "./countyFigures";
import type { ItemRow } from "./itemRow";
import { shownText } from "./rowCells";
import { DEFAULT_PAY_THRESHOLD, payFigures } from "./payFigures";
import type { CountyOf } from "./countiesDown";
import { rowOnSheet } from "./unreadRows";
import type { SheetScope } from "./sheetScope";

/** The rows that may give a head count of G11 (rotationCountKind), with their value cell and county. */
function countCells(items: readonly ItemRow[], countyOf: CountyOf): CountCell[] {
  return items.flatMap((i) => {
    if (i.valueColumn === null || i.countKind === null) return [];
    return [{ row: i.row, column: i.valueColumn, text: i.text, kind: i.countKind, county: countyOf(i.row) }];
  });
}

/** The value of a cell of `grid` named as `县级指标!B2`, or null for another sheet's or none. */
function cellValue(grid: Grid, cell: string | null): CellValue {
  const row = rowOnSheet(grid.sheet, cell);
  const column = cell === null || row === null ? null : (parseRange(cell.slice(cell.lastIndexOf("!") + 1))?.left ?? null);
  return row === null || column === null ? null : valueAt(grid, row, column);
}

/** The figure read of an item for a county, which a computed figure is checked against (payFigures, rotationFigures). */
function givenFigure(read: readonly ReadFigure[], county: string | null, code: string): GivenFigure | undefined {
  // A 是 / 否 stating G8 is no ratio: the amounts beside it give one (payDeclared).
  const found = read.find((r) => r.figure.code === code && sameCounty(r.figure.county, county) && r.figure.answered !== true);
  return found === undefined ? undefined : { value: found.figure.value, cell: found.figure.cell, item: found.item };
}

/** G8 and G11 computed from the sheet's amounts and counts, and the figures read as payDeclared leaves them beside the computed G8. */
export function computedFigures(scope: SheetScope, read: readonly ReadFigure[]): { computed: CountyFigures; declared: { read: ReadFigure[]; issues: Issue[] } } {
  const { grid, items, layout, countyOf } = scope;
  const given = (county: string | null, code: string): GivenFigure | undefined => givenFigure(read, county, code);
  const pay = payFigures(grid, items, layout, countyOf, (county) => given(county, "G8_pay_ratio"));
  const rotation = rotationFigures(grid, countCells(items, countyOf), layout.noteColumn, given);
  const declared = payDeclared(read, pay.figures, DEFAULT_PAY_THRESHOLD, (cell) => shownText(cellValue(grid, cell)));
  return { computed: { figures: [...pay.figures, ...rotation.figures], issues: [...declared.issues, ...pay.issues, ...rotation.issues] }, declared };
}
