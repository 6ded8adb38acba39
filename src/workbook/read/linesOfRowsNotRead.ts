import type { Issue } from "../../engine/types";
import { issueAtCell } from "./issue";
import { leavesRowOut } from "./rowsNotRead";

/** The notes that say a line under a school row was read as a part of that school (takeStageLines.ts: takeLine). */
const LINE_NOTES: ReadonlySet<string> = new Set(["read_stage_line", "read_senior_part"]);

/**
 * The reader's row issues, with the notes on the stage lines of a school row left out afterwards
 * (a duplicate, a whole-school row after its 学部 rows: `dropped`, mergeCampuses) saying that their
 * numbers went unused with their school, not that they were read as its stages; the note on the
 * senior students counted from such a school's whole (read_senior_remainder) is dropped, as no such
 * school is read.
 *
 * @example read_stage_line at S!A23 { parentCell: "S!A22" } with read_duplicate_whole_school at S!A22 → read_stage_line_unused at S!A23
 */
export function linesOfRowsNotRead(rowIssues: readonly Issue[], dropped: readonly Issue[]): Issue[] {
  const left = new Set(dropped.filter(leavesRowOut).map((i) => i.cell));
  const parentLeft = (i: Issue) => typeof i.params.parentCell === "string" && left.has(i.params.parentCell);
  return rowIssues.flatMap((i) => {
    if (!parentLeft(i)) return [i];
    if (i.code === "read_senior_remainder") return [];
    if (!LINE_NOTES.has(i.code)) return [i];
    const { text = "", name = "", parentCell = "" } = i.params;
    return [issueAtCell("read_stage_line_unused", "info", i.cell, { text, name, parentCell })];
  });
}
