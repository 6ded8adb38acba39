import { isSeniorText, seniorOfName, splitSection } from "./schoolKind";
import type { LinePart } from "./stageLine";
import { BREAKDOWN_LEAD } from "./text";
import { bareStage, labelText } from "./totalLabel";

/**
 * The part a section word alone names, in brackets or not (小学部, （初中部）, (小学), 高中部,
 * （高中）): a combined school's section suffix (splitSection, seniorOfName) with no school before
 * it, else null.
 *
 * @example sectionWord("(初中部)") // "junior"; sectionWord("(高中)") // "senior"; sectionWord("城关学校(初中部)") // null
 */
function sectionWord(label: string): LinePart | null {
  if (seniorOfName(label) === "") return "senior";
  const section = splitSection(label);
  return section?.school === "" ? section.stage : null;
}

/**
 * The part of a school a line label names alone (workbooks.md "Rows": a combined school "as one row
 * followed by a 小学 and an 初中 line"; rules.md §2 "Combined schools"): a stage — bare (bareStage:
 * 小学, 初中, 小学段) or as its section, in brackets or not (小学部, （初中部）, (小学)) — or the senior
 * part (isSeniorText: 高中, 高中部; （高中部）), each also after a breakdown's lead-in (其中：初中, 其中:小学, （其中）初中, 其中初中), the
 * way bureaus write the stages of the school row above. Else null: a name (城关学校初中部), or a
 * breakdown of anything but a stage (其中：农村), is no such line.
 *
 * @example linePart("初中") // "junior"; linePart("其中：初中") // "junior"; linePart("小学部") // "primary"
 * @example linePart("其中：高中") // "senior"; linePart("城关学校初中部") // null; linePart("其中：农村") // null
 */
export function linePart(text: string): LinePart | null {
  const label = labelText(text).replace(BREAKDOWN_LEAD, "");
  if (label === "") return null;
  return bareStage(label) ?? sectionWord(label) ?? (isSeniorText(label) ? "senior" : null);
}

/**
 * A breakdown of the row above (其中：女, （其中）寄宿生, 其中：小学): written with a breakdown's
 * lead-in, it is a part of that row's numbers and never a school's name.
 *
 * @example isBreakdownLabel("其中：女") // true; isBreakdownLabel("（其中）寄宿生") // true; isBreakdownLabel("其他小学") // false
 */
export function isBreakdownLabel(text: string): boolean {
  return BREAKDOWN_LEAD.test(labelText(text));
}

/**
 * Whether a stage line's label is a section word (小学部, 初中部, 高中部, 其中：初中部, （初中部）): a part of the
 * school row above it, whereas a bare stage (小学, 初中) or a breakdown (其中：小学) may as well be
 * a total's (README "Rows": 其中：小学 and a bare 初中 line of a total block are breakdowns).
 *
 * @example namesSection("初中部") // true; namesSection("其中：初中") // false; namesSection("初中") // false
 */
export function namesSection(text: string): boolean {
  return linePart(text) !== null && /部\)?$/.test(labelText(text));
}
