import type { Box, Grid } from "../types";

/** Merged areas by each sheet row they cover, built once per grid (a grid's merges do not change). */
const INDEX = new WeakMap<Grid, ReadonlyMap<number, readonly Box[]>>();

/**
 * The merged areas of a grid by row. Reading a data row looks merges up several times; a scan of
 * every merge per lookup made sheets with one merge per school pair grow with rows × merges.
 */
export function mergesByRow(grid: Grid): ReadonlyMap<number, readonly Box[]> {
  const cached = INDEX.get(grid);
  if (cached !== undefined) return cached;
  const byRow = new Map<number, Box[]>();
  for (const box of grid.merges) {
    for (let row = box.top; row <= box.bottom; row++) {
      const list = byRow.get(row);
      if (list === undefined) byRow.set(row, [box]);
      else list.push(box);
    }
  }
  INDEX.set(grid, byRow);
  return byRow;
}

/**
 * The merged area a cell lies in (0-based sheet coordinates), or undefined.
 *
 * @example mergeAt(grid with F2:I3 merged, 2, 6) // { top: 1, left: 5, bottom: 2, right: 8 }
 */
export function mergeAt(grid: Grid, row: number, column: number): Box | undefined {
  return mergesByRow(grid).get(row)?.find((m) => column >= m.left && column <= m.right);
}
