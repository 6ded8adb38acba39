import type { SchoolGuarantee } from "../../engine/types";

/** What a school may fall short by in SchoolGuarantee: rooms, students and classes over the caps, yuan (rules.md §4 items 3–6, §7). */
export type ShortKey = "musicRoomsShort" | "artRoomsShort" | "studentsOverCap" | "classesOverCap" | "largeClasses" | "superLargeClasses" | "fundingShortfall";

/** Where the engine says that a shortfall is only a lower bound: roomsShortLowerBound, classCountsLowerBound, fundingShortfallLowerBound; students over the cap are always exact. */
const BOUNDED: Readonly<Record<ShortKey, (g: SchoolGuarantee) => boolean>> = {
  musicRoomsShort: (g) => g.roomsShortLowerBound?.music === true,
  artRoomsShort: (g) => g.roomsShortLowerBound?.art === true,
  studentsOverCap: () => false,
  classesOverCap: (g) => g.classCountsLowerBound?.classesOverCap === true,
  largeClasses: (g) => g.classCountsLowerBound?.largeClasses === true,
  superLargeClasses: (g) => g.classCountsLowerBound?.superLargeClasses === true,
  fundingShortfall: (g) => g.fundingShortfallLowerBound !== null,
};

/** Every ShortKey, in the column order of 缺口测算's guarantee table. */
export const SHORT_KEYS = Object.keys(BOUNDED) as readonly ShortKey[];

/**
 * Whether the school falls short by anything (a shortfall above 0, a lower bound included): what
 * puts it in 缺口测算's guarantee table, and what keeps noGapNote from saying it has no gap.
 * @example hasShortfall({ musicRoomsShort: 1, … every other shortfall 0 or null }) // true; all 0 or null → false
 */
export function hasShortfall(g: SchoolGuarantee): boolean {
  return SHORT_KEYS.some((k) => (g[k] ?? 0) > 0);
}

/** Whether the engine gives `key` of the school only as a lower bound, 0 included. */
export function isLowerBound(g: SchoolGuarantee, key: ShortKey): boolean {
  return BOUNDED[key](g);
}

/**
 * Whether `key` of the school reads “at least n”: a lower bound above 0. A bound of 0 is no amount
 * but “unknown, maybe short”, which the engine reports in its own way (G3 counts the school as
 * meeting it on an estimate, with its note; G5 counts it as lacking data); “at least 0” says
 * nothing, so such a school neither shows “≥ 0” nor makes a county sum it adds nothing to a lower
 * bound. Every “at least” of the result sheets asks this: 缺口测算's cells and notes, the funding
 * totals, 汇总's sums.
 * @example atLeast({ classesOverCap: 2, classCountsLowerBound: { classesOverCap: true, … }, … }, "classesOverCap") // true
 * @example atLeast({ classesOverCap: 0, classCountsLowerBound: { classesOverCap: true, … }, … }, "classesOverCap") // false (unknown)
 */
export function atLeast(g: SchoolGuarantee, key: ShortKey): boolean {
  return isLowerBound(g, key) && (g[key] ?? 0) > 0;
}
