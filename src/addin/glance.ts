import { missingTargetYear } from "../profiles/missingTargetYear";
import type { Profile } from "../profiles/schema";
import type { Area, AreaCaveat, AreaVerdict, CoefficientGroup, CountyEvaluation, Evaluation, IndicatorCode, IndicatorStats, Issue, ScopeReason, Stage } from "../engine/types";
import type { ReasonSource } from "../workbook/write/areaReasonsText";
import { metResourcesCaveats } from "../workbook/write/cvCaveats";
import { estimatedPassesOf, type EstimatedPass } from "../workbook/write/estimatedPasses";
import { hiddenRowsOf, type HiddenRows } from "../workbook/write/hiddenRowsCaveat";

/** One coefficient over its limit. */
interface CvOver {
  readonly stage: Stage;
  readonly code: IndicatorCode;
  readonly cv: number;
  readonly limit: number;
}

/** How many of the counties' coefficients (stage × indicator) `which` holds for. */
function countStats(groups: readonly CoefficientGroup[], which: (s: IndicatorStats, g: CoefficientGroup) => boolean): number {
  return groups.reduce((n, g) => n + Object.values(g.indicators).filter((s) => which(s, g)).length, 0);
}

/** The schools read but out of scope for one reason: their names, each once (a school's two stages are one name). */
export interface LeftOutGroup {
  readonly reason: ScopeReason;
  readonly names: readonly string[];
}

/**
 * The sections read but not in scope, from the CLI's 已评估 39 个学校（学段）：参评 37 个 (evaluatedCounts),
 * less those in scope with no students (the tile says those apart: addin_no_students), grouped by why.
 */
export interface LeftOut {
  /** Sections read less those in scope and those in scope with no students: 39 − 37 − 0 = 2 for the sample. */
  readonly count: number;
  readonly groups: readonly LeftOutGroup[];
  /** The profile's least number of students for a teaching point, which its reason names (null: no profile given). */
  readonly min: number | null;
}

/**
 * The sections of `c` out of scope, grouped by reason in the order first met: the count from the
 * CLI's numbers (sections − passing.inScope), less passing.noStudents; none when every section is in scope.
 *
 * @example leftOutOf(sample's county, national-2017) // { count: 2, groups: [{ reason: "small_teaching_point", names: ["石门教学点"] }, { reason: "special_education", names: ["示例县特殊教育学校"] }], min: 50 }
 */
export function leftOutOf(c: CountyEvaluation, profile?: Profile): LeftOut | null {
  const count = c.sections.length - c.passing.inScope - c.passing.noStudents;
  if (count <= 0) return null;
  const groups = new Map<ScopeReason, string[]>();
  for (const s of c.sections) {
    if (s.included || s.exclusion === null) continue;
    const names = groups.get(s.exclusion) ?? [];
    if (!names.includes(s.name)) names.push(s.name);
    groups.set(s.exclusion, names);
  }
  return { count, groups: [...groups].map(([reason, names]) => ({ reason, names })), min: profile?.scope.teachingPointMinStudents ?? null };
}

/** The county verdict at a glance, for the pane. */
export interface CountyGlance {
  readonly county: string | null;
  readonly areasMet: number;
  /** The areas judged not met, in the verdict's order (资源配置 first), named in the pane: a count alone leaves the user to find which in 汇总. */
  readonly areasNotMet: readonly Area[];
  /** The areas not assessed yet (待评估), which is not a failure. */
  readonly areasPending: readonly Area[];
  readonly areasTotal: number;
  readonly passing: number;
  readonly evaluated: number;
  /** In-scope sections that could not be evaluated: while they could tip the target, it waits (targetMet null). */
  readonly unjudged: number;
  /** evaluated + unjudged: with sections unjudged, the share lies between passing ÷ inScope and (passing + unjudged) ÷ inScope (passingRange). */
  readonly inScope: number;
  readonly share: number | null;
  readonly target: { readonly year: number; readonly share: number } | null;
  /** The year evaluated for, named when the profile plans no target for it (null: none given or stated, or the profile plans no targets at all). */
  readonly year: number | null;
  /** In-scope sections with no students, which the share leaves out (PassingShare.noStudents). */
  readonly noStudents: number;
  readonly targetMet: boolean | null;
  readonly cvOver: readonly CvOver[];
  /** Coefficients that could not be computed (fewer than 2 sections with values, or a mean of 0): not "over", and not "none over" either. */
  readonly cvUndefined: number;
  /** Coefficients computed over fewer sections than the stage has in scope (some lack the indicator's values): their "not over" holds for those sections only. */
  readonly cvPartial: number;
  readonly recognised: boolean | null;
  /** What 资源配置 达标 was judged without (AreaVerdict.caveats); none while it is not met or not assessed, whose reasons say why. */
  readonly resourcesCaveats?: readonly AreaCaveat[];
  /**
   * School rows hidden or filtered out and left unread on a sheet the county was read from (hiddenRowsOf):
   * a filter left on in Excel decides 资源配置 from the rows it shows, which the tile must say, as 汇总 does.
   */
  readonly hiddenRows?: readonly HiddenRows[];
  /** Items met only on an estimate (G3 on rooms estimated from the total area): 达标 beside them would be reported upward as proven. */
  readonly estimatedPasses?: readonly EstimatedPass[];
  /** The areas' verdicts with their reasons and what the reasons quote, for the tile to say in short why an area is not met or pending (areaReasonsShort, as 汇总's 说明); absent: areas named only. */
  readonly areaReasons?: { readonly areas: readonly AreaVerdict[]; readonly source: ReasonSource };
  /** Sections failing the pass rule when they are a reason 资源配置 is not met (its reason sections_failing), else 0: the schools tile must not read as neutral then. */
  readonly failingBehindResources?: number;
  /** The sections read but not in scope (石门教学点, 示例县特殊教育学校), which the count of those judged leaves out without a word. */
  readonly leftOut?: LeftOut | null;
}

/** How many judged sections fail when that is a reason 资源配置 is not met; 0 otherwise. */
function failingBehindResources(c: CountyEvaluation): number {
  const resources = c.areas.find((a) => a.area === "resources");
  const failing = resources?.verdict === "not_met" && resources.reasons.includes("sections_failing");
  return failing ? c.passing.evaluated - c.passing.passing : 0;
}

/**
 * Per county: areas met out of four, schools passing against the target, and the coefficients
 * over their limits (rules.md §3: each indicator judged on its own; an undefined CV is not "over").
 *
 * @example glance(e)[0] // { areasMet: 1, areasNotMet: ["guarantee"], areasPending: ["quality", "recognition"], areasTotal: 4, passing: 9, evaluated: 12, share: 0.75, … }
 */
export function glance(evaluation: Evaluation, profile?: Profile, issues: readonly Issue[] = evaluation.issues): CountyGlance[] {
  const year = missingTargetYear(profile, evaluation.year);
  return evaluation.counties.map((c) => ({
    county: c.county,
    areasMet: c.areas.filter((a) => a.verdict === "met").length,
    areasNotMet: c.areas.filter((a) => a.verdict === "not_met").map((a) => a.area),
    areasPending: c.areas.filter((a) => a.verdict === "not_assessed").map((a) => a.area),
    areasTotal: c.areas.length,
    passing: c.passing.passing,
    evaluated: c.passing.evaluated,
    unjudged: c.passing.unjudged,
    inScope: c.passing.inScope,
    share: c.passing.share,
    target: c.passing.target,
    year,
    noStudents: c.passing.noStudents,
    targetMet: c.passing.met,
    cvOver: c.coefficients.flatMap((g) =>
      Object.values(g.indicators)
        .filter((s) => s.met === false && s.cv !== null)
        .map((s) => ({ stage: g.stage, code: s.code, cv: s.cv as number, limit: s.limit })),
    ),
    cvUndefined: countStats(c.coefficients, (s) => s.met === null),
    cvPartial: countStats(c.coefficients, (s, g) => s.met !== null && s.n < g.schools),
    recognised: c.recognised,
    resourcesCaveats: metResourcesCaveats(c),
    hiddenRows: hiddenRowsOf(c, issues),
    estimatedPasses: estimatedPassesOf(c.items),
    areaReasons: { areas: c.areas, source: { county: c, profile, issues } },
    failingBehindResources: failingBehindResources(c),
    leftOut: leftOutOf(c, profile),
  }));
}
