import type { SchoolGuarantee } from "../../engine/types";
import { message } from "../../messages/catalogue";
import type { Lang } from "../../messages/types";
import { FORMAT, formatNumber } from "./formats";

/** A yuan amount as the 说明 writes it: whole yuan without decimals, else with two. */
function yuanText(value: number): string {
  return formatNumber(value, Number.isInteger(value) ? FORMAT.yuan : FORMAT.yuanPrecise);
}

/**
 * The 说明 of a special-education school short of G7 (rules.md §4 item 7; seed 000: 小学 6 080,
 * 初中 6 100 元/生): its funding per student, the norm applied per student (the profile's, weighted
 * by its stages' students when it gives them) and the shortfall's arithmetic, which neither
 * 政府保障与质量 nor the 缺口 alone shows. Its funding is the requirement less the shortfall, as
 * the engine compares them (SchoolGuarantee: fundedStudents its students, fundingNorm the yuan
 * required). Null for any other school, or one not short, or without its students.
 * @example specialFundingNote(86 students, 522 880 required, 2 580 short, "zh")
 * // "特殊教育学校生均公用经费 6,050 元（520,300 元 ÷ 86 人），低于标准 6,080 元/生：缺口（元）= 6,080×86 − 520,300 = 2,580"
 */
export function specialFundingNote(g: SchoolGuarantee, lang: Lang): string | null {
  const { fundedStudents: students, fundingNorm: required, fundingShortfall: shortfall } = g;
  if (g.type !== "special" || students === null || students <= 0 || required === null || shortfall === null || shortfall <= 0) return null;
  const actual = required - shortfall;
  const params = { perStudent: yuanText(actual / students), actual: yuanText(actual), students, norm: yuanText(required / students), shortfall: yuanText(shortfall) };
  return message("out_special_funding_note", params, lang);
}
