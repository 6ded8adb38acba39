import type { PassingShare } from "../../engine/types";
import { message } from "../../messages/catalogue";
import type { Lang } from "../../messages/types";
import { shareRangeEnds } from "./shareRangeEnds";
import { cell, type CellInput } from "./tableDraft";

/**
 * Where the county's share lies once its unjudged sections count (passingRange: all failing … all
 * passing), as the batch overview and the task pane show it; each end keeps its side of the target
 * (shareRangeEnds). Null when every section was judged: the share is then the county's.
 *
 * @example shareRangeText({ passing: 8, unjudged: 6, inScope: 14, target: null }, "zh") // "57.1% 至 100.0%" (8 ÷ 14 … 14 ÷ 14)
 * @example shareRangeText({ passing: 96, unjudged: 17, inScope: 113, target: { year: 2024, share: 0.85 } }, "en") // "84.96% to 100.00%" (0.849558 stays below 85%)
 */
export function shareRangeText(p: Pick<PassingShare, "passing" | "unjudged" | "inScope" | "target">, lang: Lang): string | null {
  const ends = shareRangeEnds(p);
  return ends === null ? null : message("out_overview_share_range", ends, lang);
}

/**
 * The overview's range cell (a county row's, 全市合计's over the city's sections), amber: 100% of 8
 * judged beside 6 unjudged reads as met on its own. Blank when every section was judged.
 * @example shareRangeCell({ passing: 8, unjudged: 6, inScope: 14, target: null }, "zh") // { value: "57.1% 至 100.0%", emphasis: "warn", … }
 */
export function shareRangeCell(p: Pick<PassingShare, "passing" | "unjudged" | "inScope" | "target">, lang: Lang): CellInput {
  const text = shareRangeText(p, lang);
  return text === null ? null : cell(text, "warn");
}
