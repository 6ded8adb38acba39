import type { SchoolType, Stage } from "../../engine/types";
import { BREAKDOWN_LEAD, HEADING_NUMBER } from "./text";
import { typeFromText } from "./schoolKind";

/**
 * Total, subtotal and breakdown rows (workbooks.md: "合计 / 小计 / 总计 / 全县 rows"): a label made
 * only of the words such rows are written with, never a school's name. Spellings met in county
 * sheets: 合计, 小学小计：, 初中合计:, 小学汇总, 全县平均, 平均值, 累计, 总数, 以上合计,
 * 城区小计(3所), 乡镇学校小计（5所）, 合计（39所）, 其中：小学, 其中小学, （其中）小学, Total.
 */

/** Punctuation such a label trails (after NFKC). */
const TRAIL_MARKS = ":.。,;、!";
/** A count of schools in brackets that such a label trails, `(3所)`, `（共5所）` (after NFKC), as a whole string. */
const TRAIL_COUNT = /^\((?:共|计|含|合计)?\d+(?:所学校|个学校|所|个|校|schools?)?\)$/;
/** Words that only ever end an aggregate label: no school's name ends with them. */
const AGG_END = /(合计|小计|总计|共计|汇总|平均|平均值|平均数|均值|累计|总数|总和)$/;
/** Words an aggregate label may start with; then the rest must be label words too (LABEL_ONLY). */
const AGG_START = /^(合计|小计|总计|共计|汇总|平均|累计|总数|全县|全市|全区|全旗|全镇|全乡)/;
/** A scope of the county or above: `全县小学` is the county's primary line, never a school's name. */
const WIDE_SCOPE = /^(全县|全市|全区|全旗)/;
/** Words that say a sum or a mean wherever they stand (a bare 平均 only at the end: AGG_END). */
const AGG_WORD = /合计|小计|总计|共计|汇总|平均值|平均数|均值|累计|总数|总和/;
/** Words that name a kind of school: after 平均 / 全镇 / 全乡 alone they may be a school's name (平均小学, 全镇中学). */
const SCHOOL_WORD = /学校|小学|中学|初中|一贯制|教学点/;
/** A label made of scope, stage and aggregate words only: `全县小学`, `本县合计`, `乡镇学校`. */
const LABEL_ONLY = new RegExp(
  "^(?:全县|全市|全区|全旗|全镇|全乡|本县|本市|本区|县直|县属|县城|县|市|区|城区|城镇|镇区|乡镇|乡村|农村|城市|以上|以下|本页|本表|各校" +
    "|公办|民办|学校|小学|初级中学|初中|中学|九年一贯制|十二年一贯制|完全中学|教学点|义务教育|学段|部分|段|部" +
    "|合计|小计|总计|共计|汇总|平均值|平均数|平均|均值|累计|总数|总和|数)+$",
);
const ENGLISH = /^(?:(?:grand|sub)?total|sum|average|mean|avg)$/;
/** A bare stage with numbers, as under a 合计 row: `小学`, `初中`, `小学段`. Not `小学部`, which may be a school's section under its name. */
const BARE_STAGE = /^(小学|初中|初级中学|中学)(?:段|学段|部分)?$/;

/** A label reduced to what identifies it: NFKC, lower case, no spaces, no trailing punctuation or bracketed count. @example labelText("农村学校（5所）：") // "农村学校" */
export function labelText(text: string): string {
  return withoutTrail(text.normalize("NFKC").toLowerCase().replace(/\s+/g, "").replace(/^#+/, ""));
}

/**
 * `label` without the punctuation and bracketed counts it ends with, taken off from the end one at a
 * time: a regex for "any run of them at the end" tried every mark of a long run as its start, 5.5 s
 * on a label of 40,000 。 (F1 of s47).
 * @example withoutTrail("城区小计(3所):") // "城区小计"; withoutTrail("小计(三所)") // "小计(三所)"
 */
function withoutTrail(label: string): string {
  let end = label.length;
  for (;;) {
    const last = label[end - 1];
    if (last !== undefined && TRAIL_MARKS.includes(last)) end--;
    else if (last !== ")" || !trailsCount(label, end)) return label.slice(0, end);
    else end = label.lastIndexOf("(", end - 1);
  }
}

/** Whether `label` up to `end` (a ")") ends with a bracketed count of schools (TRAIL_COUNT). */
function trailsCount(label: string, end: number): boolean {
  const open = label.lastIndexOf("(", end - 1);
  return open >= 0 && TRAIL_COUNT.test(label.slice(open, end));
}

/**
 * Whether a label of scope, stage and aggregate words says it is an aggregate: by a scope of the
 * county or above, by an aggregate word, or by naming no kind of school (`全镇`). A town's or
 * 平均's name with only a kind of school after it (`平均小学`, `全镇中学`, `全乡小学`) is how
 * schools are named in 平均乡 or a 全镇 village, so it is a school.
 */
function aggregateEnough(words: string): boolean {
  return WIDE_SCOPE.test(words) || AGG_WORD.test(words) || !SCHOOL_WORD.test(words);
}

/**
 * A cell that labels a total, subtotal, average or breakdown row, wherever it stands up to the name
 * column: the row is not a school. A label that starts like one but names something else (`合计村小学`,
 * `全县第一小学`) is a school.
 *
 * @example isTotalLabel("城区小计(3所)") // true
 * @example isTotalLabel("其中:初中") // true
 * @example isTotalLabel("平安小学") // false
 */
export function isTotalLabel(text: string): boolean {
  const t = labelText(text);
  const words = labelWords(t);
  if (words === "") return false;
  if (AGG_END.test(words) || ENGLISH.test(t)) return true;
  if (AGG_START.test(words) && LABEL_ONLY.test(words) && aggregateEnough(words)) return true;
  // A breakdown line under a total (其中：小学, （其中）乡镇学校): its lead-in (BREAKDOWN_LEAD) says so.
  const lead = BREAKDOWN_LEAD.exec(t)?.[0];
  const rest = lead === undefined ? "" : labelWords(t.slice(lead.length));
  return rest !== "" && LABEL_ONLY.test(rest);
}

/**
 * A subtotal label's words (labelWords) without the numbering it may lead with (HEADING_NUMBER: 一、,
 * 2.), as ownershipGroup reads them: 一、民办小学小计 is the 民办 小学's, not every 小学's, as
 * 民办小学小计 is (OWNED_SCHOOLS, anchored at the start, did not see past the 一).
 * @example subtotalWords("一、民办小学小计(3所)") // "民办小学小计"
 */
function subtotalWords(text: string): string {
  return labelWords(labelText(text).replace(HEADING_NUMBER, ""));
}

/** A label's words: asides in brackets and punctuation inside name nothing (全县（含教学点）, 小计：城区). */
function labelWords(label: string): string {
  return label.replace(/\([^()]*\)/g, "").replace(/[:.。,;、!]/g, "");
}

/**
 * The stage a name cell names when it is only a stage word (`小学`, `初中`, `初级中学`, `中学`, with
 * 段 / 学段 / 部分), else null: on a row with numbers, a stage line (of the combined school above
 * it, else of a total block), not a school; without numbers, a block heading.
 *
 * @example bareStage("小学段") // "primary"; bareStage("中学") // "junior"; bareStage("初中部") // null
 */
export function bareStage(text: string): Stage | null {
  const word = BARE_STAGE.exec(labelText(text))?.[1];
  if (word === undefined) return null;
  return word === "小学" ? "primary" : "junior";
}

/**
 * A subtotal's stage words: a scope that names no kind of school (全县, 城区, 甲县, 城关镇), one stage
 * (小学, 初中, 初级中学, 中学, with 部 / 段 / 学段 / 部分 / 学校), then the sum. Not 完全中学 or 高中 (a 完全
 * 中学's 小计 counts its senior part), not 九年一贯制 (a kind of school, both stages), nor two stages
 * (中小学合计, 小学初中合计).
 */
const STAGE_TOTAL = /^[^学校中制部点完高]*(小学|初中|初级中学|中学)(?:部|段|学段|部分|学校)?(?:合计|小计|总计|汇总|共计)$/;

/**
 * The stage a subtotal's label names, whose rows alone it adds up (a statistician's 小学小计 adds
 * the 小学 rows, wherever they stand above it), else null: a total of every stage, or of a kind of
 * school (九年一贯制小计), whose rows the label does not pick.
 *
 * @example totalStage("小学小计：") // "primary"; totalStage("城区初中部合计(3所)") // "junior"
 * @example totalStage("九年一贯制小计") // null; totalStage("合计") // null
 */
export function totalStage(text: string): Stage | null {
  return stageOfWords(subtotalWords(text));
}

/**
 * A subtotal of the village schools (村小学小计, 村级小学合计): a group of schools, not every 小学 on
 * the sheet, as the 小学 in its words would make it (s50 M2: 63 against every 小学, 3,407).
 */
const VILLAGE_SCHOOLS = /^村(?:级)?小学/;

/**
 * A subtotal of the schools someone runs (民办小学小计, 公办初中合计): a group's (ownershipGroup), not
 * every 小学 on the sheet (s52 H2: 民办小学小计 457 was warned against every 小学, 3,407).
 */
const OWNED_SCHOOLS = /^(?:民办|公办)/;

/** The sum word a group's subtotal label ends with (民办学校小计, 县直学校合计, 民办学校共计). */
const SUM_END = /(?:小计|合计|总计|共计)$/;

/**
 * A label's words without the sum word they end with: the group a subtotal names, as a heading
 * names it (groupRanges' namesGroup, looseIssues' headingNamesGroup).
 * @example withoutSumWord("县直学校小计") // "县直学校"; withoutSumWord("县直学校") // "县直学校"
 */
export function withoutSumWord(words: string): string {
  return words.replace(SUM_END, "");
}

/** totalStage of a label's words (labelWords). */
function stageOfWords(words: string): Stage | null {
  if (VILLAGE_SCHOOLS.test(words) || OWNED_SCHOOLS.test(words)) return null;
  const word = STAGE_TOTAL.exec(words)?.[1];
  if (word === undefined) return null;
  return word === "小学" ? "primary" : "junior";
}

/**
 * Whether a stage's subtotal may count 高中部 rows too: 中学 is 初中 alone to some, 初中 and a 完全中学's
 * 高中 to others (a county's 中学 count), so 中学合计 agrees either way; 初中小计, 初级中学合计 never.
 *
 * @example totalCountsSenior("中学合计") // true; totalCountsSenior("初中小计") // false
 */
export function totalCountsSenior(text: string): boolean {
  return seniorOfWords(subtotalWords(text));
}

/** totalCountsSenior of a label's words (labelWords). */
function seniorOfWords(words: string): boolean {
  // 初级中学合计: the scope before the stage word takes 初级.
  return STAGE_TOTAL.exec(words)?.[1] === "中学" && !words.includes("初级中学");
}

/**
 * A subtotal's kind of school, after a scope as STAGE_TOTAL's: 九年一贯制学校小计, 完全中学合计, 教学点小计.
 * Not after another kind of school joined to it (村小及教学点合计, 村小、教学点小计: 小, 及, 和, 与), whose
 * rows are of two kinds, a group's part total (blockHeading's VILLAGE_PAIR).
 */
const TYPE_TOTAL = /^[^学校中制部点完高小及和与]*(九年一贯制|十二年一贯制|完全中学|教学点)(?:学校)?(?:合计|小计|总计|汇总|共计)$/;

/**
 * The kind of school a subtotal's label names, whose rows alone (both stages) it adds up, else null.
 *
 * @example totalSchoolType("九年一贯制学校小计") // "nine_year"; totalSchoolType("城区教学点合计") // "teaching_point"; totalSchoolType("小学小计") // null
 */
export function totalSchoolType(text: string): SchoolType | null {
  return typeOfWords(subtotalWords(text));
}

/** totalSchoolType of a label's words (labelWords). */
function typeOfWords(words: string): SchoolType | null {
  const word = TYPE_TOTAL.exec(words)?.[1];
  // The kind as a 学校类型 cell of that word reads (schoolKind's words, not a list of its own).
  return word === undefined ? null : typeFromText(word);
}

/** The rows a subtotal's label picks: one stage's (and whether 高中部 rows may count too), or one kind of school's; null for neither. */
export type TotalScope = { readonly stage: Stage; readonly senior: boolean } | { readonly type: SchoolType };

/**
 * totalStage, totalCountsSenior and totalSchoolType at once, the label's words worked out once.
 * @example totalScope("中学合计") // { stage: "junior", senior: true }; totalScope("九年一贯制小计") // { type: "nine_year" }; totalScope("合计") // null
 */
export function totalScope(text: string): TotalScope | null {
  const words = subtotalWords(text);
  const stage = stageOfWords(words);
  if (stage !== null) return { stage, senior: seniorOfWords(words) };
  // 民办九年一贯制学校小计 is the 民办 ones' (ownershipGroup), not every 九年一贯制学校's (s52 R2).
  const type = OWNED_SCHOOLS.test(words) ? null : typeOfWords(words);
  return type === null ? null : { type };
}
