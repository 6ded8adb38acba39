import { indicatorScale } from "./indicatorMeta";
import { noise } from "./tolerance";
import type { IndicatorCode } from "./types";

/**
 * What a section still needs to bring one indicator up to `target` (rules.md §7). Never negative.
 *
 * - Per-100 counts (L1, L2, L3, L7): ceil(target × students ÷ 100 − actual) whole teachers / rooms.
 * - Per-student quantities (L4, L5 in m², L6 in yuan): target × students − actual.
 *
 * Float noise is absorbed before the ceiling, so that 4.2 × 100 ÷ 100 − 4.2 gives 0, not 1.
 * `actual` is the numerator the indicator used (for L4 after the indoor-sports deduction).
 *
 * @example shortfallAmount("L1", 4.2, 376, 12) // ceil(15.792 − 12) = 4 teachers
 * @example shortfallAmount("L4", 4.5, 376, 1500) // 1692 − 1500 = 192 m²
 */
export function shortfallAmount(code: IndicatorCode, target: number, students: number, actual: number): number {
  return shortfallAtScale(target, students, actual, indicatorScale(code));
}

/**
 * shortfallAmount with the indicator's scale given (100: a per-100 count, rounded up to whole
 * teachers / rooms; 1: a per-student quantity), for callers that have it at hand.
 * @example shortfallAtScale(4.2, 376, 12, 100) // 4
 */
export function shortfallAtScale(target: number, students: number, actual: number, scale: number): number {
  const required = (target * students) / scale;
  const gap = required - actual;
  const tolerance = noise(required);
  if (gap <= tolerance) return 0;
  return scale === 100 ? Math.ceil(gap - tolerance) : gap;
}

/**
 * What a combined school must add as a whole to one shared value so that a section taking `share`
 * of it gains what it lacks of `target` (rules.md §2 "Combined schools", §7): every addition is
 * split by the same share, so the section's gap over its share, rooms rounded up. The level and the
 * section's numerator are scaled by the share and the ordinary shortfall taken (shortfallAtScale),
 * so that one noise rule (tolerance.ts, relative to the whole-school figure) decides both a
 * section's need and the school's: a gap within noise of 0 is 0, and a gap within noise of a whole
 * number of rooms is that number, not one more. A share of 1 gives the section's own shortfall.
 * Used for the ways to pass (passPlan schoolAddition) and the combined schools' needs (combinedNeeds).
 *
 * @example shortfallOverShare("L5", 10.2, 300, 5800 * 330 / 730, 330 / 730) // 10.2 × 300 × 730 ÷ 330 − 5800 = 969.09 m²
 * @example shortfallOverShare("L7", 2.3, 340, 20 * 0.34, 0.34) // 2.3 × 340 ÷ 100 ÷ 0.34 − 20 = 23 − 20 = 3 rooms (float 2.9999999999999964)
 */
export function shortfallOverShare(code: IndicatorCode, target: number, students: number, actual: number, share: number): number {
  return shortfallAtScale(target / share, students, actual / share, indicatorScale(code));
}
