import type { Profile } from "../profiles/schema";
import { INDICATOR_CODES, type IndicatorCode, type IndicatorResult } from "./types";

export type Indicators = Partial<Record<IndicatorCode, IndicatorResult>>;

/** All seven indicators, or null when any is absent (the section is then not evaluable). */
export function completeIndicators(indicators: Indicators): Record<IndicatorCode, IndicatorResult> | null {
  const out: Partial<Record<IndicatorCode, IndicatorResult>> = {};
  for (const code of INDICATOR_CODES) {
    const r = indicators[code];
    if (r === undefined) return null;
    out[code] = r;
  }
  return out as Record<IndicatorCode, IndicatorResult>;
}

/**
 * The per-school pass rule (rules.md §2) on counts: at least `minMet` (6) indicators at standard
 * and none below its floor (85%). The one statement of the rule: passRule, failsWhateverMissing
 * and the fast path (fastSections) all judge by it.
 *
 * @example meetsPassRule(6, false, { minMet: 6, floorRatio: 0.85 }) // true; meetsPassRule(7, true, …) // false
 */
export function meetsPassRule(metCount: number, anyBelow: boolean, rule: Profile["passRule"]): boolean {
  return metCount >= rule.minMet && !anyBelow;
}

/**
 * The per-school pass rule (rules.md §2): at least `minMet` (6) indicators at standard and every
 * indicator at least at its floor (85%). Null when any of the 7 indicators is absent.
 *
 * @example 6 met + 1 at 85% → { metCount: 6, pass: true }; 6 met + 1 at 84% → { metCount: 6, pass: false }
 */
export function passRule(indicators: Indicators, rule: Profile["passRule"]): { metCount: number | null; pass: boolean | null } {
  const all = completeIndicators(indicators);
  if (all === null) return { metCount: null, pass: null };
  const results = Object.values(all);
  const metCount = results.filter((r) => r.status === "met").length;
  return { metCount, pass: meetsPassRule(metCount, results.some((r) => r.status === "below"), rule) };
}

/**
 * Whether the indicators a section has already fail it whatever the missing ones turn out to be
 * (rules.md §2): the pass rule with every missing indicator at its best (met) still fails it —
 * one is below its floor, or too few are met even so. Exact, so that a section is failed only
 * when no value of the missing indicators could make it pass.
 *
 * @example 5 met, 1 at the floor, 1 missing → 5 + 1 ≥ 6, could pass: false
 * @example 4 met, 2 at the floor, 1 missing → 4 + 1 < 6: true; 6 met, 1 below, 0 missing → true
 */
export function failsWhateverMissing(indicators: Indicators, rule: Profile["passRule"]): boolean {
  const present = Object.values(indicators);
  const met = present.filter((r) => r.status === "met").length;
  const missing = INDICATOR_CODES.length - present.length;
  return !meetsPassRule(met + missing, present.some((r) => r.status === "below"), rule);
}
