import type { Emphasis } from "../types";
import type { IndicatorCode, IndicatorStatus, SourceRow, Stage, Verdict } from "../../engine/types";
import { CATALOGUE, message, rowText } from "../../messages/catalogue";
import type { Lang } from "../../messages/types";
import { qualified } from "../address";

/** A county's display name; a single-county input has none. */
export function countyLabel(county: string | null, lang: Lang): string {
  return county ?? message("out_county_unnamed", {}, lang);
}

export function stageLabel(stage: Stage, lang: Lang): string {
  return message(`stage_${stage}`, {}, lang);
}

export function indicatorName(code: IndicatorCode, lang: Lang): string {
  return message(`indicator_${code}`, {}, lang);
}

/**
 * An indicator's flag in the words of the 差异系数 count columns, so that 学校达标 and 差异系数 name
 * the three states alike (rules.md §2: at standard, at least the floor of it, below the floor);
 * `floor` is the profile's floor as a percent (passRuleParams).
 * @example flagLabel("floor", "zh", "85%") // "达85%未达标"; flagLabel("below", "en", "80%") // "Below 80%"
 */
export function flagLabel(status: IndicatorStatus, lang: Lang, floor: string): string {
  return message(FLAG_CODES[status], { floor }, lang);
}

const FLAG_CODES: Readonly<Record<IndicatorStatus, string>> = { met: "out_h_ind_met", floor: "out_h_ind_floor", below: "out_h_ind_below" };

export function verdictLabel(verdict: Verdict, lang: Lang): string {
  return message(`verdict_${verdict}`, {}, lang);
}

/** Red for not met, amber for not yet assessed, green for met. */
export function verdictEmphasis(verdict: Verdict): Emphasis {
  if (verdict === "met") return "good";
  return verdict === "not_met" ? "bad" : "warn";
}

/** One value for each answer to "is it met?": yes, no, and not known. */
export interface ByAnswer<T> {
  readonly yes: T;
  readonly no: T;
  readonly unknown: T;
}

/**
 * The value for a yes / no / unknown answer (a CV within its limit, a county recognised).
 * @example byAnswer(null, { yes: "out_cv_met", no: "out_cv_not_met", unknown: "out_cv_undefined" }) // "out_cv_undefined"
 */
export function byAnswer<T>(answer: boolean | null, values: ByAnswer<T>): T {
  if (answer === null) return values.unknown;
  return answer ? values.yes : values.no;
}

/**
 * A yes / no / unknown answer as the verdict it amounts to, for its label and emphasis.
 * @example answerVerdict(false) // "not_met"; answerVerdict(null) // "not_assessed"
 */
export function answerVerdict(answer: boolean | null): Verdict {
  return byAnswer<Verdict>(answer, { yes: "met", no: "not_met", unknown: "not_assessed" });
}

export function yesNo(value: boolean, lang: Lang): string {
  return message(value ? "out_yes" : "out_no", {}, lang);
}

/**
 * A reason code of an area verdict as text: item codes (G3, Q9, R1) and indicator codes (L2)
 * with their names, other codes through the catalogue with `params` (the pass rule's figures of
 * sections_failing), and anything unknown as itself.
 *
 * @example reasonLabel("G3", "zh") // "G3 音乐、美术专用教室"
 * @example reasonLabel("sections_failing", "zh", { minMet: 6, floor: "80%" }) // "有学校（学段）未达到“6项达标、其余不低于80%”"
 */
export function reasonLabel(code: string, lang: Lang, params: Readonly<Record<string, string | number>> = {}): string {
  if (/^[GQR]\d+$/.test(code)) return `${code} ${message(`item_${code}`, {}, lang)}`;
  const indicator = /(?:^|_)(L[1-7])$/.exec(code)?.[1];
  const stage = /^(primary|junior)_/.exec(code)?.[1];
  if (indicator && stage) return `${message(`stage_${stage}`, {}, lang)} ${indicator} ${message(`indicator_${indicator}`, {}, lang)}`;
  if (indicator === code) return `${code} ${message(`indicator_${code}`, {}, lang)}`;
  return CATALOGUE.has(code) ? message(code, params, lang) : code;
}

/** The source row for the schools sheet's source column, as a person reads it (学校基本情况 第12行; its link goes to A12). */
export function sourceText(source: SourceRow | null, lang: Lang): string | null {
  return source ? rowText(`${source.sheet}!${source.row}`, lang) : null;
}

/** The first cell of the source row, as a link target. */
export function sourceLink(source: SourceRow | null): string | null {
  return source ? qualified(source.sheet, `A${source.row}`) : null;
}
