import { nearbyBothStages, specialFundingBothStages } from "./figureWording";
import { itemUnit } from "./matchCountyItem";
import { parseLevel } from "./parseLevel";
import { parseYesNo } from "./schoolKind";
import { normaliseText } from "./text";
import { yearRemark } from "./yearRemark";

/** One part of a two-part item: its code, and the words that name it in the item's sentence or label a value (骨干教师占25.6%). */
export interface ItemPart {
  readonly code: string;
  readonly marker: RegExp;
}

/** A two-part item (rules.md §4 items 7, 11, 13, 15; §5 item 9): when a row's sentence is the whole item, and its parts. */
interface PairRule {
  readonly whole: (folded: string) => boolean;
  readonly parts: readonly [ItemPart, ItemPart];
}

const PAIRS: readonly PairRule[] = [
  // 特殊教育学校生均公用经费 names no stage and is read for both (stagelessFigures), or per stage when its cell gives two amounts (小学6500元，初中7000元: reviewer R2 of s46, finding 4).
  { whole: specialFundingBothStages, parts: [{ code: "G7_special_primary", marker: /小学/ }, { code: "G7_special_junior", marker: /初中/ }] },
  // 就近入学比例 for both stages, named with both (小学、初中就近划片入学比例: values in the sentence's order) or with none (义务教育就近入学比例: labelled values only, 小学100%，初中96.8%), as G7's row.
  { whole: nearbyBothStages, parts: [{ code: "G13_nearby_primary", marker: /小学/ }, { code: "G13_nearby_junior", marker: /初中/ }] },
  // 交流轮岗骨干教师比例 is the backbone share alone: the whole item names the teachers' rate, then (其中 / ；/ 及) the backbone's.
  { whole: (t) => /(交流|轮岗).*(其中|[;,、，；]|及|和|与).*骨干/.test(t), parts: [{ code: "G11_rotation_rate", marker: /交流|轮岗/ }, { code: "G11_backbone_rotation", marker: /骨干/ }] },
  { whole: (t) => /留守/.test(t) && /随迁|进城务工/.test(t), parts: [{ code: "G15_left_behind_care", marker: /留守|关爱/ }, { code: "G15_migrant_share", marker: /随迁|进城务工|就读/ }] },
  { whole: (t) => /差异/.test(t) && /学业水平|等级|iii|ⅲ|三级|级以上/i.test(t), parts: [{ code: "Q9_monitoring_level", marker: /学业水平|等级|iii|ⅲ|三级|级/i }, { code: "Q9_difference_rate", marker: /差异/ }] },
];

/** Where a part is first named in the sentence (Infinity when it is not). */
function firstAt(text: string, marker: RegExp): number {
  const at = text.search(marker);
  return at < 0 ? Infinity : at;
}

/**
 * The two parts of an item whose sentence names both (the official 自评表 wording), in the order
 * the sentence names them; null for a sentence naming one part or another item.
 *
 * @example wholeItemParts("城区和镇区公办小学、初中就近划片入学比例分别达到100%、95%")?.map((p) => p.code) // ["G13_nearby_primary", "G13_nearby_junior"]
 * @example wholeItemParts("特殊教育学校生均公用经费")?.map((p) => p.code) // ["G7_special_primary", "G7_special_junior"]
 * @example wholeItemParts("骨干教师交流轮岗比例") // null
 */
export function wholeItemParts(sentence: string): readonly [ItemPart, ItemPart] | null {
  const folded = sentence.normalize("NFKC");
  const rule = PAIRS.find((p) => p.whole(folded));
  if (rule === undefined) return null;
  const text = normaliseText(sentence);
  const [a, b] = rule.parts;
  return firstAt(text, b.marker) < firstAt(text, a.marker) ? [b, a] : [a, b];
}

/**
 * Whether a two-part item's sentence names both parts, and so gives an order in which bare values
 * (100%、96.8%) can be taken: G13's 小学、初中就近入学比例 does, G7's 特殊教育学校生均公用经费 does not,
 * and two amounts there (5800元；6500元) may be two years or 省定 / 实际 as well as 小学 / 初中
 * (reviewer R3 of s46, finding 1): such a row takes values only labelled with their parts.
 *
 * @example namesBothParts("城区和镇区公办小学、初中就近划片入学比例", parts of G13) // true
 * @example namesBothParts("特殊教育学校生均公用经费", parts of G7) // false
 */
export function namesBothParts(sentence: string, parts: readonly [ItemPart, ItemPart]): boolean {
  const text = normaliseText(sentence);
  return parts.every((p) => Number.isFinite(firstAt(text, p.marker)));
}

/** Words by which a sentence sends its reader to another row: 另见下行, 见下行, 见第18行 / 见第十七行, 另行填报, 另起一行, 单独填写, 分行填列, 下行填报, 在下一行, 见下表, 另表填报. */
const OTHER_ROW = /另见|见[上下]一?行|见第[\d一二三四五六七八九十百〇零]+行|另行填[报写列]|另起一?行|单独填[报写列]|分行填[报写列]|另列|[上下]一?行填[报写列]|在[上下]一?行|见[上下]表|另表/;

/**
 * A two-part item's sentence saying its other part is given on another row, so a single value is
 * no part left out (reviewer R4, finding 3).
 *
 * @example saysOtherRow("进城务工人员随迁子女…就读比例不低于85%（留守儿童另见下行）") // true
 * @example saysOtherRow("进城务工人员随迁子女就读比例，留守儿童关爱体系健全") // false
 */
export function saysOtherRow(sentence: string): boolean {
  return OTHER_ROW.test(normaliseText(sentence));
}

/** A bracketed note, or a last clause after ，/；, that sends something to another row (OTHER_ROW), after NFKC folding and without spaces. */
const OTHER_ROW_NOTE = new RegExp(`\\([^()]*(?:${OTHER_ROW.source})[^()]*\\)|[,;][^,;()]*(?:${OTHER_ROW.source})[^,;()]*$`);

/**
 * A sentence without the note that sends a part to another row (（留守儿童另见下行）, ，留守儿童关爱体系另行填报):
 * what the row itself gives, classified without the part named only to be sent away (reviewer R4,
 * point 3: 随迁子女…不低于85%（留守儿童另见下行） | 是 is the migrant share's answer, not 留守儿童's).
 * The sentence as it is when it has no such note.
 *
 * @example ownPart("进城务工人员随迁子女…就读比例不低于85%（留守儿童另见下行）") // "进城务工人员随迁子女…就读比例不低于85%"
 * @example ownPart("留守儿童关爱体系健全") // "留守儿童关爱体系健全"
 */
export function ownPart(sentence: string): string {
  const folded = sentence.normalize("NFKC").replace(/\s+/g, "");
  return OTHER_ROW_NOTE.test(folded) ? folded.replace(OTHER_ROW_NOTE, "") : sentence;
}

/**
 * What follows a value and is a remark on it, not a labelled value of its own, though a number may
 * follow (其中城区初中95%, 以上为2024年数据, 均为2024年, 与上年95%相比, 较上年): the reviewer R1 of s46 found
 * these split off as a value, which made the cell unsplit and lost the parts it had read.
 */
const REMARK_LEAD = "其中|含|注|以上|均|数据|较|比|同比|上年|去年|上一年|全年|合计";
/** A label and its number (初中96.8%, 骨干教师25%, 差异率0.12, 学业水平Ⅲ级) ahead, not a remark (REMARK_LEAD). */
const LABELLED_VALUE_AHEAD = `(?!${REMARK_LEAD})(?=[^\\d０-９\\s%％、，,;；。()（）]+[0-9０-９ⅠⅡⅢⅣ])`;
const LABELLED_AFTER_AND = new RegExp(`([%％])\\s*[和及与]\\s*${LABELLED_VALUE_AHEAD}`, "g");
const LABELLED_AFTER_STOP = new RegExp(`([\\d０-９%％级ⅠⅡⅢⅣ是否])\\s*。+\\s*${LABELLED_VALUE_AHEAD}`, "g");

/**
 * A cell's text split into the values it gives, at ；、， and a comma not inside a number (1,200), and
 * at 。 / 和 / 及 / 与 where they end a value and a label follows.
 *
 * @example splitValues("12.3%；骨干教师占25.6%") // ["12.3%", "骨干教师占25.6%"]
 * @example splitValues("95%") // ["95%"]; splitValues("100%/96.8%") // ["100%", "96.8%"]; splitValues("100%,100%") // ["100%", "100%"]
 * @example splitValues("100%、96.8%。") // ["100%", "96.8%"]; splitValues("100%和96.8%") // ["100%", "96.8%"]
 * @example splitValues("小学100%。初中96.8%。") // ["小学100%", "初中96.8%"]; splitValues("交流轮岗教师12%和骨干教师25%") // ["交流轮岗教师12%", "骨干教师25%"]
 */
export function splitValues(text: string): string[] {
  const values = text
    // 100%/96.8% and 100%,100%: a slash or comma after a percentage parts the values as 、 does (not 元/生, a unit; a comma after % is no thousands comma).
    .replace(/([%％])\s*[/／,]\s*/g, "$1、")
    // 100%和96.8%, 12%及25%: 和 / 及 / 与 between a percentage and a number joins two values (reviewer R1 of s45), not a label's words (交流轮岗和骨干教师).
    .replace(/([%％])\s*[和及与]\s*(?=[0-9０-９])/g, "$1、")
    // 交流轮岗教师12%和骨干教师25%: before a label and its number, 和 / 及 / 与 joins two labelled values too (not 96.8%及以上: no number follows; not 与上年95%相比: a remark).
    .replace(LABELLED_AFTER_AND, "$1、")
    // 小学100%。初中96.8%。: a full stop after a value and before a label with its number parts two sentences; not inside a number (96。8%), before a remark (96.8%。（2024年）, 。数据来源：…, 。其中城区95%).
    .replace(LABELLED_AFTER_STOP, "$1、")
    .split(/[;；、，]|,(?!\d{3}(?!\d))/)
    // A sentence's full stop after the last value (100%、96.8%。) is not part of it (reviewer R1 of s45, F4).
    .map((s) => withoutFullStops(s.trim()).replace(/([%％])[.．]$/, "$1"))
    .filter((s) => s !== "");
  return values.length === 1 ? spacedPercents(values[0] ?? "") : values;
}

/**
 * `text` without the full stops that end it (96.8%。。 → 96.8%). A loop, not /。+$/: that regex tries
 * every 。 of a long run as the start of the end, 0.7 s on a cell of 20,000 of them (R1 of s46).
 * @example withoutFullStops("96.8%。") // "96.8%"; withoutFullStops("96。8%") // "96。8%"
 */
function withoutFullStops(text: string): string {
  let end = text.length;
  while (end > 0 && text[end - 1] === "。") end--;
  return text.slice(0, end);
}

/** A percentage, its label words before it (小学100%, 96.8 %): a value of its own between spaces. */
const SPACED_PERCENT = /^[^\d\s.]*\d+(\.\d+)?%$/;

/**
 * Two percentages with only spaces between them (100% 96.8%, 小学 100% 初中 96.8%: a label and its
 * value apart by a space or a colon are one word) split there, as 100%、96.8% is split at its 、
 * (reviewer R4, point 5; R1, finding 9); any other text whole: a space is no separator elsewhere
 * (小学 100% is one value, 1 200 one number).
 *
 * @example spacedPercents("100% 96.8%") // ["100%", "96.8%"]; spacedPercents("小学 100% 初中 96.8%") // ["小学100%", "初中96.8%"]; spacedPercents("小学 100%") // ["小学 100%"]
 */
function spacedPercents(text: string): string[] {
  // (\S)\s+%, not \s+%: that tried every space of a long run as a start, 2.4 s on 40,000 spaces; after trim a space always follows a character.
  const joined = text.normalize("NFKC").trim().replace(/(\S)\s+%/g, "$1%").replace(/([^\d\s.%:])(\s*:\s*|\s+)(?=\d)/g, "$1");
  const words = joined.split(/\s+/);
  return words.length === 2 && words.every((w) => SPACED_PERCENT.test(w)) ? words : [text];
}

/**
 * The part a value labels by its own words (骨干教师占25.6% → the backbone share), or null when it
 * names neither or both.
 */
export function labelledPart(value: string, parts: readonly [ItemPart, ItemPart]): ItemPart | null {
  const named = parts.filter((p) => p.marker.test(normaliseText(value)));
  return named.length === 1 ? (named[0] ?? null) : null;
}

/** Where a value's number or level starts (骨干教师占25.6% → 5, Ⅲ级 → 0); -1 when it has none. */
const VALUE_START = /[0-9０-９.．ⅠⅡⅢⅣ]/;
/** Comparison words a value may carry (小于0.15, 不低于95%): kept for the single-value reading, which refuses them. */
const COMPARISON = /不低于|不超过|小于|低于|大于|高于|超过|不足|约|近/;
/** Words that may stand before a value and name nothing (其中, 占, 为, 达到, a comparison word). */
const FILLER = new RegExp(`^(其中|占|为|是|达|达到|已达到|${COMPARISON.source}|[:：\\s])*$`);

/**
 * A comparison word right before the value, only filler between them (均不低于95%): kept for the
 * single-value reading to refuse.
 */
const COMPARED = new RegExp(`(${COMPARISON.source})(其中|占|为|是|达|达到|已达到|[:：\\s])*$`);

/**
 * Words of a part's label besides its marker, per item (小学就近入学比例, 骨干教师占比, 校际差异率,
 * 随迁子女就读比例): they name, they do not qualify. One list for all items let one item's words pass
 * as another's (reviewer R2, N4: 初中学段教师比例96.8% read as G13's junior rate through G11's 教师).
 */
const LABEL_WORDS: Readonly<Record<string, RegExp>> = {
  G7: /特殊教育|特教|学校|生均|公用经费|经费|标准|阶段|学段/g,
  G13: /就近|划片|入学|比例|占比|比率|率|阶段|学段/g,
  G11: /交流|轮岗|教师|骨干|比例|占比|比率|率/g,
  G15: /随迁|进城务工|人员|子女|儿童|留守|关爱|就读|比例|占比|比率|率/g,
  Q9: /校际|差异率|差异|率/g,
};

/** A part's label words (LABEL_WORDS), by its item: G13_nearby_junior → G13's. */
function labelWordsOf(part: ItemPart): RegExp {
  return LABEL_WORDS[part.code.split("_")[0] ?? ""] ?? /$^/g;
}
/**
 * What may stand between a label and its value and say nothing of it (小学为100%, 初中：96.8%, 其中骨干教师占25.6%,
 * 初中段96.8%, 初中阶段为96.8%): 段 / 阶段 / 学段 after a stage's name were refused here (小学段100%，初中段96.8%
 * in a G13 cell: both parts unread) though stageLabelled read them (s50 H2).
 */
const PLAIN_FILLER = /其中|已达到|达到|达|占|为|是|学段|阶段|段|[:：\-—–]/g;

/**
 * Whether a labelled value's words before its number are its label and filler only (小学就近入学比例100%,
 * 骨干教师占比25.6%), once the part's marker and label words are taken out: anything else there
 * (低于规定的, 未达到, 较上年提高, 同比) qualifies the number, which is then no value of the part
 * (reviewer R1, findings 1 to 3: 初中低于规定的95% is not 95%).
 *
 * @example onlyLabel("初中就近入学比例", junior) // true; onlyLabel("初中低于规定的", junior) // false; onlyLabel("小学未达到", primary) // false
 * @example onlyLabel("初中学段教师比例", junior) // false (教师 labels G11, not G13)
 */
function onlyLabel(prefix: string, part: ItemPart): boolean {
  const marker = new RegExp(part.marker.source, `g${part.marker.flags.replace("g", "")}`);
  return normaliseText(prefix).replace(marker, "").replace(labelWordsOf(part), "").replace(PLAIN_FILLER, "") === "";
}

/** A value of a two-part cell: as typed, the part its label names (or null), and what the single-value reading gets. */
export interface PartPiece {
  readonly text: string;
  readonly label: ItemPart | null;
  readonly value: string;
}

/**
 * A value of a two-part cell (splitValues) with its label: a yes / no or a level is read whole; else
 * the words before its number are its label when they name one part (骨干教师占25.6% → the backbone
 * share, 25.6%), the piece whole when they say more than the label (差异率小于0.15, 初中低于规定的95%,
 * 小学较上年提高2%: onlyLabel), for the single-value reading to refuse, or words that name nothing
 * (其中, 小于). Null when they name something else than the item's parts (城区100% for 小学 / 初中):
 * the row is not guessed.
 *
 * @example pieceOf("骨干教师占25.6%", parts of G11) // { text: "骨干教师占25.6%", label: backbone, value: "25.6%" }
 * @example pieceOf("初中低于规定的95%", parts of G13) // { text: "初中低于规定的95%", label: junior, value: "初中低于规定的95%" }
 * @example pieceOf("城区100%", parts of G13) // null
 */
export function pieceOf(text: string, parts: readonly [ItemPart, ItemPart]): PartPiece | null {
  if (parseYesNo(text) !== null || parseLevel(text) !== null) return { text, label: labelledPart(text, parts), value: text };
  const start = text.search(VALUE_START);
  const prefix = start < 0 ? text : text.slice(0, start);
  const label = prefix === "" ? null : labelledPart(prefix, parts);
  if (label === null) return FILLER.test(normaliseText(prefix)) ? { text, label, value: text } : null;
  // A label qualified (初中低于规定的95%, 小学未达到100%): the piece whole, for the single-value reading to refuse.
  return { text, label, value: onlyLabel(prefix, label) ? text.slice(Math.max(start, 0)) : text };
}

/**
 * Whether a value is of the kind its part takes: 是 / 否, a level, or a number (checked further as a
 * single value is). A bare 1 or 0 may be a yes / no, but not under its part's label: 小学1，初中0.968
 * is a rate of 1 (reviewer R2 of s49: refused as unlabelled).
 */
function kindFits(value: string, part: ItemPart, labelled: boolean): boolean {
  const unit = itemUnit(part.code);
  if (unit === "boolean") return parseYesNo(value) !== null;
  if (unit === "level") return parseLevel(value) !== null;
  return /\d/.test(value.normalize("NFKC")) && (labelled || parseYesNo(value) === null);
}

/** A value of a two-part row taken for one part: `value` is what the single-value reading gets. */
export interface PartRead {
  readonly part: ItemPart;
  readonly text: string;
  readonly value: string;
}

function inOrder(pieces: readonly PartPiece[], order: readonly ItemPart[]): PartRead[] | null {
  const read = pieces.map((p, k) => {
    const part = order[k] as ItemPart;
    return (p.label ?? part) === part && kindFits(p.value, part, p.label !== null) ? { part, text: p.text, value: p.value } : null;
  });
  return read.every((r): r is PartRead => r !== null) ? read : null;
}

/**
 * Which part each value of a two-part row is for, not yet read (the caller reads each as a single
 * value on its own row is): two values in the order the sentence names the parts, or the other way
 * round when only that fits their labels and kinds (初中96.8%、小学100%; 91.2%；是); one value for the
 * only part it fits. Null when they cannot be told apart, or a label names something else (城区100%).
 * Not `ordered` (a sentence naming neither part: G7's 特殊教育学校生均公用经费), two values are taken
 * only when each is labelled (小学6500元，初中7000元), never by their place (5800元；6500元 → null).
 *
 * @example assignParts(["Ⅲ级", "差异率0.12"], parts of Q9) // [{ part: level, value: "Ⅲ级" }, { part: difference, value: "0.12" }]
 * @example assignParts(["城区100%", "镇区93.5%"], parts of G13) // null
 * @example assignParts(["5800元", "6500元"], parts of G7, false) // null; assignParts(["5800元", "6500元"], parts of G13) would take them in order
 * @example assignParts(["2024年初中7000元", "小学6500元"], parts of G7, false) // [{ part: primary, value: "6500元" }, { part: junior, value: "2024年初中7000元" }]
 */
export function assignParts(values: readonly string[], parts: readonly [ItemPart, ItemPart], ordered = true): PartRead[] | null {
  const found = values.map((v) => pieceOf(v, parts));
  if (!found.every((p): p is PartPiece => p !== null)) return null;
  const [a, b] = parts;
  // A sentence naming no order (namesBothParts): two values each naming its part somewhere (2024年小学6500元 is 小学's, for the single-value reading to refuse), or none taken.
  const pieces = ordered || found.length !== 2 ? found : found.map((p) => ({ ...p, label: p.label ?? labelledPart(p.text, parts) }));
  if (pieces.length === 2 && pieces.some((p) => p.label === null) && !ordered) return null;
  if (pieces.length === 2) return inOrder(pieces, [a, b]) ?? inOrder(pieces, [b, a])?.reverse() ?? null;
  if (pieces.length !== 1) return null;
  const fits = parts.flatMap((p) => inOrder(pieces, [p]) ?? []);
  return fits.length === 1 ? fits : null;
}

/** Words naming both parts at once before 均 (两个学段均为100%), once the parts' own words are taken out. */
const BOTH_NAMED = /^(两个?学段|两项|两者|二者|中小学)?$/;

/**
 * Whether the words before 均 name both parts or neither (小学、初中均为100%: both; 均为100%: neither;
 * 城区、镇区均为100%: something else; 小学均为100%: one part).
 */
function namesBoth(named: string, parts: readonly [ItemPart, ItemPart]): boolean {
  if (BOTH_NAMED.test(named)) return true;
  const found = parts.filter((p) => p.marker.test(named));
  const rest = parts.reduce((t, p) => t.replace(new RegExp(p.marker.source, `g${p.marker.flags}`), ""), named);
  return found.length === 2 && /^[和及与]*$/.test(rest);
}

/**
 * One value given for both parts of a two-part row (均为100%, 小学、初中均为100%, 均达到100%: reviewer R4,
 * point 5), each part taking it when it is of that part's kind (a number for both rates of G13 or
 * G11, not a level and a rate of Q9); a comparison word stays for the single-value reading to refuse
 * (均不低于95%). Null when the cell is not so worded, or the words before 均 name something else
 * than both parts (城区、镇区均为100%).
 *
 * @example sameForBoth("小学、初中均为100%", parts of G13) // [{ part: primary, text: "100%", value: "100%" }, { part: junior, … }]
 * @example sameForBoth("城区、镇区均为100%", parts of G13) // null
 */
export function sameForBoth(text: string, parts: readonly [ItemPart, ItemPart]): PartRead[] | null {
  const t = normaliseText(text);
  const at = t.indexOf("均");
  const after = t.slice(at + 1);
  const start = after.search(VALUE_START);
  if (at < 0 || start < 0 || !namesBoth(t.slice(0, at), parts) || !FILLER.test(after.slice(0, start))) return null;
  const compared = after.slice(0, start).search(COMPARED);
  const value = after.slice(compared >= 0 ? compared : start);
  // 均为100%、96.8% or 均为100%（含九年一贯制学校）: more than one value, or words after it; not one value for both.
  if (!oneValue(value, parts.every((p) => itemUnit(p.code) === "yuan"))) return null;
  return parts.every((p) => kindFits(value, p, false)) ? parts.map((part) => ({ part, text: value, value })) : null;
}

/** An amount's unit after its number (元, 万元, 元/生, 元/人/年), taken off an amount for both stages of G7. */
const YUAN_UNIT = /万?元(\/(生|人)(\/?年)?)?$/;

/**
 * Whether a value after 均 is one value and nothing after it but a year in brackets (100%, 不低于95%,
 * 100%（2024年）), not two (100%、96.8%, 100%，其中城区95%) nor one with a remark (100%（含九年一贯制学校）,
 * 100%以上): reviewer R1, finding 8. An amount (`yuan`: G7) may carry its unit (6500元/生), as a single
 * amount may (normaliseText has taken a thousands comma out).
 *
 * @example oneValue("100%(2024年)", false) // true; oneValue("100%96.8%", false) // false (NFKC, 、 removed); oneValue("100%(含九年一贯制学校)", false) // false
 * @example oneValue("6500元/生", true) // true; oneValue("6500元", false) // false
 */
function oneValue(value: string, yuan: boolean): boolean {
  const bare = yearRemark(value)?.value ?? value;
  const plain = yuan ? bare.replace(YUAN_UNIT, "") : bare;
  return /^[^\d]*\d+(\.\d+)?%?$/.test(plain);
}

/**
 * Words at a cell's start saying where or which schools its whole figure covers (全县, 本县, 全区,
 * 全市, 县域内, 义务教育阶段, 公办, 城区和镇区 …), one or more of them. 全市 is kept: a county-level city
 * (广汉市) calls itself so. Not 城区 or 城镇 alone: a figure for the urban schools is part of the county,
 * not the county's (reviewer R1 of s46), and stays refused as before.
 */
const SCOPE = /^(?:[全本我](?:县|区|市|旗)(?:域内?)?|县域内?|区域内?|义务教育阶段|义务教育|公办学校|公办|城区和镇区)+/;

/**
 * A cell without the scope words before its parts' names (全县小学、初中分别为100%、96.8% →
 * 小学、初中分别为100%、96.8%; 全县小学100%，初中96.8% → 小学100%，初中96.8%): they say which schools
 * the whole figure covers, not whose each value is. Only when a part's name follows them: anything
 * else (全县分别为…, 全县2024年…) is the cell as it is, read or refused as before.
 *
 * @example withoutScope("义务教育阶段小学、初中分别为100%、96.8%", parts of G13) // "小学、初中分别为100%、96.8%"
 * @example withoutScope("全县分别为100%、96.8%", parts of G13) // "全县分别为100%、96.8%"; withoutScope("城区、镇区分别为…", parts of G13) // as it is
 */
export function withoutScope(text: string, parts: readonly [ItemPart, ItemPart]): string {
  const trimmed = text.trim();
  const scope = SCOPE.exec(trimmed)?.[0] ?? "";
  const rest = trimmed.slice(scope.length);
  const named = parts.some((p) => rest.search(p.marker) === 0);
  return scope !== "" && named ? rest : text;
}

/** What may stand between 分别 and the first value and say nothing of it (分别为, 分别达到, 分别占, 分别是：). */
const LEAD = "为|是|占|达到|已达到|达|:|：";
const RESPECTIVE_LEAD = new RegExp(`^(${LEAD})*$`);
/** The same words at the start of the text after 分别, whatever follows them (labelledRespectively). */
const LEAD_WORDS = new RegExp(`^(?:\\s|${LEAD})*`);

/** A part's marker made global, to take every mention of it out. */
function everyMention(marker: RegExp): RegExp {
  return new RegExp(marker.source, `g${marker.flags.replace("g", "")}`);
}

/**
 * The parts in the order the names before 分别 give them (小学、初中 → primary, junior; 初中和小学 →
 * junior, primary), the sentence's order when nothing stands there (null when the sentence names no
 * order: `ordered` false, namesBothParts). The names are split at 、 / ，
 * / 和 / 及 / 与 first: a name may hold both parts' words (交流轮岗骨干教师 is the backbone's, and
 * holds the rotation's 交流轮岗; reviewer R1 of s44, F1: taken by where a word first stood, the two
 * rates were swapped), and then takes the part the other name does not (namedParts). Null unless
 * there are two names, each only its parts' markers and label words (not 小学生, 城区小学), naming
 * the two parts one each.
 */
function namedOrder(named: string, parts: readonly [ItemPart, ItemPart], ordered: boolean): readonly ItemPart[] | null {
  const names = named.split(/[、，,和及与]/).map(normaliseText).filter((n) => n !== "");
  if (names.length === 0 && normaliseText(named) === "") return ordered ? parts : null;
  const [first, second] = names.map((n) => namedParts(n, parts));
  if (names.length !== 2 || first === undefined || second === undefined) return null;
  const own = (mine: readonly ItemPart[], other: readonly ItemPart[]) => (mine.length === 1 ? mine[0] : mine.find((p) => !other.includes(p) && other.length === 1));
  const [a, b] = [own(first, second), own(second, first)];
  return a === undefined || b === undefined || a === b ? null : [a, b];
}

/** The parts a name holds the marker of, when nothing else is in it but their label words; [] otherwise. */
function namedParts(name: string, parts: readonly [ItemPart, ItemPart]): readonly ItemPart[] {
  const rest = parts.reduce((t, p) => t.replace(everyMention(p.marker), "").replace(labelWordsOf(p), ""), name);
  return rest === "" ? parts.filter((p) => p.marker.test(name)) : [];
}

/**
 * Two values given "respectively" (小学、初中分别为100%、96.8%; 分别达到100%、96.8%; 初中、小学分别为96.8%、100%),
 * each taken by the part named in its place, in the sentence's order when none is named; returned in
 * the parts' order. A comparison word after 分别 (分别不低于95%), a third value, a value labelled for
 * the other part, or names that are not the parts make it null, and the row is read as before (or
 * refused as unsplit).
 *
 * @example respectiveParts("小学、初中分别为100%、96.8%", parts of G13) // [{ part: primary, value: "100%" }, { part: junior, value: "96.8%" }]
 * @example respectiveParts("城区、镇区分别为100%、96.8%", parts of G13) // null
 * @example respectiveParts("分别为6500元、7000元", parts of G7, false) // null (no stage names, and G7's sentence names no order)
 */
export function respectiveParts(text: string, parts: readonly [ItemPart, ItemPart], ordered = true): PartRead[] | null {
  const split = respectiveSplit(text);
  if (split === null || split.start < 0) return null;
  if (!split.lead) return normaliseText(split.before) === "" ? labelledRespectively(split.after, parts) : null;
  const order = namedOrder(split.before.normalize("NFKC"), parts, ordered);
  return order === null ? null : readInPlace(splitValues(split.after.slice(split.start)), order, parts);
}

/**
 * The text around its first 分别: the words before and after it, where the first value after it
 * starts (−1: none), and whether only words saying nothing of the values (为, 是, 达到 …) stand
 * between. Null without 分别.
 * @example respectiveSplit("小学、初中分别为100%、96.8%") // { before: "小学、初中", after: "为100%、96.8%", start: 1, lead: true }
 */
function respectiveSplit(text: string): { before: string; after: string; start: number; lead: boolean } | null {
  const at = text.indexOf("分别");
  if (at < 0) return null;
  const after = text.slice(at + 2);
  const start = after.search(VALUE_START);
  return { before: text.slice(0, at), after, start, lead: start >= 0 && RESPECTIVE_LEAD.test(normaliseText(after.slice(0, start))) };
}

/** Two values read each for the part in its place of `order` (respectiveRead), returned in the parts' order; null unless both are. */
function readInPlace(values: readonly string[], order: readonly ItemPart[], parts: readonly [ItemPart, ItemPart]): PartRead[] | null {
  if (values.length !== 2) return null;
  const read = values.map((v, k) => respectiveRead(v, order[k] as ItemPart, parts));
  if (!read.every((r): r is PartRead => r !== null)) return null;
  return read[0]?.part === parts[0] ? read : read.reverse();
}

/**
 * Whether the text gives its values after 分别 (the words before it holding no value), naming
 * something there that respectiveParts could not take as the two parts (小学分别为100%、96.8%: one
 * name; 城区、镇区分别为…): what the values are of is not plain — 小学's 城区 and 镇区 perhaps —
 * so the cell is refused as unsplit rather than its values assigned by their order or labels
 * (96.8% taken as 初中's: a known gap of s44). Not a remark after the values (小学100%，初中96.8%
 * （分别为2024年数据）) nor 分别 before other words (按学年分别统计：…): reviewer R1 of s45, F3.
 * @example namedRespectively("小学分别为100%、96.8%") // true; namedRespectively("2024年分别为100%、96.8%") // true
 * @example namedRespectively("分别为：初中96.8%，小学100%") // false; namedRespectively("小学100%，初中96.8%（分别统计）") // false
 */
export function namedRespectively(text: string): boolean {
  const split = respectiveSplit(text);
  const before = split === null ? "" : normaliseText(split.before);
  return split !== null && split.lead && before !== "" && !HOLDS_VALUE.test(before.normalize("NFKC").replace(YEAR, ""));
}

/** A value in the words before 分别 (100%, 0.12, 0, Ⅲ级 — NFKC folds Ⅲ to III —, 三级, 3级), once a year is taken out (YEAR): 2024年 names no part (R2 of s45, D). */
const HOLDS_VALUE = /\d|[IV]+级|[一二三四五]级/;
const YEAR = /\d{4}\s*(学年|年度|年)?/g;

/**
 * Values after 分别 with nothing named before it, each labelled with its part (分别为：初中96.8%，小学100%):
 * the labels say whose, in either order. Null unless there are two, labelled one part each.
 * @example labelledRespectively("为：初中96.8%，小学100%", parts of G13) // [{ part: primary, value: "100%" }, { part: junior, value: "96.8%" }]
 */
function labelledRespectively(after: string, parts: readonly [ItemPart, ItemPart]): PartRead[] | null {
  const values = splitValues(after.slice(LEAD_WORDS.exec(after)?.[0].length ?? 0));
  // Only a label and its value (初中96.8%), not a label qualified (不低于小学100%, 小学未达到100%).
  const labels = values.map((v) => {
    const piece = pieceOf(v, parts);
    return piece !== null && piece.value !== v ? piece.label : null;
  });
  if (labels[0] === null || labels[1] === null || labels[0] === labels[1]) return null;
  return readInPlace(values, labels[0] === parts[1] ? [parts[1], parts[0]] : parts, parts);
}

/** A value given for `part` in its place: a bare value, or one labelled for that part only (小学100%), of the part's kind. */
function respectiveRead(value: string, part: ItemPart, parts: readonly [ItemPart, ItemPart]): PartRead | null {
  const piece = pieceOf(value, parts);
  if (piece === null || (piece.label ?? part) !== part || !kindFits(piece.value, part, piece.label !== null)) return null;
  return { part, text: value, value: piece.value };
}
