import { INDICATOR_CODES, STAGES } from "../types";
import type { AreaCaveat, CoefficientGroup, IndicatorCode, IndicatorStats, Stage } from "../types";

/**
 * Whether a stage has a section counted in its coefficients (CoefficientGroup.schools: in scope,
 * with students): the one test of a stage present — one of in-scope sections all of 0 students
 * is as missing as one with no section at all (rules.md §2, §3).
 * @example stageCounted([a junior group of 0 schools], "junior") // false
 */
export function stageCounted(coefficients: readonly CoefficientGroup[], stage: Stage): boolean {
  return coefficients.some((g) => g.stage === stage && g.schools > 0);
}

/**
 * Why an indicator's CV is undefined (rules.md §3): none of 2 or more sections with a value (its
 * column missing or blank throughout: no_values, for "too few" would send the reader looking for
 * schools), fewer than 2 sections with a value, or (2 or more) a mean of 0; null when it was
 * computed. The one rule the caveats and the sheets' 不可计算 share.
 * @example uncomputableCause({ cv: null, n: 0, missing: 173, … }) // "no_values"; uncomputableCause({ cv: null, n: 1, … }) // "too_few_sections"; uncomputableCause({ cv: null, n: 3, mean: 0, … }) // "zero_mean"
 */
export function uncomputableCause(stats: IndicatorStats): AreaCaveat["cause"] | null {
  if (stats.cv !== null) return null;
  // A stage of 0 or 1 section lacks sections more than values: too few, as it always was.
  if (stats.n === 0 && stats.missing >= 2) return "no_values";
  return stats.n < 2 ? "too_few_sections" : "zero_mean";
}

/** The indicators of a group whose CV is undefined for `cause` (uncomputableCause). */
function undefinedFor(group: CoefficientGroup, cause: AreaCaveat["cause"]): IndicatorCode[] {
  return INDICATOR_CODES.filter((code) => uncomputableCause(group.indicators[code]) === cause);
}

/** Whether every indicator's CV of a group was computed (uncomputableCause null for each): written out, as `indicators[code]` in a loop over the codes is a megamorphic keyed load. */
function allComputed(group: CoefficientGroup): boolean {
  const { L1, L2, L3, L4, L5, L6, L7 } = group.indicators;
  return L1.cv !== null && L2.cv !== null && L3.cv !== null && L4.cv !== null && L5.cv !== null && L6.cv !== null && L7.cv !== null;
}

/**
 * The coefficients 资源配置 is judged without (rules.md §3: a CV is undefined below 2 sections or
 * for a mean of 0, and the limits apply to each indicator separately): one caveat per stage and
 * cause, naming the indicators, so that 达标 does not read as proven where nothing was measured.
 * @example notComputable([a junior group of 1 school]) // [{ code: "cv_not_computable", stage: "junior", indicators: ["L1", …, "L7"], cause: "too_few_sections", schools: 1 }]
 */
export function notComputable(coefficients: readonly CoefficientGroup[]): AreaCaveat[] {
  const caveats: AreaCaveat[] = [];
  for (const group of coefficients) {
    if (group.schools === 0) continue; // a stage missing (missingStages), not one of too few sections
    // Most groups have every CV: one pass tells, rather than a list per cause.
    if (allComputed(group)) continue;
    for (const cause of ["too_few_sections", "no_values", "zero_mean"] as const) {
      const indicators = undefinedFor(group, cause);
      if (indicators.length > 0) caveats.push({ code: "cv_not_computable", stage: group.stage, indicators, cause, schools: group.schools });
    }
  }
  return caveats;
}

/**
 * The reason codes of the stages with no section counted (stageCounted: none in scope, or only ones
 * of 0 students) while the other stage has some (rules.md §2: every county has both stages' schools
 * in scope, so one not read leaves 资源配置 unproven). Nothing when neither has:
 * `sections_none_evaluable` says that already.
 * @example missingStages([a junior group]) // ["stage_missing_primary"]; missingStages([]) // []
 * @example missingStages([a primary group of 3, a junior group of 0]) // ["stage_missing_junior"]
 */
export function missingStages(coefficients: readonly CoefficientGroup[]): string[] {
  const missing: string[] = [];
  // A loop rather than filter and map: every county asks, and most miss no stage.
  for (const stage of STAGES) if (!stageCounted(coefficients, stage)) missing.push(`stage_missing_${stage}`);
  return missing.length === STAGES.length ? [] : missing;
}
