import type { Lang } from "../../messages/types";
import { message } from "../../messages/catalogue";
import type { CountyItem } from "../../profiles/schema";
import { formatKeepingSides } from "./decimalsKeepingSides";
import { FORMAT, formatLiteral, formatNumber, withDecimals, writtenDecimals } from "./formats";

/**
 * Roman numerals of the national quality monitoring's levels 水平Ⅰ–Ⅳ (rules.md §5 item 9: level Ⅲ
 * or above): in Chinese the numeral characters the monitoring reports print (Ⅲ级), in English
 * Latin letters (Level III), which every font shows and a search for "III" finds.
 */
const LEVELS: Readonly<Record<Lang, readonly string[]>> = { zh: ["Ⅰ", "Ⅱ", "Ⅲ", "Ⅳ"], en: ["I", "II", "III", "IV"] };

/**
 * A monitoring level as the monitoring reports name it, or null for a number that is not one.
 * @example levelText(3, "zh") // "Ⅲ级"; levelText(3, "en") // "Level III"; levelText(2.5, "zh") // null
 */
export function levelText(value: number, lang: Lang): string | null {
  const roman = levelNumeral(value, lang);
  return roman === null ? null : message("out_level", { level: roman }, lang);
}

/**
 * A monitoring level's Roman numeral in the language's writing (LEVELS), or null for a number that is no level 1–4.
 * @example levelNumeral(3, "zh") // "Ⅲ"; levelNumeral(3, "en") // "III"; levelNumeral(5, "zh") // null
 */
export function levelNumeral(value: number, lang: Lang): string | null {
  return (Number.isInteger(value) ? LEVELS[lang][value - 1] : undefined) ?? null;
}

/**
 * The decimals a threshold is written with, at least two: a difference rate of 0.12 against a limit
 * of 0.15 reads as a rate beside it only in the same format.
 * @example thresholdDecimals(0.15) // 2; thresholdDecimals(0.125) // 3; thresholdDecimals(1) // 2
 */
export function thresholdDecimals(threshold: number): number {
  return Math.max(2, writtenDecimals(threshold));
}

/**
 * The Excel number format of a plain (not percent) county figure or threshold, by its county item's
 * unit: a level as its name (the cell keeps 3, shown Ⅲ级), yuan with separators, a number with its
 * threshold's decimals kept on its side of it (decimalsKeepingSides); null (General) otherwise.
 * @example plainFormat(Q9_difference_rate, 0.12, "zh") // "0.00"; plainFormat(Q9_monitoring_level, 3, "zh") // '"Ⅲ级"'
 */
export function plainFormat(item: CountyItem | undefined, value: number | null, lang: Lang): string | null {
  if (item === undefined || value === null) return null;
  if (item.unit === "level") {
    const text = levelText(value, lang);
    return text === null ? null : formatLiteral(text);
  }
  if (item.unit === "yuan") return FORMAT.yuan;
  if (item.unit !== "number" || item.threshold === null) return null;
  return formatKeepingSides(withDecimals("0", thresholdDecimals(item.threshold)), [[value, item.threshold]]);
}

/**
 * A county figure as text, as the guarantee sheet shows it: percent, level, yuan or decimals.
 * @example figureText(0.98, G8_pay_ratio, true, "zh") // "98.0%"; figureText(0.12, Q9_difference_rate, false, "zh") // "0.12"
 */
export function figureText(value: number, item: CountyItem | undefined, percent: boolean, lang: Lang): string {
  if (percent) return formatNumber(value, formatKeepingSides(FORMAT.ratio, [[value, item?.threshold]]));
  const format = plainFormat(item, value, lang);
  return format === null ? String(value) : formatNumber(value, format);
}
