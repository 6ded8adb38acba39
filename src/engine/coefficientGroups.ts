import type { Profile } from "../profiles/schema";
import { differenceCoefficient, type CvPoint } from "./differenceCoefficient";
import { indicatorScale } from "./indicatorMeta";
import { atMost } from "./tolerance";
import { INDICATOR_CODES, STAGES, type CoefficientGroup, type IndicatorCode, type IndicatorStats, type SectionResult, type Stage } from "./types";

/**
 * The stages that have at least one in-scope section, in STAGES order (rules.md §3: one
 * coefficient group per stage).
 * @example stagesPresent([junior section, excluded primary section]) // ["junior"]
 */
export function stagesPresent(sections: readonly SectionResult[]): Stage[] {
  return STAGES.filter((stage) => sections.some((s) => s.included && s.stage === stage));
}

/**
 * The points of one indicator: in-scope sections with students > 0 whose value for this
 * indicator could be computed. A section missing another indicator still counts here (its value
 * for this one is real data), so `n` may exceed the group's evaluable `schools`.
 */
function pointsFor(code: IndicatorCode, sections: readonly SectionResult[]): CvPoint[] {
  const points: CvPoint[] = [];
  for (const s of sections) {
    const r = s.indicators[code];
    if (s.included && r !== undefined && s.students !== null && s.students > 0) points.push({ numerator: r.numerator, students: s.students });
  }
  return points;
}

/** CV ≤ limit unrounded (rules.md §3), up to float noise: a CV of exactly 0.5 may compute as 0.5000000000000001. */
function statsFor(code: IndicatorCode, sections: readonly SectionResult[], limit: number): IndicatorStats {
  const { n, mean, sd, cv } = differenceCoefficient(pointsFor(code, sections), indicatorScale(code));
  return { code, n, mean, sd, cv, limit, met: cv === null ? null : atMost(cv, limit) };
}

/** 综合差异系数: the average of the 7 CVs when all are defined (older 基本均衡 method, reference only). */
function averageCv(indicators: Record<IndicatorCode, IndicatorStats>): number | null {
  const cvs = INDICATOR_CODES.map((c) => indicators[c].cv);
  return cvs.every((cv): cv is number => cv !== null) ? cvs.reduce((a, b) => a + b, 0) / cvs.length : null;
}

/**
 * The coefficients of one stage over the given sections of one county (rules.md §3): each
 * indicator's student-weighted mean, SD and CV over the in-scope sections with students > 0 that
 * have a value for it, against the stage's limit.
 * @example coefficientGroup("A", "primary", WE-1 sections, national).indicators.L4 // { n: 5, mean: 6.334437, sd: 3.263861, cv: 0.515257, limit: 0.5, met: false }
 */
export function coefficientGroup(county: string | null, stage: Stage, sections: readonly SectionResult[], profile: Profile): CoefficientGroup {
  const own = sections.filter((s) => s.stage === stage);
  const indicators = Object.fromEntries(INDICATOR_CODES.map((c) => [c, statsFor(c, own, profile.cvLimits[stage])])) as Record<IndicatorCode, IndicatorStats>;
  const schools = own.filter((s) => s.included && s.evaluable).length;
  return { county, stage, schools, indicators, averageCv: averageCv(indicators), legacyLimit: profile.legacyCvLimits[stage] };
}

/**
 * The difference coefficients of one county (rules.md §3): one group per stage that has an
 * in-scope section, each indicator compared with the profile's limit (小学 0.50, 初中 0.45)
 * unrounded; met is null while the CV is undefined (fewer than 2 sections, or a mean of 0).
 *
 * @example five primary sections of WE-1 as L4 → indicators.L4 { n: 5, mean: 6.334437, cv: 0.515257, limit: 0.5, met: false }
 */
export function coefficientGroups(county: string | null, sections: readonly SectionResult[], profile: Profile): CoefficientGroup[] {
  return stagesPresent(sections).map((stage) => coefficientGroup(county, stage, sections, profile));
}
