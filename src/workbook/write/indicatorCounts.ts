import { INDICATOR_CODES, type IndicatorCode, type SectionResult, type Stage } from "../../engine/types";

/** How the sections of one stage stand on one indicator. */
export interface IndicatorCount {
  readonly code: IndicatorCode;
  /** Sections in scope with a value for this indicator (met + floor + below). */
  readonly evaluated: number;
  /** At or above the standard. */
  readonly met: number;
  /** Below the standard but at least its 85% floor. */
  readonly floor: number;
  /** Under the floor. */
  readonly below: number;
  /** met ÷ evaluated; null when nothing was evaluated (never 0 for "unknown"). */
  readonly share: number | null;
}

/**
 * Per indicator, how many in-scope sections of `stage` meet the standard, sit at the 85% floor or
 * fall below it (rules.md §2: each indicator against its standard, 85% floor). A section counts
 * for an indicator when it is in scope and has that indicator's value, so that a section missing
 * one numerator still counts for the six it has, as the coefficient statistics do (`n`); those
 * without it are the engine's IndicatorStats.missing.
 *
 * @example indicatorCounts([sectionMeetingAllSeven, sectionWithL4Below], "primary")[3]
 *          // { code: "L4", evaluated: 2, met: 1, floor: 0, below: 1, share: 0.5 }
 */
export function indicatorCounts(sections: readonly SectionResult[], stage: Stage): IndicatorCount[] {
  const own = sections.filter((s) => s.included && s.stage === stage);
  return INDICATOR_CODES.map((code) => {
    const statuses = own.flatMap((s) => s.indicators[code]?.status ?? []);
    const count = (status: string) => statuses.filter((x) => x === status).length;
    const met = count("met");
    return { code, evaluated: statuses.length, met, floor: count("floor"), below: count("below"), share: statuses.length === 0 ? null : met / statuses.length };
  });
}
