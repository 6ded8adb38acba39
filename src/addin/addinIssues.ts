import type { Issue } from "../engine/types";

/**
 * Codes whose text the task pane says its own way, where the 列对应关系 table stands above it: the
 * reader's "required column missing" lists every header found (36 on the statistics form), which
 * the table already shows; the pane's says which field to choose and where. Not for the ribbon's
 * message, which has no table beside it.
 */
const PANE_CODES: Readonly<Record<string, string>> = {
  read_missing_columns: "addin_missing_columns",
  // A sheet with no school header (县级指标): said as what the sheet is and which to choose, not the reader's paragraph on how it reads headers.
  read_no_header: "addin_no_school_table",
  // An empty sheet (a new workbook): said with what a school table needs, a header row with 学校名称 and 在校生数.
  read_sheets_empty: "addin_sheets_empty",
};

/**
 * The issues as the task pane says them: the codes above replaced by the pane's. (Every other
 * text the add-in says its own way keeps its code: message(…, "addin") words it.)
 *
 * @example forPane([{ code: "read_missing_columns", severity: "error", cell: null, params: { sheet: "学校", fieldList: "students", found: "学校名称 | 在籍人数" } }]) // [{ code: "addin_missing_columns", … }]
 */
export function forPane(issues: readonly Issue[]): Issue[] {
  return swapped(issues, PANE_CODES).map(withFieldCount);
}

/** How many fields a missing-columns issue names, as `count`: one is named as the choice to make, several are worded as a list (message() takes the `_one` form). */
function withFieldCount(issue: Issue): Issue {
  if (issue.code !== "addin_missing_columns") return issue;
  return { ...issue, params: { ...issue.params, count: String(issue.params.fieldList ?? "").split(",").length } };
}

function swapped(issues: readonly Issue[], codes: Readonly<Record<string, string>>): Issue[] {
  return issues.map((issue) => {
    const code = codes[issue.code];
    return code === undefined ? issue : { ...issue, code };
  });
}
