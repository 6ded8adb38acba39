import { combinedNeeds } from "../../engine/combinedNeeds";
import { STAGES, type CombinedNeed, type CountyEvaluation, type IndicatorCode, type SharedNeed, type Stage } from "../../engine/types";
import { message } from "../../messages/catalogue";
import { inlineClauses, listText } from "../../messages/listText";
import type { Lang } from "../../messages/types";
import type { TableSpec } from "../types";
import { FORMAT, formatNumber, shortfallFormat } from "./formats";
import { needsFormat } from "./needsFormat";
import { amountText } from "./passPlanText";
import { makeTable, numberIn, type CellInput, type ColumnDraft } from "./tableDraft";
import { countyLabel, stageLabel } from "./writeLabels";

type SharedCode = "L4" | "L5" | "L6" | "L7";
/** The indicators a combined school's sections may share (SHARED_NUMERATOR_FIELDS), in column order, with their columns' headers by unit. */
const SHARED: readonly SharedCode[] = ["L4", "L5", "L6", "L7"];
const HEADER: Readonly<Record<SharedCode, string>> = { L4: "out_h_whole_area", L5: "out_h_whole_area", L6: "out_h_whole_yuan", L7: "out_h_whole_rooms" };
/** Where the whole-school amounts start: after 县区, 学校 and the shares. */
const FIRST_AMOUNT = 3;

function columns(lang: Lang, rows: readonly (readonly CellInput[])[]): ColumnDraft[] {
  const t = (code: string) => message(code, {}, lang);
  return [
    { header: t("out_h_county"), numberFormat: null },
    { header: t("out_h_school"), numberFormat: null },
    { header: t("out_h_shares"), numberFormat: null },
    ...SHARED.map((code, k) => ({ header: message(HEADER[code], { code }, lang), numberFormat: needsFormat(shortfallFormat(code), rows.map((row) => numberIn(row[FIRST_AMOUNT + k]))) })),
    { header: t("out_h_sections_added"), numberFormat: null, maxWidth: 40 },
    { header: t("out_h_whole_plan"), numberFormat: null, maxWidth: 50 },
  ];
}

/** The shares by stage, as 小学 41.8%、初中 58.2%; shares adding up to less than 1 (a 完全中学's junior section) say the rest is the senior part's. */
function sharesText(need: CombinedNeed, lang: Lang): string {
  const parts = STAGES.flatMap((stage) => {
    const share = need.shares[stage];
    return share === undefined ? [] : [message("out_share_of_stage", { stage: stageLabel(stage, lang), share: formatNumber(share, FORMAT.ratio) }, lang)];
  });
  const total = Object.values(need.shares).reduce((sum, s) => sum + s, 0);
  return total < 1 - 1e-9 ? message("out_shares_rest_senior", { shares: listText(parts, lang) }, lang) : listText(parts, lang);
}

/** Stages as a list of their labels: 小学、初中. */
function stagesText(stages: readonly Stage[], lang: Lang): string {
  return listText(stages.map((stage) => stageLabel(stage, lang)), lang);
}

/**
 * One indicator's amount as a clause: L6：357,000 元; with `sayShared`, an indicator that only some
 * sections share (SharedNeed.sharedBy) names them and the others, whose own figures are not in it.
 */
function amountClause(need: CombinedNeed, code: IndicatorCode, text: string, sayShared: boolean, lang: Lang): string {
  const sharedBy = need.indicators[code]?.sharedBy ?? [];
  const own = STAGES.filter((stage) => need.shares[stage] !== undefined && !sharedBy.includes(stage));
  if (!sayShared || own.length === 0) return message("out_whole_amount", { code, amount: text }, lang);
  return message("out_whole_amount_shared_by", { code, amount: text, stages: stagesText(sharedBy, lang), own: stagesText(own, lang) }, lang);
}

/** The shared indicators' amounts as `pick` says them (null: nothing asked), as clauses: L6：357,000 元；L7：4 间. */
function amountsText(need: CombinedNeed, lang: Lang, pick: (n: SharedNeed, code: IndicatorCode) => string | null, sayShared: boolean): string[] {
  return SHARED.flatMap((code) => {
    const n = need.indicators[code];
    const text = n === undefined ? null : pick(n, code);
    return text === null ? [] : [amountClause(need, code, text, sayShared, lang)];
  });
}

/** The failing sections without a way to pass, as a clause after the amounts (CombinedNeed.sectionsWithoutPlan); none when there are none. */
function withoutPlanText(need: CombinedNeed, lang: Lang): string[] {
  const stages = need.sectionsWithoutPlan;
  return stages.length === 0 ? [] : [message("out_whole_plan_without", { stages: stagesText(stages, lang), count: stages.length }, lang)];
}

/** What the ways to pass need of the school for one indicator, with the sections' own amounts added up beside it when they differ. */
function planText(n: SharedNeed, code: IndicatorCode, lang: Lang): string | null {
  if (n.byPlan === null || n.byPlan === 0) return null;
  const whole = amountText(code, n.byPlan, lang);
  const sections = n.sectionsByPlan ?? 0;
  return Math.abs(sections - n.byPlan) < 0.005 ? whole : message("out_whole_plan_amount", { whole, sections: amountText(code, sections, lang) }, lang);
}

/**
 * A school's row: the whole-school amounts to standard, the sections' own added up (naming the
 * sections that share an indicator when not all do), and what the ways to pass need of the school,
 * with the failing sections that have none.
 */
function row(need: CombinedNeed, lang: Lang): CellInput[] {
  const amounts = SHARED.map((code) => need.indicators[code]?.toStandard ?? null);
  const added = amountsText(need, lang, (n, code) => (n.sectionsToStandard > 0 ? amountText(code, n.sectionsToStandard, lang) : null), true);
  const plan = [...amountsText(need, lang, (n, code) => planText(n, code, lang), false), ...withoutPlanText(need, lang)];
  return [countyLabel(need.county, lang), need.name, sharesText(need, lang), ...amounts, inlineClauses(added, lang), inlineClauses(plan, lang)];
}

/** Whether the school must add anything to a shared indicator, to standard or for a way to pass. */
function asksAnything(need: CombinedNeed): boolean {
  return Object.values(need.indicators).some((n) => n.toStandard > 0 || (n.byPlan ?? 0) > 0);
}

/**
 * 缺口测算's combined schools whose sections share whole-school values (combinedNeeds): what each
 * must add as a whole to standard and for its sections' ways to pass, beside the sections' own
 * amounts added up, which fall short of it (every addition is split again by the same shares).
 * Null when no such school must add anything.
 */
export function combinedNeedsTable(counties: readonly CountyEvaluation[], lang: Lang): TableSpec | null {
  const rows = counties.flatMap((c) => combinedNeeds(c.sections).filter(asksAnything).map((need) => row(need, lang)));
  if (rows.length === 0) return null;
  return makeTable({ name: "YZJH_CombinedNeeds", caption: message("out_caption_combined_needs", {}, lang), columns: columns(lang, rows), rows, emptyText: message("out_none", {}, lang) });
}
