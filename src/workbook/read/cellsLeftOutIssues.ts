import type { Issue } from "../../engine/types";
import { a1, rangeAddress } from "../address";
import { AREA_LIMITS } from "../dataArea";
import type { Grid, CellsLeftOut, WorkbookSource } from "../types";
import { issueAt } from "./issue";

/** The sheet box a grid covers, as A1 (`A1:AJ46`). */
function areaText(grid: Grid): string {
  const width = grid.values[0]?.length ?? 1;
  return rangeAddress({ top: grid.top, left: grid.left, bottom: grid.top + Math.max(grid.values.length, 1) - 1, right: grid.left + width - 1 });
}

function issueOf(grid: Grid, out: CellsLeftOut): Issue {
  const params = { sheet: grid.sheet, area: areaText(grid), address: a1(out.first.row, out.first.column), last: a1(out.last.row, out.last.column), count: out.cells };
  const code = out.reason === "far" ? "read_cells_far" : "read_cells_too_many";
  // Millions of cells read as 7,700,000 beside the limit's 25,000,000.
  const tooMany = { ...params, count: out.cells.toLocaleString("en-US"), max: AREA_LIMITS.maxCells.toLocaleString("en-US") };
  return issueAt(code, "warning", grid.sheet, out.first.row, out.first.column, out.reason === "far" ? params : tooMany);
}

/**
 * Warnings for the non-blank cells a source left out of a grid (Grid.cellsLeftOut), at the first of
 * them, so that a value is never dropped without a word: one far from the data (a stray `x` in
 * A1048576) or past the cells a grid may hold.
 *
 * @example cellsLeftOutIssues(grid of 学校 A1:AJ46 leaving out A1048576 as far) // [read_cells_far at 学校!A1048576, { area: "A1:AJ46", count: 1 }]
 */
export function cellsLeftOutIssues(grid: Grid): Issue[] {
  return (grid.cellsLeftOut ?? []).map((out) => issueOf(grid, out));
}

/**
 * `source` noting what its grids leave out, each sheet's once however often it is read (the
 * title above a range, the row under it), for readWorkbook to say with its other issues.
 */
export function notingCellsLeftOut(source: WorkbookSource): { source: WorkbookSource; issues: () => Issue[] } {
  const noted = new Map<string, Issue>();
  const readSheet = async (name: string, range?: string) => {
    const grid = await source.readSheet(name, range);
    for (const issue of cellsLeftOutIssues(grid)) if (!noted.has(`${issue.code} ${issue.cell ?? ""}`)) noted.set(`${issue.code} ${issue.cell ?? ""}`, issue);
    return grid;
  };
  const hiddenSheets = source.hiddenSheets?.bind(source);
  return { source: { sheetNames: () => source.sheetNames(), readSheet, ...(hiddenSheets === undefined ? {} : { hiddenSheets }) }, issues: () => [...noted.values()] };
}
