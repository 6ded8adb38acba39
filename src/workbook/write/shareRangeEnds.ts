import type { PassingShare } from "../../engine/types";
import { formatKeepingSides, type Straddle } from "./decimalsKeepingSides";
import { FORMAT, formatNumber } from "./formats";
import { passingRange } from "./overviewEntry";

/**
 * The two ends of the range the county's share lies in once its unjudged sections count
 * (passingRange: all failing … all passing), as shown: the range straddles the target, which is
 * what leaves it undecided, so each end keeps its side of it (decimalsKeepingSides). Null when
 * every section was judged.
 * @example shareRangeEnds({ passing: 96, unjudged: 17, inScope: 113, target: { year: 2024, share: 0.85 } }) // { low: "84.96%", high: "100.00%" }
 */
export function shareRangeEnds(p: Pick<PassingShare, "passing" | "unjudged" | "inScope" | "target">): { low: string; high: string } | null {
  const range = passingRange(p);
  if (range === null) return null;
  const format = formatKeepingSides(FORMAT.ratio, [range.low, range.high].map((v): Straddle => [v, p.target?.share]));
  return { low: formatNumber(range.low, format), high: formatNumber(range.high, format) };
}
