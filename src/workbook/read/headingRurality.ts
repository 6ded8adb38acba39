import { parseRural } from "./schoolKind";
import { WHOLE_BRACKETS } from "./text";

/** A block heading's numbering (一、 / （二） / 3.) or whole brackets, taken off before its words are read. */
const NUMBERING = /^(?:[一二三四五六七八九十]+[、.]|\([一二三四五六七八九十\d]+\)|\d+[、.])\s*/;
/**
 * A heading that names a block of schools by 城乡分类 alone: 城区学校, 农村学校, 乡村, 城镇中小学. No
 * school is so named; a name such as 城区小学 may be a school's and is not taken. 乡镇学校 names no
 * side (a township's schools may be 镇区 or 乡村), nor does a township (城关镇).
 */
const CATEGORY = /^(?:城区|主城区|城镇|镇区|县城|乡村|农村)(?:义务教育)?(?:学校|中小学)?$/;

function words(text: string): string {
  const t = text.normalize("NFKC").trim();
  return (WHOLE_BRACKETS.exec(t)?.[1] ?? t).replace(NUMBERING, "").trim();
}

/**
 * Whether a row's name is a heading that names its block's 城乡分类, numbered or not: "二、农村学校",
 * "（城区学校）", "乡村学校".
 * @example isRuralityHeading("乡村学校") // true; isRuralityHeading("城区小学") // false
 */
export function isRuralityHeading(text: string): boolean {
  return CATEGORY.test(words(text));
}

/**
 * The 城乡分类 a block heading gives the schools under it (rules.md §4 items 3 and 6: the small rural
 * school relaxations and funding tiers need it), or null when it names none.
 * @example headingRurality("二、农村学校") // true; headingRurality("一、城区学校") // false; headingRurality("城关镇") // null
 */
export function headingRurality(text: string): boolean | null {
  return isRuralityHeading(text) ? parseRural(words(text)) : null;
}
