import type { Issue } from "../engine/types";
import { message } from "../messages/catalogue";
import { refusedColumns, refusingHeader, type RefusedColumns } from "../workbook/write/refusedColumns";
import { leavesUnread } from "../workbook/write/refusedReason";
import { groupedMissingColumns } from "./missingColumnGroups";

/**
 * The engine's word that a value is missing (missing_students, missing_numerator …) at a cell the
 * reader already called an error (约1652 is not a number) or warned it did not read (20间 of
 * teachers): the same cell, said twice, the engine's "no value" wrong for a cell that has one. The
 * reader's says what is wrong with the cell; 学校达标 says what the section lacks. So is a value
 * missing at a cell of a column the reader refused whole at its header (教学仪器设备值 of no stated
 * unit, 0.25 元 a student): one cause, said once at the header, not again at each school's number.
 */
function echoesReader(issue: Issue, refused: ReadonlySet<string>, columns: RefusedColumns): boolean {
  if (!issue.code.startsWith("missing_") || issue.cell === null) return false;
  return refused.has(issue.cell) || refusingHeader(issue.cell, columns) !== null;
}

/** The cells the reader called an error or left unread with a warning. */
const refusedByReader = (reader: readonly Issue[]): Set<string> =>
  new Set(reader.flatMap((i) => ((i.severity === "error" || leavesUnread(i)) && i.cell !== null ? [i.cell] : [])));

/** Issues that read alike in a list: a combined school's two sections each saying its students are missing. */
const sameLine = (issue: Issue): string => `${issue.code}\u0000${issue.cell ?? ""}\u0000${message(issue.code, issue.params, "zh")}`;

/**
 * The issues a run lists and counts (数据问题, the JSON report, the pane, the summary line): the
 * reader's, then the engine's — a column missing from a sheet said once for its sections (groupedMissingColumns) — without those that repeat a reader error (or unread warning) at its cell or at the header of its column, and without a
 * line that reads the same as one before it. The engine's own list (evaluation.issues) keeps them
 * all: each section's reasons come from it.
 * @example listedIssues([notANumber at S!G14], [missing_students at S!G14]) // [notANumber at S!G14]
 */
export function listedIssues(reader: readonly Issue[], engine: readonly Issue[]): Issue[] {
  const refused = refusedByReader(reader);
  const columns = refusedColumns(reader);
  const seen = new Set<string>();
  return [...reader, ...groupedMissingColumns(reader, engine).filter((i) => !echoesReader(i, refused, columns))].filter((issue) => {
    const line = sameLine(issue);
    if (seen.has(line)) return false;
    seen.add(line);
    return true;
  });
}
