import type { CountyItem, Profile } from "../../profiles/schema";
import { atLeast, atMost, below } from "../tolerance";
import { perObject } from "../perObject";

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

// Built once per profile (perObject): the lookup runs for every item of every county.
const itemIndex = perObject((profile: Profile): ReadonlyMap<string, [string, CountyItem][]> => {
  const built = new Map<string, [string, CountyItem][]>();
  for (const entry of Object.entries(profile.countyItems)) built.set(entry[1].item, [...(built.get(entry[1].item) ?? []), entry]);
  return built;
});

// Found once per profile and item: every county asks for each item's.
const numericByItem = perObject((_: Profile) => new Map<string, [string, CountyItem] | null>());

/**
 * The first numeric county item of an item: the threshold school data is judged by (rules.md
 * §4 items 9 and 12, §5 item 4).
 * @example numericCountyItem(national, "G12") // ["G12_certificate_rate", { comparison: "at_least", threshold: 1, … }]
 */
export function numericCountyItem(profile: Profile, item: string): [string, CountyItem] | null {
  const byItem = numericByItem(profile);
  let found = byItem.get(item);
  if (found === undefined) byItem.set(item, (found = countyItemsOf(profile, item).find(([, c]) => c.comparison !== "yes" && c.threshold !== null) ?? null));
  return found;
}

/**
 * Q4's county item — the share of training funds every school must reach (rules.md §5 item 4) —
 * or null when the profile has none. Asked for every school on both paths, so found once per
 * profile and answered for the last one by a comparison (perObject).
 * @example q4Item(national)?.threshold // 0.05
 */
export const q4Item: (profile: Profile) => CountyItem | null = perObject((profile) => numericCountyItem(profile, "Q4")?.[1] ?? null);
