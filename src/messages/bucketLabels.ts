import { MERGED_CLASS_BUCKETS } from "../engine/types";
import type { Message, MessageTable } from "./types";

/**
 * A merged class-size bucket's label, worded as labels.ts words the statistics' ten (rules.md §4 item 5).
 * @example bucketLabel(46, 55) // { zh: "46-55人班数", en: "Classes of 46–55" }
 * @example bucketLabel(56, Infinity) // { zh: "56人及以上班数", en: "Classes of 56 or more" }
 */
function bucketLabel(min: number, max: number): Message {
  if (max === Infinity) return { zh: `${min}人及以上班数`, en: `Classes of ${min} or more` };
  if (min === 0) return { zh: `${max}人及以下班数`, en: `Classes of ${max} or fewer` };
  return { zh: `${min}-${max}人班数`, en: `Classes of ${min}–${max}` };
}

/** Labels of the merged class-size bucket fields (field_classes_46_55 …), one per MERGED_CLASS_BUCKETS entry. */
export const BUCKET_LABELS: MessageTable = Object.fromEntries(MERGED_CLASS_BUCKETS.map((b) => [`field_${b.key}`, bucketLabel(b.min, b.max)]));
