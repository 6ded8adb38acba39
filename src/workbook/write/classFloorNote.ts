import type { SchoolGuarantee } from "../../engine/types";
import { message } from "../../messages/catalogue";
import { listText } from "../../messages/listText";
import type { Lang } from "../../messages/types";
import { atLeast } from "./atLeast";
import type { ClassSizeParams } from "./classSizeParams";

/** The class counts of SchoolGuarantee (rules.md §4 item 5), each with its column header on 缺口测算. */
const CLASS_HEADERS = { classesOverCap: "out_h_classes_over", largeClasses: "out_h_large", superLargeClasses: "out_h_super_large" } as const;

type ClassCountKey = keyof typeof CLASS_HEADERS;

/**
 * The 说明 of a school whose class counts above 0 are only lower bounds (atLeast; rules.md §4
 * item 5): which, by their columns, and why; null when none is — a bound of 0 is shown blank, as
 * unknown, and named by no note. `sizes`: the profile's large-class sizes the headers quote (classSizeParams).
 * @example classFloorNote({ classesOverCap: 1, largeClasses: 1, classCountsLowerBound: { classesOverCap: true, largeClasses: true, superLargeClasses: false, basis: "largest_class" }, … }, "zh", { large: 56, superLarge: 66 })
 * // "超班额班数、大班额（56人及以上）为下限（至少）：仅填报最大班额，未填各班额段班数"
 */
export function classFloorNote(g: SchoolGuarantee, lang: Lang, sizes: ClassSizeParams): string | null {
  const keys = (Object.keys(CLASS_HEADERS) as ClassCountKey[]).filter((k) => atLeast(g, k));
  if (keys.length === 0) return null;
  const counts = listText(keys.map((k) => message(CLASS_HEADERS[k], sizes, lang)), lang);
  return message(g.classCountsLowerBound?.basis === "largest_class" ? "out_class_floor_largest" : "out_class_floor_buckets", { counts }, lang);
}
