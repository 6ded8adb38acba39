import type { CountyItem, Profile } from "../../profiles/schema";
import { atLeast, atMost, below } from "../tolerance";

/**
 * Whether a number meets a county item's comparison, unrounded: at_least (≥), at_most (≤),
 * below (<), up to floating-point noise only (tolerance.ts): a share computed from cells such as
 * 0.57 万 ÷ 11.4 万 = 0.049999999999999996 is 5%, as by hand. Null when the item has no threshold
 * or is a yes / no item. rules.md §4–6 (thresholds from the profile's county items).
 *
 * @example meets(0.05, { item: "Q4", comparison: "at_least", threshold: 0.05, unit: "ratio" }) // true
 */
export function meets(value: number, item: CountyItem): boolean | null {
  const t = item.threshold;
  if (t === null) return null;
  switch (item.comparison) {
    case "at_least":
      return atLeast(value, t);
    case "at_most":
      return atMost(value, t);
    case "below":
      return below(value, t);
    case "yes":
      return null;
  }
}

const NONE: readonly [string, CountyItem][] = Object.freeze([]);

/** The profile's county items of one guarantee / quality / recognition item, in profile order (the same list on every call). */
export function countyItemsOf(profile: Profile, item: string): readonly [string, CountyItem][] {
  return itemIndex(profile).get(item) ?? NONE;
}

// Built once per profile: the lookup runs for every school of every county.
const INDEX = new WeakMap<Profile, ReadonlyMap<string, [string, CountyItem][]>>();

function itemIndex(profile: Profile): ReadonlyMap<string, [string, CountyItem][]> {
  let index = INDEX.get(profile);
  if (!index) {
    const built = new Map<string, [string, CountyItem][]>();
    for (const entry of Object.entries(profile.countyItems)) built.set(entry[1].item, [...(built.get(entry[1].item) ?? []), entry]);
    index = built;
    INDEX.set(profile, index);
  }
  return index;
}

// Found once per profile and item: the per-school checks ask for Q4's for every school.
const NUMERIC = new WeakMap<Profile, Map<string, [string, CountyItem] | null>>();

/**
 * The first numeric county item of an item: the threshold school data is judged by (rules.md
 * §4 items 9 and 12, §5 item 4).
 * @example numericCountyItem(national, "G12") // ["G12_certificate_rate", { comparison: "at_least", threshold: 1, … }]
 */
export function numericCountyItem(profile: Profile, item: string): [string, CountyItem] | null {
  let byItem = NUMERIC.get(profile);
  if (byItem === undefined) NUMERIC.set(profile, (byItem = new Map()));
  let found = byItem.get(item);
  if (found === undefined) byItem.set(item, (found = countyItemsOf(profile, item).find(([, c]) => c.comparison !== "yes" && c.threshold !== null) ?? null));
  return found;
}
