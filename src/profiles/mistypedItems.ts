import { isPlain } from "./deepMerge";
import { editDistance } from "./editDistance";
import type { ProfileProblem } from "./ProfileError";

/** The length up to which a key is short: one slip in it is a slip, two make another word. */
const SHORT_KEY = 6;

/**
 * The one key of `known` a new key is most likely a slip of: two edits at most, case aside (one
 * for a key of six letters or fewer); null when none or several are as near. Two edits turn half a
 * short key into another word (note → name, date → name, senior → junior), which is a key of the
 * user's own, not a slip.
 * @example slipOf("boardingExtar", ["norm", "boardingExtra", "tiers"]) // "boardingExtra"
 * @example slipOf("note", ["norm", "boardingExtra", "tiers"]) // null
 */
export function slipOf(key: string, known: readonly string[]): string | null {
  const near = known.filter((k) => editDistance(k.toLowerCase(), key.toLowerCase()) <= (Math.min(k.length, key.length) <= SHORT_KEY ? 1 : 2));
  return near.length === 1 ? (near[0] ?? null) : null;
}

/**
 * The county items a profile extending `base` adds under a key that is a slip of one the base
 * defines (R1_recognitoin beside R1_recognition), one problem per key at its path, naming the key
 * meant. A profile may define items of its own, so such a key was taken as a new item: its
 * threshold judged a county figure no sheet gives, while the item meant kept the base's threshold —
 * or, given the threshold alone, it was refused as an item without `item`, `unit` and `comparison`.
 * Only an entry that gives no `item`, or the item of the key meant, is taken for a slip: a new
 * item of another indicator (G16_certificate_rate beside G12_certificate_rate) is the profile's own.
 *
 * @example mistypedItems({ countyItems: { R1_recognition: { … } } }, { countyItems: { R1_recognitoin: { threshold: 0.9 } } })
 * // [{ path: "countyItems.R1_recognitoin", code: "profile_item_key_typo", params: { suggestion: "R1_recognition" }, … }]
 */
export function mistypedItems(base: unknown, own: unknown): ProfileProblem[] {
  const baseItems = isPlain(base) ? base["countyItems"] : undefined;
  const ownItems = isPlain(own) ? own["countyItems"] : undefined;
  if (!isPlain(baseItems) || !isPlain(ownItems)) return [];
  const known = Object.keys(baseItems);
  return Object.entries(ownItems)
    .filter(([key]) => !Object.hasOwn(baseItems, key))
    .flatMap(([key, entry]) => {
      const suggestion = slipOf(key, known);
      if (suggestion === null || !sameItem(entry, baseItems[suggestion])) return [];
      return [{ path: `countyItems.${key}`, code: "profile_item_key_typo", message: `not a county item of the base profile: ${suggestion}?`, cell: null, params: { suggestion } }];
    });
}

/** Whether an entry names no item of its own (a threshold alone) or the item the base entry meant names. */
function sameItem(entry: unknown, meant: unknown): boolean {
  const item = isPlain(entry) ? entry["item"] : undefined;
  return item === undefined || (isPlain(meant) && item === meant["item"]);
}
