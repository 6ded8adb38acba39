import type { MappingView, PaneFixes } from "../addin/mappingView";
import { requiredUnset, roleText } from "../addin/roleChanges";
import type { MappingRow } from "../addin/mappingView";
import type { FixRole } from "../workbook/read/matchColumns";
import type { Issue } from "../engine/types";
import type { Lang } from "../messages/types";

/** The table last read, with the sheet and range it was read for and its corrections (fixesKey). */
export interface LastTable {
  sheet: string;
  range: string | null;
  fixes: string;
  view: MappingView;
}

/**
 * The issues with the reader's "required column missing" said as what the user did, when a
 * correction took the required field from the column the last table read it from: which column,
 * set to （不使用） or to which other field (the reader's text would only name the field).
 *
 * @example the last table of 学校 read 学校名称 from column B, since set to （不使用）:
 *   explainedIssues([{ code: "read_missing_columns", params: { fieldList: "name" }, … }], last, { sheet: "学校", ignored: [1], … }, "zh")
 *   → [{ code: "addin_mapping_required_unset", severity: "error", cell: null, params: { column: "B", header: "学校名称", field: "学校名称" } }]
 */
export function explainedIssues(issues: readonly Issue[], last: LastTable | null, draft: PaneFixes & { sheet: string }, lang: Lang): Issue[] {
  return issues.flatMap((issue) => {
    if (issue.code !== "read_missing_columns" || last === null || last.sheet !== draft.sheet) return [issue];
    const unset = requiredUnset(last.view, draft, String(issue.params.fieldList ?? "").split(","));
    if (unset.length === 0) return [issue];
    return unset.map(({ row, now }) => unsetIssue(row, now, lang));
  });
}

/** A required field's column set to （不使用） (`now` null) or to another field, `now`: said as what it was set to. */
function unsetIssue(row: MappingRow, now: FixRole | null, lang: Lang): Issue {
  const params = { column: row.address, header: row.header, field: roleText(row.role && { ...row.role, stage: null, part: null }, lang) };
  if (now === null) return { code: "addin_mapping_required_unset", severity: "error", cell: null, params };
  return { code: "addin_mapping_required_moved", severity: "error", cell: null, params: { ...params, now: roleText(now, lang) } };
}
