import type { Issue } from "../../engine/types";
import { a1, parseRange, rangeAddress } from "../address";
import { AREA_LIMITS } from "../dataArea";
import type { Grid, CellsLeftOut, WorkbookSource } from "../types";
import { issueAt } from "./issue";

/** The sheet box a grid covers, as A1 (`A1:AJ46`). */
function areaText(grid: Grid): string {
  const width = grid.values[0]?.length ?? 1;
  return rangeAddress({ top: grid.top, left: grid.left, bottom: grid.top + Math.max(grid.values.length, 1) - 1, right: grid.left + width - 1 });
}

/**
 * The issue for cells left out. Far ones inside a range the user gave (`--range A1:XFD1048576`)
 * are not helped by a range that holds them: it held them already; a range around them alone is.
 */
function issueOf(grid: Grid, out: CellsLeftOut, range: string | undefined): Issue {
  const params = { sheet: grid.sheet, area: areaText(grid), address: a1(out.first.row, out.first.column), last: a1(out.last.row, out.last.column), count: out.cells };
  if (out.reason === "far") {
    const given = range === undefined ? null : parseRange(range);
    const code = given === null ? "read_cells_far" : "read_cells_far_in_range";
    return issueAt(code, "warning", grid.sheet, out.first.row, out.first.column, given === null ? params : { ...params, range: rangeAddress(given) });
  }
  // Millions of cells read as 7,700,000 beside the limit's 25,000,000.
  const tooMany = { ...params, count: out.cells.toLocaleString("en-US"), max: AREA_LIMITS.maxCells.toLocaleString("en-US") };
  return issueAt("read_cells_too_many", "warning", grid.sheet, out.first.row, out.first.column, tooMany);
}

/**
 * Warnings for the non-blank cells a source left out of a grid (Grid.cellsLeftOut), at the first of
 * them, so that a value is never dropped without a word: one far from the data (a stray `x` in
 * A1048576) or past the cells a grid may hold. `range`: the range the grid was read from, when one
 * was given (far cells inside it are said as such).
 *
 * @example cellsLeftOutIssues(grid of 学校 A1:AJ46 leaving out A1048576 as far) // [read_cells_far at 学校!A1048576, { area: "A1:AJ46", count: 1 }]
 * @example cellsLeftOutIssues(that grid, "A1:XFD1048576") // [read_cells_far_in_range at 学校!A1048576, { range: "A1:XFD1048576", … }]
 */
export function cellsLeftOutIssues(grid: Grid, range?: string): Issue[] {
  return (grid.cellsLeftOut ?? []).map((out) => issueOf(grid, out, range));
}

/**
 * `source` noting what its grids leave out, each sheet's once however often it is read (the
 * title above a range, the row under it), for readWorkbook to say with its other issues.
 */
export function notingCellsLeftOut(source: WorkbookSource): { source: WorkbookSource; issues: () => Issue[] } {
  const noted = new Map<string, Issue>();
  const readSheet = async (name: string, range?: string) => {
    const grid = await source.readSheet(name, range);
    for (const issue of cellsLeftOutIssues(grid, range)) {
      // A cell said once, whether it was met reading the sheet with a range or without.
      const key = `${issue.code.replace(/_in_range$/, "")} ${issue.cell ?? ""}`;
      if (!noted.has(key)) noted.set(key, issue);
    }
    return grid;
  };
  const hiddenSheets = source.hiddenSheets?.bind(source);
  return { source: { sheetNames: () => source.sheetNames(), readSheet, ...(hiddenSheets === undefined ? {} : { hiddenSheets }) }, issues: () => [...noted.values()] };
}
