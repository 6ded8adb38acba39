import { stagesPresent } from "./coefficientGroups";
import { INDICATOR_CODES, type IndicatorCode, type SectionResult, type ShortfallTotals, type Stage } from "./types";

function totalsFor(stage: Stage, sections: readonly SectionResult[]): ShortfallTotals {
  const byIndicator = Object.fromEntries(INDICATOR_CODES.map((c) => [c, 0])) as Record<IndicatorCode, number>;
  for (const s of sections) {
    if (!s.included || s.stage !== stage) continue;
    for (const r of Object.values(s.indicators)) byIndicator[r.code] += r.shortfall;
  }
  return { stage, byIndicator };
}

/**
 * What the county still needs per stage and indicator (rules.md §7): the sum of the sections'
 * shortfalls to standard, over in-scope sections. A section missing some indicator still adds
 * the needs it has (they are real); out-of-scope sections add nothing.
 *
 * @example two primary sections short of 2 and 1 teachers for L1 → byIndicator.L1 = 3
 */
export function shortfallTotals(sections: readonly SectionResult[]): ShortfallTotals[] {
  return stagesPresent(sections).map((stage) => totalsFor(stage, sections));
}
