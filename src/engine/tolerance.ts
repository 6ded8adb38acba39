/**
 * Relative tolerance that absorbs binary floating-point noise only, e.g. 2.3 × 0.85 =
 * 1.9549999999999998 or 0.9 × 30 ÷ 100 = 0.27000000000000002. Real data differ by far more: an
 * area with two decimals over 100 000 m², or whole yuan over 10⁷ yuan, differ by ≥ 1e-7 relative,
 * so this never changes a genuine comparison ("compare unrounded", rules.md §3).
 */
export const RELATIVE_EPSILON = 1e-9;

/** The noise allowance around `reference` (rules.md §3, §7). @example noise(2000) // 2e-6 */
export function noise(reference: number): number {
  return RELATIVE_EPSILON * Math.max(Math.abs(reference), 1);
}

/**
 * The least value that is at least `b` up to floating-point noise, so that a bound compared with
 * many values is worked out once. @example lowestAtLeast(2000) // 1999.999998
 */
export function lowestAtLeast(b: number): number {
  return b - noise(b);
}

/** a ≥ b up to floating-point noise. @example atLeast(1.955, 2.3 * 0.85) // true */
export function atLeast(a: number, b: number): boolean {
  return a >= lowestAtLeast(b);
}

/** a ≤ b up to floating-point noise. @example atMost(0.45 - 0.3, 0.15) // true (0.15000000000000002) */
export function atMost(a: number, b: number): boolean {
  return a <= b + noise(b);
}

/** a < b by more than floating-point noise. @example below(0.6 - 0.45, 0.15) // false (0.14999999999999997 is 0.15) */
export function below(a: number, b: number): boolean {
  return !atLeast(a, b);
}

/**
 * What `required` exceeds `actual` by, never negative, 0 when the difference is only
 * floating-point noise (rules.md §7: "never negative").
 *
 * @example amountShort(90400, 9.04 * 10000) // 0, although 9.04 × 10000 = 90399.99999999999
 * @example amountShort(90400, 90399) // 1
 */
export function amountShort(required: number, actual: number): number {
  const gap = required - actual;
  return gap <= noise(required) ? 0 : gap;
}
