import type { SchoolGuarantee } from "../../engine/types";

/** One county's public-funding shortfalls added up: the 公用经费缺口（元） column's total. */
export interface FundingTotals {
  /** Schools short of funding (shortfall above 0). */
  readonly short: number;
  /** The shortfalls added up, yuan. */
  readonly total: number;
  /** Schools whose shortfall is only a lower bound (fundingShortfallLowerBound): the total is one too when any is. */
  readonly lowerBounds: number;
  /** Schools whose funding shortfall was not computed (data missing), left out of the total. */
  readonly notComputed: number;
}

/**
 * Whether the column has figures of the county's to add up: an ordinary school's G6 shortfall
 * computed, or any school short. A special-education school's 0 alone is G7 (rules.md §4 item 7),
 * computed even where the profile has no G6 norm (national-2017), and no total of the column.
 */
function hasFigures(schools: readonly SchoolGuarantee[]): boolean {
  return schools.some((g) => (g.type === "special" ? (g.fundingShortfall ?? 0) > 0 : g.fundingShortfall !== null));
}

/**
 * The county's 公用经费缺口 total (rules.md §7: norm × funded students − actual, never negative),
 * or null when the column has no figure of the county's to add up (hasFigures).
 * @example shortfalls 18 360 (a lower bound), 80 000, 0 and one not computed
 * // { short: 2, total: 98 360, lowerBounds: 1, notComputed: 1 }
 */
export function fundingTotals(schools: readonly SchoolGuarantee[]): FundingTotals | null {
  if (!hasFigures(schools)) return null;
  const known = schools.filter((g) => g.fundingShortfall !== null);
  const short = known.filter((g) => (g.fundingShortfall ?? 0) > 0);
  return {
    short: short.length,
    total: short.reduce((sum, g) => sum + (g.fundingShortfall ?? 0), 0),
    lowerBounds: known.filter((g) => g.fundingShortfallLowerBound !== null).length,
    notComputed: schools.length - known.length,
  };
}
