import { CLASS_BUCKETS } from "../../engine/types";

type BucketKey = (typeof CLASS_BUCKETS)[number]["key"];

/** Dashes between the two sizes as typed: normaliseText makes most `-`, not one after 人 (56人—60人). */
const DASH = "[-~—–至到]";
/** What may follow the sizes: the classes counted (班, 班数, 班级数). */
const COUNTED = "(?:班|班数|班级数)?";
const RANGE = new RegExp(`^(\\d+)人?${DASH}(\\d+)人?${COUNTED}$`);
const AT_MOST = new RegExp(`^(\\d+)人?及?以下${COUNTED}$`);
const AT_LEAST = new RegExp(`^(\\d+)人?及?以上${COUNTED}$`);

/**
 * The regular-expression source of a header naming one bucket of the statistics (rules.md §4
 * item 5) or a merged one (45人及以下, 56-65人), as bureaus spell it: 56-60人, 56人-60人, 56—60人, 56-60 (a full-width ～ or 至 is already
 * `-` after normaliseText); 25人及以下, 66人以上; with 班 / 班数 after it.
 *
 * @example new RegExp(bucketLeaf(56, 60)).test("56人-60人") // true
 * @example new RegExp(bucketLeaf(0, 25)).test("25人及以下") // true
 */
export function bucketLeaf(min: number, max: number): string {
  if (max === Infinity) return `^${min}人?及?以上${COUNTED}$`;
  if (min === 0) return `^${max}人?及?以下${COUNTED}$`;
  return `^${min}人?${DASH}${max}人?${COUNTED}$`;
}

/** The class sizes a bucket header covers, or null when it names no range of sizes. @example sizeRange("56-65人") // { min: 56, max: 65 } */
function sizeRange(leaf: string): { min: number; max: number } | null {
  const range = RANGE.exec(leaf);
  if (range !== null) return { min: Number(range[1]), max: Number(range[2]) };
  const atMost = AT_MOST.exec(leaf);
  if (atMost !== null) return { min: 0, max: Number(atMost[1]) };
  const atLeast = AT_LEAST.exec(leaf);
  return atLeast === null ? null : { min: Number(atLeast[1]), max: Infinity };
}

/**
 * The statistics' buckets (rules.md §4 item 5) a class-size header covers exactly, smallest first;
 * none when it is no class size or an edge falls inside a bucket (45-55人 counts some of 41–45).
 * A header covering several is a merged bucket (56-65人, the 大班额 of many bureau forms), read as
 * its own field (MERGED_CLASS_BUCKETS): its count cannot be split between them.
 *
 * @example bucketsSpanned("56-65人") // ["classes_56_60", "classes_61_65"]
 * @example bucketsSpanned("45-55人") // []
 */
export function bucketsSpanned(leaf: string): BucketKey[] {
  const range = sizeRange(leaf);
  if (range === null) return [];
  const inside = CLASS_BUCKETS.filter((b) => b.min >= range.min && b.max <= range.max);
  const first = inside[0];
  const last = inside[inside.length - 1];
  if (first === undefined || last === undefined || first.min !== range.min || last.max !== range.max) return [];
  return inside.map((b) => b.key);
}

/**
 * The class sizes a bucket header covers when it covers whole buckets of the statistics
 * (bucketsSpanned), else null: the sizes merged buckets are compared by (rules.md §4 item 5).
 * @example bucketRange("46-55人") // { min: 46, max: 55 }
 * @example bucketRange("66人及以上") // { min: 66, max: Infinity }
 * @example bucketRange("45-55人") // null
 */
export function bucketRange(leaf: string): { min: number; max: number } | null {
  return bucketsSpanned(leaf).length === 0 ? null : sizeRange(leaf);
}
