import type { Issue } from "../../engine/types";
import type { ItemUnit } from "./matchCountyItem";
import { issueAt } from "./issue";

/**
 * Whether a share item's number, written with no % in its cell, number format, header, unit column
 * or name, is a percentage all the same: a ratio item (unit "ratio": every threshold a proportion
 * ≤ 1, rules.md §4 items 9, 11–15, §5 items 1, 2, 4, §6 R1) above 1 and at most 100 (就近入学比例 95
 * is 95%: a share cannot exceed 1). 0–1 is the proportion itself; above 100 no percentage either,
 * left for the engine to refuse. The pay ratio and the difference rate are "number" items, where
 * 1.02 and 0.15 are the scale and 98 is not certain (credibleNumber.ts): never guessed here.
 *
 * @example isBarePercent("ratio", 95) // true; isBarePercent("ratio", 0.95) // false; isBarePercent("ratio", 150) // false; isBarePercent("number", 98) // false
 */
export function isBarePercent(unit: ItemUnit, value: number): boolean {
  return unit === "ratio" && value > 1 && value <= 100;
}

/**
 * The warning at a share item's cell whose bare number was read as a percentage (isBarePercent):
 * what it was read as, and how to write it so that no reading is needed (95% or 0.95).
 *
 * @example barePercentIssue("县级指标", 13, 1, { item: "初中就近划片入学比例", text: "97", countyItem: "G13_nearby_junior", value: 0.97 }) // read_figure_bare_percent at 县级指标!B14, params { …, percent: "97%", fraction: 0.97 }
 */
export function barePercentIssue(sheet: string, row: number, column: number, p: { item: string; text: string; countyItem: string; value: number }): Issue {
  // toPrecision drops the binary noise of the scaling (as credibleNumber.ts does).
  const fraction = Number(p.value.toPrecision(12));
  const percent = `${Number((fraction * 100).toPrecision(12))}%`;
  return issueAt("read_figure_bare_percent", "warning", sheet, row, column, { item: p.item, text: p.text, countyItem: p.countyItem, percent, fraction });
}
