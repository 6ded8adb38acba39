/**
 * Relative tolerance that absorbs binary floating-point noise only, e.g. 2.3 × 0.85 =
 * 1.9549999999999998 or 0.9 × 30 ÷ 100 = 0.27000000000000002. Real data differ by far more: an
 * area with two decimals over 100 000 m², or whole yuan over 10⁷ yuan, differ by ≥ 1e-7 relative,
 * so this never changes a genuine comparison ("compare unrounded", rules.md §3).
 */
export const RELATIVE_EPSILON = 1e-9;

/** The noise allowance around `reference`. */
export function noise(reference: number): number {
  return RELATIVE_EPSILON * Math.max(Math.abs(reference), 1);
}

/** a ≥ b up to floating-point noise. @example atLeast(1.955, 2.3 * 0.85) // true */
export function atLeast(a: number, b: number): boolean {
  return a >= b - noise(b);
}
