import type { Profile } from "../profiles/schema";
import { indicatorScale, indicatorValue } from "./indicatorMeta";
import { shortfallAmount } from "./shortfall";
import { atLeast } from "./tolerance";
import type { CellRef, IndicatorCode, IndicatorResult, IndicatorStatus, Stage } from "./types";

/**
 * met when value ≥ standard, floor when value ≥ floor (85% of the standard), else below
 * (rules.md §2 pass rule). Unrounded, up to float noise (see tolerance.ts).
 *
 * @example indicatorStatus(3.57, 4.2, 3.57) // "floor"
 */
export function indicatorStatus(value: number, standard: number, floor: number): IndicatorStatus {
  if (atLeast(value, standard)) return "met";
  return atLeast(value, floor) ? "floor" : "below";
}

/** The inputs of one indicator of one section; `students` must be > 0. */
export interface IndicatorInput {
  readonly code: IndicatorCode;
  readonly stage: Stage;
  readonly numerator: number;
  readonly students: number;
  readonly cells: readonly CellRef[];
}

/**
 * One indicator of one section (rules.md §2): value = numerator ÷ students (× 100 for L1, L2, L3,
 * L7), compared with the profile's standard and floor; shortfall per rules.md §7.
 *
 * @example evaluateIndicator({ code: "L1", stage: "primary", numerator: 18, students: 376, cells: [] }, national)
 * // value 18 ÷ 376 × 100 = 4.787234, standard 4.2, floor 3.57, status "met", shortfall 0
 */
export function evaluateIndicator(input: IndicatorInput, profile: Profile): IndicatorResult {
  const { code, numerator, students } = input;
  const standard = profile.standards[input.stage][code];
  const floor = standard * profile.passRule.floorRatio;
  const value = indicatorValue(numerator, indicatorScale(code), students);
  const status = indicatorStatus(value, standard, floor);
  const shortfall = shortfallAmount(code, standard, students, numerator);
  return { code, numerator, value, standard, floor, status, ratio: value / standard, shortfall, cells: input.cells };
}
