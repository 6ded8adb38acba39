import type { CountyEvaluation } from "../../engine/types";
import { message } from "../../messages/catalogue";
import type { Lang } from "../../messages/types";
import type { TableSpec } from "../types";
import { FORMAT } from "./formats";
import { planTotals, type PlanTotals } from "./planTotals";
import { cell, makeTable, type CellInput, type ColumnDraft } from "./tableDraft";
import { countyLabel, stageLabel } from "./writeLabels";

function columns(lang: Lang): ColumnDraft[] {
  const t = (code: string) => message(code, {}, lang);
  return [
    { header: t("out_h_county"), numberFormat: null },
    { header: t("out_h_stage"), numberFormat: null },
    { header: t("out_h_plans_failing"), numberFormat: FORMAT.count },
    { header: t("out_h_plans_without"), numberFormat: FORMAT.count },
    { header: t("out_h_plan_teachers"), numberFormat: FORMAT.count },
    { header: t("out_h_plan_teaching_area"), numberFormat: FORMAT.area },
    { header: t("out_h_plan_sports_area"), numberFormat: FORMAT.area },
    { header: t("out_h_plan_yuan"), numberFormat: FORMAT.yuan },
    { header: t("out_h_plan_rooms"), numberFormat: FORMAT.count },
    { header: t("out_h_plan_cost"), numberFormat: FORMAT.yuan },
    { header: t("out_h_plans_unpriced"), numberFormat: FORMAT.count },
  ];
}

/** A stage's row: the sections failing without a plan in amber, as the sums leave their needs out. */
function row(county: string | null, p: PlanTotals, lang: Lang): CellInput[] {
  const warnIf = (n: number) => cell(n, n > 0 ? "warn" : null);
  return [countyLabel(county, lang), stageLabel(p.stage, lang), p.failing, warnIf(p.withoutPlan), p.teachers, p.teachingArea, p.sportsArea, p.yuan, p.rooms, p.cost, warnIf(p.unpriced)];
}

/**
 * What the failing sections' 达标方案 need per county and stage (rules.md §7): what it takes for
 * them to pass, beside the totals to the full standard, which count passing schools and ignore
 * the 85% allowance. Same stages as those totals, in a table of its own for the same reason.
 */
export function planTotalsTable(counties: readonly CountyEvaluation[], lang: Lang): TableSpec {
  return makeTable({
    name: "YZJH_PassPlanTotals",
    caption: message("out_caption_plan_totals", {}, lang),
    columns: columns(lang),
    rows: counties.flatMap((c) => c.shortfallTotals.map((t) => row(c.county, planTotals(c.sections, t.stage), lang))),
    emptyText: message("out_none", {}, lang),
  });
}
