import { CATALOGUE, message } from "./catalogue";
import { listText } from "./listText";
import type { Lang } from "./types";

const STAGE_SEGMENT = /^(primary|junior|senior)$/;

function stageLabel(stage: string, lang: Lang): string {
  return message(stage === "senior" ? "help_stage_senior" : `stage_${stage}`, {}, lang);
}

/**
 * What a setting means, from the catalogue (the help page's 含义, and the name a 规则 row may give
 * instead of the path): an indicator's standard by its indicator and stage, a county item's
 * threshold by the item's name, any other by help_setting_<path> with a stage's segment as `stage`
 * (cvLimits.junior → help_setting_cvLimits_stage, {stage} 初中).
 * @example settingMeaning("cvLimits.junior", "zh") // "初中差异系数上限"
 * @example settingMeaning("countyItems.G8_pay_ratio.threshold", "zh") // "县级指标 G8_pay_ratio（教师平均工资与公务员平均工资之比）的标准"
 */
export function settingMeaning(path: string, lang: Lang): string {
  const keys = path.split(".");
  const [head, second = "", third = ""] = keys;
  if (head === "standards") return message("help_setting_standards", { stage: stageLabel(second, lang), indicator: message(`indicator_${third}`, {}, lang) }, lang);
  if (head === "countyItems") return message("help_setting_county_threshold", { code: second, item: message(`county_${second}`, {}, lang) }, lang);
  const stage = keys.find((k) => STAGE_SEGMENT.test(k));
  return message(settingCode(path), stage === undefined ? {} : { stage: stageLabel(stage, lang) }, lang);
}

/** The catalogue code of a setting's meaning, a stage's segment standing as `stage` (cvLimits.junior → help_setting_cvLimits_stage). */
function settingCode(path: string): string {
  return `help_setting_${path.split(".").map((k) => (STAGE_SEGMENT.test(k) ? "stage" : k)).join("_")}`;
}

/** Whether the catalogue words a setting's meaning (standards and county items are worded from their parts). */
function hasMeaning(path: string): boolean {
  const [head] = path.split(".");
  return head === "standards" || head === "countyItems" || CATALOGUE.has(settingCode(path));
}

/**
 * Settings named by paths (one per line, as read_rule_incomplete's `paths`) the way a 规则 row
 * may name them — by what they mean, with the path beside it, which a row may also give; a path
 * with no meaning in the catalogue stays a path.
 * @example settingsText("guarantee.funding.norm.junior", "zh") // "“初中生均公用经费标准（元/生·年）”（guarantee.funding.norm.junior）"
 */
export function settingsText(paths: string, lang: Lang): string {
  const named = paths.split("\n").filter((p) => p !== "").map((p) => (hasMeaning(p) ? message("out_setting_named", { meaning: settingMeaning(p, lang), path: p }, lang) : p));
  return listText(named, lang);
}
