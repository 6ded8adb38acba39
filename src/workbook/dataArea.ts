import type { Box, CellsLeftOut, CellValue } from "./types";

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

/**
 * What tells a block of cells that is a table from a stray, where a sheet holds several blocks far
 * apart. Rows: a table has at least two rows, two cells a row on average, and a tenth of the cells
 * of the largest block (a note of three one-cell lines far below a table of 10 schools × 10
 * columns is a stray; a second table of 15 schools is not). Columns, within the rows read: a part
 * of the table covers at least half of those rows (the names in A:B and the numbers in DD:DK of
 * every school row), and lies at most `joinedGap` blank columns from the part before it; a value in
 * XFD5 covers one row, a column of values out at XFD lies thousands of columns away.
 */
const TABLE_BLOCK = { rows: 2, cellsPerRow: 2, shareOfLargest: 10, joinedGap: 1_000 } as const;

/** Runs that lie closer to each other than `gap` blank lines along one axis, with their cells. */
interface Group {
  readonly runs: Occupied[];
  readonly start: number;
  cells: number;
  end: number;
}

/** The runs cut into groups along one axis, in order, where more than `gap` blank lines lie between. */
function groupsAlong(runs: readonly Occupied[], start: (o: Occupied) => number, end: (o: Occupied) => number, gap: number): Group[] {
  const groups: Group[] = [];
  for (const run of [...runs].sort((a, b) => start(a) - start(b))) {
    const last = groups[groups.length - 1];
    if (last !== undefined && start(run) - last.end - 1 <= gap) {
      last.runs.push(run);
      last.cells += run.cells;
      last.end = Math.max(last.end, end(run));
    } else groups.push({ runs: [run], start: start(run), cells: run.cells, end: end(run) });
  }
  return groups;
}

/** The group with the most cells, the first of equals. */
function heaviest(groups: readonly Group[]): Group | undefined {
  return groups.reduce<Group | undefined>((best, g) => (best === undefined || g.cells > best.cells ? g : best), undefined);
}

function rowCount(runs: readonly Occupied[]): number {
  return new Set(runs.map((r) => r.row)).size;
}

/** The runs kept, and the tables (not strays) left out, each as its own block. */
interface Choice {
  readonly kept: readonly Occupied[];
  readonly tables: readonly (readonly Occupied[])[];
}

/**
 * Where the cells come from: the whole sheet, or a range the user chose. A range is read as
 * given, every table and every part of one in it; only strays in it are left out, so that a
 * range of whole columns (A:J, as a selection in the pane gives) is not read down to an `x` in
 * A1048576 as a million rows.
 */
export type AreaScope = "sheet" | "range";

/** The runs of `groups`, strays between tables included: a range reads what lies between its tables. */
function spanning(groups: readonly Group[]): Occupied[] {
  return groups.flatMap((g) => g.runs);
}

/**
 * The rows to read: of a sheet, the first (topmost) block that is a table (TABLE_BLOCK), the others
 * that are tables left out, named; of a range, every table in it. Without a table, the block with
 * the most cells. The gap rule drops strays; it does not choose the larger of two tables, which
 * would read a "2023年数据" table kept 1,300 rows below the one the sheet opens on.
 */
function chooseRows(groups: readonly Group[], scope: AreaScope): Choice {
  const largest = heaviest(groups);
  if (largest === undefined) return { kept: [], tables: [] };
  const tables = groups.filter((g) => {
    const rows = rowCount(g.runs);
    return rows >= TABLE_BLOCK.rows && g.cells >= TABLE_BLOCK.cellsPerRow * rows && g.cells * TABLE_BLOCK.shareOfLargest >= largest.cells;
  });
  const first = tables[0];
  if (first === undefined) return { kept: largest.runs, tables: [] };
  if (scope === "range") {
    const last = tables[tables.length - 1] ?? first;
    return { kept: spanning(groups.slice(groups.indexOf(first), groups.indexOf(last) + 1)), tables: [] };
  }
  return { kept: first.runs, tables: tables.slice(1).map((g) => g.runs) };
}

/**
 * The columns to read of `rows`: the parts of the table (TABLE_BLOCK) side by side, joined across
 * more than maxBlankColumns blank columns, so that a table with its numbers far right is read
 * whole; of a sheet, while no more than joinedGap blank columns lie between and the area stays
 * within maxCells, a part beyond left out, named; of a range, every part of at least two rows.
 * Rows without such parts keep their block with the most cells.
 */
function chooseColumns(rows: readonly Occupied[], limits: AreaLimits, scope: AreaScope): Choice {
  const groups = groupsAlong(rows, (r) => r.left, (r) => r.right, limits.maxBlankColumns);
  const lines = rowCount(rows);
  const parts = groups.filter((g) => rowCount(g.runs) >= TABLE_BLOCK.rows && (scope === "range" || rowCount(g.runs) * 2 >= lines));
  const first = parts[0];
  if (first === undefined) return { kept: heaviest(groups)?.runs ?? [], tables: [] };
  const box = boundsOf(rows);
  const height = box.bottom - box.top + 1;
  let end = first.end;
  const tables: Occupied[][] = [];
  for (const part of parts.slice(1)) {
    const near = scope === "range" || (part.start - end - 1 <= TABLE_BLOCK.joinedGap && height * (part.end - first.start + 1) <= limits.maxCells);
    if (near && tables.length === 0) end = part.end;
    else tables.push(part.runs);
  }
  return { kept: rows.filter((r) => r.left >= first.start && r.right <= end), tables };
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

/** The far runs as CellsLeftOut: each table left out on its own, the strays together, in reading order. */
function farOf(runs: readonly Occupied[], main: Box, tables: readonly (readonly Occupied[])[]): CellsLeftOut[] {
  const inTables = new Set(tables.flat());
  const strays = runs.filter((r) => !inside(r, main) && !inTables.has(r));
  const out = [...leftOutOf("far", strays), ...tables.flatMap((t) => leftOutOf("far", t))];
  return out.sort((a, b) => a.first.row - b.first.row || a.first.column - b.first.column);
}

/**
 * Whether a cell counts towards the area read: a value other than blank or whitespace only (a
 * space left in XFD1048576 is no data, and must not stretch the grid to it).
 *
 * @example holdsData(" ") // false; holdsData("　甲") // true; holdsData(0) // true
 */
export function holdsData(value: CellValue): boolean {
  return value !== null && !(typeof value === "string" && value.trim() === "");
}

/** The cells two boxes share; null when they do not meet. @example intersection(A1:C8, B2:Z20) // B2:C8 */
export function intersection(a: Box, b: Box): Box | null {
  const box = { top: Math.max(a.top, b.top), left: Math.max(a.left, b.left), bottom: Math.min(a.bottom, b.bottom), right: Math.min(a.right, b.right) };
  return box.top <= box.bottom && box.left <= box.right ? box : null;
}

/** Columns `left`..`right` of one row, every one holding something. */
export type Span = readonly [left: number, right: number];

/**
 * One row's spans (in any order, overlapping or not) as runs, joined where no more than `gap`
 * blank columns lie between; a column two spans cover counts once.
 *
 * @example rowRuns(4, [[0, 1], [1, 2], [16383, 16383]], 100) // [{ row: 4, left: 0, right: 2, cells: 3 }, { row: 4, left: 16383, right: 16383, cells: 1 }]
 */
export function rowRuns(row: number, spans: readonly Span[], gap: number): Occupied[] {
  const runs: Occupied[] = [];
  let run: Occupied | null = null;
  for (const [left, right] of [...spans].sort((a, b) => a[0] - b[0])) {
    if (run !== null && left - run.right - 1 <= gap) {
      // Only the columns past the run's right end are new cells.
      run = { row, left: run.left, right: Math.max(run.right, right), cells: run.cells + Math.max(0, right - Math.max(left, run.right + 1) + 1) };
      continue;
    }
    if (run !== null) runs.push(run);
    run = { row, left, right, cells: right - left + 1 };
  }
  if (run !== null) runs.push(run);
  return runs;
}

/**
 * The runs of cells holding data (holdsData) in `values`, a block of a sheet whose first cell is
 * (`top`, `left`).
 *
 * @example valueRuns([["学校", " ", 3]], 2, 0, 100) // [{ row: 2, left: 0, right: 2, cells: 2 }]
 */
export function valueRuns(values: readonly (readonly CellValue[])[], top: number, left: number, gap: number = AREA_LIMITS.maxBlankColumns): Occupied[] {
  return values.flatMap((row, r) => rowRuns(top + r, row.flatMap((v, c): Span[] => (holdsData(v) ? [[left + c, left + c]] : [])), gap));
}

/** The first rows of `box` holding no more than maxCells (one row at least). @example firstRows(A1:C1048576, { maxCells: 3000, … }) // A1:C1000 */
export function firstRows(box: Box, limits: AreaLimits = AREA_LIMITS): Box {
  const rows = Math.max(1, Math.floor(limits.maxCells / (box.right - box.left + 1)));
  return box.bottom - box.top + 1 <= rows ? box : { ...box, bottom: box.top + rows - 1 };
}

/**
 * A window whose cells holding data are not known (a host without the special cells) cut as
 * dataArea cuts an area of more than maxCells: its first rows (firstRows); the rest left out as too
 * many, from the first row not read to the window's last cell, `cells` counting them all, blank or
 * not (what they hold is not known).
 *
 * @example cappedArea(A1:C1048576, { maxCells: 3000, … }) // A1:C1000, too_many A1001…C1048576, 3,142,728 cells
 */
export function cappedArea(window: Box, limits: AreaLimits = AREA_LIMITS): DataArea {
  const box = firstRows(window, limits);
  if (box.bottom === window.bottom) return { box, cellsLeftOut: [] };
  const width = window.right - window.left + 1;
  const first = { row: box.bottom + 1, column: window.left };
  return { box, cellsLeftOut: [{ reason: "too_many", first, last: { row: window.bottom, column: window.right }, cells: (window.bottom - box.bottom) * width }] };
}

/** Whether a box holds no more cells than a grid may. @example fits({ top: 0, left: 0, bottom: 10, right: 114 }, AREA_LIMITS) // true: A1:DK11, 1,265 cells */
export function fits(box: Box, limits: AreaLimits = AREA_LIMITS): boolean {
  return (box.bottom - box.top + 1) * (box.right - box.left + 1) <= limits.maxCells;
}

/**
 * The area of a sheet (or of a range, `scope`) a grid should cover, from its non-blank cells.
 * Rows: blocks lying more than maxBlankRows blank rows apart; the first that is a table is read, a
 * stray (a value in A1048576, a note far below) is not, nor a second table, which is named on its
 * own (in a range, every table is read). Columns of those rows: blocks more than maxBlankColumns
 * apart; the parts of the table side by side are joined (names in A:B, numbers in DD:DK), a stray
 * (XFD5) is not. Without a table, the block with the most cells. Cells not read are left out as
 * far (TABLE_BLOCK). An area of more than maxCells
 * keeps its first rows, the rest left out as too many. Null when there is no cell. Only the runs
 * are walked, never the blank cells between them: the cost is the cells the sheet holds, not its
 * extent.
 *
 * @example dataArea([{ row: 0, left: 0, right: 35, cells: 36 }, …rows 1–45, { row: 1048575, left: 16383, right: 16383, cells: 1 }])
 * // { box: A1:AJ46, cellsLeftOut: [{ reason: "far", first: XFD1048576, last: XFD1048576, cells: 1 }] }
 * @example dataArea(A1:J11 a table of 10 schools, A1300:J1316 a table of 15)
 * // { box: A1:J11, cellsLeftOut: [{ reason: "far", first: A1300, last: J1316, cells: 166 }] }
 */
export function dataArea(runs: readonly Occupied[], limits: AreaLimits = AREA_LIMITS, scope: AreaScope = "sheet"): DataArea | null {
  if (runs.length === 0) return null;
  const rows = chooseRows(groupsAlong(runs, (r) => r.row, (r) => r.row, limits.maxBlankRows), scope);
  const columns = chooseColumns(rows.kept, limits, scope);
  const main = boundsOf(columns.kept);
  const far = farOf(runs, main, [...rows.tables, ...columns.tables]);
  const box = firstRows(main, limits);
  if (box.bottom === main.bottom) return { box: main, cellsLeftOut: far };
  return { box, cellsLeftOut: [...far, ...leftOutOf("too_many", runs.filter((r) => inside(r, main) && r.row > box.bottom))] };
}

/** `run` cut to the columns of `window` (its cells, at most the columns left); null when outside. */
function clipped(run: Occupied, window: Box): Occupied | null {
  const [left, right] = [Math.max(run.left, window.left), Math.min(run.right, window.right)];
  if (run.row < window.top || run.row > window.bottom || left > right) return null;
  return left === run.left && right === run.right ? run : { row: run.row, left, right, cells: Math.min(run.cells, right - left + 1) };
}

/**
 * The area a grid covers, the one rule both adapters (and both API levels of the Office one)
 * follow: without a `window` (the range the user gave), the sheet's area of data (dataArea); with
 * it, the range cut to the data inside it, every table and part of a table in it read, blank gaps
 * between included, only strays in it left out (scope "range"), the whole capped at maxCells. A
 * range ends at its last row holding data, not at the row the user gave: A1:C8 over a table in
 * A1:C4 reads A1:C4, whatever lies below the range (a note in A10 is not the range's). `runs` are
 * the sheet's (or the window's) runs; any reaching out of the window are cut to it. Null when the
 * window holds no data.
 *
 * @example rangeArea(runs of A1:C4 and A10, A1:C8) // { box: A1:C4, cellsLeftOut: [] }
 * @example rangeArea(runs of A1:C4 and A10, null) // { box: A1:C10, cellsLeftOut: [] } (the note lies within maxBlankRows of the table)
 */
export function rangeArea(runs: readonly Occupied[], window: Box | null, limits: AreaLimits = AREA_LIMITS): DataArea | null {
  if (window === null) return dataArea(runs, limits, "sheet");
  return dataArea(runs.flatMap((r) => clipped(r, window) ?? []), limits, "range");
}
