import type { SchoolRecord, SchoolType } from "../types";
import type { Profile } from "../../profiles/schema";
import { builtBy } from "./recordValues";

/** Which cap a type takes: by comparison rather than includes() on lists of names, two of which ran for every school of every county. */
function capKind(type: SchoolType): "single" | "combined" | null {
  if (type === "primary" || type === "junior" || type === "teaching_point" || type === "complete_middle") return "single";
  return type === "nine_year" || type === "twelve_year" ? "combined" : null;
}

/**
 * The school-size cap (rules.md §4 item 4): `single` for 小学, 初中 and 教学点, `combined` for
 * 九年一贯制 and 十二年一贯制 (students of the compulsory stages); the relaxed caps when the school
 * was built by `relaxedOld.builtBy` (建成年份, or a 2010 yes / no column). A 完全中学 has one compulsory stage, so it
 * takes the single cap on its junior students. Null for types the item does not cover.
 *
 * @example sizeCap("nine_year", national, []) // 2500
 */
export function sizeCap(type: SchoolType, profile: Profile, records: readonly SchoolRecord[]): number | null {
  const size = profile.guarantee.schoolSize;
  const old = size.relaxedOld !== null && builtBy(records, size.relaxedOld.builtBy, "builtBy2010") ? size.relaxedOld : null;
  const kind = capKind(type);
  if (kind === "single") return old?.single ?? size.single;
  if (kind === "combined") return old?.combined ?? size.combined;
  return null;
}

/**
 * Students over the cap, never negative (rules.md §7).
 *
 * @example studentsOverCap(2130, 2000) // 130
 */
export function studentsOverCap(students: number, cap: number): number {
  return Math.max(0, students - cap);
}
