import type { Issue } from "../engine/types";

/**
 * Codes of the reader and the engine whose text names the CLI's --year, each with the add-in's own
 * code for the same issue, whose text names the pane's 评估年度 instead: the issue is the same, the
 * way to choose another year is the front end's.
 */
const ADDIN_CODES: Readonly<Record<string, string>> = {
  read_year_from_title: "addin_year_from_title",
  read_year_name_differs: "addin_year_name_differs",
  target_year_assumed: "addin_target_year_assumed",
};

/**
 * The issues as the add-in says them (in the pane and on the 数据问题 sheet it writes): the codes
 * above replaced by the add-in's, everything else as it is.
 *
 * @example forAddin([{ code: "read_year_from_title", severity: "info", cell: "学校!A1", params: { year: 2024 } }]) // [{ code: "addin_year_from_title", … }]
 */
export function forAddin(issues: readonly Issue[]): Issue[] {
  return issues.map((issue) => {
    const code = ADDIN_CODES[issue.code];
    return code === undefined ? issue : { ...issue, code };
  });
}
