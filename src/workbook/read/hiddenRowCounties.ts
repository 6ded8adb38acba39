import type { Issue } from "../../engine/types";
import type { Grid } from "../types";
import type { HeaderBand } from "./findHeader";
import type { ColumnRole } from "./keys";
import { metaRole, textAt } from "./rowMeta";
import { rowsOfRanges } from "./rowRanges";

/**
 * The school rows a sheet hid and left unread (read_hidden_rows_skipped), with the counties their
 * 县区 cells name (`counties`, joined by 、): on a city sheet one county's hidden rows are not
 * another's, and 资源配置's caveat (hiddenRowsCaveats) is said only for those counties. A blank
 * 县区 cell takes the county written above it, as its block does (a 县区 written on a block's first
 * row only); without a 县区 column, or with a hidden row no county cell above names, the issue is
 * left as it was, and the caveat goes to every county with a school on the sheet.
 * @example withHiddenRowCounties(学校 with 县区 in A, its header band, rows 7–8 hidden naming 甲县, [read_hidden_rows_skipped { rows: "7–8" }]) // [… { rows: "7–8", counties: "甲县" }]
 */
export function withHiddenRowCounties(grid: Grid, band: HeaderBand, roles: readonly ColumnRole[], issues: readonly Issue[]): Issue[] {
  const role = metaRole(roles, "county");
  if (role === undefined) return [...issues];
  const column = { grid, column: role.column, first: band.bottom + 1 };
  return issues.map((issue) => (issue.code === "read_hidden_rows_skipped" && issue.params.sheet === grid.sheet ? withCounties(issue, column) : issue));
}

/** The sheet's 县区 column under its header. */
interface CountyColumn {
  readonly grid: Grid;
  readonly column: number;
  /** The first row under the header: the header's own 县区 is no county. */
  readonly first: number;
}

function withCounties(issue: Issue, at: CountyColumn): Issue {
  const counties = rowsOfRanges(String(issue.params.rows ?? "")).map((row) => countyAtOrAbove(at, row));
  if (counties.length === 0 || counties.some((c) => c === null)) return issue;
  return { ...issue, params: { ...issue.params, counties: [...new Set(counties)].join("、") } };
}

/** The row's 县区 cell, else the nearest one written above it under the header; null when none is. */
function countyAtOrAbove(at: CountyColumn, row: number): string | null {
  for (let r = row; r >= at.first; r -= 1) {
    const county = textAt(at.grid, r, at.column);
    if (county !== null) return county;
  }
  return null;
}
