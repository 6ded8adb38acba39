import type { Issue } from "../../engine/types";
import { a1, columnLetters, parseRange, splitReference } from "../address";
import { issueAtCell } from "./issue";

/**
 * Per-cell notes that only say a value was stored or written unusually, read exactly as typed
 * (a number stored as text, with full-width digits, thousands separators or spaces: all
 * read_number_as_text), by the code a column of them is said with. A note whose reading changes
 * or guesses a value (a dash read as 0, a unit converted, a count not whole) is not here: each of
 * those cells needs its own look. Numbers in date-formatted cells (read_date_in_number) are here
 * too, though each stays unread: an export that formats a whole column as dates would otherwise
 * bury every other problem under a thousand of them, and one fix (the column's format) mends them all.
 */
const GROUPED: Readonly<Record<string, string>> = { read_number_as_text: "read_numbers_as_text", read_date_in_number: "read_dates_in_number" };

/** How many cells a grouped note lists by address; the rest it counts. */
const LISTED = 3;

/** The params that name the column (its header and what it was read as), kept in the grouped note. */
const COLUMN_PARAMS = ["header", "field", "stage", "part", "countyItem"] as const;

interface Located {
  readonly sheet: string;
  readonly column: string;
  readonly address: string;
}

/** A single cell's sheet, column letters and plain address (`'学校 表'!$ab$7` → 学校 表, AB, AB7); null when it is none. */
function located(cell: string | null): Located | null {
  const ref = cell === null ? null : splitReference(cell);
  const box = ref === null ? null : parseRange(ref.address);
  if (ref === null || box === null || box.top !== box.bottom || box.left !== box.right) return null;
  return { sheet: ref.sheet, column: columnLetters(box.left), address: a1(box.top, box.left) };
}

/** The group a note falls in (same code, sheet, column and column params), or null when it is said per cell. */
function groupKey(issue: Issue): string | null {
  const at = GROUPED[issue.code] === undefined ? null : located(issue.cell);
  if (at === null) return null;
  return [issue.code, at.sheet, at.column, ...COLUMN_PARAMS.map((p) => String(issue.params[p] ?? ""))].join("\u0000");
}

/** One note for a column's notes (two or more), at the first one's cell, counting them and listing the first few (only those are read again). */
function columnNote(notes: readonly Issue[]): Issue {
  const [first] = notes;
  const cells = notes.slice(0, LISTED).flatMap((n) => located(n.cell)?.address ?? []);
  const at = first === undefined ? null : located(first.cell);
  if (first === undefined || at === null) throw new Error("columnNote: notes at cells expected");
  const columnParams = Object.fromEntries(COLUMN_PARAMS.flatMap((p) => (first.params[p] === undefined ? [] : [[p, first.params[p]]])));
  const code = `${GROUPED[first.code] ?? first.code}${notes.length > LISTED ? "" : "_few"}`;
  return issueAtCell(code, first.severity, first.cell, { ...columnParams, column: at.column, count: notes.length, cells: cells.join("、") });
}

/**
 * The reader's issues with each column's harmless per-cell notes said once (workbooks.md "Cell
 * values as people type them"): a statistics-system export stores every number as text, and a
 * note per cell (39 columns × 1,000 schools) would bury the few errors in 数据问题. Two or more
 * notes of one code in one column of one sheet become one note at the first one's cell (and in
 * the first one's place), with the column's letter, its header, the count and the first three
 * cells; a lone note stays as it is, with its text and value. Every other issue is kept as it is, in order.
 *
 * @example groupColumnNotes([read_number_as_text at S!B2, at S!B3, at S!B4, at S!B5]) // [read_numbers_as_text at S!B2 { column: "B", count: 4, cells: "B2、B3、B4", header … }]
 * @example groupColumnNotes([read_number_as_text at S!B2, read_dash_as_zero at S!C2]) // unchanged
 */
export function groupColumnNotes(issues: readonly Issue[]): Issue[] {
  const keys = issues.map(groupKey);
  const groups = new Map<string, Issue[]>();
  issues.forEach((issue, i) => {
    const key = keys[i] ?? null;
    const group = key === null ? undefined : groups.get(key);
    if (group !== undefined) group.push(issue);
    else if (key !== null) groups.set(key, [issue]);
  });
  return issues.flatMap((issue, i) => {
    const group = groups.get(keys[i] ?? "");
    if (group === undefined || group.length < 2) return [issue];
    return group[0] === issue ? [columnNote(group)] : [];
  });
}
