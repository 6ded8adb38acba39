import type { Issue } from "../../engine/types";
import { issueAt } from "./issue";

/**
 * From which value a number item, as written, can only be a percentage without its % sign: a pay
 * ratio of 2 (teachers paid twice what civil servants are) or a difference rate of 1 (schools 100%
 * apart) is no county's (rules.md §4 item 8, §5 item 9: thresholds 1 and 0.15). Ratio items stop at
 * 1 in the engine (county_figure_ratio_above_one); these two are plain numbers there.
 */
const NOT_CREDIBLE_FROM: Readonly<Record<string, number>> = { G8_pay_ratio: 2, Q9_difference_rate: 1 };

/**
 * Whether a number item's value cannot be what was meant (NOT_CREDIBLE_FROM).
 * @example notCredible("G8_pay_ratio", 98) // true; notCredible("G8_pay_ratio", 1.02) // false; notCredible("Q9_difference_rate", 12) // true
 */
export function notCredible(code: string, value: number): boolean {
  const from = NOT_CREDIBLE_FROM[code];
  return from !== undefined && value >= from;
}

/**
 * The error at a number item's cell whose value is not credible (notCredible), saying the bound of
 * that item alone (`expected`: kind_credible_<code>, reviewer R4, finding 8: a difference rate of
 * 12 was told of the pay ratio's bound too), and suggesting the value as a percentage and as a
 * fraction: 98 → 98% or 0.98.
 * @example notCredibleIssue("县级指标", 4, 1, { item: "教师平均工资与公务员平均工资之比", text: "98", countyItem: "G8_pay_ratio", value: 98 }) // params { …, expected: "credible_G8_pay_ratio", percent: "98%", fraction: 0.98 } at 县级指标!B5
 */
export function notCredibleIssue(sheet: string, row: number, column: number, p: { item: string; text: string; countyItem: string; value: number }): Issue {
  // toPrecision drops the binary noise of the division (0.07 / 100 → 0.0007, not 0.0007000000000000001).
  const fraction = Number((p.value / 100).toPrecision(12));
  return issueAt("read_figure_number_not_credible", "error", sheet, row, column, { ...p, expected: `credible_${p.countyItem}`, percent: `${p.value}%`, fraction });
}
