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
  return { metCount, pass: metCount >= rule.minMet && results.every((r) => r.status !== "below") };
}
