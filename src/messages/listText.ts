import { inSentence } from "./inSentence";
import type { Lang, MessageTable } from "./types";

/** The separators lists and clauses are joined with, in each language (registered in the catalogue like any table). */
export const SEPARATOR_MESSAGES = {
  out_sep_list: { zh: "、", en: ", " },
  out_sep_clause: { zh: "；", en: "; " },
  // Notes that are each a sentence of their own, starting with a capital in English (a 说明 cell's).
  out_sep_note: { zh: "；", en: ". " },
  // Before the last of a few names in a sentence ("L4 and L5"); Chinese joins them all by 、.
  out_sep_last: { zh: "、", en: " and " },
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

/**
 * Clauses that run on in one sentence under one head (汇总's reasons, veto items after 未填报：, the
 * ways to pass a school must take): ； in Chinese, as clauseText; a semicolon in English, where each
 * clause after the first has the capital its first word takes on its own lowered (inSentence), as
 * "; Some school sections …" or "; No way to pass …" reads as a new sentence begun after a
 * semicolon. Codes (G6, L4), names (Excel) and Chinese keep their form.
 * @example inlineClauses(["No school section could be evaluated", "Some school sections in scope could not be evaluated"], "en") // "No school section could be evaluated; some school sections in scope could not be evaluated"
 * @example inlineClauses(["L6: 357,000 yuan", "No way to pass for the primary section"], "en") // "L6: 357,000 yuan; no way to pass for the primary section"
 */
export function inlineClauses(items: readonly string[], lang: Lang): string {
  return lang === "zh" ? clauseText(items, lang) : clauseText(items.map((item, i) => (i === 0 ? item : inSentence(item, false))), lang);
}

/**
 * Notes that each stand as a sentence (a 说明 cell's: why a shortfall is a lower bound, how a school
 * was funded): ； in Chinese, as clauses; a full stop in English, where each note opens with a
 * capital ("Public funding: …") that would read wrong after a semicolon.
 * @example noteText(["Public funding: funded as 500 students (394 enrolled)", "Public funding required (yuan) includes the boarding extra"], "en") // "Public funding: funded as 500 students (394 enrolled). Public funding required (yuan) includes the boarding extra"
 */
export function noteText(items: readonly string[], lang: Lang): string {
  return items.join(SEPARATOR_MESSAGES.out_sep_note[lang]);
}

/**
 * A few names as a sentence lists them: "L4 and L5", "L1, L2 and L3" in English; L4、L5 in Chinese.
 * @example andText(["L1", "L2", "L3"], "en") // "L1, L2 and L3"; andText(["L4", "L5"], "zh") // "L4、L5"
 */
export function andText(items: readonly string[], lang: Lang): string {
  if (items.length < 2) return items.join("");
  return `${listText(items.slice(0, -1), lang)}${SEPARATOR_MESSAGES.out_sep_last[lang]}${items[items.length - 1] ?? ""}`;
}
