import type { ClassCountsLowerBound, SchoolGuarantee } from "../../engine/types";
import { message } from "../../messages/catalogue";
import { listText } from "../../messages/listText";
import type { Lang } from "../../messages/types";

/** The class counts of SchoolGuarantee (rules.md §4 item 5), each with its column header on 缺口测算. */
const CLASS_HEADERS = { classesOverCap: "out_h_classes_over", largeClasses: "out_h_large", superLargeClasses: "out_h_super_large" } as const;

export type ClassCountKey = keyof typeof CLASS_HEADERS;

/** Whether `key` is a class count that the school's data give only as a lower bound. */
export function isClassFloor(g: SchoolGuarantee, key: string): boolean {
  return key in CLASS_HEADERS && g.classCountsLowerBound?.[key as ClassCountKey] === true;
}

/**
 * Which class counts of a school are only lower bounds and why (rules.md §4 item 5), named by
 * their columns.
 * @example classFloorNote({ classesOverCap: true, largeClasses: true, superLargeClasses: false, basis: "largest_class" }, "zh")
 * // "超班额班数、大班额为下限（至少）：仅填报最大班额，未填各班额段班数"
 */
export function classFloorNote(bound: ClassCountsLowerBound, lang: Lang): string {
  const keys = (Object.keys(CLASS_HEADERS) as ClassCountKey[]).filter((k) => bound[k]);
  const counts = listText(keys.map((k) => message(CLASS_HEADERS[k], {}, lang)), lang);
  return message(bound.basis === "largest_class" ? "out_class_floor_largest" : "out_class_floor_buckets", { counts }, lang);
}
