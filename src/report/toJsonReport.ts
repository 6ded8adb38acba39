import { combinedNeeds } from "../engine/combinedNeeds";
import {
  INDICATOR_CODES,
  type AreaVerdict,
  type CombinedNeed,
  type CoefficientGroup,
  type CountyEvaluation,
  type Evaluation,
  type IndicatorResult,
  type Issue,
  type ItemResult,
  type PassPlan,
  type SectionResult,
} from "../engine/types";
import { message } from "../messages/catalogue";
import type { Lang } from "../messages/types";
import type { OverrideEntry } from "../profiles/overrideEntries";
import { settingLabel } from "../profiles/settingNames";
import type { Profile } from "../profiles/schema";
import { num, type Json } from "./json";
import { overviewShortfalls, type OverviewShortfall } from "../workbook/write/overviewNeeds";
import { planTotals, type PlanTotals } from "../workbook/write/planTotals";
import { ownCost, sharedBuilds, type SharedBuild } from "../workbook/write/sharedBuilds";

/** What the report needs besides the Evaluation. */
export interface ReportContext {
  /** Reader issues followed by engine issues. */
  readonly issues: readonly Issue[];
  readonly lang: Lang;
  /** The profile used: its name and standards fill in what an unevaluable section lacks. */
  readonly profile?: Profile;
  /** The file the profile was read from (--profile file.json); omitted for a built-in one. */
  readonly profileFile?: string;
  /** The column mapping the reader used, as plain data; included as is. */
  readonly mapping?: unknown;
  /** The input file or sheet, for the record. */
  readonly source?: string;
  /** The settings the workbook's 规则 sheet laid over the profile (overrideEntries). */
  readonly ruleOverrides?: readonly OverrideEntry[];
}


/**
 * One indicator of a section in scope. Without a value (a numerator or the students missing) its
 * standard and floor are still the profile's — the floor worked out as evaluateIndicator does — and
 * what the value would decide (value, ratio, status, met, shortfall) is null.
 * @example indicatorJson(undefined, 2.3, 0.85) // { value: null, standard: 2.3, floor: 1.955, …, met: null, shortfall: null }
 */
function indicatorJson(result: IndicatorResult | undefined, standard: number | null, floorRatio: number | null): Json {
  if (!result) return { value: null, standard, floor: standard === null || floorRatio === null ? null : standard * floorRatio, ratio: null, status: null, met: null, shortfall: null, numerator: null };
  return {
    value: num(result.value),
    standard: num(result.standard),
    floor: num(result.floor),
    ratio: num(result.ratio),
    status: result.status,
    met: result.status === "met",
    shortfall: num(result.shortfall),
    numerator: num(result.numerator),
  };
}

function indicatorsJson(section: SectionResult, profile: Profile | undefined): Json {
  if (!section.included) return {};
  const out: Record<string, Json> = {};
  for (const code of INDICATOR_CODES) out[code] = indicatorJson(section.indicators[code], num(profile?.standards[section.stage][code]), profile?.passRule.floorRatio ?? null);
  return out;
}

/**
 * A way to pass as the JSON reports give it (a section's `passPlan`, the overview's failing schools'): null for none.
 * `shared`: its builds an earlier row of its combined school counts already (sharedBuilds), given as
 * `sameBuild`; `countedCost` is then the 估算费用 缺口测算 and 未达标学校 give its row (totalCost less
 * their cost, ownCost), what `planTotals` adds up, while `totalCost` stays the plan's own.
 * @example planJson(红旗学校 初中 L5 2753.73 m², 550 745.45 yuan, [1653.75 m² counted on the 小学 row, 330 750 yuan])
 * // { …, totalCost: 550 745.45, countedCost: 219 995.45, sameBuild: [{ code: "L5", countedWith: "primary", amount: 1653.75, cost: 330 750, all: false }] }
 */
export function planJson(plan: PassPlan | null, shared: readonly SharedBuild[] = []): Json {
  if (!plan) return null;
  // schoolAmount: what a combined school adds as a whole for its section's step (priced in `cost`), only where it differs.
  const steps = plan.steps.map((s) => ({ code: s.code, target: s.target, amount: num(s.amount), ...(s.schoolAmount === undefined ? {} : { schoolAmount: num(s.schoolAmount) }), cost: num(s.cost) }));
  const sameBuild = shared.map((b) => ({ code: b.code, countedWith: b.countedWith, amount: num(b.amount), cost: num(b.cost), all: b.all }));
  // The plans weighed by their gaps (basis largest_gap): what 缺口测算's reason names; null when prices or dominance chose.
  const weighed = plan.weighed === undefined ? null : [...plan.weighed];
  return { relaxed: plan.relaxed, steps, totalCost: num(plan.totalCost), countedCost: num(ownCost(plan.totalCost, shared)), sameBuild, basis: plan.basis, weighed };
}

/**
 * The indicators a section in scope is known to meet: the engine's count, or for a section that
 * could not be evaluated (evaluable false) those of its computed indicators that are met — a
 * count, as the contract has it, which a value still missing may raise; `pass` says whether that
 * decides anything (false when the indicators known already fail it, else null).
 * @example metCount(红旗小学 with L1–L6 met and L7 missing) // 6
 */
function metCount(section: SectionResult): number {
  return section.metCount ?? INDICATOR_CODES.filter((code) => section.indicators[code]?.status === "met").length;
}

/**
 * One entry of `schools`: every section read, in scope or not (out of scope: no indicators, metCount or pass);
 * `shared`, its plan's builds an earlier row of its combined school counts already (sharedBuilds, planJson).
 */
export function schoolJson(section: SectionResult, profile?: Profile, shared: readonly SharedBuild[] = []): Json {
  return {
    id: section.id,
    name: section.name,
    county: section.county,
    stage: section.stage,
    type: section.type,
    included: section.included,
    exclusion: section.exclusion,
    students: num(section.students),
    evaluable: section.evaluable,
    notEvaluable: [...section.notEvaluable],
    indicators: indicatorsJson(section, profile),
    // Out of scope, a section is judged nowhere (its indicators are left out above); the sheet may
    // show whether it would pass, but a pass here would count among the county's to a reader.
    metCount: section.included ? metCount(section) : null,
    pass: section.included ? section.pass : null,
    passPlan: planJson(section.passPlan, shared),
    split: section.split ? { recordId: section.split.recordId, share: num(section.split.share) } : null,
    source: section.source ? `${section.source.sheet}!${section.source.row}` : null,
  };
}

/**
 * One entry of `coefficients`: a county × stage. Each indicator's `missing` is the engine's
 * (IndicatorStats.missing: sections in scope, with students or an unknown count, that lack its
 * value; `schools` = `n` + `missing`): `met` is then judged on the others (`n`) and may change once
 * they are filled in, as the 差异系数 sheet says.
 */
export function coefficientJson(group: CoefficientGroup): Json {
  const indicators: Record<string, Json> = {};
  for (const code of INDICATOR_CODES) {
    const s = group.indicators[code];
    indicators[code] = { n: s.n, missing: s.missing, mean: num(s.mean), sd: num(s.sd), cv: num(s.cv), limit: s.limit, met: s.met };
  }
  return { county: group.county, stage: group.stage, schools: group.schools, indicators, averageCv: num(group.averageCv), legacyLimit: group.legacyLimit };
}

/** One area's verdict; 资源配置 with its `caveats` (the coefficients it was judged without, AreaCaveat), the other areas have none. */
function areaJson(a: AreaVerdict): Json {
  const caveats = a.caveats === undefined ? {} : { caveats: a.caveats.map((c) => ({ code: c.code, stage: c.stage, indicators: [...c.indicators], cause: c.cause, schools: c.schools })) };
  return { area: a.area, verdict: a.verdict, reasons: [...a.reasons], pending: [...a.pending], ...caveats };
}

function countyJson(county: CountyEvaluation): Json {
  const p = county.passing;
  return {
    county: county.county,
    recognised: county.recognised,
    areas: county.areas.map(areaJson),
    passing: { evaluated: p.evaluated, passing: p.passing, unjudged: p.unjudged, noStudents: p.noStudents, share: num(p.share), target: p.target ? { ...p.target } : null, met: p.met },
    veto: county.veto.map((v) => ({ code: v.code, present: v.present, cell: v.cell })),
    items: county.items.map((i) => ({
      code: i.code,
      area: i.area,
      verdict: i.verdict,
      figure: num(i.figure),
      threshold: num(i.threshold),
      basis: i.basis,
      failingSchools: [...i.failingSchools],
      cells: [...i.cells],
      ...itemPartsJson(i),
      ...figureSchoolJson(i),
    })),
    schoolGuarantee: county.schoolGuarantee.map((g) => Object.fromEntries(Object.entries(g).map(([k, v]) => [k, typeof v === "number" ? num(v) : v])) as Json),
    // incomplete: the stage's sections lacking some indicator, whose needs byIndicator leaves out (缺口测算's last column).
    shortfallTotals: overviewShortfalls(county).map(shortfallJson),
    planTotals: county.shortfallTotals.map((t) => planTotalsJson(planTotals(county.sections, t.stage))),
    combinedSchools: combinedNeeds(county.sections).map(combinedJson),
  };
}

/** What a stage's failing sections' ways to pass need, added up (缺口测算's third table, planTotals), unrounded. */
function planTotalsJson(p: PlanTotals): Json {
  return { ...p, cost: num(p.cost) };
}

/**
 * A combined school whose sections share whole-school values, with what it must add as a whole
 * (combinedNeeds), unrounded: each indicator with the stages sharing it (sharedBy), and the failing
 * sections without a way to pass, whose needs no byPlan counts (sectionsWithoutPlan).
 */
function combinedJson(need: CombinedNeed): Json {
  const indicators = Object.entries(need.indicators).map(([code, n]) => [
    code,
    { toStandard: num(n.toStandard), sectionsToStandard: num(n.sectionsToStandard), byPlan: num(n.byPlan), sectionsByPlan: num(n.sectionsByPlan), sharedBy: [...n.sharedBy] },
  ]);
  const sections = { shares: { ...need.shares }, sectionsWithoutPlan: [...need.sectionsWithoutPlan] };
  return { recordId: need.recordId, name: need.name, county: need.county, ...sections, indicators: Object.fromEntries(indicators) };
}

/**
 * An item's parts, and the parts the county answered 是 / 否 (ItemResult.answeredParts): such a part
 * has no figure — its 1 / 0 is the answer, which a reader of the numbers would take for 100% / 0% —
 * so it is null among the parts and given with its answer and cell beside them.
 * @example itemPartsJson(G11 answered 否 at 县级指标!B3) // { parts: { G11_rotation_rate: null, … }, answeredParts: { G11_rotation_rate: { answer: false, cell: "县级指标!B3" } } }
 */
function itemPartsJson(item: ItemResult): { parts: Json; answeredParts: Json } {
  const answered = item.answeredParts ?? {};
  const parts = Object.entries(item.parts).map(([k, v]) => [k, answered[k] === undefined ? num(v) : null]);
  const answers = Object.entries(answered).map(([k, cell]) => [k, { answer: item.parts[k] === 1, cell }]);
  return { parts: Object.fromEntries(parts), answeredParts: Object.fromEntries(answers) };
}

/**
 * The school whose value is the item's figure (ItemResult.figureSchool: Q4's lowest share), when
 * there is one; nothing for any other item, whose fields stay as they were.
 * @example figureSchoolJson(Q4 of the sample) // { figureSchool: { name: "杏花村教学点", cells: [its two cells], schoolsWithValue: 1 } }
 */
function figureSchoolJson(item: ItemResult): { figureSchool?: Json } {
  const school = item.figureSchool;
  return school === undefined ? {} : { figureSchool: { name: school.name, cells: [...school.cells], schoolsWithValue: school.schoolsWithValue } };
}

/**
 * A stage's shortfalls, unrounded: a county's `shortfallTotals` (overviewShortfalls), and the same
 * fields on 评估总览.json (each county's `shortfalls`, the city's `totals.shortfalls`), built once.
 * @example shortfallJson({ stage: "primary", byIndicator: { L1: 3, L2: 0, …, L6: 50000, L7: 0 }, incomplete: 1 }) // { stage: "primary", byIndicator: { L1: 3, …, L6: 50000, L7: 0 }, incomplete: 1 }
 */
export function shortfallJson(s: OverviewShortfall): Json {
  return { stage: s.stage, byIndicator: Object.fromEntries(INDICATOR_CODES.map((code) => [code, num(s.byIndicator[code])])), incomplete: s.incomplete };
}

/** The contract has two severities; an "info" note is reported as a warning and keeps its level. */
function issueJson(issue: Issue, lang: Lang): Json {
  return {
    code: issue.code,
    severity: issue.severity === "error" ? "error" : "warning",
    level: issue.severity,
    message: message(issue.code, issue.params, lang),
    cell: issue.cell,
    params: { ...issue.params },
  };
}

/**
 * The machine-readable report of workbooks.md: `profile`, `schools`, `coefficients`, `issues`,
 * plus the 规则 sheet's changes to the profile (`profileOverrides`: path, setting in words, value, cell), the year,
 * the per-county verdicts and items, and the mapping. Numbers unrounded; null, never NaN.
 */
export function toJsonReport(evaluation: Evaluation, context: ReportContext): Record<string, Json> {
  const counties = evaluation.counties;
  return {
    profile: evaluation.profileId,
    profileName: context.profile ? context.profile.name[context.lang] : null,
    // The file a profile was read from (null: built in), as the sheets' 评估规则 line names it; an extra field, which workbooks.md welcomes.
    profileFile: context.profileFile ?? null,
    // `profile` names the profile extended; these are the 规则 sheet's changes to it (none: the profile as it is).
    // `setting`: the setting in words, in the report's language, as the help page and the sheets name it (the path where it is none of the 规则 sheet's).
    profileOverrides: (context.ruleOverrides ?? []).map((o) => ({ path: o.path, setting: settingLabel(o.path, context.lang), value: toJson(o.value), cell: o.cell })),
    year: evaluation.year,
    lang: context.lang,
    source: context.source ?? null,
    // Each county's builds counted on an earlier row of the same school, as its 缺口测算 counts them (only failing sections have plans).
    schools: counties.flatMap((c) => {
      const shared = sharedBuilds(c.sections);
      return c.sections.map((s) => schoolJson(s, context.profile, shared.get(s)));
    }),
    coefficients: counties.flatMap((c) => c.coefficients.map((g) => coefficientJson(g))),
    counties: counties.map(countyJson),
    issues: context.issues.map((i) => issueJson(i, context.lang)),
    mapping: toJson(context.mapping),
  };
}

/** Plain data as JSON (dropping functions and undefined, NaN → null); null when absent. */
function toJson(value: unknown): Json {
  if (value === undefined) return null;
  return JSON.parse(JSON.stringify(value, (_k, v: unknown) => (typeof v === "number" && !Number.isFinite(v) ? null : v))) as Json;
}
