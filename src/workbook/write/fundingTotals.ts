import type { SchoolGuarantee } from "../../engine/types";
import { atLeast } from "./atLeast";

/** The funding items a school's 公用经费缺口 belongs to: G6 for ordinary schools, G7 for special-education ones (rules.md §4 items 6–7). */
export type FundingItem = "G6" | "G7";

/** One county's public-funding shortfalls of one item added up: the 公用经费缺口（元） column's total over that item's schools. */
export interface FundingTotals {
  readonly item: FundingItem;
  /** Schools short of funding (shortfall above 0). */
  readonly short: number;
  /** The shortfalls added up, yuan. */
  readonly total: number;
  /**
   * Schools whose shortfall above 0 is only a lower bound (atLeast): the total is one too when any is.
   * A bound of 0 adds nothing to the total and is not counted (atLeast says why).
   */
  readonly lowerBounds: number;
  /** The item's schools whose funding shortfall was not computed (data missing), left out of the total. */
  readonly notComputed: number;
}

/**
 * The schools whose shortfall is the item's: a special-education school's funding fields carry G7,
 * the others' G6 — but for those G6 does not judge (a 民办 school under a norm for public schools
 * only, fundingExempt), which are neither short nor "not computed".
 */
function schoolsOf(item: FundingItem, schools: readonly SchoolGuarantee[]): readonly SchoolGuarantee[] {
  return schools.filter((g) => (g.type === "special") === (item === "G7") && g.fundingExempt === null);
}

/**
 * Whether the item has figures to add up: for G6 an ordinary school's shortfall computed (none is
 * where the profile sets no G6 norm, national-2017), for G7 a special-education school short — its
 * 0, computed under every profile, is no gap to total.
 */
function hasFigures(item: FundingItem, of: readonly SchoolGuarantee[]): boolean {
  return of.some((g) => (item === "G7" ? (g.fundingShortfall ?? 0) > 0 : g.fundingShortfall !== null));
}

/**
 * The county's 公用经费缺口 total of one item (rules.md §7: norm × funded students − actual, never
 * negative), over that item's schools only (schoolsOf), as 汇总's G6 / G7 reasons add them; null
 * when the item has no figure to add up (hasFigures).
 * @example G6 of shortfalls 18 360 (a lower bound), 80 000, 0, one not computed and a special school's 4 000
 * // { item: "G6", short: 2, total: 98 360, lowerBounds: 1, notComputed: 1 }
 */
export function fundingTotals(schools: readonly SchoolGuarantee[], item: FundingItem): FundingTotals | null {
  const of = schoolsOf(item, schools);
  if (!hasFigures(item, of)) return null;
  const known = of.filter((g) => g.fundingShortfall !== null);
  const short = known.filter((g) => (g.fundingShortfall ?? 0) > 0);
  return {
    item,
    short: short.length,
    total: short.reduce((sum, g) => sum + (g.fundingShortfall ?? 0), 0),
    lowerBounds: short.filter((g) => atLeast(g, "fundingShortfall")).length,
    notComputed: of.length - known.length,
  };
}
