import { SIDE, headingCore, isRuralityHeading, isSideWords } from "./headingRurality";
import { HEADING_NUMBER, WHOLE_BRACKETS } from "./text";

/**
 * A block heading, with no numbers on its row: numbered ("一、城区学校", "（二）乡镇学校", "2. 初中")
 * or wholly in brackets ("（城区学校）": no school is named in brackets alone). A bare stage ("初中",
 * "小学部") is one too, by linePart.
 */
const HEADING = new RegExp(`${HEADING_NUMBER.source}|${WHOLE_BRACKETS.source}`);

/** A township or area label (城关镇, 石桥乡, 东城街道, 北片区, 第一学区): no school's name ends so. */
const AREA_LABEL = /(镇|乡|街道|片区|学区)$/;

/**
 * A label of a group of schools by who runs them or where (市直学校, 县直中小学, 民办学校, 乡镇学校,
 * 城区中小学校: a side as headingRurality spells it, SIDE): a whole name of a group word and 学校 /
 * 中小学 names no one school (C5-heading-in-name-col).
 */
const GROUP_LABEL = new RegExp(`^(?:市直|县直|区直|市属|县属|区属|直属|民办|公办|${SIDE}|乡镇|村级|其他|其它)(?:学校|中小学校?)$`);

/** A kind of village school as a group's label names it (乡镇中心校, 中心学校, 村小, 村级小学). */
const VILLAGE = "(?:乡镇中心(?:学)?校|中心(?:学)?校|村小|村级小学|村小学)";
/** Another kind joined to it (村小及教学点, 中心校和村小, 村小、教学点). */
const VILLAGE_JOINED = "[及和与、](?:村小|教学点|村级小学)";

/**
 * A label of the township and village schools as a group (乡镇中心校, 村小及教学点, 村级小学): no one
 * school is so named (a 中心校 is 石桥镇中心校). Bare 教学点 is a kind-of-school heading of its own
 * (headingRurality's KIND_HEADING), not taken here.
 */
const VILLAGE_GROUP = new RegExp(`^${VILLAGE}(?:${VILLAGE_JOINED})?$`);

/**
 * Two kinds of village school joined (村小及教学点, 村小、教学点): a group by its words, as no one school
 * is so named; a bare 中心校, 村小 or 乡镇中心校 may be one school's short name under its township.
 */
const VILLAGE_PAIR = new RegExp(`^${VILLAGE}${VILLAGE_JOINED}$`);

/**
 * Whether a text, without its numbering, brackets or trailing count (headingCore), names a group of
 * schools no one school is named for (GROUP_LABEL, VILLAGE_GROUP): 乡镇学校, 二、乡镇学校（3所）, 村小及教学点.
 * @example isGroupLabel("二、乡镇学校（3所）") // true; isGroupLabel("村小及教学点") // true; isGroupLabel("石桥中心小学") // false
 */
export function isGroupLabel(text: string): boolean {
  return GROUP_LABEL.test(headingCore(text)) || isVillageGroup(text);
}

/**
 * Whether a heading names the township and village schools as a group (VILLAGE_GROUP), numbered or
 * not: such a block is a part of a rural block and never of an urban one (blockRurality's `area`),
 * as a township's is — （二）村小及教学点 under 二、农村学校 keeps its schools rural.
 * @example isVillageGroup("（二）村小及教学点") // true; isVillageGroup("乡镇中心校") // true; isVillageGroup("二、乡镇学校") // false
 */
export function isVillageGroup(text: string): boolean {
  return VILLAGE_GROUP.test(headingCore(text));
}

/**
 * Whether a text heads a block of the schools of a township, area or group (城关镇, 市直学校, 乡镇中心校)
 * when it stands alone on a row without numbers: such a heading names no 城乡分类 of its own (blockRurality's `area`).
 * @example isAreaLabel("石桥乡") // true; isAreaLabel("乡镇学校（5所）") // true; isAreaLabel("实验小学") // false
 */
export function isAreaLabel(text: string): boolean {
  return AREA_LABEL.test(text.normalize("NFKC").trim()) || isGroupLabel(text);
}

/**
 * Whether a label is numbered or wholly in brackets (HEADING), as no school's name is: a heading
 * wherever it is typed, even in a column read for something (rowKind's leftHeading: 县区).
 * @example isNumberedHeading("一、城区学校") // true; isNumberedHeading("（城区学校）") // true; isNumberedHeading("城区") // false
 */
export function isNumberedHeading(text: string): boolean {
  return HEADING.test(text.normalize("NFKC").trim());
}

/**
 * Whether a row's label, with no numbers on the row, is a block heading by its words alone:
 * numbered or wholly in brackets (isNumberedHeading), or naming its block's 城乡分类 (isRuralityHeading: 农村学校：).
 * @example isHeadingText("一、城区学校") // true; isHeadingText("城区学校：") // true; isHeadingText("城区小学") // false
 */
export function isHeadingText(text: string): boolean {
  return isNumberedHeading(text) || isRuralityHeading(text);
}

/**
 * Whether a text alone on a row heads a block by its words: a heading (isHeadingText) or a township's
 * or group's label (isAreaLabel) — what findHeader leaves to the rows below the header.
 * @example isBlockLabel("二、农村学校") // true; isBlockLabel("石桥镇") // true; isBlockLabel("实验小学") // false
 */
export function isBlockLabel(text: string): boolean {
  return isHeadingText(text) || isAreaLabel(text);
}

/**
 * Whether a label beside numbers is the subtotal of a block of schools, as no school is so named:
 * a 城乡分类 (城区 | 5000, 二、农村学校 | 800: isRuralitySubtotal) or a group (乡镇学校 | 240,
 * 二、乡镇学校（3所） | 240, 民办学校 | 90, 村小及教学点 | 45: GROUP_LABEL, VILLAGE_PAIR). A numbered
 * 2.县城中学 | 800 stays a school, and so do 中心校 | 500, 村小 | 40 and 乡镇中心校 | 300: a village
 * group's name alone is a school's short name beside its own figures (under 石桥镇), a heading only
 * without figures (isVillageGroup).
 * @example isGroupSubtotal("二、乡镇学校") // true; isGroupSubtotal("城区") // true; isGroupSubtotal("中心校") // false
 */
export function isGroupSubtotal(text: string): boolean {
  return subtotalKind(text) !== null;
}

/**
 * Which block's subtotal a label beside numbers names (isGroupSubtotal), its words worked out once
 * (every school row's name is asked, rowKind's isSubtotalName): a 城乡分类 side's ("side"), which a
 * serial number beside it does not change, or a group's ("group"); null for a school's name.
 * @example subtotalKind("二、农村学校") // "side"; subtotalKind("乡镇学校（3所）") // "group"; subtotalKind("城关小学") // null
 */
export function subtotalKind(text: string): "side" | "group" | null {
  const core = headingCore(text);
  if (isSideWords(core)) return "side";
  return GROUP_LABEL.test(core) || VILLAGE_PAIR.test(core) ? "group" : null;
}
