import type { Evaluation, Issue, Severity } from "../../engine/types";
import { issueCountsText } from "./issueCountsText";
import { message } from "../../messages/catalogue";
import type { FrontEnd, Lang } from "../../messages/types";
import type { Emphasis, SheetSpec, TableSpec } from "../types";
import type { MappingLine, ResultContext } from "./ResultContext";
import { commonNotes } from "./sheetNotes";
import type { OverrideEntry } from "../../profiles/overrideEntries";
import { overrideSetting, overrideValueText } from "./profileText";
import { cell, makeTable, type CellInput } from "./tableDraft";
import { bySeverity } from "./bySeverity";

const SEVERITY_EMPHASIS: Record<Severity, Emphasis> = { error: "bad", warning: "warn", info: "muted" };

/**
 * 数据问题: every reader and engine issue with its message in the chosen language and a link to its
 * cell; then the column mapping; then the settings the 规则 sheet changed, each linked to its cell.
 */
export function issuesSheet(evaluation: Evaluation, context: ResultContext): SheetSpec {
  const { lang, issues } = context;
  const summary = message("out_note_issues", { counts: issueCountsText(issues, lang, true) }, lang);
  const tables = [issueTable(issues, lang, context.frontEnd ?? "cli")];
  if (context.mapping && context.mapping.length > 0) tables.push(mappingTable(context.mapping, lang));
  if (context.ruleOverrides && context.ruleOverrides.length > 0) tables.push(overridesTable(context.ruleOverrides, lang));
  return {
    name: message("out_sheet_issues", {}, lang),
    role: "issues",
    title: message("out_title_issues", {}, lang),
    notes: [...commonNotes(evaluation, context), summary],
    tables,
    freezeColumns: 0,
  };
}

function issueRow(issue: Issue, lang: Lang, front: FrontEnd): CellInput[] {
  const kind = SEVERITY_EMPHASIS[issue.severity];
  return [
    cell(message(`out_severity_${issue.severity}`, {}, lang), kind),
    issue.code,
    message(issue.code, issue.params, lang, front),
    issue.cell ? cell(issue.cell, null, issue.cell) : null,
  ];
}

function issueTable(issues: readonly Issue[], lang: Lang, front: FrontEnd): TableSpec {
  const t = (code: string) => message(code, {}, lang);
  return makeTable({
    name: "YZJH_Issues",
    caption: t("out_caption_issues"),
    columns: [
      { header: t("out_h_severity"), numberFormat: null },
      { header: t("out_h_issue_code"), numberFormat: null },
      { header: t("out_h_message"), numberFormat: null, maxWidth: 60 },
      { header: t("out_h_cell"), numberFormat: null },
    ],
    // Errors first, as the task pane lists them: the order found put an error of 县级指标 below every school's notes.
    rows: bySeverity(issues).map((i) => issueRow(i, lang, front)),
    emptyText: t("out_none"),
  });
}

/** A table of what was read from where: a name, a text, and a link to the cell it came from (the mapping, the 规则 settings). */
function sourcedTable(name: string, codes: readonly [caption: string, first: string, second: string, cellColumn: string], rows: readonly (readonly [string, string, string | null])[], lang: Lang): TableSpec {
  const t = (code: string) => message(code, {}, lang);
  const [caption, first, second, cellColumn] = codes;
  return makeTable({
    name,
    caption: t(caption),
    columns: [
      { header: t(first), numberFormat: null },
      { header: t(second), numberFormat: null, maxWidth: 50 },
      { header: t(cellColumn), numberFormat: null },
    ],
    rows: rows.map(([a, b, at]) => [a, b, at ? cell(at, null, at) : null]),
    emptyText: t("out_none"),
  });
}

function mappingTable(mapping: readonly MappingLine[], lang: Lang): TableSpec {
  const codes = ["out_caption_mapping", "out_h_field", "out_h_header", "out_h_column"] as const;
  return sourcedTable("YZJH_Mapping", codes, mapping.map((m) => [m.field, m.header, m.cell]), lang);
}

/** The 规则 sheet's settings the evaluation used: name and path, value, and a link to the cell it was read from. */
function overridesTable(overrides: readonly OverrideEntry[], lang: Lang): TableSpec {
  const codes = ["out_caption_overrides", "out_h_setting", "out_h_setting_value", "out_h_cell"] as const;
  return sourcedTable("YZJH_RuleOverrides", codes, overrides.map((o) => [overrideSetting(o.path, lang), overrideValueText(o.value, lang), o.cell]), lang);
}
