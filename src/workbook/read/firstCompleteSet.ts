import type { Part } from "./keys";

/**
 * The first part set whose parts all have a column (`has`), or undefined: a field given only by
 * its breakdown is the sum of the first whole set (rules.md §2: L1 by degree, L2 by level of
 * recognition, L3 by subject), so that a breakdown lacking a part is never taken for the whole.
 *
 * @example firstCompleteSet([["levelNational", "levelProvince", "levelCity", "levelCounty"], ["levelProvince", "levelCity", "levelCounty"]], (p) => p !== "levelNational") // ["levelProvince", "levelCity", "levelCounty"]
 * @example firstCompleteSet([["pe", "music", "art"]], (p) => p === "pe") // undefined
 */
export function firstCompleteSet(sets: readonly (readonly Part[])[], has: (part: Part) => boolean): readonly Part[] | undefined {
  return sets.find((parts) => parts.every(has));
}
