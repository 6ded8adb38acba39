import type { Box, CellsLeftOut } from "./types";

/**
 * Non-blank cells of one sheet row, `left`..`right` (0-based), `cells` of them: cells between
 * may be blank, but no run of blanks wider than the limits' maxBlankColumns.
 */
export interface Occupied {
  readonly row: number;
  readonly left: number;
  readonly right: number;
  readonly cells: number;
}

/** How far a grid may reach. */
export interface AreaLimits {
  /** Cells a grid may hold: 100,000 rows × 200 columns of a city's schools fit, with room to spare. */
  readonly maxCells: number;
  /** Blank rows (columns) in a row past which cells are far from the data, not part of it. */
  readonly maxBlankRows: number;
  readonly maxBlankColumns: number;
}

/**
 * No table has a thousand blank rows or a hundred blank columns inside it; a cell beyond such a
 * gap is a stray (a space typed in XFD1048576), and reading up to it would make a dense grid of
 * the sheet's whole extent (17 billion cells for XFD1048576).
 */
export const AREA_LIMITS: AreaLimits = { maxCells: 25_000_000, maxBlankRows: 1_000, maxBlankColumns: 100 };

/** The box a grid covers, and the non-blank cells of the sheet (or range) left out of it. */
export interface DataArea {
  readonly box: Box;
  readonly cellsLeftOut: readonly CellsLeftOut[];
}

/** Runs that lie closer to each other than `gap` blank lines along one axis, with their cells. */
interface Group {
  readonly runs: Occupied[];
  cells: number;
  end: number;
}

/** The group with the most cells (the first of equals), the runs sorted along the axis. */
function heaviest(runs: readonly Occupied[], start: (o: Occupied) => number, end: (o: Occupied) => number, gap: number): Occupied[] {
  const groups: Group[] = [];
  for (const run of [...runs].sort((a, b) => start(a) - start(b))) {
    const last = groups[groups.length - 1];
    if (last !== undefined && start(run) - last.end - 1 <= gap) {
      last.runs.push(run);
      last.cells += run.cells;
      last.end = Math.max(last.end, end(run));
    } else groups.push({ runs: [run], cells: run.cells, end: end(run) });
  }
  return groups.reduce((best, g) => (g.cells > best.cells ? g : best)).runs;
}

/** The box around runs, null for none (a loop: Math.min(...runs) overflows the stack past some 100,000 rows). @example runBounds([{ row: 2, left: 1, right: 3, cells: 2 }, { row: 5, left: 0, right: 0, cells: 1 }]) // B3:D6 as { top: 2, left: 0, bottom: 5, right: 3 } */
export function runBounds(runs: readonly Occupied[]): Box | null {
  return runs.length === 0 ? null : boundsOf(runs);
}

function boundsOf(runs: readonly Occupied[]): Box {
  let box = { top: Infinity, left: Infinity, bottom: -Infinity, right: -Infinity };
  for (const r of runs) box = { top: Math.min(box.top, r.row), left: Math.min(box.left, r.left), bottom: Math.max(box.bottom, r.row), right: Math.max(box.right, r.right) };
  return box;
}

/** The runs not read, as one CellsLeftOut: the first and the last in reading order, and their cells. */
function leftOutOf(reason: CellsLeftOut["reason"], runs: readonly Occupied[]): CellsLeftOut[] {
  const sorted = [...runs].sort((a, b) => a.row - b.row || a.left - b.left);
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (first === undefined || last === undefined) return [];
  const cells = runs.reduce((n, r) => n + r.cells, 0);
  return [{ reason, first: { row: first.row, column: first.left }, last: { row: last.row, column: last.right }, cells }];
}

function inside(run: Occupied, box: Box): boolean {
  return run.row >= box.top && run.row <= box.bottom && run.left >= box.left && run.right <= box.right;
}

/**
 * The area of a sheet a grid should cover, from its non-blank cells: the rows that lie together
 * (no more than maxBlankRows blank rows apart) holding the most cells, then within them the columns
 * that lie together holding the most; cells beyond are left out as far. An area of more than
 * maxCells keeps its first rows, the rest left out as too many. Null when there is no cell.
 * Only the runs are walked, never the blank cells between them: the cost is the cells the sheet
 * holds, not its extent.
 *
 * @example dataArea([{ row: 0, left: 0, right: 35, cells: 36 }, …rows 1–45, { row: 1048575, left: 16383, right: 16383, cells: 1 }])
 * // { box: A1:AJ46, cellsLeftOut: [{ reason: "far", first: XFD1048576, last: XFD1048576, cells: 1 }] }
 */
export function dataArea(runs: readonly Occupied[], limits: AreaLimits = AREA_LIMITS): DataArea | null {
  if (runs.length === 0) return null;
  const rows = heaviest(runs, (r) => r.row, (r) => r.row, limits.maxBlankRows);
  const main = boundsOf(heaviest(rows, (r) => r.left, (r) => r.right, limits.maxBlankColumns));
  const far = leftOutOf("far", runs.filter((r) => !inside(r, main)));
  const width = main.right - main.left + 1;
  if ((main.bottom - main.top + 1) * width <= limits.maxCells) return { box: main, cellsLeftOut: far };
  const box = { ...main, bottom: main.top + Math.max(1, Math.floor(limits.maxCells / width)) - 1 };
  return { box, cellsLeftOut: [...far, ...leftOutOf("too_many", runs.filter((r) => inside(r, main) && r.row > box.bottom))] };
}
