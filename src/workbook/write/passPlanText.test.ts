import type { PassPlan } from "../../engine/types";
import { amountText, passPlanText } from "./passPlanText";

describe("passPlanText", () => {
  // The Sichuan sample's 城关第三小学: L4 short of standard by 454.5 m², L5 relaxed and already at
  // its floor (amount 0). No unit costs in the profile, so the L4 step has no cost; the engine
  // prices the zero step at 0.
  const keepL5: PassPlan = {
    relaxed: "L5",
    steps: [
      { code: "L4", target: "standard", amount: 454.5, cost: null },
      { code: "L5", target: "floor", amount: 0, cost: 0 },
    ],
    totalCost: null,
    basis: "largest_gap",
  };

  it("says a relaxed indicator at its floor may stay there, without an amount or a cost", () => {
    expect(passPlanText(keepL5, "zh")).toBe("L4 补足到标准：454.50 ㎡；L5 保留在85%以上即可");
    expect(passPlanText(keepL5, "en")).toBe("L4 to standard: 454.50 m²; L5 can stay at 85% or more");
  });

  it("gives no cost for a step priced at 0, and singular units for one teacher or room", () => {
    // 河口乡中学: L1 relaxed at its floor (0 teachers, cost 0), L3 one teacher to standard.
    const plan: PassPlan = {
      relaxed: "L1",
      steps: [
        { code: "L1", target: "floor", amount: 0, cost: 0 },
        { code: "L3", target: "standard", amount: 1, cost: null },
        { code: "L7", target: "standard", amount: 1, cost: null },
      ],
      totalCost: null,
      basis: "largest_gap",
    };
    expect(passPlanText(plan, "zh")).toBe("L1 保留在85%以上即可；L3 补足到标准：1 人；L7 补足到标准：1 间");
    expect(passPlanText(plan, "en")).toBe("L1 can stay at 85% or more; L3 to standard: 1 teacher; L7 to standard: 1 room");
  });

  it("keeps the cost of a step that has one, and the English clause separator", () => {
    const plan: PassPlan = {
      relaxed: "L6",
      steps: [
        { code: "L6", target: "floor", amount: 6000, cost: 6000 },
        { code: "L1", target: "standard", amount: 2, cost: 200000 },
      ],
      totalCost: 206000,
      basis: "cost",
    };
    expect(passPlanText(plan, "en")).toBe("L6 to 85%: 6,000 yuan; L1 to standard: 2 teachers (about 200,000 yuan)");
  });

  it("says the section passes as it is when no step needs anything", () => {
    const plan: PassPlan = { relaxed: "L2", steps: [{ code: "L2", target: "floor", amount: 0, cost: 0 }], totalCost: 0, basis: "cost" };
    expect(passPlanText(plan, "zh")).toBe("L2 保留在85%以上即可达标");
    expect(passPlanText({ ...plan, steps: [] }, "en")).toBe("Passes with L2 kept at 85% or more");
  });

  it("leaves out a zero step to standard (nothing to add) rather than calling it relaxed", () => {
    const plan: PassPlan = {
      relaxed: "L2",
      steps: [
        { code: "L2", target: "standard", amount: 0, cost: 0 },
        { code: "L4", target: "standard", amount: 12.25, cost: 36750 },
      ],
      totalCost: 36750,
      basis: "cost",
    };
    expect(passPlanText(plan, "zh")).toBe("L4 补足到标准：12.25 ㎡（约 36,750 元）");
  });

  it("words amounts in their units, whole numbers for teachers and rooms", () => {
    expect(amountText("L2", 0, "en")).toBe("0 teachers");
    expect(amountText("L2", 1, "en")).toBe("1 teacher");
    expect(amountText("L7", 3, "en")).toBe("3 rooms");
    expect(amountText("L6", 80000, "zh")).toBe("80,000 元");
  });
});
