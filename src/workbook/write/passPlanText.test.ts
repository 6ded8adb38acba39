import type { IndicatorCode, PassPlan, PassPlanStep } from "../../engine/types";
import { amountText, passPlanText } from "./passPlanText";

const step = (code: IndicatorCode, target: PassPlanStep["target"], amount: number, cost: number | null): PassPlanStep => ({ code, target, amount, cost });

/** A pass plan as the engine states it, its total the sum of the step costs when every step has one. */
function plan(relaxed: IndicatorCode, basis: PassPlan["basis"], ...steps: PassPlanStep[]): PassPlan {
  const costs = steps.map((s) => s.cost);
  const totalCost = costs.every((c): c is number => c !== null) ? costs.reduce((sum, c) => sum + c, 0) : null;
  return { relaxed, steps, totalCost, basis };
}

/** The plan as the engine gives it when it weighed `weighed` by their gaps (PassPlan.weighed, basis largest_gap). */
const weighing = (p: PassPlan, ...weighed: IndicatorCode[]): PassPlan => ({ ...p, weighed });

describe("passPlanText", () => {
  // The Sichuan sample's 城关第三小学: L4 short of standard by 454.5 m², L5 relaxed and already at
  // its floor (amount 0). No unit costs in the profile, so the L4 step has no cost; the engine
  // prices the zero step at 0.
  const keepL5 = weighing(plan("L5", "largest_gap", step("L4", "standard", 454.5, null), step("L5", "floor", 0, 0)), "L5", "L4");

  // Chosen by the largest gap between relaxing L5 (454.50 m² of teaching rooms) and relaxing L4 (sports-ground m²):
  // the plan says why the fewer m² need not be the choice (the two areas are priced apart, passPlanDominance).
  const WHY = "（放宽 L4、L5 之一的 2 种方案所需面积种类不同，无法直接比较；未给单位成本时，放宽相对缺口较大的一项）";
  const WHY_EN = " (the 2 plans, each relaxing one of L4, L5, need different kinds of area and cannot be compared; without unit costs, the one with the larger relative gap is relaxed)";

  it("names what a combined school builds for its section's share, and prices that (红旗学校 初中: 438.08 m² of 45.2% is 969.09 m²)", () => {
    // 969.090909 m² × 50 yuan = 48 454.55 yuan; L6 (yuan) has no separate cost, its school amount alone.
    const shared = plan("L1", "cost", step("L1", "floor", 0, 0), { code: "L5", target: "standard", amount: 438.082192, schoolAmount: 969.090909, cost: 48_454.545455 });
    expect(passPlanText(shared, "zh", "85%")).toBe("L1 保留在85%以上即可；L5 补足到标准：438.08 ㎡（整校需补 969.09 ㎡，约 48,455 元）");
    expect(passPlanText(shared, "en", "85%")).toBe("L1 can stay at 85% or more; L5 to standard: 438.08 m² (the whole school adds 969.09 m², about 48,455 yuan)");
    const yuan = plan("L5", "dominance", { code: "L6", target: "standard", amount: 33_000, schoolAmount: 73_000, cost: 73_000 }, step("L5", "floor", 0, 0));
    expect(passPlanText(yuan, "zh", "85%")).toBe("L6 补足到标准：33,000 元（整校需补 73,000 元）；L5 保留在85%以上即可");
  });

  it("says a relaxed indicator at its floor may stay there, without an amount or a cost", () => {
    expect(passPlanText(keepL5, "zh", "85%")).toBe(`L4 补足到标准：454.50 ㎡；L5 保留在85%以上即可${WHY}`);
    expect(passPlanText(keepL5, "en", "85%")).toBe(`L4 to standard: 454.50 m²; L5 can stay at 85% or more${WHY_EN}`);
  });

  it("says why an L4 plan and an L5 plan were weighed by their gaps (wb-D 东街小学: L4 kept at 85%, L5 700 m² to standard)", () => {
    const dongjie = weighing(plan("L4", "largest_gap", step("L4", "floor", 0, 0), step("L5", "standard", 700, null)), "L4", "L5");
    expect(passPlanText(dongjie, "zh", "85%")).toBe(`L4 保留在85%以上即可；L5 补足到标准：700.00 ㎡${WHY}`);
  });

  it("names the plans the engine weighed, never “两方案” for three (relax L6, L1 or L7: teachers, yuan, rooms)", () => {
    const three = weighing(plan("L6", "largest_gap", step("L1", "standard", 2, null), step("L6", "floor", 0, 0), step("L7", "standard", 1, null)), "L6", "L1", "L7");
    expect(passPlanText(three, "zh", "85%")).toBe("L1 补足到标准：2 人；L6 保留在85%以上即可；L7 补足到标准：1 间（放宽 L6、L1、L7 之一的 3 种方案所需资源种类不同，无法直接比较；未给单位成本时，放宽相对缺口最大的一项）");
    expect(passPlanText(three, "en", "85%")).toBe("L1 to standard: 2 teachers; L6 can stay at 85% or more; L7 to standard: 1 room (the 3 plans, each relaxing one of L6, L1, L7, need different kinds of resources and cannot be compared; without unit costs, the one with the largest relative gap is relaxed)");
    // Two plans not of L4 and L5 (teachers against yuan): named as well, with their number.
    const two = weighing(plan("L6", "largest_gap", step("L1", "standard", 2, null), step("L6", "floor", 0, 0)), "L6", "L1");
    expect(passPlanText(two, "zh", "85%")).toBe("L1 补足到标准：2 人；L6 保留在85%以上即可（放宽 L6、L1 之一的 2 种方案所需资源种类不同，无法直接比较；未给单位成本时，放宽相对缺口较大的一项）");
    expect(passPlanText(two, "en", "85%")).toBe("L1 to standard: 2 teachers; L6 can stay at 85% or more (the 2 plans, each relaxing one of L6, L1, need different kinds of resources and cannot be compared; without unit costs, the one with the larger relative gap is relaxed)");
    // L4, L5 and a third weighed: not the two-area wording.
    const areasAndMore = weighing(plan("L4", "largest_gap", step("L4", "floor", 0, 0), step("L5", "standard", 700, null)), "L4", "L5", "L1");
    expect(passPlanText(areasAndMore, "zh", "85%")).not.toContain("两种");
  });

  it("no such reason by cost or dominance, nor when the plan needs no m² of the other area", () => {
    expect(passPlanText(plan("L4", "cost", step("L4", "floor", 0, 0), step("L5", "standard", 700, 700_000)), "zh", "85%")).toBe("L4 保留在85%以上即可；L5 补足到标准：700.00 ㎡（约 700,000 元）");
    expect(passPlanText(plan("L4", "dominance", step("L4", "floor", 0, 0), step("L5", "standard", 700, null)), "zh", "85%")).toBe("L4 保留在85%以上即可；L5 补足到标准：700.00 ㎡");
    expect(passPlanText(plan("L5", "largest_gap", step("L1", "standard", 2, null), step("L5", "floor", 0, 0)), "zh", "85%")).toBe("L1 补足到标准：2 人；L5 保留在85%以上即可");
  });

  it("gives no cost for a step priced at 0, and singular units for one teacher or room", () => {
    // 河口乡中学: L1 relaxed at its floor (0 teachers, cost 0), L3 one teacher to standard.
    const ruralJunior = plan("L1", "largest_gap", step("L1", "floor", 0, 0), step("L3", "standard", 1, null), step("L7", "standard", 1, null));
    expect(passPlanText(ruralJunior, "zh", "85%")).toBe("L1 保留在85%以上即可；L3 补足到标准：1 人；L7 补足到标准：1 间");
    expect(passPlanText(ruralJunior, "en", "85%")).toBe("L1 can stay at 85% or more; L3 to standard: 1 teacher; L7 to standard: 1 room");
  });

  it("keeps the cost of a step that has one, and the English clause separator", () => {
    const priced = plan("L6", "cost", step("L6", "floor", 6000, 6000), step("L1", "standard", 2, 200000));
    expect(passPlanText(priced, "en", "85%")).toBe("L6 to 85%: 6,000 yuan; L1 to standard: 2 teachers (about 200,000 yuan)");
  });

  it("says the section passes as it is when no step needs anything", () => {
    expect(passPlanText(plan("L2", "cost", step("L2", "floor", 0, 0)), "zh", "85%")).toBe("L2 保留在85%以上即可达标");
    expect(passPlanText(plan("L2", "cost"), "en", "85%")).toBe("Passes with L2 kept at 85% or more");
  });

  it("leaves out a zero step to standard (nothing to add) rather than calling it relaxed", () => {
    const zeroFirst = plan("L2", "cost", step("L2", "standard", 0, 0), step("L4", "standard", 12.25, 36750));
    expect(passPlanText(zeroFirst, "zh", "85%")).toBe("L4 补足到标准：12.25 ㎡（约 36,750 元）");
  });

  it("words amounts in their units, whole numbers for teachers and rooms", () => {
    expect(amountText("L2", 0, "en")).toBe("0 teachers");
    expect(amountText("L2", 1, "en")).toBe("1 teacher");
    expect(amountText("L7", 3, "en")).toBe("3 rooms");
    expect(amountText("L6", 80000, "zh")).toBe("80,000 元");
  });

  it("never shows a need as nothing: one below the last digit shown is shown as that digit", () => {
    // 0.3 yuan and 0.001 m² still missing: the school fails, so "0 元" / "0.00 ㎡" would say it lacks nothing.
    expect(amountText("L6", 0.3, "zh")).toBe("1 元");
    expect(amountText("L4", 0.001, "en")).toBe("0.01 m²");
    expect(passPlanText(plan("L1", "largest_gap", step("L6", "standard", 0.3, null)), "zh", "85%")).toBe("L6 补足到标准：1 元");
    expect(passPlanText(plan("L6", "cost", step("L4", "standard", 0.0001, 0.3)), "en", "85%")).toBe("L4 to standard: 0.01 m² (about 1 yuan)");
    // Large enough to show: as the cells round it.
    expect(amountText("L6", 0.5, "zh")).toBe("1 元");
    expect(amountText("L5", 454.504, "zh")).toBe("454.50 ㎡");
  });
});
