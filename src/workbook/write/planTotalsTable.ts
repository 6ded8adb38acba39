import type { CountyEvaluation } from "../../engine/types";
import { message } from "../../messages/catalogue";
import type { Lang } from "../../messages/types";
import type { TableSpec } from "../types";
import { FORMAT } from "./formats";
import { planTotals, type PlanTotals } from "./planTotals";
import { cell, makeTable, numberIn, type CellInput, type ColumnDraft } from "./tableDraft";
import { needsFormat } from "./needsFormat";
import { countyLabel, stageLabel } from "./writeLabels";

/**
 * The columns, the needs' formats with the decimals that show a need above 0 as more than 0
 * (needsFormat, from the table's `rows`): 0.004 m² shown 0.00 would say nothing is needed.
 */
function columns(lang: Lang, rows: readonly (readonly CellInput[])[]): ColumnDraft[] {
  const t = (code: string) => message(code, {}, lang);
  const need = (format: string, column: number) => needsFormat(format, rows.map((row) => numberIn(row[column])));
  return [
    { header: t("out_h_county"), numberFormat: null },
    { header: t("out_h_stage"), numberFormat: null },
    { header: t("out_h_plans_failing"), numberFormat: FORMAT.count },
    { header: t("out_h_plans_without"), numberFormat: FORMAT.count },
    ...(["L1", "L2", "L3"] as const).map((code) => ({ header: message("out_h_plan_teachers", { code }, lang), numberFormat: FORMAT.count })),
    { header: t("out_h_plan_teaching_area"), numberFormat: need(FORMAT.area, 7) },
    { header: t("out_h_plan_sports_area"), numberFormat: need(FORMAT.area, 8) },
    { header: t("out_h_plan_yuan"), numberFormat: need(FORMAT.yuan, 9) },
    { header: t("out_h_plan_rooms"), numberFormat: FORMAT.count },
    { header: t("out_h_plan_cost"), numberFormat: FORMAT.yuan },
    { header: t("out_h_plans_unpriced"), numberFormat: FORMAT.count },
  ];
}

/** A stage's row: the sections failing without a plan in amber, as the sums leave their needs out. */
function row(county: string | null, p: PlanTotals, lang: Lang): CellInput[] {
  const warnIf = (n: number) => cell(n, n > 0 ? "warn" : null);
  const needs = [p.l1Teachers, p.l2Teachers, p.l3Teachers, p.teachingArea, p.sportsArea, p.yuan, p.rooms];
  return [countyLabel(county, lang), stageLabel(p.stage, lang), p.failing, warnIf(p.withoutPlan), ...needs, p.cost, warnIf(p.unpriced)];
}

function rowsOf(county: CountyEvaluation, lang: Lang): CellInput[][] {
  return county.shortfallTotals.map((t) => row(county.county, planTotals(county.sections, t.stage), lang));
}

/**
 * What the failing sections' 达标方案 need per county and stage (rules.md §7): what it takes for
 * them to pass, beside the totals to the full standard, which count passing schools and ignore
 * the 85% allowance. Same stages as those totals, in a table of its own for the same reason.
 * L1, L2 and L3 teachers in columns of their own: one teacher may count for two of them.
 */
export function planTotalsTable(counties: readonly CountyEvaluation[], lang: Lang): TableSpec {
  const rows = counties.flatMap((c) => rowsOf(c, lang));
  return makeTable({
    name: "YZJH_PassPlanTotals",
    caption: message("out_caption_plan_totals", {}, lang),
    columns: columns(lang, rows),
    rows,
    emptyText: message("out_none", {}, lang),
  });
}
