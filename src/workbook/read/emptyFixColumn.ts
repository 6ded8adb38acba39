import type { Grid } from "../types";
import type { HeaderBand } from "./findHeader";

/**
 * Whether a column the user mapped (--map 在校生数=ZZ, or the pane's column mapping) holds nothing
 * under the header in the area read: a slip of the column letter, which read as mapped would make
 * one "value missing" error per school row instead of one line naming the column. A column past the
 * grid's right edge is empty there; a stray value anywhere below the header makes it not empty (the
 * rows then say what they lack). Null grid (no cells known): not judged.
 * @example emptyFixColumn(grid of 学校名称 | 在校生数 with rows under it, band, 701) // true (ZZ); emptyFixColumn(…, 1) // false
 */
export function emptyFixColumn(grid: Grid | null, band: HeaderBand, column: number): boolean {
  if (grid === null) return false;
  const x = column - grid.left;
  return grid.values.slice(Math.max(0, band.dataTop - grid.top)).every((row) => isBlank(row[x]));
}

function isBlank(value: Grid["values"][number][number] | undefined): boolean {
  return value === undefined || value === null || (typeof value === "string" && value.trim() === "");
}
