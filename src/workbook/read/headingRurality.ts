import { parseRural } from "./schoolKind";
import { HEADING_NUMBER, WHOLE_BRACKETS } from "./text";
import { labelText } from "./totalLabel";

/** The 城乡分类 sides' words, one list for the headings and group labels (SIDE) and the sides under a grand total (totalRowSides' SIDE_LABEL). */
export const SIDE_WORDS: readonly string[] = ["城区", "主城区", "城镇", "镇区", "县城", "乡村", "农村"];

/** The words of a 城乡分类 side as a heading or group label writes it (城区, 农村义务教育): also blockHeading's GROUP_LABEL. */
export const SIDE = `(?:${SIDE_WORDS.join("|")})(?:义务教育)?`;
/**
 * A heading that names a block of schools by 城乡分类 alone: 城区学校, 农村学校, 乡村, 城镇中小学. No
 * school is so named; a name such as 城区小学 may be a school's and is not taken — unless numbered
 * or in brackets (二、农村小学, （二）农村教学点), which no school's name is (NUMBERED). 乡镇学校 names no
 * side (a township's schools may be 镇区 or 乡村), nor does a township (城关镇).
 */
const CATEGORY = new RegExp(`^${SIDE}(?:学校|中小学)?$`);
const NUMBERED = new RegExp(`^${SIDE}(?:学校|中小学|小学|初中|中学|教学点)?$`);

/** A heading's words, without its numbering or whole brackets and a trailing count or colon (农村学校（5所）：), and whether it had the one or the other. */
function words(text: string): { core: string; numbered: boolean } {
  const t = text.normalize("NFKC").trim();
  const inner = WHOLE_BRACKETS.exec(t)?.[1] ?? t;
  const core = labelText(inner.replace(HEADING_NUMBER, ""));
  return { core, numbered: inner !== t || HEADING_NUMBER.test(inner) };
}

/**
 * A heading's words without its numbering, whole brackets, trailing count or colon (labelText).
 * @example headingCore("二、乡镇学校（3所）：") // "乡镇学校"; headingCore("（城区学校）") // "城区学校"
 */
export function headingCore(text: string): string {
  return words(text).core;
}

/**
 * Whether a row's name is a heading that names its block's 城乡分类: "二、农村学校", "（城区学校）",
 * "乡村学校", "农村学校（5所）", "二、农村小学".
 * @example isRuralityHeading("乡村学校") // true; isRuralityHeading("城区小学") // false; isRuralityHeading("一、城区小学") // true
 */
export function isRuralityHeading(text: string): boolean {
  const { core, numbered } = words(text);
  return (numbered ? NUMBERED : CATEGORY).test(core);
}

/**
 * Whether a row's name, beside numbers, is a 城乡分类 subtotal (城区 | 5000, 二、农村学校 | 800): CATEGORY
 * only, numbered or not. NUMBERED is for headings: a numbered 2.县城中学 | 800 is a school in a list.
 * @example isRuralitySubtotal("二、农村学校") // true; isRuralitySubtotal("2.县城中学") // false
 */
export function isRuralitySubtotal(text: string): boolean {
  return isSideWords(words(text).core);
}

/**
 * Whether a heading's words, taken off their numbering and count (headingCore), name a 城乡分类 alone
 * (CATEGORY): isRuralitySubtotal for a caller that has the words already (blockHeading's subtotalKind).
 * @example isSideWords("农村学校") // true; isSideWords("城区小学") // false
 */
export function isSideWords(core: string): boolean {
  return CATEGORY.test(core);
}

/**
 * The 城乡分类 a block heading gives the schools under it (rules.md §4 items 3 and 6: the small rural
 * school relaxations and funding tiers need it), or null when it names none.
 * @example headingRurality("二、农村学校") // true; headingRurality("一、城区学校") // false; headingRurality("城关镇") // null
 */
export function headingRurality(text: string): boolean | null {
  return isRuralityHeading(text) ? parseRural(words(text).core) : null;
}

/** A heading of one kind of school (（一）小学, 2. 初中部, 教学点): a sub-block, inside the block of its 城乡 heading. */
const KIND_HEADING = /^(?:小学|初中|中学|初级中学|完全中学|九年一贯制|十二年一贯制|教学点)(?:学校|部)?$/;

/**
 * The 城乡分类 of the block a heading opens, given the block's so far: a kind-of-school heading keeps
 * it (二、农村学校 › （一）小学), any other heading starts a block of its own (一、城区学校 › 二、乡镇学校:
 * the township schools are not the urban ones). A township's heading (`area`: 石桥乡) keeps a rural
 * block (its townships) but ends an urban one: a township's schools are not the 城区's.
 * @example blockRurality("（一）小学", false, true) // true; blockRurality("二、乡镇学校", false, false) // null; blockRurality("石桥乡", true, false) // null
 */
export function blockRurality(text: string, area: boolean, before: boolean | null): boolean | null {
  if (area) return before === true ? true : null;
  return KIND_HEADING.test(words(text).core) ? before : headingRurality(text);
}
