import { INDICATOR_CODES, type CountyEvaluation, type Evaluation, type SectionResult } from "../../engine/types";
import { message } from "../../messages/catalogue";
import type { Lang } from "../../messages/types";
import type { SheetSpec, TableSpec } from "../types";
import type { ResultContext } from "./ResultContext";
import { commonNotes } from "./sheetNotes";
import { incompleteOfStage, lacksSomeIndicator } from "./lacksIndicator";
import { cell, makeTable, numberIn, type CellInput, type ColumnDraft } from "./tableDraft";
import { needsFormat } from "./needsFormat";
import { FORMAT, shortfallFormat, shortfallUnit } from "./formats";
import { passRuleParams } from "./passRuleText";
import { classSizeParams } from "./classSizeParams";
import { countMessage } from "../../messages/countMessage";
import { countyLabel, stageLabel } from "./writeLabels";
import { planTotalsTable } from "./planTotalsTable";
import { fundingTotalsTable } from "./fundingTotalsTable";
import { guaranteeShortfallsTable } from "./guaranteeShortfallsTable";
import { combinedNeedsTable } from "./combinedNeedsTable";
import { ownCost, planRowText, sharedBuilds, type SharedBuild } from "./sharedBuilds";

const UNIT_HEADER = { teachers: "out_h_short_teachers", rooms: "out_h_short_rooms", area: "out_h_short_area", yuan: "out_h_short_yuan" } as const;

/** 缺口测算: what each failing or short section still needs (rules.md §7), a way to pass, and per-school guarantee shortfalls. */
export function shortfallsSheet(evaluation: Evaluation, context: ResultContext): SheetSpec {
  const { lang } = context;
  const { floor } = passRuleParams(context.profile);
  // Built once: its note is written only when the table is.
  const combined = combinedNeedsTable(evaluation.counties, lang);
  return {
    name: message("out_sheet_shortfalls", {}, lang),
    role: "shortfalls",
    title: message("out_title_shortfalls", {}, lang),
    notes: [...commonNotes(evaluation, context), message("out_note_shortfalls", { floor }, lang), ...costNote(evaluation.counties, lang), ...incompleteNote(evaluation.counties, lang), ...(combined === null ? [] : [message("out_note_combined_needs", {}, lang)])],
    tables: tablesOf(evaluation.counties, context, floor, combined),
    freezeColumns: 2,
  };
}

/**
 * The sections' table, the combined schools' whole-school needs (`combined`, when any), the county
 * totals to standard and what the ways to pass need, the schools'
 * guarantee shortfalls and, where any was computed, their public-funding totals.
 */
function tablesOf(counties: readonly CountyEvaluation[], { lang, profile }: ResultContext, floor: string, combined: TableSpec | null): TableSpec[] {
  const funding = fundingTotalsTable(counties, lang);
  const guarantee = guaranteeShortfallsTable(counties, lang, classSizeParams(profile), profile);
  const tables = [sectionTable(counties, lang, floor), ...(combined === null ? [] : [combined]), totalsTable(counties, lang), planTotalsTable(counties, lang), guarantee];
  return funding === null ? tables : [...tables, funding];
}

/**
 * How many plans shown have no estimated cost (the profile lacks a unit cost one needs), whose
 * 估算费用 cells are blank so that a SUM over the column stays a sum, partial as this says.
 * @example the sample under national-2017 (no unit costs): 城关第三小学 (454.5 m²), 河口乡中心小学 (1 room),
 * 河口乡中学 (1 teacher) and 龙泉学校（初中部） (43 625 yuan and 1 room) → 4; a plan needing yuan alone is priced
 */
export function unpricedPlans(counties: readonly CountyEvaluation[]): number {
  return counties.reduce((n, c) => n + c.sections.filter((s) => s.included && s.pass === false && s.passPlan !== null && s.passPlan.totalCost === null).length, 0);
}

/**
 * Why some 估算费用 cells are blank, with their count, and how those plans were chosen instead:
 * without a price for what they need, by dominance or the largest gap (cheapestPassPlan, rules.md §7).
 */
function costNote(counties: readonly CountyEvaluation[], lang: Lang): string[] {
  const n = unpricedPlans(counties);
  return n === 0 ? [] : [countMessage("out_note_plans_unpriced", n, { n }, lang), message("out_note_plan_no_cost", {}, lang)];
}

/**
 * How many in-scope sections with students (or an unknown count) lack some indicator: the county
 * totals add only the shortfalls that could be computed, so theirs are missing from them.
 * @example 2 sections, one without L6 → 1; a section with 0 students needs nothing and is not counted
 */
export function incompleteSections(counties: readonly CountyEvaluation[]): number {
  return counties.reduce((n, c) => n + c.sections.filter(lacksSomeIndicator).length, 0);
}


function incompleteNote(counties: readonly CountyEvaluation[], lang: Lang): string[] {
  const n = incompleteSections(counties);
  return n === 0 ? [] : [countMessage("out_note_totals_incomplete", n, { n }, lang)];
}

/**
 * A row of the sections' table: in scope and evaluable with a shortfall or failing; failed by what
 * it has although data are missing (its needs so far are real); or not evaluable with students (or
 * an unknown count), whose needs are not all known: left out, an empty table (（无）) and the
 * county totals' zeros would read as nothing needed.
 */
function isListed(section: SectionResult): boolean {
  if (!section.included) return false;
  if (!section.evaluable) return section.pass === false || section.students !== 0;
  return section.pass === false || Object.values(section.indicators).some((r) => r.shortfall > 0);
}

/** Whether a listed section is shown as not evaluable rather than as failing or passing (isListed). */
function isUndecided(section: SectionResult): boolean {
  return section.pass === null;
}

/**
 * The seven shortfall columns, from the table's rows (`rows`, the amounts from column `first` on):
 * each in its unit's format with the decimals that show a shortfall above 0 as more than 0 (needsFormat).
 */
export function amountColumns(lang: Lang, rows: readonly (readonly CellInput[])[], first: number): ColumnDraft[] {
  return INDICATOR_CODES.map((code, k) => ({
    header: message(UNIT_HEADER[shortfallUnit(code)], { code }, lang),
    numberFormat: needsFormat(shortfallFormat(code), rows.map((row) => numberIn(row[first + k]))),
  }));
}

/** Where the shortfalls start: after 县区, 学校, 学段 and 学校结论. */
const FIRST_AMOUNT = 4;

function sectionColumns(lang: Lang, floor: string, rows: readonly (readonly CellInput[])[]): ColumnDraft[] {
  const t = (code: string) => message(code, { floor }, lang);
  return [
    { header: t("out_h_county"), numberFormat: null },
    { header: t("out_h_school"), numberFormat: null },
    { header: t("out_h_stage"), numberFormat: null },
    { header: t("out_h_pass"), numberFormat: null },
    ...amountColumns(lang, rows, FIRST_AMOUNT),
    { header: t("out_h_relaxed"), numberFormat: null },
    { header: t("out_h_plan"), numberFormat: null, maxWidth: 50 },
    { header: t("out_h_plan_cost"), numberFormat: FORMAT.yuan },
  ];
}

/** 学校结论 of a listed section: a pass plain, a fail in red, a section not evaluable in amber (its needs are not all known). */
function conclusionCell(section: SectionResult, lang: Lang): CellInput {
  if (isUndecided(section)) return cell(message("out_undecided_incomplete", {}, lang), "warn");
  if (section.pass) return message("out_pass", {}, lang);
  return cell(message(section.evaluable ? "out_fail" : "out_fail_incomplete", {}, lang), "bad");
}

/**
 * A listed section's row; `shared`, its builds an earlier row of its combined school counts already
 * (sharedBuilds): said in the plan and left out of the 估算费用, so that the column adds up to what
 * the schools pay, each shared build once.
 */
function sectionRow(section: SectionResult, lang: Lang, floor: string, shared: readonly SharedBuild[]): CellInput[] {
  const pass = conclusionCell(section, lang);
  const amounts = INDICATOR_CODES.map((code) => {
    const r = section.indicators[code];
    if (!r) return null;
    return cell(r.shortfall, r.status === "below" ? "bad" : r.status === "floor" ? "warn" : null);
  });
  const plan = section.passPlan;
  const text = plan ? planRowText(plan, shared, lang, floor) : null;
  return [countyLabel(section.county, lang), section.name, stageLabel(section.stage, lang), pass, ...amounts, plan?.relaxed ?? null, text, plan ? ownCost(plan.totalCost, shared) : null];
}

/** `floor`: the profile's floor as a percent (passRuleParams), for the relaxed column's header and the plans. */
function sectionTable(counties: readonly CountyEvaluation[], lang: Lang, floor: string): TableSpec {
  const rows = counties.flatMap((c) => {
    const shared = sharedBuilds(c.sections);
    return c.sections.filter(isListed).map((s) => sectionRow(s, lang, floor, shared.get(s) ?? []));
  });
  return makeTable({
    name: "YZJH_Shortfalls",
    caption: message("out_caption_section_shortfalls", {}, lang),
    columns: sectionColumns(lang, floor, rows),
    rows,
    emptyText: message("out_none", {}, lang),
  });
}

/**
 * The county totals per stage, in a table of their own: inside the sections' table a 合计 row
 * would be sorted and filtered among the schools, and summed again by a SUBTOTAL over the column.
 */
function totalsTable(counties: readonly CountyEvaluation[], lang: Lang): TableSpec {
  const label = (code: string): ColumnDraft => ({ header: message(code, {}, lang), numberFormat: null });
  const rows = counties.flatMap((c) => totalsRows(c, lang));
  return makeTable({
    name: "YZJH_ShortfallTotals",
    caption: message("out_caption_shortfall_totals", {}, lang),
    columns: [label("out_h_county"), label("out_h_stage"), ...amountColumns(lang, rows, 2), { header: message("out_h_totals_incomplete", {}, lang), numberFormat: FORMAT.count }],
    rows,
    emptyText: message("out_none", {}, lang),
  });
}

/** A stage's totals, then how many of its sections lack some indicator (in amber when any): their needs are not in the totals. */
function totalsRows(county: CountyEvaluation, lang: Lang): CellInput[][] {
  const name = countyLabel(county.county, lang);
  return county.shortfallTotals.map((t) => {
    const incomplete = incompleteOfStage(county.sections, t.stage);
    return [name, stageLabel(t.stage, lang), ...INDICATOR_CODES.map((code) => t.byIndicator[code]), cell(incomplete, incomplete > 0 ? "warn" : null)];
  });
}

