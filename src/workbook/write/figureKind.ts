import type { ItemResult } from "../../engine/types";
import type { Profile } from "../../profiles/schema";

/**
 * How a figure of the guarantee sheet is shown: "ratio" as a percentage (the profile's county
 * items of unit "ratio", e.g. a training rate of 0.97 → 97.0%, and G8's pay ratio: percentItem), "plain" as the number itself
 * (counts of schools, amounts in yuan, pay ratios, levels). A yes / no part is neither: the sheet
 * shows it as 是 / 否 (guaranteeSheet's partFigureCells), though the engine keeps it as 1 / 0.
 */
export type FigureKind = "ratio" | "plain";

/**
 * County items the profile keeps as plain numbers that read as a percentage: G8's teachers' ÷ civil
 * servants' average pay (rules.md §4 item 8), 1.03 being teachers paid 103.0% of the civil
 * servants' pay against a threshold of 100%. The unit stays the profile's (the reader takes 1.03 as
 * typed); only the display is a percentage.
 */
const SHOWN_AS_PERCENT: ReadonlySet<string> = new Set(["G8_pay_ratio"]);

/** Whether a county item's figure is shown as a percentage: a ratio, or one of SHOWN_AS_PERCENT. @example percentItem("G8_pay_ratio", national) // true */
export function percentItem(key: string, profile: Profile): boolean {
  return profile.countyItems[key]?.unit === "ratio" || (SHOWN_AS_PERCENT.has(key) && profile.countyItems[key] !== undefined);
}

function unitKind(profile: Profile, keys: readonly string[]): FigureKind {
  return keys.length > 0 && keys.every((k) => percentItem(k, profile)) ? "ratio" : "plain";
}

/**
 * A sub-figure's kind, by its key: a county-item code takes its unit; anything else (schools
 * checked, failing, without data) is a count. Without a profile nothing is known to be a ratio.
 * @example partKind("G11_rotation_rate", national) // "ratio"; partKind("schools_checked", national) // "plain"
 */
export function partKind(key: string, profile: Profile | undefined): FigureKind {
  return profile === undefined ? "plain" : unitKind(profile, [key]);
}

/**
 * The kind of an item's own figure and threshold, from what the engine says the figure is
 * (ItemResult.figureOf): a number of failing schools is a count; a county rate or the lowest
 * school's share is a ratio by construction (teachers trained ÷ teachers, training funds ÷ public
 * funding); the county's own figure takes its county items' unit. Without a profile no county item
 * is known to be a ratio.
 * @example itemKind({ code: "G6", figureOf: "failing_count", … }, national) // "plain"
 * @example itemKind({ code: "Q1", figureOf: "county_figure", … }, national) // "ratio" (Q1_consolidation is a ratio)
 */
export function itemKind(item: ItemResult, profile: Profile | undefined): FigureKind {
  if (item.figureOf === "failing_count") return "plain";
  if (item.figureOf !== "county_figure") return "ratio";
  if (profile === undefined) return "plain";
  return unitKind(profile, Object.keys(profile.countyItems).filter((k) => profile.countyItems[k]?.item === item.code));
}
