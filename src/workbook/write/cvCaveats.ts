import { INDICATOR_CODES, type AreaVerdict, type CoefficientGroup, type Stage } from "../../engine/types";
import { message } from "../../messages/catalogue";
import type { Lang } from "../../messages/types";
import { stageLabel } from "./writeLabels";

const STAGES: readonly Stage[] = ["primary", "junior"];

/** Whether no CV of the group could be computed. */
function noCv(group: CoefficientGroup): boolean {
  return INDICATOR_CODES.every((code) => group.indicators[code].cv === null);
}

/** Whether every indicator had fewer than 2 sections with a value: no CV for want of schools, not for a mean of 0. */
function tooFew(group: CoefficientGroup): boolean {
  return INDICATOR_CODES.every((code) => group.indicators[code].n < 2);
}

/**
 * Why a CV is not computable, in a cell: a CV needs 2 sections with a value (rules.md §3, the
 * standard deviation of one value is nothing); with 2 or more its mean was 0. The county's
 * 差异系数 sheet says 不可计算 in each cell; a blank in the overview read as data missing.
 * @example uncomputedText(1 school with a value, "zh") // "不可计算（有数值的学校不足 2 所）"; uncomputedText(2 schools, every value 0, "zh") // "不可计算"
 */
export function uncomputedText(group: CoefficientGroup, lang: Lang): string {
  return message(tooFew(group) ? "out_cv_too_few" : "out_cv_undefined", {}, lang);
}

/**
 * What 资源配置's verdict rests on that its reasons do not say: a stage none of whose CVs could be
 * computed (the engine finds none over its limit there, so 达标 would stand with a blank reason),
 * and a stage with no section at all. Facts beside the engine's verdict, which stays as it is.
 * Nothing for a county without coefficients: its reasons already say no section was evaluable.
 * @example cvCaveats([one primary group of 1 school], "zh") // ["小学各项差异系数均不可计算（有数值的学校不足 2 所），未参与资源配置判定", "未见初中学校（学段）"]
 */
export function cvCaveats(coefficients: readonly CoefficientGroup[], lang: Lang): string[] {
  if (coefficients.length === 0) return [];
  const uncomputed = coefficients.filter(noCv).map((g) => message(tooFew(g) ? "out_caveat_stage_no_cv" : "out_caveat_stage_no_cv_other", { stage: stageLabel(g.stage, lang) }, lang));
  const missing = STAGES.filter((stage) => !coefficients.some((g) => g.stage === stage));
  return [...uncomputed, ...missing.map((stage) => message("out_caveat_stage_missing", { stage: stageLabel(stage, lang) }, lang))];
}

/**
 * The caveats (cvCaveats) where they change how a verdict reads: beside 资源配置 达标, whose reason
 * is otherwise blank. Not met or not assessed, the engine's reasons already explain the verdict.
 * @example resourcesCaveats(白云县: resources met, one primary school) // ["小学各项差异系数均不可计算…", "未见初中学校（学段）"]; resourcesCaveats(resources not met, …) // []
 */
export function resourcesCaveats(county: { readonly areas: readonly AreaVerdict[]; readonly coefficients: readonly CoefficientGroup[] }, lang: Lang): string[] {
  const met = county.areas.some((a) => a.area === "resources" && a.verdict === "met");
  return met ? cvCaveats(county.coefficients, lang) : [];
}
