import { evaluateIndicator } from "./evaluateIndicator";
import { cheapestPassPlan, unitCost } from "./passPlan";
import { NATIONAL, profileWith } from "./testing/fixtures";
import { INDICATOR_CODES, type IndicatorCode, type IndicatorResult } from "./types";

/** Indicators of a primary section with 376 students from plain numerators. */
function primary376(numerators: Record<IndicatorCode, number>): Record<IndicatorCode, IndicatorResult> {
  const out: Partial<Record<IndicatorCode, IndicatorResult>> = {};
  for (const code of INDICATOR_CODES) {
    out[code] = evaluateIndicator({ code, stage: "primary", numerator: numerators[code], students: 376, cells: [] }, NATIONAL);
  }
  return out as Record<IndicatorCode, IndicatorResult>;
}

// 376 students. L1 18 → 4.79 met; L2 3 → 0.798 (below its floor 0.85); L3 4 → 1.06 met;
// L4 2000 m² → 5.32 met; L5 3000 m² → 7.98 met; L6 676 800 yuan → 1800 (floor, ratio 0.9);
// L7 9 rooms → 2.39 met. Fails: two below standard and L2 below its floor.
const FAILING = primary376({ L1: 18, L2: 3, L3: 4, L4: 2000, L5: 3000, L6: 676_800, L7: 9 });
const COSTS = { teacher: 100_000, teachingAreaM2: 3000, sportsAreaM2: 500, multimediaRoom: 50_000 };

describe("cheapestPassPlan", () => {
  it("without unit costs relaxes the largest relative gap", () => {
    // Gaps: L2 1 − 0.798 = 0.202, L6 1 − 0.9 = 0.1 → relax L2.
    // L2 to floor: ceil(0.85 × 376 ÷ 100 − 3) = ceil(0.196) = 1 teacher.
    // L6 to standard: 2000 × 376 − 676 800 = 752 000 − 676 800 = 75 200 yuan.
    const plan = cheapestPassPlan(FAILING, 376, NATIONAL);
    expect(plan.basis).toBe("largest_gap");
    expect(plan.relaxed).toBe("L2");
    expect(plan.steps).toEqual([
      { code: "L2", target: "floor", amount: 1, cost: null },
      { code: "L6", target: "standard", amount: 75_200, cost: 75_200 },
    ]);
    expect(plan.totalCost).toBeNull();
  });
  it("without unit costs, two indicators exactly at 85% are a tie kept in L1 … L7 order, whatever the floating-point noise", () => {
    // 400 students: L4 1530 m² → 3.825 ÷ 4.5 = 0.8500000000000001; L6 680 000 yuan → 1700 ÷ 2000 = 0.85. Both exactly
    // at 85%; the rest met. Before, the noise put L6's gap first and relaxed L6; L4 comes first in the order.
    const numerators = { L1: 20, L2: 5, L3: 4, L4: 1530, L5: 3200, L6: 680_000, L7: 10 };
    const all = Object.fromEntries(INDICATOR_CODES.map((code) => [code, evaluateIndicator({ code, stage: "primary", numerator: numerators[code], students: 400, cells: [] }, NATIONAL)])) as Record<IndicatorCode, IndicatorResult>;
    expect([all.L4.ratio, all.L6.ratio]).toEqual([0.8500000000000001, 0.85]);
    const plan = cheapestPassPlan(all, 400, NATIONAL);
    expect(plan.relaxed).toBe("L4");
    // L6 to standard: 2000 × 400 − 680 000 = 120 000 yuan; L4 kept at its floor, nothing to add.
    expect(plan.steps).toEqual([
      { code: "L4", target: "floor", amount: 0, cost: 0 },
      { code: "L6", target: "standard", amount: 120_000, cost: 120_000 },
    ]);
  });

  it("with unit costs picks the cheapest plan, which may differ from the largest gap", () => {
    // Relax L2: 1 teacher (100 000) + 75 200 yuan = 175 200.
    // Relax L6: L2 to standard ceil(3.76 − 3) = 1 teacher (100 000); L6 floor 1700 × 376 = 639 200 ≤ 676 800 → 0.
    // Relaxing any other indicator costs 1 teacher + 75 200 = 175 200 too. Cheapest: relax L6, 100 000.
    const plan = cheapestPassPlan(FAILING, 376, profileWith({ unitCosts: COSTS }));
    expect(plan).toEqual({
      relaxed: "L6",
      basis: "cost",
      totalCost: 100_000,
      steps: [
        { code: "L2", target: "standard", amount: 1, cost: 100_000 },
        { code: "L6", target: "floor", amount: 0, cost: 0 },
      ],
    });
  });
  it("falls back to the largest gap when one needed unit cost is missing", () => {
    const plan = cheapestPassPlan(FAILING, 376, profileWith({ unitCosts: { ...COSTS, teacher: null } }));
    expect(plan).toMatchObject({ basis: "largest_gap", relaxed: "L2", totalCost: null });
  });
  it("prices m² and rooms with their own unit costs", () => {
    expect(unitCost("L4", COSTS)).toBe(3000);
    expect(unitCost("L5", COSTS)).toBe(500);
    expect(unitCost("L7", COSTS)).toBe(50_000);
    expect(unitCost("L6", null)).toBe(1);
    expect(unitCost("L1", null)).toBeNull();
  });
  it("with minMet 7 brings the relaxed indicator to standard as well", () => {
    const strict = profileWith({ passRule: { minMet: 7, floorRatio: 0.85 } });
    const plan = cheapestPassPlan(FAILING, 376, strict);
    expect(plan.steps).toEqual([
      { code: "L2", target: "standard", amount: 1, cost: null },
      { code: "L6", target: "standard", amount: 75_200, cost: 75_200 },
    ]);
  });
});
