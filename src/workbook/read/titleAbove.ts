import type { Box, CellValue, Grid } from "../types";

/**
 * How many rows above a range are read for its title: a title sits a few lines above its table
 * (示例县2024年… in A1 over a header in row 3), not pages up, where another table's texts would be read as one.
 */
const TITLE_ROWS_ABOVE = 30;

/**
 * The rows above a grid read from a range (the user selected the table without its title), from
 * column A — a title stands in A1, merged across, left of a table that may start further right — to
 * the grid's right edge, at most TITLE_ROWS_ABOVE rows; null when the grid starts on row 1 or is empty.
 *
 * @example boxAbove(grid of C3:D4) // { top: 0, left: 0, bottom: 1, right: 3 } (A1:D2)
 */
export function boxAbove(grid: Grid): Box | null {
  const width = grid.values[0]?.length ?? 0;
  if (grid.top === 0 || width === 0) return null;
  return { top: Math.max(0, grid.top - TITLE_ROWS_ABOVE), left: 0, bottom: grid.top - 1, right: grid.left + width - 1 };
}

/** A row with this many cells filled or more is a table's (a header, a school), never a title line. */
const TABLE_ROW_CELLS = 3;

/**
 * The title lines right above a range: the rows of `above` after the last that is a table's row
 * (TABLE_ROW_CELLS cells filled), so that another table higher on the sheet (乙县2023年… over its
 * own schools) does not give its title to the range's.
 *
 * @example titleLines(rows [乙县2023年…], [学校名称|在校生数|专任教师数], [甲小学|…], [示例县2024年…]) // the last row alone
 */
export function titleLines(above: Grid): Grid {
  const filled = (row: readonly CellValue[]) => row.filter((v) => v !== null && v !== "").length;
  let first = above.values.length;
  while (first > 0 && filled(above.values[first - 1] ?? []) < TABLE_ROW_CELLS) first--;
  return { ...above, top: above.top + first, values: above.values.slice(first), merges: above.merges.filter((m) => m.top >= above.top + first) };
}

/**
 * `above` stacked over `grid` in sheet coordinates, cells that neither holds left empty: a grid to
 * read the title from (titleYear, sheetCounty) as if the whole sheet had been read — never its rows as data.
 *
 * @example stacked(A1:C2 [示例县2024年…], B3:C4 [学校名称 | 在校生数]) // A1:C4, the title in A1, the header in B3:C3
 */
export function stacked(above: Grid, grid: Grid): Grid {
  const parts = [above, grid];
  const top = Math.min(above.top, grid.top);
  const left = Math.min(above.left, grid.left);
  const right = Math.max(...parts.map((p) => p.left + (p.values[0]?.length ?? 0) - 1), left);
  const bottom = grid.top + grid.values.length - 1;
  const values = Array.from({ length: bottom - top + 1 }, (_, r) => rowAt(parts, top + r, left, right));
  const hiddenRows = [...new Set(parts.flatMap((p) => p.hiddenRows))].sort((a, b) => a - b);
  return { sheet: grid.sheet, top, left, values, hiddenRows, merges: parts.flatMap((p) => p.merges) };
}

/** The sheet row `row` from columns `left` to `right`: the cells the last grid holding it gives, null elsewhere. */
function rowAt(parts: readonly Grid[], row: number, left: number, right: number): CellValue[] {
  const out = new Array<CellValue>(right - left + 1).fill(null);
  for (const p of parts) {
    (p.values[row - p.top] ?? []).forEach((v, i) => {
      const c = p.left + i - left;
      if (row >= p.top && c >= 0 && c < out.length) out[c] = v;
    });
  }
  return out;
}
