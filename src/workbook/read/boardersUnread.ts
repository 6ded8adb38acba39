import type { SchoolRecord } from "../../engine/types";
import { schoolRecord } from "../../engine/schoolRecord";
import type { Grid } from "../types";
import type { ColumnRole } from "./keys";
import { parseCellNumber } from "./parseCellNumber";
import { valueAt } from "./rowMeta";

/** Whether a record holds a boarders count anywhere: its own fields or a stage's. */
function hasBoarders(record: SchoolRecord): boolean {
  return record.fields.boardingStudents !== undefined || Object.values(record.stageFields ?? {}).some((f) => f.boardingStudents !== undefined);
}

/**
 * A row whose 寄宿生 cell holds something that was not read (text, an error, a count above the
 * students: checkFields) has boarders of unknown number: the record is marked 寄宿制 (unless the
 * row says it is not), which tells G6 the boarders are unknown (rules.md §4 item 6: a 寄宿制
 * school without its boarders is not judged, or judged short by at least the norm without them),
 * rather than counting none. A blank cell stays no boarders, as the statistics leave 0 blank.
 *
 * @example 西岗小学: 寄宿生 800 of 488 students (dropped) → flags.boarding true: G6 not computed from 0 or 800
 */
export function withBoardersUnread(grid: Grid, row: number, roles: readonly ColumnRole[], record: SchoolRecord): SchoolRecord {
  if (record.flags.boarding !== undefined || hasBoarders(record)) return record;
  const written = roles.some((r) => r.key === "boardingStudents" && parseCellNumber(valueAt(grid, row, r.column), "count").status !== "blank");
  return written ? schoolRecord({ ...record, flags: { ...record.flags, boarding: true } }) : record;
}
