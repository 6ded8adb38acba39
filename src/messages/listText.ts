import type { Lang, MessageTable } from "./types";

/** The separators lists and clauses are joined with, in each language (registered in the catalogue like any table). */
export const SEPARATOR_MESSAGES = {
  out_sep_list: { zh: "、", en: ", " },
  out_sep_clause: { zh: "；", en: "; " },
} as const satisfies MessageTable;

/**
 * Names of one list, with the list separator of the language: 、 in Chinese, a comma in English.
 * Used by the catalogue for list parameters and by the writers alike.
 * @example listText(["甲小学", "乙小学"], "en") // "甲小学, 乙小学"
 */
export function listText(items: readonly string[], lang: Lang): string {
  return items.join(SEPARATOR_MESSAGES.out_sep_list[lang]);
}

/**
 * Phrases that each say something of their own, with the clause separator: ； in Chinese, a
 * semicolon in English. Names that hold a 、 themselves (音乐、美术专用教室) need it, not listText.
 * @example clauseText(["L4 to standard: 400.00 m²", "L6 to 85%: 6,000 yuan"], "en") // "L4 to standard: 400.00 m²; L6 to 85%: 6,000 yuan"
 */
export function clauseText(items: readonly string[], lang: Lang): string {
  return items.join(SEPARATOR_MESSAGES.out_sep_clause[lang]);
}
