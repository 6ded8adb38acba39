import type { Issue } from "../../engine/types";
import { a1, cellPlace, columnLetters, rangeAddress } from "../address";
import { issueAtCell } from "./issue";

/**
 * Per-cell notes that only say a value was stored or written unusually, read exactly as typed
 * (a number stored as text, with full-width digits, thousands separators or spaces: all
 * read_number_as_text), by the code a column of them is said with. A note whose reading changes
 * or guesses a value (a dash read as 0, a unit converted, a count not whole) is not here: each of
 * those cells needs its own look. Numbers in date-formatted cells (read_date_in_number) are here
 * too, though each stays unread: an export that formats a whole column as dates would otherwise
 * bury every other problem under a thousand of them, and one fix (the column's format) mends them all.
 * So are one-stage rows' numbers read from 合计 beside a blank stage column (read_stage_blank_total):
 * the bureau's layout, not each cell, is what the note is about.
 */
const GROUPED: Readonly<Record<string, string>> = { read_number_as_text: "read_numbers_as_text", read_date_in_number: "read_dates_in_number", read_stage_blank_total: "read_stage_blank_totals" };

/**
 * How many runs of cells (B5:B40, B42) a grouped note lists by address; the rest it counts. A
 * column an export stored as text throughout is one run, so every cell is named; only cells
 * scattered down a column run past this.
 */
const LISTED_RUNS = 5;

/** The params that name the column (its header and what it was read as), kept in the grouped note. */
const COLUMN_PARAMS = ["header", "field", "stage", "part", "countyItem"] as const;

/** A note's cell: its sheet and 0-based row and column (cellPlace). */
type Located = NonNullable<ReturnType<typeof cellPlace>>;

/** A note with its cell located, read once (a cell may be worked out only when read). */
interface Placed {
  readonly issue: Issue;
  readonly at: Located;
}

/** The group a note falls in (same code, sheet, column and column params), or null when it is said per cell. */
function groupKey(issue: Issue, at: Located | null): string | null {
  if (at === null) return null;
  return [issue.code, at.sheet, at.column, ...COLUMN_PARAMS.map((p) => String(issue.params[p] ?? ""))].join("\u0000");
}

/**
 * The rows of one column as runs of consecutive rows in A1 form, top to bottom.
 * @example cellRuns(1, [4, 1, 2, 3, 8]) // ["B2:B5", "B9"]
 */
export function cellRuns(column: number, rows: readonly number[]): string[] {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let start = 0, end = 1; end <= sorted.length; end++) {
    if (end < sorted.length && sorted[end] === (sorted[end - 1] ?? 0) + 1) continue;
    const top = sorted[start] ?? 0;
    const bottom = sorted[end - 1] ?? 0;
    runs.push(top === bottom ? a1(top, column) : rangeAddress({ top, left: column, bottom, right: column }));
    start = end;
  }
  return runs;
}

/** One note for a column's notes (two or more), at the first one's cell, counting them and naming their cells as runs (the first LISTED_RUNS). */
function columnNote(notes: readonly Placed[]): Issue {
  const [first] = notes;
  if (first === undefined) throw new Error("columnNote: notes expected");
  const { issue, at } = first;
  const runs = cellRuns(at.column, notes.map((n) => n.at.row));
  const columnParams = Object.fromEntries(COLUMN_PARAMS.flatMap((p) => (issue.params[p] === undefined ? [] : [[p, issue.params[p]]])));
  const code = `${GROUPED[issue.code] ?? issue.code}${runs.length > LISTED_RUNS ? "" : "_few"}`;
  const cells = runs.slice(0, LISTED_RUNS).join("、");
  return issueAtCell(code, issue.severity, issue.cell, { ...columnParams, column: columnLetters(at.column), count: notes.length, cells });
}

/**
 * The reader's issues with each column's harmless per-cell notes said once (workbooks.md "Cell
 * values as people type them"): a statistics-system export stores every number as text, and a
 * note per cell (39 columns × 1,000 schools) would bury the few errors in 数据问题. Two or more
 * notes of one code in one column of one sheet become one note at the first one's cell (and in
 * the first one's place), with the column's letter, its header, the count and the cells as runs
 * (B2:B5、B9: every cell named, up to LISTED_RUNS runs, so the user can select them all and
 * convert them at once); a lone note stays as it is, with its text and value. Every other issue
 * is kept as it is, in order.
 *
 * @example groupColumnNotes([read_number_as_text at S!B2, at S!B3, at S!B4, at S!B9]) // [read_numbers_as_text_few at S!B2 { column: "B", count: 4, cells: "B2:B4、B9", header … }]
 * @example groupColumnNotes([read_number_as_text at S!B2, read_dash_as_zero at S!C2]) // unchanged
 */
export function groupColumnNotes(issues: readonly Issue[]): Issue[] {
  const places = issues.map((issue) => (GROUPED[issue.code] === undefined ? null : cellPlace(issue.cell)));
  const keys = issues.map((issue, i) => groupKey(issue, places[i] ?? null));
  const groups = new Map<string, Placed[]>();
  issues.forEach((issue, i) => {
    const key = keys[i] ?? null;
    const at = places[i] ?? null;
    if (key === null || at === null) return;
    const group = groups.get(key);
    if (group !== undefined) group.push({ issue, at });
    else groups.set(key, [{ issue, at }]);
  });
  return issues.flatMap((issue, i) => {
    const group = groups.get(keys[i] ?? "");
    if (group === undefined || group.length < 2) return [issue];
    return group[0]?.issue === issue ? [columnNote(group)] : [];
  });
}
