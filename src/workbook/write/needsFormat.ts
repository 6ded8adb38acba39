import { formatKeepingSides } from "./decimalsKeepingSides";

/**
 * A column of needs (amounts still missing, never negative) in its format with the decimals that
 * show each need above 0 as more than 0: a shortfall of 0.004 m² shown 0.00 in amber beside a
 * school at 85% reads as nothing missing. The same approach as values near their thresholds
 * (decimalsKeepingSides), 0 being the threshold: at most MAX_EXTRA_DECIMALS more, and a need within
 * floating-point noise of 0 is 0. The cells keep their unrounded values.
 * @example needsFormat("0.00", [0.004, 400]) // "0.000"; needsFormat("#,##0", [0.3]) // "#,##0.0"; needsFormat("0.00", [400, 0, null]) // "0.00"
 */
export function needsFormat(format: string, needs: readonly (number | null | undefined)[]): string {
  return formatKeepingSides(format, needs.map((need) => [need, 0] as const));
}
