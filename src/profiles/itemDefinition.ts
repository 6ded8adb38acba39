import { isPlain } from "./deepMerge";
import type { ProfileProblem } from "./ProfileError";

/**
 * What defines a county item: its indicator, its unit and how its figure is compared. A threshold
 * is judged by its unit (thresholdProblem), so a unit changed with it would pass the check while
 * judging another figure — G12's ratio read as a number ≥ 95 fails a 100% rate (1.0).
 */
const DEFINING = ["item", "unit", "comparison"] as const;

/** The defining keys `own` sets to other values than `base`'s (none where the base has no such item). */
function changedKeys(base: unknown, own: unknown): string[] {
  if (!isPlain(base) || !isPlain(own)) return [];
  return DEFINING.filter((key) => own[key] !== undefined && own[key] !== base[key]);
}

/**
 * The county items whose item, unit or comparison a profile extending `base` (or a 规则 sheet laid
 * over it) changes, one problem per key at its path: only the threshold of an item the base defines
 * may change. An item the base does not have is the profile's own to define.
 * @example changedDefinitions({ countyItems: { G12_certificate_rate: { unit: "ratio", … } } }, { countyItems: { G12_certificate_rate: { unit: "number", threshold: 95 } } })
 * // [{ path: "countyItems.G12_certificate_rate.unit", code: "profile_item_definition", … }]
 */
export function changedDefinitions(base: unknown, own: unknown): ProfileProblem[] {
  const baseItems = isPlain(base) ? base["countyItems"] : undefined;
  const ownItems = isPlain(own) ? own["countyItems"] : undefined;
  if (!isPlain(baseItems) || !isPlain(ownItems)) return [];
  return Object.entries(ownItems).flatMap(([code, item]) =>
    changedKeys(baseItems[code], item).map((key) => ({ path: `countyItems.${code}.${key}`, code: "profile_item_definition", message: `the ${key} of a county item the base profile defines`, cell: null })),
  );
}
