import type { CountyEvaluation, Evaluation, Issue, Severity } from "../../engine/types";
import { message } from "../../messages/catalogue";
import { countMessage } from "../../messages/countMessage";
import { listText } from "../../messages/listText";
import type { Lang } from "../../messages/types";
import type { SheetSpec } from "../types";
import { FORMAT } from "./formats";
import { cell, makeTable, type CellInput, type ColumnDraft } from "./tableDraft";
import { answerVerdict, byAnswer, countyLabel, verdictEmphasis, verdictLabel } from "./writeLabels";

/** One workbook of a batch: its evaluation and result file, or why it could not be evaluated. */
export interface OverviewEntry {
  /** The input's file name (a batch's names are unique). */
  readonly file: string;
  readonly outcome:
    | { readonly ok: true; readonly evaluation: Evaluation; readonly issues: readonly Issue[]; /** The result workbook's file name, beside the overview. */ readonly result: string }
    | { readonly ok: false; readonly reasons: readonly string[] };
}

const AREAS = ["resources", "guarantee", "quality", "recognition"] as const;

/**
 * 评估总览: a batch over a city's workbooks, one row per county of each workbook (a city list holds
 * several), its four areas, passing share and recognition side by side; a workbook that could not be
 * evaluated keeps its row, with the reason, so that no county drops out of the city's picture unseen.
 */
export function overviewSheet(entries: readonly OverviewEntry[], context: { readonly lang: Lang; readonly profileName: string; readonly folders: readonly string[] }): SheetSpec {
  const { lang } = context;
  const failed = entries.filter((e) => !e.outcome.ok).length;
  const counts = overviewLine(entries.length, failed, lang);
  return {
    name: message("out_sheet_overview", {}, lang),
    role: "summary",
    title: message("out_title_overview", {}, lang),
    notes: [message("out_note_profile", { name: context.profileName }, lang), message("out_note_source", { source: listText(context.folders, lang) }, lang), counts],
    tables: [
      makeTable({
        name: "YZJH_Overview",
        caption: null,
        columns: overviewColumns(lang),
        rows: entries.flatMap((e) => entryRows(e, lang)),
        emptyText: message("out_none", {}, lang),
      }),
    ],
    freezeColumns: 2,
  };
}

function overviewColumns(lang: Lang): ColumnDraft[] {
  const t = (code: string) => message(code, {}, lang);
  const text = (code: string, maxWidth?: number): ColumnDraft => (maxWidth === undefined ? { header: t(code), numberFormat: null } : { header: t(code), numberFormat: null, maxWidth });
  const count = (code: string): ColumnDraft => ({ header: t(code), numberFormat: FORMAT.count });
  return [
    text("out_h_file"),
    text("out_h_county"),
    count("out_h_year"),
    ...AREAS.map((a) => text(`area_${a}`)),
    count("out_h_in_scope"),
    count("out_h_passing"),
    count("out_h_unjudged"),
    { header: t("out_h_share"), numberFormat: FORMAT.ratio },
    { header: t("out_h_target_share"), numberFormat: FORMAT.ratio },
    text("out_h_recognised"),
    count("out_h_errors"),
    count("out_h_warnings"),
    text("out_h_result_or_reason", 50),
  ];
}

function entryRows(entry: OverviewEntry, lang: Lang): CellInput[][] {
  const o = entry.outcome;
  if (!o.ok) return [[entry.file, null, null, ...AREAS.map(() => null), null, null, null, null, null, cell(message("out_not_evaluated", {}, lang), "bad"), null, null, o.reasons.join("\n")]];
  const counts = (severity: Severity) => o.issues.filter((i) => i.severity === severity).length;
  const tail = [counts("error"), counts("warning"), o.result];
  if (o.evaluation.counties.length === 0) return [[entry.file, null, o.evaluation.year, ...AREAS.map(() => null), 0, 0, 0, null, null, null, ...tail]];
  return o.evaluation.counties.map((c) => [entry.file, countyLabel(c.county, lang), o.evaluation.year, ...countyCells(c, lang), ...tail]);
}

const RECOGNISED = { yes: "out_recognised_yes", no: "out_recognised_no", unknown: "out_recognised_pending" } as const;

function countyCells(county: CountyEvaluation, lang: Lang): CellInput[] {
  const areas = AREAS.map((area) => {
    const verdict = county.areas.find((a) => a.area === area)?.verdict ?? "not_assessed";
    return cell(verdictLabel(verdict, lang), verdictEmphasis(verdict));
  });
  const p = county.passing;
  const share = p.share === null ? null : cell(p.share, p.met === false ? "bad" : null);
  const recognised = cell(message(byAnswer(county.recognised, RECOGNISED), {}, lang), verdictEmphasis(answerVerdict(county.recognised)));
  return [...areas, p.evaluated + p.unjudged, p.passing, p.unjudged, share, p.target?.share ?? null, recognised];
}

/** The overview's line for stdout: how many workbooks were evaluated. @example overviewLine(3, 1, "zh") // "共 3 个工作簿：2 个已评估，1 个未能评估" */
export function overviewLine(files: number, failed: number, lang: Lang): string {
  return countMessage("out_overview_counts", files, { files, evaluated: files - failed, failed }, lang);
}
