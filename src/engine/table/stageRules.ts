import type { Profile } from "../../profiles/schema";
import { indicatorScale } from "../indicatorMeta";
import { lowestAtLeast } from "../tolerance";
import { INDICATOR_CODES, STAGES } from "../types";
import { perObject } from "../perObject";

/** A stage's standards in INDICATOR_CODES order, with the bounds indicatorStatus compares against. */
export interface StageRule {
  readonly standard: Float64Array;
  /** Values at or above are met (the standard, up to float noise). */
  readonly metFrom: Float64Array;
  /** Values at or above are at least at the floor (85% of the standard, up to float noise). */
  readonly floorFrom: Float64Array;
  /** 100 for per-100 indicators, 1 otherwise. */
  readonly scale: Float64Array;
}

function ruleFor(profile: Profile, stage: (typeof STAGES)[number]): StageRule {
  const standard = Float64Array.from(INDICATOR_CODES, (c) => profile.standards[stage][c]);
  return {
    standard,
    metFrom: standard.map((s) => lowestAtLeast(s)),
    floorFrom: standard.map((s) => lowestAtLeast(s * profile.passRule.floorRatio)),
    scale: Float64Array.from(INDICATOR_CODES, (c) => indicatorScale(c)),
  };
}

/**
 * The profile's per-stage standards as arrays (STAGES order), worked out once per profile: the
 * fast path compares every section with them (rules.md §2 pass rule, via lowestAtLeast, so that
 * the comparisons are those of indicatorStatus). A profile is treated as immutable once resolved
 * (resolveProfile returns a new object for every change), as numericCountyItem's index assumes.
 *
 * @example stageRules(national)[0].standard[0] // 4.2 (L1, primary)
 */
export const stageRules: (profile: Profile) => readonly StageRule[] = perObject((profile) => STAGES.map((stage) => ruleFor(profile, stage)));
