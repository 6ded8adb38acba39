import { DEALT_WITH, SANCTION } from "./caseDealtWith";
import { parseYesNo } from "./schoolKind";

/** A yes / no answer a county report writes with a remark or a full stop: the answer and the remark (null: none). */
export interface AnswerWithRemark {
  /** The answer alone, as typed (有, 无, 是, 未达到). */
  readonly answer: string;
  /** The answer read (parseYesNo): true for 有 / 是 / 达到. */
  readonly value: boolean;
  /** What follows it (已整改, 见附件3), or null when only punctuation does. */
  readonly remark: string | null;
}

/** Punctuation a sentence ends with (无。, 有；, 有1起。), after NFKC folding (`．` → `.`, `；` → `;`): one list for splitAnswer and caseWithCount. */
const TRAILING_STOP = /[\s。.!?;,、]+$/;
/** An answer and a bracketed remark after it: 有（已整改）, 是(见附件3). */
const BRACKETED = /^([^()]+?)\s*\(([^()]*)\)$/;
/** An answer, a separating mark, and a remark: 有，已整改; 否：正在推进. */
const SEPARATED = /^([^,;:。、\s]+?)\s*[,;:。、]\s*(.+)$/;
/**
 * Words by which a remark may deny the case or take the answer back: a negation (无, 未, 没, 否, 不, 非),
 * an error (误报, 误填, 填报错误, 已更正), a case ruled out or withdrawn (排除, 撤销, 撤回, 取消, 查否),
 * a rumour or an untruth (谣传, 不属实, 否认). Not 假 nor 撤 alone: 数据造假 is the case itself, 已撤职 what was
 * done about it. One list for answerWithRemark and caseWithCount, so
 * that 有（误报） and 有1起（误报） are refused alike (reviewer R3 of s49, B1: 有（误报） vetoed a county).
 */
const DENYING = /[无没否未不非误谣错]|排除|撤销|撤回|取消|更正/;
/**
 * Words saying no case followed the one reported (无新增, 未再发生, 没有反弹): a 无 / 未 that denies
 * nothing of the case itself, taken out before DENYING is looked for. 有1起（已整改，无新增） was refused
 * on its 无 while 有1起（已整改） vetoed (s50 H2).
 */
const NOT_AGAIN = /(?:此后|之后|后续|目前|至今)?(?:(?:无|未|没有|不再)(?:新增|再次?发生|新发生|复发|反弹)|不再发生)(?:情况|问题|案例)?/g;
/**
 * Words saying the case was not (yet) dealt with (未整改, 尚未处理, 没有问责): the case stands, and more
 * surely than after 已整改. Not 未立案 nor 未查实, which may say there was no case to answer.
 * 有1起（未整改） was refused on its 未 (s51 H1).
 */
const NOT_DEALT = /(?:尚|暂|还)?(?:未|没有|没)(?:完成)?(?:整改|纠正|处理|处置|查处|问责|追责|结案|处分)(?:到位|完毕|完成)?/g;
/** Words of a remark that hold a denying word (无, 未, 不, 撤销) but leave a case reported standing. */
const STANDING = [NOT_AGAIN, NOT_DEALT, SANCTION];

/**
 * Whether a remark may deny the case or take the answer back (DENYING), once words that leave the case
 * standing (STANDING: no case since, not yet dealt with, a sanction) are out: one test for
 * answerWithRemark and caseWithCount. Only after an answer
 * that there was a case (`yes`): after 无 / 否 such words say one happened before (无（无新增）, 否，未再发生),
 * so they are left in and the cell refused (R2 of s50: 违规择校 | 无（无新增） passed the veto as 无).
 *
 * @example deniesCase("误报") // true; deniesCase("已整改，无新增") // false; deniesCase("已核实，不属实") // true
 * @example deniesCase("未整改") // false; deniesCase("已撤销党内职务") // false; deniesCase("处分已撤销") // true; deniesCase("已撤销") // true
 * @example deniesCase("无新增", false) // true
 */
function deniesCase(remark: string, yes = true): boolean {
  return DENYING.test(yes ? STANDING.reduce((left, words) => left.replace(words, ""), remark) : remark);
}
/**
 * A remark that may change the answer: a denying word (DENYING), a yes / no word (无（有1例）,
 * 是（部分学校未达到）), a qualifier (基本, 部分, 个别, 但, 除, 仅), or a count of cases (2所, 1起). Only
 * a remark that changes nothing (已整改, 见附件3, 正在推进) lets the answer be read; otherwise the cell
 * is left unread, said.
 */
const QUALIFYING = /[有是但除仅尚待]|部分|个别|基本|少数|多数|\d+\s*[起例所人个项次名件处%]/;
/** A number is no word answer: 1（起） is a count, which the reader treats as 0 / 1 itself. */
const DIGITS = /^\d/;

/**
 * A yes / no cell read as its answer when a remark or punctuation follows the answer word (rules:
 * README, "a 有 is never set aside"): 有（已整改） is 有, 无。 is 无, 是，见附件3 is 是. The answer must be
 * a yes / no word on its own (parseYesNo), and the remark one that changes nothing (DENYING, QUALIFYING:
 * not 有（无）, 有（误报）, 有（已撤销）, 无（有1例）, 是（部分学校未达到）, 无，但有1起); null for a cell that is not such an answer
 * (基本达到, 部分落实, 有待提高), and for a bare answer, which needs no unwrapping.
 *
 * @example answerWithRemark("有（已整改）") // { answer: "有", remark: "已整改" }
 * @example answerWithRemark("无。") // { answer: "无", remark: null }
 * @example answerWithRemark("有待提高") // null; answerWithRemark("无") // null; answerWithRemark("有（误报）") // null
 */
export function answerWithRemark(text: string): AnswerWithRemark | null {
  const split = splitAnswer(text);
  const remark = split?.folded ?? "";
  if (split === null || deniesCase(remark, split.value) || QUALIFYING.test(remark)) return null;
  return withoutFolded(split);
}

/**
 * Words that say themselves whether the case exists (存在 / 不存在, 有 / 无, 未发现, 未发生, 无此情况): one
 * list for EXISTENCE_ANSWER and the words a veto item's answer is no verdict in (refusedYesNo.ts EXISTENCE).
 */
export const EXISTENCE_WORDS = ["有", "无", "没有", "存在", "不存在", "未发现", "未发生", "没有发生", "无此情况", "无此类情况", "无此现象"] as const;
/** An answer that is one of EXISTENCE_WORDS and nothing else. */
export const EXISTENCE_ANSWER = new RegExp(`^(${EXISTENCE_WORDS.join("|")})$`);

/**
 * A yes / no answer whose remark is itself an existence answer (EXISTENCE_ANSWER): 是（存在）,
 * 否（不存在）, 有（无）. Whether the two agree depends on the item's wording, which the county reader
 * checks (remarkContradicts, figureWording.ts) before it reads the answer; null for any other cell.
 *
 * @example answerWithExistenceRemark("是（不存在）") // { answer: "是", value: true, remark: "不存在" }
 * @example answerWithExistenceRemark("有（已整改）") // null; answerWithExistenceRemark("不存在") // null
 */
export function answerWithExistenceRemark(text: string): AnswerWithRemark | null {
  const split = splitAnswer(text);
  return split !== null && EXISTENCE_ANSWER.test(split.folded) ? withoutFolded(split) : null;
}

/** A cell split: the answer, its reading, the remark as typed, and the remark width-folded (`folded`, "" for none) for the word tests. */
interface SplitAnswer extends AnswerWithRemark {
  readonly folded: string;
}

/**
 * A cell split into a yes / no answer word and what follows it (splitting as answerWithRemark does), or
 * null. Split on the width-folded text (（ → (, ， → ,: foldEach keeps the positions), the remark is
 * taken from the text as typed: the message quoting it showed 见附件3 for 见附件３ and 已整改,无新增 for
 * 已整改，无新增 (s50 H2), where the statistician looks for their own words.
 */
function splitAnswer(text: string): SplitAnswer | null {
  const typed = text.trim();
  const folded = foldEach(typed);
  const stopped = folded.replace(TRAILING_STOP, "");
  const bracketed = BRACKETED.exec(stopped);
  const split = bracketed ?? SEPARATED.exec(stopped);
  const answer = (split?.[1] ?? stopped).trim();
  const remark = split?.[2] ?? "";
  if (answer === folded || DIGITS.test(answer)) return null;
  const read = parseYesNo(answer);
  if (read === null) return null;
  // The remark ends the text without its full stop, or ends just before the closing bracket.
  const end = bracketed === null ? stopped.length : stopped.length - 1;
  const asTyped = typed.slice(end - remark.length, end).trim();
  return { answer, value: read, remark: asTyped === "" ? null : asTyped, folded: remark.trim() };
}

/** An answer without the folded remark kept for the word tests. */
function withoutFolded(split: SplitAnswer): AnswerWithRemark {
  return { answer: split.answer, value: split.value, remark: split.remark };
}

/** The words a case is said with before its count: 有（初中1起）, 有（初中段1起）, 存在（全县2例）. */
const COUNT_PREFIX = /^(?:小学|初中|全县|县域|本县)?段?(?:共|累计|合计)?$/;
/** The words a count of cases is made in (1起, 2例, 3所, 1宗): one list for a count and for another case beside it (另1起). */
const CASE_UNITS = "起|例|所|人|次|件|项|处|个|名|宗";
/** A count of one or more cases in digits or in Chinese numerals (1起, 2例, 一起, 两例), and what is written right after it (1起已整改). */
const COUNTED = new RegExp(`^(.*?)((?:[1-9]\\d*|[一二两三四五六七八九十]+)(?:${CASE_UNITS}))(.*)$`);
/**
 * A remark after a count that cannot make the case absent and is no action of ACTION's (which reads
 * 已整改, 均已处理, 已查处, 见附件3, 附件, 2023年, 2022年发生 itself): the case checked (已查实, 已核实,
 * 均已核实完毕) or another case (另1起在查). Anything else (误报, 已排除, 已撤销, 系谣传, 取消, 未查实) may
 * deny the case and is not read.
 */
const HARMLESS = [/^(?:均|并|且)?已?(?:依规|依法)?(?:查实|核实)(?:完毕|到位|完成)?$/, new RegExp(`^另[1-9]\\d*(?:${CASE_UNITS})`)];
/** The words of an inquiry (调查, 核查, 核实, 查办, 排查): one list for UNDER_INQUIRY's 正在… and …中. */
const INQUIRING = "调查|核查|核实|查办|排查";
/**
 * Words saying a case reported is still being looked into (正在调查, 调查中, 核查中, 正在核实, 排查中, 在查): whether
 * it happened is not settled, so a "no case" beside them is no answer yet. 违规择校 | 无（正在调查） cleared the
 * veto as a plain 无 (R1 of s52). Not 经调查 nor 已核查, which report an inquiry finished.
 */
const UNDER_INQUIRY = new RegExp(`(?:正在|仍在|尚在|还在)(?:${INQUIRING})|(?:${INQUIRING})(?:进行)?中|在查`);
/**
 * Whether a remark says that a case happened, whatever the answer before it: what was done about it
 * (DEALT_WITH: 已通报, 已问责, 已撤职), that it was not yet dealt with (NOT_DEALT: 未问责, 未结案), that none
 * followed (NOT_AGAIN: 不再发生, 无新增) or a sanction (SANCTION: 撤销党内职务); or that a case reported is
 * still being looked into (UNDER_INQUIRY: 正在调查). An answer saying "no case"
 * with such a remark contradicts itself (remarkContradicts, figureWording.ts): 无违规择校行为 | 是（未问责）
 * was cleared once 未问责 no longer refused the cell (R1 of s51), 违规择校 | 无（已通报） before it.
 *
 * @example saysCaseHappened("未问责") // true; saysCaseHappened("已通报") // true; saysCaseHappened("不再发生") // true
 * @example saysCaseHappened("正在调查") // true; saysCaseHappened("经调查") // false
 * @example saysCaseHappened("见附件") // false; saysCaseHappened("不存在") // false
 */
export function saysCaseHappened(remark: string): boolean {
  const folded = foldEach(remark);
  return DEALT_WITH.test(folded) || UNDER_INQUIRY.test(folded) || STANDING.some((words) => holds(folded, words));
}
/**
 * Whether a remark says something was not (yet) put right or dealt with (NOT_DEALT: 未整改, 尚未处理;
 * UNDER_WAY: 正在整改, 整改中), or names a sanction (SANCTION: 撤销党内职务): words that leave a case standing
 * after 有, but say that an item answered as met (农村留守儿童关爱体系健全 | 是（未整改）) is not. Such a cell was refused on its 未 / 撤销
 * until s51 H1, then read as met (R1 of s51): remarkUndealt (figureWording.ts) refuses it again.
 *
 * @example saysNotDealtWith("未整改") // true; saysNotDealtWith("撤销党内职务") // true; saysNotDealtWith("已整改") // false
 * @example saysNotDealtWith("正在整改") // true; saysNotDealtWith("整改中") // true (UNDER_WAY)
 */
export function saysNotDealtWith(remark: string): boolean {
  const folded = foldEach(remark);
  return [NOT_DEALT, SANCTION].some((words) => holds(folded, words)) || UNDER_WAY.test(folded);
}

/** The words of putting a case right (整改, 纠正, 改正, 处理, 处置, 查处): one list for UNDER_WAY's 正在… and …中. */
const PUTTING_RIGHT = "整改|纠正|改正|处理|处置|查处";
/**
 * Words saying the putting right is under way or only planned (正在整改, 整改中, 纠正中, 处理中, 拟整改): as
 * 未整改, not yet put right. 农村留守儿童关爱体系健全 | 是（正在整改） was read as met while 是（未整改） was
 * refused (R1 of s52). Not 持续整改 nor 跟踪整改, which may follow a problem put right.
 */
const UNDER_WAY = new RegExp(`(?:正在|仍在|还在|尚在|拟|计划|准备)(?:${PUTTING_RIGHT})|(?:${PUTTING_RIGHT})(?:进行)?中`);

/**
 * Whether a remark says a problem stopped (NOT_AGAIN: 不再发生, 无新增, 此后未再发生): words that leave a case
 * standing after 有, but say nothing of whether an item that is no veto is met (农村留守儿童关爱体系健全 |
 * 是（不再发生）): remarkStopped (figureWording.ts) refuses such a cell.
 *
 * @example saysStopped("不再发生") // true; saysStopped("此后未再发生") // true; saysStopped("已整改") // false
 */
export function saysStopped(remark: string): boolean {
  return holds(foldEach(remark), NOT_AGAIN);
}

/** Whether `text` holds any of `words`, one of STANDING's global patterns: replace, not test, which would keep a lastIndex between calls. */
function holds(text: string, words: RegExp): boolean {
  return text.replace(words, "") !== text;
}
/**
 * A remark after a count reporting what was done about the case (已通报, 正在整改, 已督促整改, 已上报, 已约谈,
 * 已问责2人, 已立案查处, 已于2023年整改): the case stood, whatever was done. Read only with no DENYING word
 * in the text after the answer (有1起（已核实，不属实） is refused), else 有1起（已通报） lost the veto
 * to an error (reviewer R3 of s49, B2). DEALT_WITH's words and 上报, a document or a year: one list of
 * the actions, so that a word added for one is added for both.
 */
const ACTION = new RegExp(`${DEALT_WITH.source}|上报|附件|附表|\\d{4}年`);
/**
 * An answer that a case exists, and what follows it; 是 answers an item worded as the case
 * (违规择校 | 是（1起）), and the county reader turns it round or refuses it by the wording.
 */
const CASE_ANSWER = /^(有|存在|发生|发现|是)\s*[,;:、]?\s*/;
/** Text whose brackets pair up, none inside another: 1起(已整改), not 1起(已整改 or 1起((见附件)). */
const PAIRED = /^(?:[^()]|\([^()]*\))*$/;
/** A remark wholly in one pair of brackets (（1起）), whose brackets are not the remark's. */
const IN_BRACKETS = /^\(([^()]*)\)$/;

/**
 * A veto item's answer that a case exists, with the count of its cases after it (有1起, 存在（1起）,
 * 有（初中1起）, 有1起（已整改）, 有（1起，已整改）): the answer and what follows it as typed, read as 有
 * surely. What is written after the count must be known to leave the case standing (HARMLESS:
 * 已整改, 见附件, 2023年, 另1起在查, 无新增) or report what was done about it (ACTION: 已通报, 正在整改, 已约谈),
 * beside which the case may be described (数据造假，已查处: DEALT_WITH), with no denying word (deniesCase); a remark that may deny it (有1起（误报）, 有1起（已排除）,
 * 有1起（已撤销）, 有1起（未查实）, 有1起（另1起误报）) and a count of none give null, and the cell is
 * refused as before. The count may be in Chinese numerals (有一起（已整改）). 是（1起） is read too, as
 * 是: the county reader takes 是 by the item's wording (remarkContradicts refuses 无违规择校行为 | 是（1起）).
 * answerWithRemark leaves such a cell unread: beside an item that is no veto (是（2所）) a count may
 * change the answer.
 *
 * @example caseWithCount("有1起（已通报）") // { answer: "有", value: true, remark: "1起（已通报）" }
 * @example caseWithCount("是（1起）") // { answer: "是", value: true, remark: "1起" }
 * @example caseWithCount("有1起") // { answer: "有", value: true, remark: "1起" }
 * @example caseWithCount("有（初中1起）") // { answer: "有", value: true, remark: "初中1起" }
 * @example caseWithCount("有1起（已整改）") // { answer: "有", value: true, remark: "1起（已整改）" }
 * @example caseWithCount("有1起（误报）") // null; caseWithCount("有（0起）") // null; caseWithCount("有") // null
 */
export function caseWithCount(text: string): AnswerWithRemark | null {
  const folded = foldEach(text.trim()).replace(TRAILING_STOP, "");
  // foldEach keeps each character's length: the text as typed, less the stop, is as long as the folded.
  const typed = text.trim().slice(0, folded.length);
  const found = CASE_ANSWER.exec(folded);
  const rest = found === null ? "" : folded.slice(found[0].length);
  if (found?.[1] === undefined || !PAIRED.test(rest) || !harmlessCount(rest)) return null;
  const inner = IN_BRACKETS.test(rest) ? typed.slice(found[0].length + 1, -1) : typed.slice(found[0].length);
  return { answer: found[1], value: true, remark: inner.trim() };
}

/**
 * Whether a count's text (1起(已整改), (初中1起), 1起,已整改,另1起在查, 一起(已通报), 1起(已整改,无新增))
 * is a count of cases with no denying word anywhere (1起(另1起误报) is not), and remarks either all known
 * to leave the case standing (knownRemark) or one of them saying the case was dealt with (DEALT_WITH:
 * 1起(数据造假,已查处)).
 */
function harmlessCount(rest: string): boolean {
  const [first, ...others] = rest.replace(/\s+/g, "").split(/[,;:、()]+/).filter((part) => part !== "");
  const counted = COUNTED.exec(first ?? "");
  if (counted === null || !COUNT_PREFIX.test(counted[1] ?? "") || deniesCase(rest)) return false;
  const remarks = [counted[3] ?? "", ...others].filter((part) => part !== "");
  return remarks.some((part) => DEALT_WITH.test(part)) || remarks.every(knownRemark);
}

/** A part of a count's remark known to leave the case standing: an action (ACTION), a harmless note (HARMLESS), or no case since (NOT_AGAIN). */
function knownRemark(part: string): boolean {
  return ACTION.test(part) || HARMLESS.some((known) => known.test(part)) || part.replace(NOT_AGAIN, "") === "";
}

/** Each character width-folded on its own (（ → (, １ → 1), kept as typed where folding would change the length, so positions match the text as typed. */
function foldEach(text: string): string {
  return Array.from(text, (c) => {
    const folded = c.normalize("NFKC");
    return folded.length === c.length ? folded : c;
  }).join("");
}
