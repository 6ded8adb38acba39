import type { IndicatorCode, PassPlan, PassPlanStep } from "../../engine/types";
import { countMessage } from "../../messages/countMessage";
import { message } from "../../messages/catalogue";
import type { Lang } from "../../messages/types";
import { FORMAT, formatNeed, formatNumber, shortfallUnit } from "./formats";
import { inlineClauses, listText } from "../../messages/listText";

/**
 * An amount of need in its unit, as people write it (one teacher, two teachers).
 * @example amountText("L1", 2, "zh") // "2 人"; amountText("L6", 80000, "zh") // "80,000 元"; amountText("L7", 1, "en") // "1 room"; amountText("L6", 0.3, "zh") // "1 元" (see formatNeed)
 */
export function amountText(code: IndicatorCode, amount: number, lang: Lang): string {
  const unit = shortfallUnit(code);
  if (unit === "area") return message("out_unit_area", { n: formatNeed(amount, FORMAT.area) }, lang);
  if (unit === "yuan") return message("out_unit_yuan", { n: formatNeed(amount, FORMAT.yuan) }, lang);
  return countMessage(`out_unit_${unit}`, amount, { n: formatNumber(amount, FORMAT.count) }, lang);
}

/**
 * A step that needs nothing is the relaxed indicator already at its floor: it may stay where it
 * is, and costs nothing, so it gets no amount and no "about 0 yuan". A zero step to standard
 * (a profile where all seven must be met) asks for nothing and is left out.
 */
function stepText(step: PassPlanStep, lang: Lang, floor: string): string | null {
  if (step.amount === 0) return step.target === "floor" ? message("out_plan_keep", { code: step.code, floor }, lang) : null;
  const code = step.target === "standard" ? "out_plan_standard" : "out_plan_floor";
  const text = message(code, { code: step.code, amount: amountText(step.code, step.amount, lang), floor }, lang);
  if (step.schoolAmount !== undefined) return text + schoolText(step, step.schoolAmount, lang);
  // A yuan amount (L6) is its own cost: saying it twice helps nobody.
  if (step.cost === null || step.cost === 0 || shortfallUnit(step.code) === "yuan") return text;
  return text + message("out_plan_cost", { cost: formatNeed(step.cost, FORMAT.yuan) }, lang);
}

/**
 * What the whole combined school adds for a section's step on a shared resource, and what that
 * costs: the cost is the school's, not of the section's share the step names (passPlan schoolAddition).
 * @example schoolText(L5 438.08 m², school 969.09 m², cost 193 818, "zh") // "（整校需补 969.09 ㎡，约 193,818 元）"
 */
function schoolText(step: PassPlanStep, school: number, lang: Lang): string {
  const amount = amountText(step.code, school, lang);
  const priced = step.cost !== null && shortfallUnit(step.code) !== "yuan";
  return priced ? message("out_plan_school_cost", { amount, cost: formatNeed(step.cost ?? 0, FORMAT.yuan) }, lang) : message("out_plan_school", { amount }, lang);
}

/**
 * Why the largest gap chose, from the plans the engine weighed (PassPlan.weighed): relaxing L4
 * against relaxing L5 need different kinds of area (priced apart, passPlanDominance NEED_KIND);
 * any other set, its plans named and counted. Empty when nothing was weighed (cost, dominance).
 * @example weighedText({ weighed: ["L5", "L4"], … }, "zh") // "（放宽 L4、L5 之一的 2 种方案所需面积种类不同…）"
 */
function weighedText(plan: PassPlan, lang: Lang): string {
  const weighed = plan.weighed ?? [];
  if (weighed.length < 2) return "";
  if (weighed.length === 2 && weighed.includes("L4") && weighed.includes("L5")) return message("out_plan_area_kinds", {}, lang);
  return message(weighed.length === 2 ? "out_plan_kinds_weighed_two" : "out_plan_kinds_weighed", { plans: listText(weighed, lang), n: weighed.length }, lang);
}

/**
 * The cheapest way to pass as one line: each step with its amount and, when it has one, its cost.
 * `floor` is the profile's floor as a percent (passRuleParams): the amount of a step to the floor
 * was computed for it, so the text names the same floor (1 teacher to 80%, not "to 85%").
 * Chosen by the largest gap among plans that need different things, it says why (weighedText).
 * @example passPlanText({ relaxed: "L5", steps: [L4 to standard 454.5 m², L5 to floor 0], basis: "largest_gap", weighed: ["L5", "L4"], … }, "zh", "85%")
 * // "L4 补足到标准：454.50 ㎡；L5 保留在85%以上即可（放宽 L4、L5 之一的 2 种方案所需面积种类不同，无法直接比较；未给单位成本时，放宽相对缺口较大的一项）"
 */
export function passPlanText(plan: PassPlan, lang: Lang, floor: string): string {
  if (!plan.steps.some((s) => s.amount > 0)) return message("out_plan_nothing", { code: plan.relaxed, floor }, lang);
  const text = inlineClauses(plan.steps.map((s) => stepText(s, lang, floor)).filter((t): t is string => t !== null), lang);
  return text + weighedText(plan, lang);
}
