import type { Issue } from "../../engine/types";

/** Why a school row was left out: the reader issue that says so at its cell. */
export type RowNotReadReason = "noName" | "nameOnly" | "duplicate" | "copiedCampus" | "township" | "hidden";

/** The reader codes that leave a whole school row out, by reason (a row of 合计 or 标准 is no school and not counted). */
const REASON_OF_CODE: Readonly<Record<string, RowNotReadReason>> = {
  read_row_no_name: "noName",
  read_name_formula_error: "noName",
  // A name, no data and a remark saying the school is closed (nameOnlyRow.ts).
  read_row_name_only_remark: "nameOnly",
  read_row_name_only_remark_column: "nameOnly",
  read_duplicate_school: "duplicate",
  read_duplicate_school_section: "duplicate",
  // A whole-school row after its school's 学部 rows is as much a row left out as a 学部 row after the whole one.
  read_duplicate_whole_school: "duplicate",
  read_campus_rows_copied: "copiedCampus",
  read_campus_rows_copied_main: "copiedCampus",
  read_school_township_ambiguous: "township",
  read_hidden_rows_skipped: "hidden",
};

/**
 * How many school rows the reader left out, by reason, in the order the reasons first appear. One
 * issue is one row, except hidden rows, which one issue per sheet lists (`params.count`). A row
 * left out changes the share of schools passing, and the issue saying so sits among many others
 * in 数据问题: the summary needs the count.
 *
 * @example rowsNotRead([read_duplicate_school, read_hidden_rows_skipped { count: 3 }]) // [["duplicate", 1], ["hidden", 3]]
 */
export function rowsNotRead(issues: readonly Issue[]): [RowNotReadReason, number][] {
  const counts = new Map<RowNotReadReason, number>();
  for (const issue of issues) {
    const reason = REASON_OF_CODE[issue.code];
    if (reason !== undefined) counts.set(reason, (counts.get(reason) ?? 0) + rowsOf(issue));
  }
  return [...counts];
}

/** Whether the issue says a school row was left out at its cell (read_duplicate_school …; not a hidden-rows list, said at no one row's name). */
export function leavesRowOut(issue: Issue): boolean {
  return REASON_OF_CODE[issue.code] !== undefined && issue.code !== "read_hidden_rows_skipped";
}

function rowsOf(issue: Issue): number {
  const count = issue.params.count;
  return issue.code === "read_hidden_rows_skipped" && typeof count === "number" ? count : 1;
}
