import type { Area } from "../types";
import type { Profile } from "../../profiles/schema";
import { perObject } from "../perObject";

const range = (prefix: string, n: number): string[] => Array.from({ length: n }, (_, i) => `${prefix}${i + 1}`);

/** The items of rules.md §4–6: 15 guarantee, 9 quality, 1 recognition. */
export const STANDARD_ITEMS: readonly string[] = [...range("G", 15), ...range("Q", 9), "R1"];

const AREA_OF_PREFIX: Readonly<Record<string, Area>> = { G: "guarantee", Q: "quality", R: "recognition" };

/**
 * The area of an item code by its letter (G guarantee, Q quality, R recognition; rules.md §1).
 *
 * @example areaOf("Q9") // "quality"
 */
export function areaOf(code: string): Area {
  const area = AREA_OF_PREFIX[code.charAt(0)];
  if (area === undefined) throw new Error(`not an item code: ${code}`);
  return area;
}

function order(a: string, b: string): number {
  return a.charAt(0) === b.charAt(0) ? Number(a.slice(1)) - Number(b.slice(1)) : "GQR".indexOf(a.charAt(0)) - "GQR".indexOf(b.charAt(0));
}

/**
 * Every item to report (rules.md §4–6): the standard ones, plus any further item a profile's
 * county items name, in G, Q, R order.
 * @example itemCodes(national) // ["G1", …, "G15", "Q1", …, "Q9", "R1"]
 */
export const itemCodes: (profile: Profile) => readonly string[] = perObject((profile) => {
  // Worked out once per profile (perObject): every county asks.
  const extra = Object.values(profile.countyItems)
    .map((c) => c.item)
    .filter((code) => !STANDARD_ITEMS.includes(code));
  return [...new Set([...STANDARD_ITEMS, ...extra])].sort(order);
});
