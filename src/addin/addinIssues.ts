import type { Issue } from "../engine/types";

/**
 * Codes of the reader and the engine whose text names a CLI option (--year, --ignore), each with
 * the add-in's own code for the same issue, whose text names the pane's control instead (评估年度,
 * the 列对应关系 table): the issue is the same, the way to act on it is the front end's.
 */
const ADDIN_CODES: Readonly<Record<string, string>> = {
  read_year_name_differs: "addin_year_name_differs",
  target_year_assumed: "addin_target_year_assumed",
  read_hidden_column_read: "addin_hidden_column_read",
};

/**
 * The issues as the add-in says them (in the pane and on the 数据问题 sheet it writes): the codes
 * above replaced by the add-in's, everything else as it is.
 *
 * @example forAddin([{ code: "read_year_name_differs", severity: "warning", cell: "学校!A1", params: { sheet: "学校2023", named: 2023, year: 2024 } }]) // [{ code: "addin_year_name_differs", … }]
 */
export function forAddin(issues: readonly Issue[]): Issue[] {
  return swapped(issues, ADDIN_CODES);
}

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
};

/**
 * The issues as the task pane says them: as the add-in does (forAddin), and the codes above
 * replaced by the pane's.
 *
 * @example forPane([{ code: "read_missing_columns", severity: "error", cell: null, params: { sheet: "学校", fieldList: "students", found: "学校名称 | 在籍人数" } }]) // [{ code: "addin_missing_columns", … }]
 */
export function forPane(issues: readonly Issue[]): Issue[] {
  return swapped(forAddin(issues), PANE_CODES).map(withFieldCount);
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
