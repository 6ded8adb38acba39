import { noise } from "../../engine/tolerance";
import { formatDecimals, formatScale, roundForDisplay, withDecimals } from "./formats";

/** A value and the threshold it is judged against; a missing one has no side to keep. */
export type Straddle = readonly [value: number | null | undefined, threshold: number | null | undefined];

/** Most decimals a column gains: a value closer to its threshold than that is left to the cell's exact number. */
export const MAX_EXTRA_DECIMALS = 4;

/**
 * The fewest decimals (the format's own, up to MAX_EXTRA_DECIMALS more) at which every value on one
 * side of its threshold by more than floating-point noise also shows on that side, as Excel rounds
 * for display (roundForDisplay, percent formats × 100). A value shown as its threshold beside a
 * verdict that it misses it ("85.0%" against a target of 85.0%, 未达标) reads as a contradiction.
 * A value within noise of its threshold is equal to it, as the engine compares (tolerance.ts), and
 * needs nothing. The cells keep their unrounded values; only the column's display changes.
 *
 * Both sides are kept whatever the comparison, so the result is not the minimum a rule needs: under
 * “≥ threshold passes” a value just above shown equal (85.04% as 85.0%) would still read right, yet
 * it gains decimals too. Kept so because the rule's direction is not known here (a CV passes below
 * its limit, a share above its target), and a value shown equal to its threshold hides which side it is.
 *
 * @example decimalsKeepingSides("0.0%", [[96 / 113, 0.85]]) // 2: 0.849558 shows 85.0% at one decimal, 84.96% at two
 * @example decimalsKeepingSides("0.000", [[0.5004, 0.5]]) // 4: 0.500 at three decimals, 0.5004 at four
 * @example decimalsKeepingSides("0.0%", [[0.6, 0.85], [0.85 + 1e-12, 0.85]]) // 1: far apart, or equal up to noise
 */
export function decimalsKeepingSides(format: string, pairs: readonly Straddle[]): number {
  const own = formatDecimals(format);
  const apart = pairs.filter((pair): pair is readonly [number, number] => isApart(pair));
  for (let decimals = own; decimals < own + MAX_EXTRA_DECIMALS; decimals++) {
    if (apart.every(([value, threshold]) => keepsSide(value, threshold, decimals, formatScale(format)))) return decimals;
  }
  return own + MAX_EXTRA_DECIMALS;
}

/**
 * The column's format with the decimals decimalsKeepingSides finds; a column without a format
 * (General, which shows up to ten digits) stays as it is.
 * @example formatKeepingSides("0.0%", [[2999 / 3000, 1]]) // "0.00%" (99.97%, not 100.0%); formatKeepingSides("0.00", [[4.5, 4.2]]) // "0.00"
 */
export function formatKeepingSides(format: string, pairs: readonly Straddle[]): string;
export function formatKeepingSides(format: string | null, pairs: readonly Straddle[]): string | null;
export function formatKeepingSides(format: string | null, pairs: readonly Straddle[]): string | null {
  if (format === null) return null;
  const decimals = decimalsKeepingSides(format, pairs);
  return decimals === formatDecimals(format) ? format : withDecimals(format, decimals);
}

function isApart([value, threshold]: Straddle): boolean {
  if (typeof value !== "number" || typeof threshold !== "number" || !Number.isFinite(value) || !Number.isFinite(threshold)) return false;
  return Math.abs(value - threshold) > noise(threshold);
}

/** Whether `value` shown with `decimals` lies on the same side of `threshold` as the value itself. */
function keepsSide(value: number, threshold: number, decimals: number, scale: number): boolean {
  // × 100 adds noise of its own (0.57 × 100 = 56.99999999999999); 15 digits drop it, as Excel does.
  const bound = Number((threshold * scale).toPrecision(15));
  return Math.sign(roundForDisplay(value * scale, decimals) - bound) === Math.sign(value - threshold);
}
