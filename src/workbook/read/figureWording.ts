import national from "../../profiles/data/national-2017.json";
import type { CountyItem } from "../../profiles/schema";
import type { CellValue } from "../types";
import { answerWithExistenceRemark, answerWithRemark, caseWithCount, EXISTENCE_ANSWER, saysCaseHappened, saysNotDealtWith, saysStopped, type AnswerWithRemark } from "./answerRemark";
import { DEALT_WITH } from "./caseDealtWith";
import { parseYesNo } from "./schoolKind";
import { normaliseText } from "./text";

/**
 * Words holding a 不 / 未 / 无 that negate nothing in an item's name: 有无 / 是否 ask whether; the bad
 * thing's own name (有编不补, 不规范招生, 不良社会影响, 数据不实, 不当, 未经批准, 未按规定) and a bound
 * (不足100名) say what is meant. They are taken out before negatesBadThing looks for a negation.
 */
const INERT_WORDS = /有无|是否|有编不补|不足|不规范|不良|不实|不当|不合理|不到位|不按|未经|未按|未足额|未落实/g;
/**
 * Words that negate the item's bad thing (杜绝择校, 严禁办重点校, 无违规择校, 不设重点班, 不以考试方式招生,
 * 未设置重点学校, 未发生重大安全责任事故, 课业负担不过重, 否认存在违规择校行为): one list for the veto items' inversion and
 * the 无 check, so the two cannot disagree. A bare 不 / 未 negates because INERT_WORDS has already
 * taken out those that negate nothing (不规范招生行为, 未经批准设置重点校).
 */
const NEGATION = /无|没有|不|未|杜绝|严禁|禁止|防止|避免|否认|否定/;
/** Words naming the bad thing's cure (减轻过重课业负担, 过重问题得到有效控制). */
const CURE = /减轻|控制|解决|消除|改善|遏制/;
/** An answer hint in brackets (（有/无）, (是/否)): how to answer, not how the item is worded. */
const ANSWER_HINT = /\([^()]*[/／、][^()]*\)/g;
/** Q8 named as the bad thing (学生课业负担过重). */
const WORKLOAD_BAD = /过重|过多|过大|偏重|超负荷|超标/;

/** An item's name without answer hints and words that negate nothing (INERT_WORDS). */
function wordingOf(name: string): string {
  return normaliseText(name).replace(ANSWER_HINT, "").replace(INERT_WORDS, "");
}

/**
 * Whether an item's name negates its bad thing (NEGATION) once inert words are out.
 *
 * @example negatesBadThing("不存在违规择校") // true
 * @example negatesBadThing("违规择校等不规范招生行为") // false
 */
function negatesBadThing(name: string): boolean {
  return NEGATION.test(wordingOf(name));
}

/**
 * Whether a yes / no item's name is worded the other way round from its code, so that its 是 / 否
 * answer must be inverted: a veto item (V_…) means "the bad thing exists" when true, so 杜绝择校 | 是
 * says there is no school choice; Q8_workload means "no excessive workload" when true, so
 * 学生课业负担过重 | 否 says there is none. A veto item worded as its cure (择校问题得到有效控制) is
 * inverted too: the same negativelyWorded that ambiguousExistence asks.
 *
 * @example invertedWording("V_school_choice", "杜绝择校") // true
 * @example invertedWording("V_unfilled_posts", "有编不补") // false
 * @example invertedWording("Q8_workload", "学生课业负担过重") // true
 */
export function invertedWording(code: string, name: string): boolean {
  if (code.startsWith("V_")) return negativelyWorded(name);
  if (code === "Q8_workload") return WORKLOAD_BAD.test(normaliseText(name)) && !negativelyWorded(name);
  return false;
}

/**
 * Whether an item's own name is worded as a negative: the answer 无 to it could mean that
 * the item holds (no excessive workload) or that it does not (无过重课业负担? 无 — no).
 *
 * @example negativelyWorded("无过重课业负担") // true
 * @example negativelyWorded("有无重大安全责任事故") // false (有无 asks; 无 answers it)
 * @example negativelyWorded("学生课业负担过重") // false
 */
export function negativelyWorded(name: string): boolean {
  return negatesBadThing(name) || CURE.test(wordingOf(name));
}

/**
 * Bare 有 / 无 / 没有 beside an item worded as a negative (无违规择校行为 | 有): the word may say whether
 * the case exists or agree / disagree with the sentence, so it is not guessed (ambiguousExistence).
 */
const BARE_EXISTENCE = /^(有|无|没有)$/;

// Answers that say themselves whether the case exists (EXISTENCE_ANSWER: 存在 / 不存在, 有 / 无, 未发现 …)
// are read as they stand beside any wording. Only answers that agree or disagree with the item's
// sentence (是 / 否, √ / ×, 1 / 0, TRUE / FALSE) take their sense from it (invertedAnswer).

/** A cell's answer and remark (有（已整改）, 是（不存在）, 有1起: answerWithRemark, answerWithExistenceRemark, caseWithCount), or null. */
function remarked(value: CellValue): AnswerWithRemark | null {
  return typeof value === "string" ? (answerWithRemark(value) ?? answerWithExistenceRemark(value) ?? caseWithCount(value)) : null;
}

/** A cell's answer word, without the remark or full stop after it (有（已整改） → 有, 不存在（无） → 不存在), normalised. */
function answerWord(value: CellValue): string | null {
  if (typeof value !== "string") return null;
  return normaliseText(remarked(value)?.answer ?? value);
}

/**
 * Whether a yes / no cell says itself whether the case exists (EXISTENCE_ANSWER), with a remark after
 * it or not: such an answer is not turned round by a negative wording.
 *
 * @example existenceAnswer("不存在") // true; existenceAnswer("有（已整改）") // true
 * @example existenceAnswer("是") // false; existenceAnswer("×") // false; existenceAnswer(0) // false
 */
export function existenceAnswer(value: CellValue): boolean {
  const word = answerWord(value);
  return word !== null && EXISTENCE_ANSWER.test(word);
}

/**
 * Whether a yes / no answer is read the other way round: an answer agreeing or disagreeing with the
 * item's sentence (是 / 否, √ / ×, 1 / 0) when the sentence is worded the other way round
 * (invertedWording: 无违规择校行为 | 是 → none); an answer saying whether the case exists only where
 * the item's value means the case absent (Q8_workload named as the bad thing: 无过重课业负担 | 不存在 →
 * met). A veto item's 不存在 / 未发现 is none and 存在 present, however the item is worded.
 *
 * @example invertedAnswer("V_school_choice", "无违规择校行为", "是") // true
 * @example invertedAnswer("V_school_choice", "无违规择校行为", "不存在") // false
 * @example invertedAnswer("Q8_workload", "无过重课业负担", "不存在") // true
 */
export function invertedAnswer(code: string, name: string, value: CellValue): boolean {
  if (!existenceAnswer(value)) return invertedWording(code, name);
  return code === "Q8_workload" && WORKLOAD_BAD.test(normaliseText(name));
}

/**
 * Whether a bare 有 / 无 / 没有 (a full stop or a remark after it allowed) stands beside an item worded
 * as a negative (negativelyWorded), where it may say whether the case exists or agree / disagree with
 * the sentence: 无违规择校行为 | 有 may be a case, or "yes, none". 有 with a remark saying the case
 * was dealt with (有（已整改）) is a case, and one whose remark says 存在 / 不存在 (有（存在）) is read as
 * the remark settles it (remarkContradicts refuses it first where they disagree). Where the item asks
 * (有无…事故 | 有) it is read.
 *
 * @example ambiguousExistence("无违规择校行为", "有") // true; ambiguousExistence("无违规择校行为", "无。") // true
 * @example ambiguousExistence("无违规择校行为", "有（已整改）") // false
 * @example ambiguousExistence("违规择校", "有") // false; ambiguousExistence("无违规择校行为", "不存在") // false
 */
export function ambiguousExistence(name: string, value: CellValue): boolean {
  const word = answerWord(value);
  if (word === null || !BARE_EXISTENCE.test(word) || !negativelyWorded(name)) return false;
  const remark = normaliseText(remarked(value)?.remark ?? "");
  // A remark saying whether the case exists in words of its own (有（存在）, 无（不存在）) settles the sense.
  if (EXISTENCE_ANSWER.test(remark) && !BARE_EXISTENCE.test(remark)) return false;
  // 有（已整改）, 有1起: a case dealt with, or counted, existed whatever the wording.
  return !(word === "有" && (DEALT_WITH.test(remark) || (typeof value === "string" && caseWithCount(value) !== null)));
}

/** The item's value a yes / no word says once the item's wording is applied (invertedAnswer): 无违规择校行为 | 是 → false. */
function itemValueOf(code: string, name: string, word: string, read: boolean): boolean {
  return read !== invertedAnswer(code, name, word);
}

/**
 * Whether a yes / no cell's remark contradicts its answer, so that the cell is not read: a remark
 * that is itself an existence answer (answerWithExistenceRemark) saying the other thing once the
 * wording is applied (无违规择校行为 | 是（存在）: 是 is "none", 存在 a case; 存在违规择校行为 |
 * 否（有）), or, for a veto item, an answer saying "no case" with a remark saying a case was dealt
 * with (不存在（已整改）, 否（已整改）, 无违规择校行为 | 是（已整改）), counted (无违规择校行为 | 是（1起）:
 * caseWithCount), or otherwise said to have happened (saysCaseHappened: 无违规择校行为 | 是（未问责）,
 * 是（不再发生）, 违规择校 | 无（已通报）): a case existed, as 有（已整改） says. 是（未问责） beside 无违规择校行为
 * was cleared once answerWithRemark read 未问责 as leaving a case standing (R1 of s51).
 * An agreeing remark (无违规择校行为 | 是（不存在）) contradicts nothing.
 *
 * @example remarkContradicts("V_school_choice", "无违规择校行为", "是（存在）") // true
 * @example remarkContradicts("V_school_choice", "无违规择校行为", "是（不存在）") // false
 * @example remarkContradicts("V_school_choice", "违规择校", "不存在（已整改）") // true; (…, "有（已整改）") // false
 */
export function remarkContradicts(code: string, name: string, value: CellValue): boolean {
  if (typeof value !== "string") return false;
  const existence = answerWithExistenceRemark(value);
  const remark = existence?.remark ?? null;
  if (existence !== null && remark !== null) {
    const remarkRead = parseYesNo(remark);
    return remarkRead !== null && itemValueOf(code, name, existence.answer, existence.value) !== itemValueOf(code, name, remark, remarkRead);
  }
  const counted = code.startsWith("V_") ? caseWithCount(value) : null;
  const remarked = counted ?? answerWithRemark(value);
  const said = remarked?.remark ?? "";
  const dealtWith = counted !== null || saysCaseHappened(said);
  if (!code.startsWith("V_") || remarked === null || !dealtWith) return false;
  return !itemValueOf(code, name, remarked.answer, remarked.value);
}

/**
 * Whether an item that is no veto is answered as met with a remark saying something was not put right
 * or dealt with (saysNotDealtWith: 未整改, 尚未处理, 撤销党内职务), so that the cell is not read: such words
 * leave a veto's case standing after 有 (有（未整改）), but deny that the item is met. 农村留守儿童关爱体系健全
 * | 是（未整改） and 学校规模不超过2000人 | 达到（未整改） were read as met once 未整改 no longer refused a
 * cell (s51 H1; R1 of s51). An answer saying the item is not met (学生课业负担过重 | 是（未整改）) agrees.
 *
 * @example remarkUndealt("G15_left_behind_care", "农村留守儿童关爱体系健全", "是（未整改）") // true
 * @example remarkUndealt("G15_left_behind_care", "农村留守儿童关爱体系健全", "是（已整改）") // false
 * @example remarkUndealt("V_school_choice", "违规择校", "有（未整改）") // false: a veto's case
 */
export function remarkUndealt(code: string, name: string, value: CellValue): boolean {
  return metDespite(code, name, value, saysNotDealtWith);
}

/**
 * Whether an item that is no veto is answered as met with a remark saying a problem stopped (saysStopped:
 * 不再发生, 无新增, 此后未再发生), so that the cell is not read: such words describe a case that happened and
 * ended, which leaves a veto's case standing after 有 (有1起（不再发生）), but is no answer that the item is
 * met. 农村留守儿童关爱体系健全 | 是（不再发生） was read as met while 是（未整改） was refused (s52 H1). An answer
 * saying the item is not met (农村留守儿童关爱体系健全 | 否（不再发生）) is read as such, as remarkUndealt does.
 *
 * @example remarkStopped("G15_left_behind_care", "农村留守儿童关爱体系健全", "是（不再发生）") // true
 * @example remarkStopped("G15_left_behind_care", "农村留守儿童关爱体系健全", "否（不再发生）") // false
 * @example remarkStopped("V_school_choice", "违规择校", "有（不再发生）") // false: a veto's case
 */
export function remarkStopped(code: string, name: string, value: CellValue): boolean {
  return metDespite(code, name, value, saysStopped);
}

/** Whether an item that is no veto is answered as met (itemValueOf) with a remark that `says` (remarkUndealt, remarkStopped). */
function metDespite(code: string, name: string, value: CellValue, says: (remark: string) => boolean): boolean {
  const remarked = code.startsWith("V_") || typeof value !== "string" ? null : answerWithRemark(value);
  if (remarked === null || !says(remarked.remark ?? "")) return false;
  return itemValueOf(code, name, remarked.answer, remarked.value);
}

/** A share, rate or count (大班额比例, 56人以上大班额数（个）, 学校规模（人）): a number, not a yes / no. */
const QUANTITY_NAME = /(比例|比率|率|数|数量)(\([^()]*\))?$|\((个|人|%|所|班|名)\)$/;

/**
 * Whether an item name states a quantity: read for a yes / no item, its 0 would be taken as 否
 * (大班额比例 | 0 is no large classes, not "class sizes not met"), so such a row is not read.
 *
 * @example quantityName("大班额比例") // true
 * @example quantityName("所有学校班额达标") // false
 */
export function quantityName(name: string): boolean {
  return QUANTITY_NAME.test(normaliseText(name));
}

/**
 * 是 / 否 words that answer "how many" or "whether there are" (有, 无, 不存在, 0, 1) rather than
 * "whether the item is met": beside a quantity-named item (56人以上大班额数 | 无) they are no verdict.
 */
const EXISTENCE_OR_COUNT = /^(有|无|没有|存在|不存在|未发现|未发生|没有发生|无此情况|无此类情况|无此现象|计|计校数|不计|不计校数|y|n|\d+(\.\d+)?)$/;

/**
 * Whether a cell answers a yes / no item with a verdict (是 / 否, 达标 / 未达标, 已落实, √, TRUE):
 * such an answer is never a quantity, whatever the item's name ends with. A number (0, 1, or one
 * typed as text) and an existence (有 / 无) are not verdicts.
 *
 * @example verdictAnswer("是") // true; verdictAnswer("未达标") // true
 * @example verdictAnswer(0) // false; verdictAnswer("无") // false
 */
export function verdictAnswer(value: CellValue): boolean {
  if (typeof value === "boolean") return true;
  if (typeof value !== "string") return false;
  const t = normaliseText(value);
  return parseYesNo(t) !== null && !EXISTENCE_OR_COUNT.test(t);
}

/**
 * Whether a yes / no item's cell is not read because its name states a quantity (quantityName) and
 * the cell gives no verdict (verdictAnswer): 大班额比例 | 0 would read as 否, "class sizes not met",
 * where it says there are no large classes. A verdict (县级…统筹分配各校教职工编制和岗位数量 | 是)
 * is read whatever the name ends with.
 *
 * @example refusedAsQuantity("大班额比例", 0) // true
 * @example refusedAsQuantity("统筹分配各校教职工编制和岗位数量", "是") // false
 */
export function refusedAsQuantity(name: string, value: CellValue): boolean {
  return quantityName(name) && !verdictAnswer(value);
}

/** Words that make an amount one per student: 生均, 人均, 每生, 元/生, or a funding 标准. */
const PER_STUDENT = /生均|人均|每生|元\/(生|人)|标准/;

/**
 * Whether an item names the per-student funding of special-education schools for no one stage:
 * without a stage (特殊教育学校生均公用经费) or for both (特教学校生均公用经费（小学、初中）). G7 is
 * judged per stage, and such a figure is the rate of both (stagelessFigures.ts).
 *
 * @example specialFundingBothStages("特殊教育学校生均公用经费（元）") // true
 * @example specialFundingBothStages("特殊教育学校小学生均公用经费") // false
 */
export function specialFundingBothStages(name: string): boolean {
  const t = normaliseText(name);
  // A total (特殊教育学校公用经费支出（万元）) is no per-student rate.
  if (!/特殊教育|特教/.test(t) || !t.includes("公用经费") || !PER_STUDENT.test(t)) return false;
  return t.includes("小学") === t.includes("初中");
}

/** A nearby-enrolment rate (就近入学比例, 划片入学率): G13, judged per stage. */
const NEARBY_RATE = /(就近|划片).*(比例|比率|率)/;

/**
 * Whether an item names the nearby-enrolment rate (G13) for no one stage: without a stage
 * (义务教育就近入学比例) or for both (小学、初中就近划片入学比例). G13 is judged per stage against
 * different thresholds (rules.md §4 item 13: 100% and 95%), so such a rate decides both only when it
 * is 100% (stagelessFigures). It was read as the primary rate when it named both stages.
 *
 * @example nearbyBothStages("公办小学、初中就近划片入学比例") // true
 * @example nearbyBothStages("小学就近划片入学比例") // false
 */
export function nearbyBothStages(name: string): boolean {
  const t = normaliseText(name);
  return NEARBY_RATE.test(t) && t.includes("小学") === t.includes("初中");
}

/** Q6 is met when moral education and campus culture are rated good or above (rules.md §5 item 6). */
// 良好以上 / 良好及以上: the standard's own words, met as 良好 is.
const GOOD_OR_ABOVE = /^(优秀|优|良好|良|好)(等级|等次|级)?(及?以上)?$/;
const BELOW_GOOD = /^(一般|中等|中|合格|及格|较差|差|不合格|待改进|待提高)(等级|等次|级)?$/;

/**
 * The yes / no a rating answers for an item judged by a rating (Q6: 良好以上): 优秀 / 良好 → yes,
 * 一般 / 合格 / 较差 → no; null for any other item or word (the plain yes / no reading applies).
 *
 * @example ratingAnswer("Q6_moral_culture", "优秀") // true; ratingAnswer("Q6_moral_culture", "合格") // false
 */
export function ratingAnswer(code: string, text: string): boolean | null {
  if (code !== "Q6_moral_culture") return null;
  const t = normaliseText(text);
  if (GOOD_OR_ABOVE.test(t)) return true;
  return BELOW_GOOD.test(t) ? false : null;
}

/** A bound a figure item's name may state against its standard: a floor (at_least) or a ceiling (at_most, below). */
type Bound = CountyItem["comparison"];

const BOUNDS = national.countyItems as Readonly<Record<string, { comparison: Bound }>>;

/** Words saying a figure falls short of a floor (低于, 少于, 未达到, 未达, 不超过): contrary for an "at least" item. */
const SHORT_OF = /低于|少于|未达|不(得|应|能)?(超过|高于|大于)/;
/** The same words negated (不低于, 不得少于): they state the floor itself. */
const NOT_SHORT_OF = /不(得|应|能)?(低于|少于)/g;
/** Words saying a figure goes past a ceiling (超过, 高于, 大于, 不低于): contrary for an "at most / below" item. */
const OVER = /超过|高于|大于|不(得|应|能)?(低于|少于)/;
/** The same words negated (不超过, 不得高于): they state the ceiling itself. */
const NOT_OVER = /不(得|应|能)?(超过|高于|大于)/g;

/**
 * Whether a figure item's name is worded against its standard (rules.md §4, §5: the national
 * profile's comparison), so that a 是 / 否 to it cannot be read as met / not met: 低于 / 少于 /
 * 未达到 beside a floor (教师工资收入低于当地公务员, 初中三年巩固率低于95%), 超过 / 高于 / 大于
 * beside a ceiling (校际差异率超过0.15). The negated words (不低于, 不超过) state the standard.
 *
 * @example contraryWording("G8_pay_ratio", "教师工资收入低于当地公务员") // true
 * @example contraryWording("G8_pay_ratio", "教师工资收入不低于当地公务员") // false
 * @example contraryWording("Q9_difference_rate", "校际差异率超过0.15") // true; "校际差异率低于0.15" // false
 */
export function contraryWording(code: string, name: string): boolean {
  const bound = BOUNDS[code]?.comparison;
  const t = normaliseText(name).replace(ANSWER_HINT, "");
  if (bound === "at_least") return SHORT_OF.test(t.replace(NOT_SHORT_OF, ""));
  return (bound === "at_most" || bound === "below") && OVER.test(t.replace(NOT_OVER, ""));
}

/** A level item's name stating the level reached (质量监测达到Ⅲ级以上, 监测结果不低于Ⅲ级). */
const LEVEL_REACHED = /达到|达标|不低于|以上|≥|>=/;
/** An answer judging the item against its standard itself (达标, 未达标, 不达标). */
const STANDARD_ANSWER = /达标/;

/**
 * Whether a 是 / 否 beside a level item (Q9_monitoring_level: Ⅲ级以上, rules.md §5 item 9) says
 * nothing of the level: 义务教育质量监测 | 是 may only say that the county took part. Read when the
 * name states the level reached (质量监测达到Ⅲ级以上 | 是) or the answer is 达标 / 未达标.
 *
 * @example levelNotStated("义务教育质量监测", "是") // true
 * @example levelNotStated("质量监测达到Ⅲ级以上", "是") // false
 * @example levelNotStated("义务教育质量监测", "未达标") // false
 */
export function levelNotStated(name: string, answer: string): boolean {
  return !LEVEL_REACHED.test(normaliseText(name).replace(ANSWER_HINT, "")) && !STANDARD_ANSWER.test(normaliseText(answer));
}
