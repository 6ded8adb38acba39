import { z } from "zod";
import { settingMeaning } from "../messages/settingMeaning";
import type { Lang } from "../messages/types";
import { BUILT_IN_PROFILES, builtInProfile } from "./resolveProfile";
import { profileSchema } from "./schema";

export { settingMeaning };

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

/**
 * A setting as the result sheets and the pane name it: its meaning in words, or the path itself
 * when it is no 规则 sheet setting (an override from a profile file may set a whole object).
 * @example settingLabel("guarantee.classSize.primary", "zh") // "小学班额上限（人）"
 * @example settingLabel("countyItems", "en") // "countyItems"
 */
export function settingLabel(path: string, lang: Lang): string {
  return settingPaths().includes(path) ? settingMeaning(path, lang) : path;
}
