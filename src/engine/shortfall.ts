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
