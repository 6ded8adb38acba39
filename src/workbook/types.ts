/**
 * The one workbook interface. Two adapters implement it: exceljs over .xlsx files
 * (src/adapters/xlsx) and Office.js inside Excel (src/adapters/office). Everything above it —
 * recognising headers, reading rows, building result sheets — is host-free and shared.
 */

/** A formula error as Excel shows it, e.g. `#DIV/0!`. */
export interface CellError {
  readonly error: string;
}

export type CellValue = string | number | boolean | Date | null | CellError;

/** An inclusive rectangle of 0-based sheet coordinates (A1 is row 0, column 0). */
export interface Box {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** A sheet (or a range of it) read as a 2-D array, with what the reader needs to know of its layout. */
export interface Grid {
  readonly sheet: string;
  /** 0-based sheet coordinates of values[0][0]. */
  readonly top: number;
  readonly left: number;
  /** Row-major; every row has the same length. Merged areas hold their value in the top-left cell only. */
  readonly values: readonly (readonly CellValue[])[];
  /** 0-based sheet rows that are hidden or filtered out. */
  readonly hiddenRows: readonly number[];
  /** 0-based sheet columns that are hidden (absent: the adapter does not say). */
  readonly hiddenColumns?: readonly number[];
  /** Merged areas that intersect the grid, in sheet coordinates. */
  readonly merges: readonly Box[];
  /** Non-blank cells of the sheet (or range) the grid leaves out (dataArea.ts); absent or empty: none. */
  readonly cellsLeftOut?: readonly CellsLeftOut[];
}

/**
 * Non-blank cells a source left out of a grid: `far` beyond a wide blank gap from the data (a
 * stray at XFD1048576, or a second table far below the one read), or `too_many` past the cells a
 * grid may hold. 0-based sheet coordinates
 * of the first and the last in reading order.
 */
export interface CellsLeftOut {
  readonly reason: "far" | "too_many";
  readonly first: { readonly row: number; readonly column: number };
  readonly last: { readonly row: number; readonly column: number };
  readonly cells: number;
}

/** Reads a workbook. */
export interface WorkbookSource {
  sheetNames(): Promise<readonly string[]>;
  /** The sheets of sheetNames() that are hidden or very hidden (absent: the adapter does not say). */
  hiddenSheets?(): Promise<readonly string[]>;
  /** The sheet's used range, or `range` (A1 notation, e.g. `A1:Z200`) when given. */
  readSheet(name: string, range?: string): Promise<Grid>;
}

// ---------------------------------------------------------------------------------------------
// Writing: a result sheet described as data; each adapter renders it.

/** Roles of the sheets the product creates; adapters tag sheets with them to recognise them on re-run. */
export const RESULT_ROLES = ["summary", "coefficients", "schools", "shortfalls", "guarantee", "issues"] as const;
export type ResultRole = (typeof RESULT_ROLES)[number];

/** Whether a value read back from a workbook (a marker, a settings entry) names a result role. @example isResultRole("summary") // true */
export function isResultRole(role: unknown): role is ResultRole {
  return typeof role === "string" && (RESULT_ROLES as readonly string[]).includes(role);
}

/** Cell emphasis, rendered as fills / font colours: bad = red (fails), warn = amber, good = green. */
export type Emphasis = "bad" | "warn" | "good" | "muted";

export interface ColumnSpec {
  readonly header: string;
  /** Width in characters (Chinese characters count double). */
  readonly width: number;
  /** Excel number format for the column's data cells, e.g. `0.00`, `#,##0`, `0.000`, `0.0%`; null = General. */
  readonly numberFormat: string | null;
  /**
   * Whether the column's data cells wrap their text (the table's rows top-aligned; both sinks set
   * each such row's height from its lines, wrappedRowHeight.ts): set when a value is wider than `width`, so that a long reason stays inside its column
   * instead of running across the page and shrinking a sheet printed one page wide. The header never wraps.
   */
  readonly wrap: boolean;
}

/** Data bars on one column of a table, scaled from 0 to `max` (e.g. the CV limit). */
export interface DataBarSpec {
  readonly column: number;
  readonly max: number;
}

/**
 * A hyperlink from a cell of the table: to a place in the workbook, e.g. the source cell
 * `学校基本情况!D7`, or, with `file` set, to another file, e.g. a county's result workbook beside
 * the batch overview (`{ row: 0, column: 18, target: "甲县-评估结果.xlsx", file: true }`).
 */
export interface LinkSpec {
  readonly row: number;
  readonly column: number;
  /**
   * A place, `Sheet!A1`; with `file`, the file's path relative to the workbook written, as the
   * file system names it (not URI-encoded: each sink makes its address with fileHref.ts).
   */
  readonly target: string;
  /** Set when `target` is a file to open rather than a place. */
  readonly file?: true;
  /** With `file`, the cell to open it at, absolute (`学校达标!$A$16`): a county's school row from the overview. */
  readonly at?: string;
}

/**
 * A number format for one data cell, in place of its column's (ColumnSpec.numberFormat), e.g. a
 * class count known only as a lower bound: the cell holds the number 1, so that a SUM or a pivot
 * over the column counts it, and shows `≥ 1` through `"≥ "0` (text in a format is quoted).
 */
export interface CellFormatSpec {
  readonly row: number;
  readonly column: number;
  readonly format: string;
}

/** One Excel table on a result sheet. Rows and columns are relative to the table's data body. */
export interface TableSpec {
  /** Excel table name: ASCII, unique in the workbook, e.g. `YZJH_Coefficients_primary`. */
  readonly name: string;
  /** A caption written in the row above the header (e.g. "小学"), or null. */
  readonly caption: string | null;
  readonly columns: readonly ColumnSpec[];
  readonly rows: readonly (readonly CellValue[])[];
  readonly emphasis: readonly { readonly row: number; readonly column: number; readonly kind: Emphasis }[];
  /** Cells whose number format is not their column's (absent: none). */
  readonly formats?: readonly CellFormatSpec[];
  readonly dataBars: readonly DataBarSpec[];
  readonly links: readonly LinkSpec[];
}

export interface SheetSpec {
  readonly name: string;
  readonly role: ResultRole;
  /** Title in A1 (bold, larger); the tables start below it. */
  readonly title: string;
  /** Lines under the title (profile, year, notes such as "综合差异系数 is a reference only"). */
  readonly notes: readonly string[];
  /** Tables stacked vertically with one blank row between them. */
  readonly tables: readonly TableSpec[];
  /** Freeze panes below the first table's header and right of this many columns. */
  readonly freezeColumns: number;
  /**
   * The notes go below this table (0-based), a blank row before them, not under the title: for a
   * sheet whose notes grow with its input (评估总览's, one per doubtful workbook), which would
   * otherwise all be frozen above the first table. Absent: under the title.
   */
  readonly notesAfterTable?: number;
}

/**
 * Where a write stands, for its caller's progress line: "queued" while it waits for an earlier
 * write of the same runtime (the Office sink's lock, writeLock.ts), "writing" once it has its turn.
 */
export type WriteTurn = "queued" | "writing";

/** What a write did: the names it used, the earlier results it kept, and those it replaced. */
export interface SheetsWritten {
  /** The sheet names used, in the order of the specs (a clash with a sheet that stays gets a new name). */
  readonly names: readonly string[];
  /** Result sheets of an earlier run that the user changed since they were written: kept as theirs, not replaced. */
  readonly kept: readonly string[];
  /**
   * Result sheets of an earlier run that this write deleted to put its own in their place, under
   * the names they had, in workbook order (the order the earlier run wrote them, unless the user
   * moved them). None on a first run; never one of `kept`. Lets the pane say that what the user
   * sees under 汇总 is this run's, not the last one's.
   */
  readonly replaced: readonly string[];
  /**
   * Result sheets written by a version before this one could tell an edited result from one as
   * written (no stamp of their values): kept as the user's, not replaced, since nothing shows the
   * user left them unchanged; the new results are written beside them. Absent or empty: none.
   */
  readonly keptOlder?: readonly string[];
  /**
   * Result sheets of an earlier run that the user renamed (or copied) since: kept as theirs and not
   * updated, each with the role it was written for, so that the pane can name the new sheet of that
   * role beside it. Said once: a sheet renamed before the last run, which said it, is kept but not
   * here again. Absent or empty: none (a sink that never finds one may leave it out).
   */
  readonly renamed?: readonly { readonly name: string; readonly role: ResultRole }[];
}

/** Writes result sheets. Adapters replace sheets they created before and never touch others. */
export interface WorkbookSink {
  /**
   * Writes the sheets in order. `onTurn` hears "queued" when this write must first wait for
   * another, and "writing" once it starts; a write that waits for none hears nothing (the .xlsx
   * sink never does).
   */
  writeSheets(specs: readonly SheetSpec[], onTurn?: (turn: WriteTurn) => void): Promise<SheetsWritten>;
}
