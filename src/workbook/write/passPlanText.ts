import type { IndicatorCode, PassPlan, PassPlanStep } from "../../engine/types";
import { countMessage } from "../../messages/countMessage";
import { message } from "../../messages/catalogue";
import type { Lang } from "../../messages/types";
import { FORMAT, formatNeed, formatNumber, shortfallUnit } from "./formats";
import { clauseText } from "../../messages/listText";

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
  // A yuan amount (L6) is its own cost: saying it twice helps nobody.
  if (step.cost === null || step.cost === 0 || shortfallUnit(step.code) === "yuan") return text;
  return text + message("out_plan_cost", { cost: formatNeed(step.cost, FORMAT.yuan) }, lang);
}

/** The other area indicator of L4 (teaching rooms) and L5 (sports grounds), priced apart (passPlanDominance NEED_KIND). */
const OTHER_AREA: Partial<Record<IndicatorCode, IndicatorCode>> = { L4: "L5", L5: "L4" };

/**
 * Whether a plan was chosen by the largest gap over relaxing the other area indicator: it relaxes
 * L4 and asks for L5 m² (or the reverse), and the alternative asks for the other kind of m², so
 * neither needs less of everything and fewer m² in all need not have won.
 * @example areaKindsWeighed({ relaxed: "L4", basis: "largest_gap", steps: [L4 floor 0, L5 standard 700] }) // true
 */
function areaKindsWeighed(plan: PassPlan): boolean {
  const other = OTHER_AREA[plan.relaxed];
  return plan.basis === "largest_gap" && other !== undefined && plan.steps.some((s) => s.code === other && s.amount > 0);
}

/**
 * The cheapest way to pass as one line: each step with its amount and, when it has one, its cost.
 * `floor` is the profile's floor as a percent (passRuleParams): the amount of a step to the floor
 * was computed for it, so the text names the same floor (1 teacher to 80%, not "to 85%").
 * Chosen by the largest gap between an L4 and an L5 plan, it says why (areaKindsWeighed).
 * @example passPlanText({ relaxed: "L5", steps: [L4 to standard 454.5 m², L5 to floor 0], basis: "largest_gap", … }, "zh", "85%")
 * // "L4 补足到标准：454.50 ㎡；L5 保留在85%以上即可（两方案所需面积种类不同，未给单位成本时放宽相对缺口最大的一项）"
 */
export function passPlanText(plan: PassPlan, lang: Lang, floor: string): string {
  if (!plan.steps.some((s) => s.amount > 0)) return message("out_plan_nothing", { code: plan.relaxed, floor }, lang);
  const text = clauseText(plan.steps.map((s) => stepText(s, lang, floor)).filter((t): t is string => t !== null), lang);
  return areaKindsWeighed(plan) ? text + message("out_plan_area_kinds", {}, lang) : text;
}
