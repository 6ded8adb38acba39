import { INDICATOR_CODES, STAGES } from "../types";
import type { IndicatorCode, Stage } from "../types";

/** An indicator's coefficient in a stage, as a reason code names it. */
export interface CvReasonParts {
  readonly code: IndicatorCode;
  readonly stage: Stage;
}

/**
 * The reason code of an indicator's coefficient over its limit in a stage (rules.md §3), as the
 * area verdict lists it and the JSON report carries it. The one place the format is written:
 * parseCvReason reads it back from the codes built here.
 * @example cvReason("L3", "primary") // "L3_primary_cv"
 */
export function cvReason(code: IndicatorCode, stage: Stage): string {
  return `${code}_${stage}_cv`;
}

/** Every coefficient reason code, 7 indicators × 2 stages, to what it names: matched whole, so the two cannot drift. */
const PARTS: ReadonlyMap<string, CvReasonParts> = new Map(STAGES.flatMap((stage) => INDICATOR_CODES.map((code) => [cvReason(code, stage), { code, stage }] as const)));

/**
 * The indicator and stage a coefficient reason (cvReason) names, for the writers to say it; null
 * for any other reason code (an item such as G3, sections_failing, stage_missing_primary).
 * @example parseCvReason("L3_primary_cv") // { code: "L3", stage: "primary" }; parseCvReason("G3") // null
 */
export function parseCvReason(reason: string): CvReasonParts | null {
  return PARTS.get(reason) ?? null;
}
