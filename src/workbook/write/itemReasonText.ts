import type { ItemResult, SchoolGuarantee } from "../../engine/types";
import { CATALOGUE, message } from "../../messages/catalogue";
import { countMessage } from "../../messages/countMessage";
import { listText } from "../../messages/listText";
import type { FrontEnd, Lang } from "../../messages/types";
import type { CountyItem, Profile } from "../../profiles/schema";
import { meets, numericCountyItem } from "../../engine/guarantee/compare";
import { figureText } from "./countyFigureDisplay";
import { percentItem } from "./figureKind";
import { FORMAT, formatNeed, formatNumber } from "./formats";
import { atLeast, type ShortKey } from "./atLeast";
import { fundingTotals, type FundingItem } from "./fundingTotals";
import { noFundingNorm, noFundingNormAdvice } from "./noFundingNorm";
import { reasonLabel } from "./writeLabels";

/** What a reason needs besides the item: the county's schools (for the amounts short), the profile and the language. */
export interface ReasonContext {
  readonly schools: readonly SchoolGuarantee[];
  readonly profile: Profile | undefined;
  readonly lang: Lang;
  /** The cells of the item's values given but not read (unreadFigures.ts), said instead of 缺少数据; none when omitted. */
  readonly unread?: readonly string[];
  /** The cells of counts read that give no figure (uncomputedCells: G11 with 0 eligible teachers), said instead of 缺少数据; none when omitted. */
  readonly uncomputed?: readonly string[];
  /** The cells of the item's rows there with no value (blankCells), said instead of 缺少数据; none when omitted. */
  readonly blank?: readonly string[];
  /** The cells saying the county has no figure yet (noDataCells: 暂无数据), said instead of 缺少数据; none when omitted. */
  readonly noData?: readonly string[];
  /** The sheet lacking the columns the item is judged from (columnsMissingIn), said instead of 缺少数据; none when omitted. */
  readonly columnsMissingIn?: string | null;
  /** The front end the reason is said in (message's `front`): the command line's when omitted. */
  readonly frontEnd?: FrontEnd;
}

/**
 * Why an item stands in an area's reasons, for 汇总: what is not met, with the figure where the item
 * has one, or why it could not be judged — never the item's title alone, which states the
 * requirement and reads as met (rules.md §4–6).
 * @example Sichuan G6 not met → "G6 公用经费未达生均标准：9 所学校未达标，合计至少缺 1,015,540 元；另有 4 所数据不全，无法判断"
 * @example national G6 not assessed, no norm → "G6 公用经费：规则未设生均公用经费标准（由各省规定），请在工作簿的“规则”表中填写本省标准…或选用已设标准的内置规则（…）"
 * @example G8 not met, 0.98 → "G8 教师平均工资收入水平低于当地公务员：98.0%（要求 ≥ 100.0%）"
 */
export function itemReasonText(item: ItemResult, rc: ReasonContext): string {
  if (item.verdict === "not_met") return withDetail(`${item.code} ${notMetName(item.code, rc.lang)}`, notMetDetail(item, rc), rc.lang);
  // The norm lacking, as 政府保障与质量's 依据 says it, after the item's short name: its title states the norm met.
  if (noFundingNorm(item, rc.profile)) return withDetail(message("out_reason_G6_no_norm", {}, rc.lang), noFundingNormAdvice(rc.lang, rc.frontEnd), rc.lang);
  return withDetail(reasonLabel(item.code, rc.lang), pendingDetail(item, rc), rc.lang);
}

function withDetail(head: string, detail: string | null, lang: Lang): string {
  return detail === null ? head : message("out_reason_detail", { head, detail }, lang);
}

/** The item's name negated: in its own words where the title states the requirement met (G6: 公用经费达到生均标准 → 未达). */
export function notMetName(code: string, lang: Lang): string {
  const own = `out_item_not_met_${code}`;
  return CATALOGUE.has(own) ? message(own, {}, lang) : message("out_item_not_met", { name: message(`item_${code}`, {}, lang) }, lang);
}

function notMetDetail(item: ItemResult, rc: ReasonContext): string | null {
  if (item.figureOf === "failing_count") return schoolsDetail(item, rc);
  if (item.figureOf === "county_figure") return countyDetail(item, rc);
  const figure = item.figure === null ? null : thresholdText(item, item.figure, rc);
  const failing = failingText(item, rc.lang);
  const head = figure === null ? failing : message("out_reason_join", { first: figure, then: failing }, rc.lang);
  return head + unknownText(item, rc);
}

/** A rate (G9, G12) or the lowest school's share (Q4) against its threshold. */
function thresholdText(item: ItemResult, figure: number, rc: ReasonContext): string | null {
  const entry = rc.profile === undefined ? null : numericCountyItem(rc.profile, item.code);
  if (entry === null) return null;
  const code = item.figureOf === "lowest_school" ? "out_reason_lowest" : "out_reason_rate";
  return message(code, comparedParams(entry[1], figure, true, rc.lang), rc.lang);
}

function comparedParams(countyItem: CountyItem, figure: number, percent: boolean, lang: Lang): Record<string, string> {
  const threshold = countyItem.threshold ?? 0;
  const shown = (v: number) => figureText(v, countyItem, percent, lang);
  return { figure: shown(figure), rule: message(`out_rule_${countyItem.comparison}`, {}, lang), threshold: percent ? formatNumber(threshold, FORMAT.ratio) : shown(threshold) };
}

function failingCount(item: ItemResult): number {
  return item.parts["schools_failing"] ?? item.failingSchools.length;
}

function failingText(item: ItemResult, lang: Lang): string {
  const n = failingCount(item);
  return countMessage("out_reason_schools_failing", n, { n }, lang);
}

function unknownText(item: ItemResult, rc: ReasonContext): string {
  const n = item.parts["schools_unknown"] ?? 0;
  return n > 0 ? countMessage(ruralityOnly(item, rc, n) ? "out_reason_unknown_more_rurality" : "out_reason_unknown_more", n, { n }, rc.lang) : "";
}

/**
 * Whether every one of G6's `n` schools without a verdict lacks only its urban/rural classification
 * (SchoolGuarantee.fundingUndecided), which decides its small-school tier (rules.md §4 item 6): then
 * the reason names that column rather than “data incomplete”.
 * @example Sichuan sample, 4 schools undecided, all 4 for their 城乡分类 → true; 3 of them → false
 */
function ruralityOnly(item: ItemResult, rc: ReasonContext, n: number): boolean {
  return item.code === "G6" && rc.schools.filter((g) => g.fundingUndecided === "rurality").length === n;
}

/**
 * Schools failing an every-school item (G3–G7), with what they lack in all where the engine
 * measures it, then the county figures that fail: a stage no school of the data teaches is judged
 * by its county figure (G7, stagedItem), which can fail the item on its own — then it alone says
 * why, not "0 schools fail".
 * @example G7, no special school failing, 初中 5000 → "特殊教育学校初中生均公用经费 5,000（要求 ≥ 6,000）"
 */
function schoolsDetail(item: ItemResult, rc: ReasonContext): string {
  const county = countyDetail(item, rc);
  const failing = failingCount(item) > 0 || county === null ? failingText(item, rc.lang) : null;
  const texts = [failing, failing === null ? null : amountText(item.code, rc), county].filter((t): t is string => t !== null);
  return texts.reduce((first, then) => message("out_reason_join", { first, then }, rc.lang)) + unknownText(item, rc);
}

/** How a guarantee item's amount short is summed over its schools (rules.md §7): each message parameter from a SchoolGuarantee field. */
interface AmountRule {
  readonly sums: Readonly<Record<string, ShortKey>>;
  readonly exact: string;
  /** The words when some school adds a lower bound to a sum (atLeast): so is the sum. */
  readonly atLeast: string;
  /** The sum the words are in the singular for when it is 1 (countMessage); none when it has no singular form (G3's two sums). */
  readonly counted?: string;
  /**
   * A rule of two sums: the words for one of them when the other is 0, by parameter, said with that sum alone as
   * `n` (G3: “共缺音乐教室 1 间、美术教室 0 间” told a statistician the county lacks 0 art rooms). None: the sums always together.
   */
  readonly alone?: Readonly<Record<string, { readonly exact: string; readonly atLeast: string }>>;
}

/** Rooms short (G3), students over the cap (G4, always exact: one wording), classes over it (G5); G6 and G7 are fundingTotals'. */
const AMOUNTS: Readonly<Record<string, AmountRule>> = {
  G3: {
    sums: { music: "musicRoomsShort", art: "artRoomsShort" },
    exact: "out_reason_rooms_short",
    atLeast: "out_reason_rooms_short_floor",
    alone: { music: { exact: "out_reason_music_rooms_short", atLeast: "out_reason_music_rooms_short_floor" }, art: { exact: "out_reason_art_rooms_short", atLeast: "out_reason_art_rooms_short_floor" } },
  },
  G4: { sums: { n: "studentsOverCap" }, exact: "out_reason_students_over", atLeast: "out_reason_students_over", counted: "n" },
  G5: { sums: { n: "classesOverCap" }, exact: "out_reason_classes_over", atLeast: "out_reason_classes_over_floor", counted: "n" },
};

/** One sum of an AmountRule: its message parameter, the SchoolGuarantee field it adds and its total over the schools. */
interface AmountSum {
  readonly param: string;
  readonly key: ShortKey;
  readonly sum: number;
}

/**
 * The county's total of what the failing schools lack (rules.md §7): rooms (G3), students over the
 * cap (G4), classes over it (G5), yuan (G6 ordinary schools, G7 special-education ones); "at least"
 * when a school adds a lower bound to it (atLeast). Each sum is added once. Null for an item the
 * engine measures no amount of.
 */
function amountText(code: string, rc: ReasonContext): string | null {
  if (code === "G6" || code === "G7") return fundingAmountText(code, rc);
  const rule = AMOUNTS[code];
  if (rule === undefined) return null;
  const sums: AmountSum[] = Object.entries(rule.sums).map(([param, key]) => ({ param, key, sum: shortSum(rc.schools, key) }));
  if (rule.alone !== undefined && sums.some((s) => s.sum === 0)) return aloneText(rule.alone, sums, rc);
  const words = boundIn(rc, sums) ? rule.atLeast : rule.exact;
  const params = Object.fromEntries(sums.map((s) => [s.param, s.sum]));
  const count = rule.counted === undefined ? undefined : params[rule.counted];
  return count === undefined ? message(words, params, rc.lang) : countMessage(words, count, params, rc.lang);
}

/** Whether a school adds a lower bound (atLeast) to any of `sums`. */
function boundIn(rc: ReasonContext, sums: readonly AmountSum[]): boolean {
  return rc.schools.some((g) => sums.some((s) => atLeast(g, s.key)));
}

/**
 * A two-sum rule's total when one sum is 0 (AmountRule.alone): the other alone, "at least" from its own
 * bound. Null when neither is short.
 * @example G3, 城关第一小学 short 1 music room (estimated from the area), 0 art → "共至少缺音乐教室 1 间" / "music rooms short in all: at least 1"
 */
function aloneText(alone: NonNullable<AmountRule["alone"]>, sums: readonly AmountSum[], rc: ReasonContext): string | null {
  const short = sums.find((s) => s.sum > 0);
  const words = short === undefined ? undefined : alone[short.param];
  if (short === undefined || words === undefined) return null;
  return message(boundIn(rc, [short]) ? words.atLeast : words.exact, { n: short.sum }, rc.lang);
}

/** The schools' total of `key`: what a school lacks, so a shortfall not computed (null) adds nothing, nor a surplus (below 0) of one school to another's lack. */
function shortSum(schools: readonly SchoolGuarantee[], key: ShortKey): number {
  return schools.reduce((s, g) => s + Math.max(0, g[key] ?? 0), 0);
}

/**
 * The funding item's total as 缺口测算's YZJH_FundingTotals adds it (fundingTotals), as a need: a
 * total under one yuan is shown as 1, never as “缺 0 元” (formatNeed). Null when nothing is short.
 */
function fundingAmountText(item: FundingItem, rc: ReasonContext): string | null {
  const totals = fundingTotals(rc.schools, item);
  if (totals === null || totals.total === 0) return null;
  const code = totals.lowerBounds > 0 ? "out_reason_funding_short_floor" : "out_reason_funding_short";
  return message(code, { amount: formatNeed(totals.total, FORMAT.yuan) }, rc.lang);
}

/**
 * A county-figure item's parts that miss their thresholds, each against it; the part's name goes
 * before it when the item has several (G11: rotation and backbone share). Yes / no parts and
 * evidence have no figure to give: the name negated says it all; a part the county answered 否
 * instead of its figure (ItemResult.answeredParts) says so, at the answer's cell — its 0 is no figure.
 */
function countyDetail(item: ItemResult, rc: ReasonContext): string | null {
  const { profile, lang } = rc;
  if (profile === undefined) return null;
  const failing = Object.entries(item.parts).flatMap(([key, value]) => {
    const text = partFailText(item, key, value, rc);
    return text === null ? [] : [[key, text] as const];
  });
  if (failing.length === 0) return null;
  const named = Object.keys(item.parts).length > 1;
  return listText(failing.map(([key, text]) => (named ? `${message(`county_${key}`, {}, lang)} ${text}` : text)), lang);
}

/** Why one part fails: the county's 否 at its cell, or its figure against the threshold; null when it does not fail (or has no figure to give). */
function partFailText(item: ItemResult, key: string, value: number | null, rc: ReasonContext): string | null {
  const countyItem = rc.profile?.countyItems[key];
  const answer = item.answeredParts?.[key];
  if (answer !== undefined) return value === 0 ? message("out_reason_answered", { cell: answer }, rc.lang) : null;
  if (countyItem === undefined || rc.profile === undefined || value === null || countyItem.comparison === "yes" || meets(value, countyItem) !== false) return null;
  return message("out_reason_figure", comparedParams(countyItem, value, percentItem(key, rc.profile), rc.lang), rc.lang);
}

/**
 * Why an item is not yet assessed, as a kind (said at length by pendingDetail, in short by the task
 * pane's areas tile, areaReasonsShort): values given but not read, counts read that give no figure,
 * its row there with no value, its cell saying there is no figure yet (暂无数据), the sheet lacking
 * its columns, schools whose data are incomplete, some county figures not given, or no data at all
 * — in the order 政府保障与质量's 依据 asks them.
 * @example pendingKind(G3 with unread cells ["学校基本情况!H7"], rc) // "not_read"; pendingKind(G14 with blank ["县级指标!B15"], rc) // "blank"; pendingKind(G1 with no parts given, rc) // "no_data"
 * @example pendingKind(G15 with noData ["县级指标!B18"], rc) // "no_data_yet"
 */
export function pendingKind(item: ItemResult, rc: Pick<ReasonContext, "unread" | "uncomputed" | "blank" | "noData" | "columnsMissingIn">): PendingKind {
  if ((rc.unread ?? []).length > 0) return "not_read";
  if ((rc.uncomputed ?? []).length > 0) return "not_computed";
  if ((rc.blank ?? []).length > 0) return "blank";
  if ((rc.noData ?? []).length > 0) return "no_data_yet";
  if (rc.columnsMissingIn != null) return "no_columns";
  if ((item.parts["schools_unknown"] ?? 0) > 0) return "schools_unknown";
  return missingParts(item).length > 0 && Object.values(item.parts).some((v) => v !== null) ? "parts_missing" : "no_data";
}

/** The kinds of pendingKind. */
export type PendingKind = "not_read" | "not_computed" | "blank" | "no_data_yet" | "no_columns" | "schools_unknown" | "parts_missing" | "no_data";

/** The county figures of an item not given, by their keys (those the catalogue names). */
function missingParts(item: ItemResult): string[] {
  return Object.entries(item.parts)
    .filter(([key, value]) => value === null && CATALOGUE.has(`county_${key}`))
    .map(([key]) => key);
}

/** Why an item is not yet assessed (pendingKind), with its cells, sheet, count or parts. */
function pendingDetail(item: ItemResult, rc: ReasonContext): string {
  const { lang } = rc;
  const kind = pendingKind(item, rc);
  if (kind === "not_read") return message("out_reason_not_read", { cells: (rc.unread ?? []).join("、") }, lang);
  if (kind === "not_computed") return message("out_reason_not_computed", { cells: (rc.uncomputed ?? []).join("、") }, lang);
  if (kind === "blank") return message("out_reason_blank", { cells: (rc.blank ?? []).join("、") }, lang);
  if (kind === "no_data_yet") return message("out_reason_no_data_yet", { cells: (rc.noData ?? []).join("、") }, lang);
  if (kind === "no_columns") return message("out_reason_no_columns", { sheet: rc.columnsMissingIn ?? "" }, lang);
  const unknown = item.parts["schools_unknown"] ?? 0;
  if (kind === "schools_unknown") return countMessage(ruralityOnly(item, rc, unknown) ? "out_reason_schools_unknown_rurality" : "out_reason_schools_unknown", unknown, { n: unknown }, lang);
  if (kind === "no_data") return message("out_reason_no_data", {}, lang);
  return message("out_reason_parts_missing", { parts: listText(missingParts(item).map((key) => message(`county_${key}`, {}, lang)), lang) }, lang);
}
