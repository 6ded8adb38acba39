import type { OverviewCounty } from "./overviewEntry";

/** Fewer codes than this are listed on each row as they are: a reference to a note would be no shorter. */
const MIN_CODES = 3;

/**
 * The list of items not yet assessed that most counties share, said once in the overview's notes
 * instead of on every row (a city whose counties gave no county figures repeats the same 24 codes
 * 22 times). Each county's list is a candidate, held by every county whose list holds all its
 * codes; the one that saves the most (holders × codes) wins, held by two counties or more and of
 * at least MIN_CODES codes — the first in row order when two save as much. Empty when none is.
 * @example commonPending([甲 pending G1 G2 G11, 乙 pending G1 G2 G11 Q1, 丙 pending G5]) // ["G1", "G2", "G11"] (held by 甲 and 乙)
 */
export function commonPending(counties: readonly OverviewCounty[]): readonly string[] {
  let best: { readonly codes: readonly string[]; readonly saved: number } = { codes: [], saved: 0 };
  for (const { itemsPending: codes } of counties) {
    if (codes.length < MIN_CODES) continue;
    const holders = counties.filter((c) => withoutCommon(c.itemsPending, codes).common).length;
    if (holders >= 2 && holders * codes.length > best.saved) best = { codes, saved: holders * codes.length };
  }
  return best.codes;
}

/**
 * A county's pending items with the common list taken out, and whether it held it all: a row
 * lists only what it has besides. A county lacking one of the common codes keeps its own list.
 * @example withoutCommon(["G1", "G2", "G11", "Q1"], ["G1", "G2", "G11"]) // { common: true, rest: ["Q1"] }
 */
export function withoutCommon(pending: readonly string[], common: readonly string[]): { readonly common: boolean; readonly rest: readonly string[] } {
  if (common.length === 0 || !common.every((code) => pending.includes(code))) return { common: false, rest: pending };
  return { common: true, rest: pending.filter((code) => !common.includes(code)) };
}
