import type { Issue } from "../../engine/types";
import { a1, qualified } from "../address";
import type { Grid } from "../types";
import { issueAt } from "./issue";
import type { Layout } from "./figuresLayout";
import { mergeAt } from "./mergeIndex";
import { textAt } from "./rowMeta";
import { figuresCounty } from "./figuresCounty";
import { type ItemRow, isKnown } from "./itemRow";
import { isCountyLabel } from "./itemsAcross";

/** The county a row's figures belong to (null: none named), by its row. */
export type CountyOf = (row: number) => string | null;

/** A row's own 县区 cell (a merged cell reads its top: textAt), or null without a county column. */
export function countyCell(grid: Grid, layout: Layout, row: number): string | null {
  return layout.countyColumn === null ? null : textAt(grid, row, layout.countyColumn);
}

/**
 * The county of a sheet without a 县区 column that names one by its title or name (南湖县指标,
 * titled 南湖县2024年…: figuresCounty): its figures are that county's, not every county's; null
 * for a sheet naming none (its figures apply to every county) or with a 县区 column (each row's own).
 */
export function sheetCountyOf(grid: Grid, layout: Layout, listed: readonly ItemRow[], schools: readonly string[]): string | null {
  if (layout.countyColumn !== null) return null;
  return figuresCounty(grid, layout.headerRow ?? Math.min(grid.top + grid.values.length, ...listed.map((i) => i.row)), schools)?.county ?? null;
}

/** A row's county, and the cell above it was taken from when its own 县区 cell is blank. */
export interface RowCounty {
  readonly county: string | null;
  readonly from: string | null;
  /** A row of a 合计 / 全市 / 标准 block (isCountyLabel): no county's, so not read, as across. */
  readonly aggregate?: true;
}

/** The rows of a block a 合计 / 全市 / 标准 cell starts: until the next county named. */
const AGGREGATE_BLOCK: RowCounty = { county: null, from: null, aggregate: true };

/**
 * The county of each row of a list down with a 县区 column: its own cell, else the county named
 * nearest above it in the column, as a cell merged down over the block would give (甲县 | 教师年平均
 * 工资, (blank) | 公务员年平均工资 → both 甲县's, paired into its G8). A 合计 / 全市 / 标准 cell
 * (isCountyLabel) names no county but ends the block: it and the blank rows under it are
 * AGGREGATE_BLOCK. Rows above the first named county, and every row of a list naming none, stay
 * without a county.
 *
 * @example rows 甲县 | …, (blank) | …, 乙县 | …, (blank) | … → 甲县, 甲县 (from A2), 乙县, 乙县 (from A4)
 */
export function countiesDown(grid: Grid, layout: Layout): Map<number, RowCounty> {
  const counties = new Map<number, RowCounty>();
  const column = layout.countyColumn;
  let named: RowCounty = { county: null, from: null };
  for (let row = (layout.headerRow ?? grid.top - 1) + 1; column !== null && row < grid.top + grid.values.length; row++) {
    const own = textAt(grid, row, column);
    // A merged county's cell is its top one: a blank cell under the merge names that cell.
    const county = own !== null && isCountyLabel(own) ? own : null;
    if (own !== null) named = county === null ? AGGREGATE_BLOCK : { county, from: qualified(grid.sheet, a1(mergeAt(grid, row, column)?.top ?? row, column)) };
    counties.set(row, county !== null ? { county, from: null } : named);
  }
  return counties;
}

/** Once per block, at the first blank 县区 cell of a row giving a known item: the county it was given, and where that is named. */
export function countiesFromAbove(grid: Grid, items: readonly ItemRow[], counties: ReadonlyMap<number, RowCounty>, column: number): Issue[] {
  const said = new Set<string>();
  return items.filter(isKnown).flatMap((i) => {
    const { county, from } = counties.get(i.row) ?? { county: null, from: null };
    if (county === null || from === null || said.has(from)) return [];
    said.add(from);
    return [issueAt("read_figure_county_from_above", "info", grid.sheet, i.row, column, { county, countyCell: from })];
  });
}
