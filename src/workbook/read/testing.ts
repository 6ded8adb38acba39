/**
 * Test helpers (not used by production code): in-memory Grids and a WorkbookSource over them.
 */
import { parseRange } from "../address";
import type { Box, CellValue, Grid, WorkbookSource } from "../types";

export interface GridOptions {
  readonly sheet?: string;
  /** 0-based sheet rows that are hidden. */
  readonly hiddenRows?: readonly number[];
  /** Merged areas as A1 ranges (`A1:A3`) or boxes. */
  readonly merges?: readonly (string | Box)[];
  readonly top?: number;
  readonly left?: number;
}

function toBox(merge: string | Box): Box {
  if (typeof merge !== "string") return merge;
  const box = parseRange(merge);
  if (box === null) throw new Error(`bad merge range ${merge}`);
  return box;
}

/** A Grid from rows of values; short rows are padded with null so every row has the same length. */
export function gridOf(rows: readonly (readonly CellValue[])[], options: GridOptions = {}): Grid {
  const width = Math.max(0, ...rows.map((r) => r.length));
  const values = rows.map((r) => [...r, ...Array<CellValue>(width - r.length).fill(null)]);
  return {
    sheet: options.sheet ?? "学校基本情况",
    top: options.top ?? 0,
    left: options.left ?? 0,
    values,
    hiddenRows: options.hiddenRows ?? [],
    merges: (options.merges ?? []).map(toBox),
  };
}

/** A WorkbookSource over grids, in the given sheet order. A `range` crops the grid. */
export function sourceOf(grids: readonly Grid[]): WorkbookSource {
  return {
    sheetNames: () => Promise.resolve(grids.map((g) => g.sheet)),
    readSheet: (name: string, range?: string) => {
      const grid = grids.find((g) => g.sheet === name);
      if (grid === undefined) return Promise.reject(new Error(`no sheet ${name}`));
      return Promise.resolve(range === undefined ? grid : crop(grid, range));
    },
  };
}

function crop(grid: Grid, range: string): Grid {
  const box = parseRange(range);
  if (box === null) throw new Error(`bad range ${range}`);
  const rows = grid.values.slice(box.top - grid.top, box.bottom - grid.top + 1);
  const values = rows.map((r) => r.slice(box.left - grid.left, box.right - grid.left + 1));
  return { ...grid, top: box.top, left: box.left, values };
}
