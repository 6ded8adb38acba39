import type { IndicatorCode, PassPlan, PassPlanStep } from "../../engine/types";
import { message } from "../../messages/catalogue";
import type { Lang } from "../../messages/types";
import { FORMAT, formatNumber, shortfallUnit } from "./formats";

/**
 * An amount of need in its unit, as people write it.
 * @example amountText("L1", 2, "zh") // "2 人"; amountText("L6", 80000, "zh") // "80,000 元"
 */
export function amountText(code: IndicatorCode, amount: number, lang: Lang): string {
  const unit = shortfallUnit(code);
  if (unit === "area") return message("out_unit_area", { n: formatNumber(amount, FORMAT.area) }, lang);
  if (unit === "yuan") return message("out_unit_yuan", { n: formatNumber(amount, FORMAT.yuan) }, lang);
  return message(`out_unit_${unit}`, { n: formatNumber(amount, FORMAT.count) }, lang);
}

function stepText(step: PassPlanStep, lang: Lang): string {
  const code = step.target === "standard" ? "out_plan_standard" : "out_plan_floor";
  const text = message(code, { code: step.code, amount: amountText(step.code, step.amount, lang) }, lang);
  // A yuan amount (L6) is its own cost: saying it twice helps nobody.
  if (step.cost === null || shortfallUnit(step.code) === "yuan") return text;
  return text + message("out_plan_cost", { cost: formatNumber(step.cost, FORMAT.yuan) }, lang);
}

/** The cheapest way to pass as one line: each step with its amount and cost. */
export function passPlanText(plan: PassPlan, lang: Lang): string {
  if (plan.steps.length === 0) return message("out_plan_nothing", { code: plan.relaxed }, lang);
  return plan.steps.map((s) => stepText(s, lang)).join("；");
}
