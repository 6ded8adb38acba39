import { z } from "zod";
import { message } from "../messages/catalogue";
import type { Lang } from "../messages/types";
import { BUILT_IN_PROFILES, builtInProfile } from "./resolveProfile";
import { profileSchema } from "./schema";

/** A profile's own identity and its list of veto items: not settings a 规则 sheet adjusts. */
const NOT_SETTINGS = new Set(["id", "name", "sources", "vetoItems"]);
/** Of a county item only its threshold is a setting; its item, comparison and unit define it. */
const COUNTY_ITEM_SETTING = "threshold";

function inner(t: z.ZodType): z.ZodType {
  let type = t;
  while (type instanceof z.ZodNullable || type instanceof z.ZodOptional || type instanceof z.ZodDefault) type = (type as z.ZodNullable<z.ZodType>).unwrap() as z.ZodType;
  return type;
}

/** The county item codes of the built-in profiles judged against a number (a yes / no item has no threshold to set), in the national profile's order. */
function countyCodes(): string[] {
  const items = Object.keys(BUILT_IN_PROFILES).flatMap((id) => Object.entries(builtInProfile(id).countyItems));
  return [...new Set(items.filter(([, item]) => item.comparison !== "yes").map(([code]) => code))];
}

/** The leaf paths under `t` at `path`: an object's keys, a record's keys the profiles use (countyItems), an array or a value as one. */
function leafPaths(t: z.ZodType, path: string): string[] {
  const type = inner(t);
  if (type instanceof z.ZodObject) {
    const shape = type.shape as Record<string, z.ZodType>;
    return Object.entries(shape).flatMap(([k, v]) => (path === "" && NOT_SETTINGS.has(k) ? [] : leafPaths(v, path === "" ? k : `${path}.${k}`)));
  }
  if (type instanceof z.ZodRecord) return countyCodes().map((code) => `${path}.${code}.${COUNTY_ITEM_SETTING}`);
  return [path];
}

let paths: readonly string[] | null = null;

/**
 * Every setting a 规则 sheet can give, walked from the profile schema in its order (the paths the
 * reader's schemaLeaf takes). A nullable group (unitCosts, guarantee.funding.norm) is listed by its
 * keys, which is how a row sets it; of a county item only its threshold.
 * @example settingPaths()[0] // "standards.primary.L1"
 */
export function settingPaths(): readonly string[] {
  paths ??= leafPaths(profileSchema, "");
  return paths;
}

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
  const code = `help_setting_${keys.map((k) => (STAGE_SEGMENT.test(k) ? "stage" : k)).join("_")}`;
  return message(code, stage === undefined ? {} : { stage: stageLabel(stage, lang) }, lang);
}

/**
 * A setting as the result sheets and the pane name it: its meaning in words, or the path itself
 * when it is no 规则 sheet setting (an override from a profile file may set a whole object).
 * @example settingLabel("guarantee.classSize.primary", "zh") // "小学班额上限（人）"
 * @example settingLabel("countyItems", "en") // "countyItems"
 */
export function settingLabel(path: string, lang: Lang): string {
  return settingPaths().includes(path) ? settingMeaning(path, lang) : path;
}
