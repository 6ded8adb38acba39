import type { CellRef, Issue, SchoolRecord } from "../types";
import type { Profile } from "../../profiles/schema";
import { classesAbove, classesOverCaps, classSlices, compulsoryCount, sumCounts, type ClassSlice, type Count } from "./classCounts";
import { schoolIssue, type WithIssues } from "./schoolCheck";

/** G5 for one school (rules.md §4 item 5). */
export interface ClassSizeFinding {
  /** Classes over the stage cap (小学 45, 初中 50); a lower bound when not exact. */
  readonly overCap: Count | null;
  /** 大班额: classes of `large` (56) or more. */
  readonly large: Count | null;
  /** 超大班额: classes of `superLarge` (66) or more. */
  readonly superLarge: Count | null;
  /**
   * Whether some class data giving only the largest class (no buckets) leave a count inexact: why
   * a count is a lower bound. Exact slices say nothing of why: a 小学 largest class of 40 beside
   * 初中 buckets spanning the cap leaves the bound to the buckets.
   */
  readonly largestOnly: boolean;
  readonly cells: readonly CellRef[];
}

function partialIssues(name: string, slices: readonly ClassSlice[]): Issue[] {
  return slices
    .filter((s) => s.data !== null && s.data.partialBuckets > 0)
    .map((s) => schoolIssue("class_buckets_incomplete", s.data?.firstBucketCell ?? null, { school: name, given: s.data?.partialBuckets ?? 0 }));
}

/** Classes of at least `size` over all slices (size − 1 as the limit: class sizes are whole numbers). */
function atLeastSize(slices: readonly ClassSlice[], size: number): Count | null {
  return sumCounts(slices.map((s) => (s.data === null ? null : compulsoryCount(s, classesAbove(s.data, size - 1)))));
}

/** Whether a slice of only the largest class leaves one of the three counts a lower bound (a largest class over its limit). */
function inexactLargestOnly(slice: ClassSlice, caps: Profile["guarantee"]["classSize"]): boolean {
  const data = slice.data;
  if (data === null || data.buckets !== null) return false;
  const counts = [classesOverCaps(slice, caps), classesAbove(data, caps.large - 1), classesAbove(data, caps.superLarge - 1)];
  return counts.some((c) => c !== null && !c.exact);
}

/**
 * Classes over the cap, 大班额 and 超大班额 of a school from its class-size buckets (all ten
 * needed; a partial set is reported and not used) or, failing them, its largest class (then the
 * counts are 0 when the largest class is within the limit and unknown, but at least 1, otherwise).
 * rules.md §4 item 5 (caps 45 / 50, 大班额 56+, 超大班额 66+) and §7 (classes over the cap).
 *
 * @example buckets 0,3,5,4,2,1,1,1,0,1 for a 小学 → overCap 4, large 2, superLarge 1
 */
export function classSizeFinding(name: string, records: readonly SchoolRecord[], profile: Profile): WithIssues<ClassSizeFinding> {
  const caps = profile.guarantee.classSize;
  const slices = records.flatMap((r) => classSlices(r));
  const value: ClassSizeFinding = {
    overCap: sumCounts(slices.map((s) => classesOverCaps(s, caps))),
    large: atLeastSize(slices, caps.large),
    superLarge: atLeastSize(slices, caps.superLarge),
    largestOnly: slices.some((s) => inexactLargestOnly(s, caps)),
    cells: slices.flatMap((s) => s.data?.cells ?? []),
  };
  return { value, issues: partialIssues(name, slices) };
}

/**
 * Whether every class of a school is under `size` (rules.md §4 item 3: the small rural room areas
 * apply when the largest class is under 30); false when the data cannot show it.
 * @example allClassesUnder([row with largestClass 29], 30) // true; with only a 26–30 bucket count and no largest class: false
 */
export function allClassesUnder(records: readonly SchoolRecord[], size: number): boolean {
  const count = atLeastSize(records.flatMap((r) => classSlices(r)), size);
  return count !== null && count.exact && count.atLeast === 0;
}
