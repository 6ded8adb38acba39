import { INDICATOR_CODES, type AreaCaveat, type AreaVerdict, type CoefficientGroup } from "../../engine/types";
import { uncomputableCause } from "../../engine/verdict/notComputable";
import { countMessage } from "../../messages/countMessage";
import { message } from "../../messages/catalogue";
import type { Lang } from "../../messages/types";
import { stageLabel } from "./writeLabels";

/** Whether no indicator's CV was computed for want of schools with values (uncomputableCause: too few, or none), not for a mean of 0. */
function tooFew(group: CoefficientGroup): boolean {
  return INDICATOR_CODES.every((code) => ["too_few_sections", "no_values"].includes(uncomputableCause(group.indicators[code]) ?? ""));
}

/**
 * Why a CV is not computable, in a cell: a CV needs 2 sections with a value (rules.md §3, the
 * standard deviation of one value is nothing); with 2 or more its mean was 0. The county's
 * 差异系数 sheet says 不可计算 in each cell; a blank in the overview read as data missing.
 * @example uncomputedText(1 school with a value, "zh") // "不可计算（有数值的学校（学段）不足 2 个）"; uncomputedText(2 schools, every value 0, "zh") // "不可计算"
 */
export function uncomputedText(group: CoefficientGroup, lang: Lang): string {
  return message(tooFew(group) ? "out_cv_too_few" : "out_cv_undefined", {}, lang);
}

/**
 * One engine caveat of 资源配置 (AreaCaveat: coefficients it was judged without) in words — the one
 * wording of 汇总, the overview, stdout and the task pane: a stage of fewer than 2 school sections by its
 * count, a stage none of whose CVs could be computed, else the indicators by code; an indicator no
 * section has a value of (no_values) by code, with the count of sections lacking it, or, when its
 * column was refused whole for its unit (refusedAt), with the header cell that says why.
 * @example caveatText({ stage: "primary", indicators: ["L5"], cause: "no_values", schools: 173 }, "zh") // "小学 L5 差异系数不可计算（173 个学校（学段）均无该项数值，…），未参与资源配置判定"
 * @example caveatText({ stage: "primary", indicators: ["L6"], cause: "no_values", schools: 5, refusedAt: ["学校基本情况!P3"] }, "zh") // "小学 L6 差异系数不可计算（该列单位存疑，未读取，见 学校基本情况!P3），未参与资源配置判定"
 * @example caveatText({ stage: "junior", indicators: [L1…L7], cause: "too_few_sections", schools: 1 }, "zh") // "初中差异系数不可计算（仅 1 个学校（学段）），未参与资源配置判定"
 */
export function caveatText(caveat: AreaCaveat, lang: Lang): string {
  const stage = stageLabel(caveat.stage, lang);
  // {indicators} is a list parameter of codes joined by commas (as issues keep them): the catalogue sets the language's separator.
  const indicators = caveat.indicators.join(",");
  // The values are there, refused with their column's unit: the header cell says why, not "check that the column is there".
  if (caveat.refusedAt !== undefined) return message("out_caveat_cv_unit_refused", { stage, indicators, cells: caveat.refusedAt.join("、") }, lang);
  if (caveat.cause === "no_values") return message("out_caveat_cv_no_values", { stage, indicators, n: caveat.schools }, lang);
  const few = caveat.cause === "too_few_sections";
  if (few && caveat.schools < 2) return countMessage("out_caveat_stage_few_schools", caveat.schools, { stage, n: caveat.schools }, lang);
  if (caveat.indicators.length === INDICATOR_CODES.length) return message(few ? "out_caveat_stage_no_cv" : "out_caveat_stage_no_cv_other", { stage }, lang);
  return message(few ? "out_caveat_cv_few" : "out_caveat_cv_zero_mean", { stage, indicators }, lang);
}

/**
 * The caveats (caveatText) where they change how a verdict reads: beside 资源配置 达标, whose reason
 * is otherwise blank. Not met or not assessed, the engine's reasons already explain the verdict.
 * @example resourcesCaveats(白云县: resources met, one junior school) // ["初中差异系数不可计算（仅 1 个学校（学段）），未参与资源配置判定"]; resourcesCaveats(resources not met, …) // []
 */
export function resourcesCaveats(county: { readonly areas: readonly AreaVerdict[] }, lang: Lang): string[] {
  return metResourcesCaveats(county).map((c) => caveatText(c, lang));
}

/**
 * 资源配置's caveats (AreaVerdict.caveats) when it is met; beside another verdict only those of an
 * indicator no section has a value of (no_values: a missing column, which the not-met reasons,
 * about the CVs computed, never mention); the others' reasons already explain it — the one rule of
 * 汇总, the overview, stdout and the pane's glance.
 * @example metResourcesCaveats(白云县: resources met, one junior school) // [{ code: "cv_not_computable", stage: "junior", …, schools: 1 }]; resources not met → []; not met, no L5 anywhere → [{ …, indicators: ["L5"], cause: "no_values" }]
 */
export function metResourcesCaveats(county: { readonly areas: readonly AreaVerdict[] }): readonly AreaCaveat[] {
  const area = county.areas.find((a) => a.area === "resources");
  const caveats = area?.caveats ?? [];
  return area?.verdict === "met" ? caveats : caveats.filter((c) => c.cause === "no_values");
}
