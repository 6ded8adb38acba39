import { nearbyBothStages } from "./figureWording";
import { normaliseText } from "./text";

/** One part of a two-part item: its code, and the words that name it in the item's sentence or label a value (骨干教师占25.6%). */
export interface ItemPart {
  readonly code: string;
  readonly marker: RegExp;
}

/** A two-part item (rules.md §4 items 11, 13, 15; §5 item 9): when a row's sentence is the whole item, and its parts. */
interface PairRule {
  readonly whole: (folded: string) => boolean;
  readonly parts: readonly [ItemPart, ItemPart];
}

const PAIRS: readonly PairRule[] = [
  { whole: (t) => nearbyBothStages(t) && t.includes("小学") && t.includes("初中"), parts: [{ code: "G13_nearby_primary", marker: /小学/ }, { code: "G13_nearby_junior", marker: /初中/ }] },
  // 交流轮岗骨干教师比例 is the backbone share alone: the whole item names the teachers' rate, then (其中 / ；/ 及) the backbone's.
  { whole: (t) => /(交流|轮岗).*(其中|[;,、，；]|及|和|与).*骨干/.test(t), parts: [{ code: "G11_rotation_rate", marker: /交流|轮岗/ }, { code: "G11_backbone_rotation", marker: /骨干/ }] },
  { whole: (t) => /留守/.test(t) && /随迁|进城务工/.test(t), parts: [{ code: "G15_left_behind_care", marker: /留守|关爱/ }, { code: "G15_migrant_share", marker: /随迁|进城务工|就读/ }] },
  { whole: (t) => /差异/.test(t) && /学业水平|等级|iii|ⅲ|三级|级以上/i.test(t), parts: [{ code: "Q9_monitoring_level", marker: /学业水平|等级|iii|ⅲ|三级|级/i }, { code: "Q9_difference_rate", marker: /差异/ }] },
];

/** Where a part is first named in the sentence (Infinity when it is not). */
function firstAt(text: string, marker: RegExp): number {
  const at = text.search(marker);
  return at < 0 ? Infinity : at;
}

/**
 * The two parts of an item whose sentence names both (the official 自评表 wording), in the order
 * the sentence names them; null for a sentence naming one part or another item.
 *
 * @example wholeItemParts("城区和镇区公办小学、初中就近划片入学比例分别达到100%、95%")?.map((p) => p.code) // ["G13_nearby_primary", "G13_nearby_junior"]
 * @example wholeItemParts("骨干教师交流轮岗比例") // null
 */
export function wholeItemParts(sentence: string): readonly [ItemPart, ItemPart] | null {
  const folded = sentence.normalize("NFKC");
  const rule = PAIRS.find((p) => p.whole(folded));
  if (rule === undefined) return null;
  const text = normaliseText(sentence);
  const [a, b] = rule.parts;
  return firstAt(text, b.marker) < firstAt(text, a.marker) ? [b, a] : [a, b];
}

/**
 * A cell's text split into the values it gives, at ；、， and a comma not inside a number (1,200).
 *
 * @example splitValues("12.3%；骨干教师占25.6%") // ["12.3%", "骨干教师占25.6%"]
 * @example splitValues("95%") // ["95%"]
 */
export function splitValues(text: string): string[] {
  return text
    .split(/[;；、，]|,(?!\d{3}(?!\d))/)
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

/**
 * The part a value labels by its own words (骨干教师占25.6% → the backbone share), or null when it
 * names neither or both.
 */
export function labelledPart(value: string, parts: readonly [ItemPart, ItemPart]): ItemPart | null {
  const named = parts.filter((p) => p.marker.test(normaliseText(value)));
  return named.length === 1 ? (named[0] ?? null) : null;
}
