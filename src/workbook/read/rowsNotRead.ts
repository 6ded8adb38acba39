import type { Issue } from "../../engine/types";

/** Why a school row was left out: the reader issue that says so at its cell. */
export type RowNotReadReason = "noName" | "duplicate" | "copiedCampus" | "township" | "hidden";

/** The reader codes that leave a whole school row out, by reason (a row of 合计 or 标准 is no school and not counted). */
const REASON_OF_CODE: Readonly<Record<string, RowNotReadReason>> = {
  read_row_no_name: "noName",
  read_name_formula_error: "noName",
  read_duplicate_school: "duplicate",
  read_duplicate_school_section: "duplicate",
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

function rowsOf(issue: Issue): number {
  const count = issue.params.count;
  return issue.code === "read_hidden_rows_skipped" && typeof count === "number" ? count : 1;
}
