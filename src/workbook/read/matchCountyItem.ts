import national from "../../profiles/data/national-2017.json";
import type { CountyItem } from "../../profiles/schema";
import { COUNTY_ITEM_ALIASES } from "./countyItemAliases";
import { normaliseText } from "./text";

/** How a county figure is written and read: the profile's unit of the item (schema.ts countyItemSchema). */
export type ItemUnit = CountyItem["unit"];

const NATIONAL_ITEMS = national.countyItems as Readonly<Record<string, { unit: ItemUnit }>>;
const VETO_CODES: ReadonlySet<string> = new Set(national.vetoItems.map((v) => v.code));

/** The unit of a county item code (veto items are yes / no); null for an unknown code. */
export function itemUnit(code: string): ItemUnit | null {
  if (VETO_CODES.has(code)) return "boolean";
  return NATIONAL_ITEMS[code]?.unit ?? null;
}

function aliasScore(text: string, alias: readonly string[]): number {
  let score = 0;
  for (const fragment of alias) {
    const negative = fragment.startsWith("!");
    const f = fragment.replace(/^!/, "");
    if (text.includes(f) === negative) return 0;
    if (!negative) score += f.length;
  }
  return score;
}

/**
 * The profile code an item name stands for (countyItemAliases.ts), or null.
 *
 * @example matchCountyItem("初中三年巩固率") // "Q1_consolidation"
 * @example matchCountyItem("骨干教师交流轮岗比例") // "G11_backbone_rotation"
 */
export function matchCountyItem(name: string): string | null {
  const text = normaliseText(name);
  const exact = Object.keys(COUNTY_ITEM_ALIASES).find((code) => code.toLowerCase() === text);
  if (exact !== undefined) return exact;
  let best: string | null = null;
  let bestScore = 0;
  for (const [code, aliases] of Object.entries(COUNTY_ITEM_ALIASES)) {
    const score = Math.max(0, ...aliases.map((a) => aliasScore(text, a)));
    if (score > bestScore) [best, bestScore] = [code, score];
  }
  return best;
}
