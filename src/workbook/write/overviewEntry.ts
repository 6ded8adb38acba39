import { issueCounts } from "./issueCountsText";
import type { AreaVerdict, CoefficientGroup, CountyEvaluation, Evaluation, Issue, PassingShare, Verdict, VetoResult } from "../../engine/types";
import { estimatedPassesOf, type EstimatedPass } from "./estimatedPasses";
import { hiddenRowsOf, type HiddenRows } from "./hiddenRowsCaveat";
import { passRuleParams } from "./passRuleText";
import { failingSections, overviewShortfalls, type FailingSection, type OverviewShortfall } from "./overviewNeeds";

/**
 * What the overview keeps of a county: its areas, passing share, recognition, coefficients and
 * each item's verdict. Not the county's evaluation, whose sections reach back to the workbook's
 * records: a batch kept every workbook's evaluation until its end (12.7 MB per 3,000-section
 * workbook, a city of large counties in gigabytes); it keeps these few figures instead.
 */
export interface OverviewCounty {
  readonly county: string | null;
  readonly areas: readonly AreaVerdict[];
  readonly passing: PassingShare;
  readonly recognised: boolean | null;
  readonly coefficients: readonly CoefficientGroup[];
  /** Codes of the items not met, and of those not yet assessed (G6, Q1). */
  readonly itemsNotMet: readonly string[];
  readonly itemsPending: readonly string[];
  /** The veto items as declared (present, absent, not yet assessed): one present refuses recognition alone, whatever the areas say. */
  readonly veto: readonly VetoResult[];
  /** The items met only on an estimate (G3 on rooms estimated from the total area): the overview's 说明 says so beside a plain 达标. */
  readonly estimatedPasses: readonly EstimatedPass[];
  /** School rows hidden or filtered out and left unread on a sheet the county was read from (hiddenRowsOf): its 说明 says 资源配置 rests on the rows read only, as its 汇总 does. */
  readonly hiddenRows: readonly HiddenRows[];
  /** What the county still needs to standard per stage, as its 缺口测算's totals say it (overviewShortfalls). */
  readonly shortfalls: readonly OverviewShortfall[];
  /** Its failing school sections with their ways to pass, as its 学校达标 lists them (failingSections). */
  readonly failing: readonly FailingSection[];
}

/** Where a workbook's failing sections are said: the floor its profile set, and the first section's row on its result's 学校达标. */
export interface EntryPlaces {
  /** The floor as a percent (passRuleParams), which the ways to pass name: a 规则 sheet may set it per workbook. */
  readonly floor: string;
  /**
   * The 1-based row of the first section on the result workbook's 学校达标, as written; absent or
   * null when there is none. A result not written has none whatever this says: evaluatedEntry
   * decides it, and its sections' rows (FailingSection.row) are null, so nothing links to them.
   */
  readonly schoolsRow?: number | null;
}

/** One workbook of a batch: what the overview shows of it, or why it could not be evaluated. */
export interface OverviewEntry {
  /** How the batch names the input: its file name, or its path from a shared folder where names repeat. */
  readonly file: string;
  readonly outcome:
    | {
        readonly ok: true;
        readonly year: number | null;
        readonly counties: readonly OverviewCounty[];
        readonly errors: number;
        readonly warnings: number;
        /** The result workbook's file name, beside the overview. */
        readonly result: string;
        /** The floor its ways to pass name (EntryPlaces). */
        readonly floor: string;
        /** Why the result workbook could not be written (no access, a disk full): the county was evaluated, but `result` is not this run's. Absent when written. */
        readonly notWritten?: readonly string[];
      }
    | { readonly ok: false; readonly reasons: readonly string[] };
}

/**
 * Why the county's 资源配置 is not met, and what leaves it not assessed, as the engine's reason
 * codes in its order (areaVerdicts.ts resourcesVerdict): `sections_failing` and the coefficients
 * over their limit (`L3_primary_cv`); `sections_none_evaluable`, `sections_not_evaluable`. Kept in
 * `areas`; the overview lists them before the item codes, as a county failing only on its schools
 * would otherwise show 未达标 beside blank item columns.
 *
 * @example resourcesReasons({ areas: [{ area: "resources", verdict: "not_met", reasons: ["sections_failing", "L3_primary_cv", "sections_not_evaluable"], pending: ["sections_not_evaluable"] }], … }) // { notMet: ["sections_failing", "L3_primary_cv"], pending: ["sections_not_evaluable"] }
 */
export function resourcesReasons(county: OverviewCounty): { readonly notMet: readonly string[]; readonly pending: readonly string[] } {
  const area = county.areas.find((a) => a.area === "resources");
  if (!area) return { notMet: [], pending: [] };
  return { notMet: area.reasons.filter((r) => !area.pending.includes(r)), pending: [...area.pending] };
}

/**
 * The veto items the overview names: those present (each refuses recognition alone), and those not
 * yet assessed, whatever recognition is — as the county's own 汇总 says them (一票否决 待评估, 未填报：…).
 * Before, the pending ones were named only while they left recognition pending; a county refused
 * on its areas showed none, and a city chasing each county's missing inputs missed them there.
 * Codes in the profile's order.
 * @example vetoReasons({ veto: [{ code: "V_unfilled_posts", present: true, … }, { code: "V_key_schools", present: null, … }], recognised: false, … }) // { present: ["V_unfilled_posts"], pending: ["V_key_schools"] }
 */
export function vetoReasons(county: OverviewCounty): { readonly present: readonly string[]; readonly pending: readonly string[] } {
  const present = county.veto.filter((v) => v.present === true).map((v) => v.code);
  const pending = county.veto.filter((v) => v.present === null).map((v) => v.code);
  return { present, pending };
}

/**
 * Whether the county's share reaches its year's target, as the county's own 汇总 says it
 * (summarySheet): without a target there is nothing to reach (not_applicable); with one, met or not
 * met once the unjudged sections cannot tip it, not_assessed while they can (PassingShare.met null).
 * @example targetVerdict({ target: { year: 2024, share: 0.85 }, met: null, … }) // "not_assessed"; targetVerdict({ target: null, … }) // "not_applicable"
 */
export function targetVerdict(p: PassingShare): Verdict | "not_applicable" {
  if (p.target === null) return "not_applicable";
  return p.met === null ? "not_assessed" : p.met ? "met" : "not_met";
}

/**
 * The range the county's share lies in once its unjudged sections count, all failing … all passing
 * (rules.md passing share; summarySheet's unjudgedText): null when every section was judged, the
 * share then being the county's.
 * @example passingRange({ passing: 8, unjudged: 6, inScope: 14, … }) // { low: 8 / 14 = 0.5714…, high: 14 / 14 = 1 }
 */
export function passingRange(p: Pick<PassingShare, "passing" | "unjudged" | "inScope">): { readonly low: number; readonly high: number } | null {
  if (p.unjudged === 0 || p.inScope === 0) return null;
  return { low: p.passing / p.inScope, high: (p.passing + p.unjudged) / p.inScope };
}

function overviewCounty(c: CountyEvaluation, firstRow: number | null, issues: readonly Issue[]): OverviewCounty {
  const codes = (verdict: Verdict) => c.items.filter((i) => i.verdict === verdict).map((i) => i.code);
  const needs = { shortfalls: overviewShortfalls(c), failing: failingSections(c, firstRow) };
  return { county: c.county, areas: c.areas, passing: c.passing, recognised: c.recognised, coefficients: c.coefficients, itemsNotMet: codes("not_met"), itemsPending: codes("not_assessed"), veto: c.veto, estimatedPasses: estimatedPassesOf(c.items), hiddenRows: hiddenRowsOf(c, issues), ...needs };
}

/** Each county's first row on 学校达标, whose sections run on county after county (schoolsSheet); null for all when not written. @example firstRows([3 sections, 2 sections], 10) // [10, 13] */
function firstRows(counties: readonly CountyEvaluation[], schoolsRow: number | null): (number | null)[] {
  let row = schoolsRow;
  return counties.map((c) => {
    const first = row;
    row = row === null ? null : row + c.sections.length;
    return first;
  });
}

/**
 * The overview's entry for a workbook evaluated: its counties summed up, its issues counted; with
 * `notWritten`, why its result could not be written (its counties still count in the city's totals);
 * `places`, the floor its ways to pass name and where its sections start on its 学校达标 (no links without).
 * @example evaluatedEntry("甲县.xlsx", evaluation, issues, "甲县-评估结果.xlsx").outcome // { ok: true, year: 2024, counties: [{ county: "甲县", … }], errors: 0, warnings: 2, result: "甲县-评估结果.xlsx" }
 */
export function evaluatedEntry(file: string, evaluation: Evaluation, issues: readonly Issue[], result: string, notWritten?: readonly string[], places: EntryPlaces = { floor: passRuleParams(undefined).floor }): OverviewEntry {
  const counts = issueCounts(issues);
  const unwritten = notWritten === undefined ? {} : { notWritten };
  // Not written, its rows would link into an earlier run's file, or none.
  const rows = firstRows(evaluation.counties, notWritten === undefined ? (places.schoolsRow ?? null) : null);
  const counties = evaluation.counties.map((c, k) => overviewCounty(c, rows[k] ?? null, issues));
  return { file, outcome: { ok: true, year: evaluation.year, counties, errors: counts.error, warnings: counts.warning, result, floor: places.floor, ...unwritten } };
}
