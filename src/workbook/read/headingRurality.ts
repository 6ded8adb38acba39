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

/** A heading of one kind of school (（一）小学, 2. 初中部, 教学点): a sub-block, inside the block of its 城乡 heading. */
const KIND_HEADING = /^(?:小学|初中|中学|初级中学|完全中学|九年一贯制|十二年一贯制|教学点)(?:学校|部)?$/;

/**
 * The 城乡分类 of the block a heading opens, given the block's so far: a kind-of-school heading keeps
 * it (二、农村学校 › （一）小学), any other heading starts a block of its own (一、城区学校 › 二、乡镇学校:
 * the township schools are not the urban ones).
 * @example blockRurality("（一）小学", true) // true; blockRurality("二、乡镇学校", false) // null; blockRurality("二、农村学校", false) // true
 */
export function blockRurality(text: string, before: boolean | null): boolean | null {
  return KIND_HEADING.test(words(text)) ? before : headingRurality(text);
}
