import { message } from "../../messages/catalogue";
import type { Lang } from "../../messages/types";
import type { OverviewEntry } from "./overviewEntry";

/**
 * The year every workbook evaluated was judged for, or null when they differ or one names none (its
 * share answers to the profile's latest target, not to that year's): a title's year speaks for all.
 * @example commonYear([2024, 2024, failed]) // 2024; commonYear([2024, 2023]) // null; commonYear([2024, null]) // null
 */
export function commonYear(entries: readonly OverviewEntry[]): number | null {
  const years = new Set(entries.flatMap((e) => (e.outcome.ok ? [e.outcome.year] : [])));
  const [year = null] = years;
  return years.size === 1 ? year : null;
}

/**
 * 评估总览's title with the city (the folder the user gave, when one) and the common year: a
 * director's copy says whose and which year's it is. Without either, the title says several workbooks.
 * @example overviewTitle(entries of 2024, "青州市", "zh") // "青州市2024年义务教育优质均衡发展评估总览"; overviewTitle(entries of 2023 and 2024, null, "zh") // "义务教育优质均衡发展评估总览（多个工作簿）"
 */
export function overviewTitle(entries: readonly OverviewEntry[], city: string | null, lang: Lang): string {
  const year = commonYear(entries);
  if (city !== null && year !== null) return message("out_title_overview_city_year", { city, year }, lang);
  if (city !== null) return message("out_title_overview_city", { city }, lang);
  if (year !== null) return message("out_title_overview_year", { year }, lang);
  return message("out_title_overview", {}, lang);
}
