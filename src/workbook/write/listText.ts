import { message } from "../../messages/catalogue";
import type { Lang } from "../../messages/types";

/**
 * Names of one list, with the list separator of the language: 、 in Chinese, a comma in English.
 * @example listText(["甲小学", "乙小学"], "en") // "甲小学, 乙小学"
 */
export function listText(items: readonly string[], lang: Lang): string {
  return items.join(message("out_sep_list", {}, lang));
}

/**
 * Phrases that each say something of their own, with the clause separator: ； in Chinese, a
 * semicolon in English. Names that hold a 、 themselves (音乐、美术专用教室) need it, not listText.
 * @example clauseText(["L4 to standard: 400.00 m²", "L6 to 85%: 6,000 yuan"], "en") // "L4 to standard: 400.00 m²; L6 to 85%: 6,000 yuan"
 */
export function clauseText(items: readonly string[], lang: Lang): string {
  return items.join(message("out_sep_clause", {}, lang));
}
