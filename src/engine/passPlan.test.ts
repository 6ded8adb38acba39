import fc from "fast-check";
import { evaluateIndicator } from "./evaluateIndicator";
import { cheapestPassPlan, unitCost } from "./passPlan";
import { shortfallAmount } from "./shortfall";
import { NATIONAL, profileWith } from "./testing/fixtures";
import { INDICATOR_CODES, type IndicatorCode, type IndicatorResult, type Stage } from "./types";

/** Indicators of a section from plain numerators. */
function sectionOf(stage: Stage, students: number, numerators: Record<IndicatorCode, number>): Record<IndicatorCode, IndicatorResult> {
  const out: Partial<Record<IndicatorCode, IndicatorResult>> = {};
  for (const code of INDICATOR_CODES) {
    out[code] = evaluateIndicator({ code, stage, numerator: numerators[code], students, cells: [] }, NATIONAL);
  }
  return out as Record<IndicatorCode, IndicatorResult>;
}

/** Indicators of a primary section with 376 students from plain numerators. */
function primary376(numerators: Record<IndicatorCode, number>): Record<IndicatorCode, IndicatorResult> {
  return sectionOf("primary", 376, numerators);
}

// 376 students. L1 18 → 4.79 met; L2 3 → 0.798 (below its floor 0.85); L3 4 → 1.06 met;
// L4 2000 m² → 5.32 met; L5 3000 m² → 7.98 met; L6 676 800 yuan → 1800 (floor, ratio 0.9);
// L7 9 rooms → 2.39 met. Fails: two below standard and L2 below its floor.
const FAILING = primary376({ L1: 18, L2: 3, L3: 4, L4: 2000, L5: 3000, L6: 676_800, L7: 9 });
// 376 students. L1 14 → 3.7234 (floor 3.57, standard 4.2: to standard ceil(15.792 − 14) = 2 teachers,
// to floor 13.42 ≤ 14 → 0); L6 658 000 yuan → 1750 (floor 1700: to standard 752 000 − 658 000 =
// 94 000 yuan, to floor 639 200 ≤ 658 000 → 0); L2 4 → 1.06, the rest as FAILING, met.
const INCOMPARABLE = primary376({ L1: 14, L2: 4, L3: 4, L4: 2000, L5: 3000, L6: 658_000, L7: 9 });
const COSTS = { teacher: 100_000, teachingAreaM2: 3000, sportsAreaM2: 500, multimediaRoom: 50_000 };

describe("cheapestPassPlan", () => {
  it("(a) without unit costs never leaves at 85% an indicator where that saves nothing: L6 is kept at its floor, L2 raised", () => {
    // Gaps: L2 1 − 0.798 = 0.202, L6 1 − 0.9 = 0.1: the largest gap alone would relax L2.
    // Relax L2: L2 to floor ceil(0.85 × 376 ÷ 100 − 3) = ceil(0.196) = 1 teacher; L6 to standard
    //   2000 × 376 − 676 800 = 752 000 − 676 800 = 75 200 yuan. Needs: 1 teacher, 75 200 yuan.
    // Relax L6: L2 to standard ceil(1.00 × 376 ÷ 100 − 3) = ceil(0.76) = 1 teacher; L6 floor
    //   1700 × 376 = 639 200 ≤ 676 800 → 0. Needs: 1 teacher, 0 yuan.
    // Relax any met one (L1, L3, L4, L5, L7): 1 teacher + 75 200 yuan, as relaxing L2.
    // The L6 plan needs no more of anything and 75 200 yuan less than every other: chosen by dominance.
    const plan = cheapestPassPlan(FAILING, 376, NATIONAL);
    expect(plan).toEqual({
      relaxed: "L6",
      basis: "dominance",
      totalCost: null,
      steps: [
        { code: "L2", target: "standard", amount: 1, cost: null },
        { code: "L6", target: "floor", amount: 0, cost: 0 },
      ],
    });
  });
  it("(b) a floor that rounds up to the standard's whole teachers saves nothing: relaxes L5 instead of L2", () => {
    // Junior, 300 students. L2 2 backbone teachers → 0.667 (below its floor 0.85). L5 3000 m² → 10.0
    // (standard 10.2, floor 8.67). The rest met: L1 16 → 5.33 ≥ 5.3; L3 3 → 1.0 ≥ 0.9; L4 1800 m² →
    // 6.0 ≥ 5.8; L6 750 000 → 2500 ≥ 2500; L7 8 → 2.67 ≥ 2.4.
    // L2 to floor: ceil(0.85 × 300 ÷ 100 − 2) = ceil(2.55 − 2) = 1; to standard ceil(3 − 2) = 1: the same teacher.
    // L5 to standard: 10.2 × 300 − 3000 = 3060 − 3000 = 60 m²; to floor 8.67 × 300 = 2601 ≤ 3000 → 0.
    // Relax L2 (gap 0.333, the largest): 1 teacher + 60 m². Relax L5 (gap 0.0196): 1 teacher + 0 m². Others: 1 teacher + 60 m².
    const numerators = { L1: 16, L2: 2, L3: 3, L4: 1800, L5: 3000, L6: 750_000, L7: 8 };
    const all = sectionOf("junior", 300, numerators);
    expect(all.L2.status).toBe("below");
    expect(all.L5.status).toBe("floor");
    const plan = cheapestPassPlan(all, 300, NATIONAL);
    expect(plan).toMatchObject({ relaxed: "L5", basis: "dominance", totalCost: null });
    expect(plan.steps).toEqual([
      { code: "L2", target: "standard", amount: 1, cost: null },
      { code: "L5", target: "floor", amount: 0, cost: 0 },
    ]);
  });
  it("without unit costs, of plans that each need less of something, relaxes the largest relative gap", () => {
    // INCOMPARABLE: relax L6 → L1 to standard 2 teachers, L6 0; relax L1 → L6 to standard 94 000 yuan, L1 0.
    // Neither needs less of everything. Gaps: L6 1 − 1750 ÷ 2000 = 0.125 > L1 1 − 3.7234 ÷ 4.2 = 0.1135 → relax L6.
    const plan = cheapestPassPlan(INCOMPARABLE, 376, NATIONAL);
    expect(plan).toEqual({
      relaxed: "L6",
      basis: "largest_gap",
      totalCost: null,
      steps: [
        { code: "L1", target: "standard", amount: 2, cost: null },
        { code: "L6", target: "floor", amount: 0, cost: 0 },
      ],
      // The two plans left after dominance (relaxing L2–L5 or L7 needs both 2 teachers and 94 000 yuan), by gap.
      weighed: ["L6", "L1"],
    });
  });
  it("records every plan weighed by its gap: three left, none needing less of everything than another", () => {
    // INCOMPARABLE with L7 8 rooms: 8 ÷ (2.3 × 376 ÷ 100 = 8.648) = 0.925 (floor 7.3508 ≤ 8 → 0; to standard ceil(0.648) = 1 room).
    // Relax L6: 2 teachers + 1 room; relax L1: 94 000 yuan + 1 room; relax L7: 2 teachers + 94 000 yuan; relax any
    // other: all three, dominated. Gaps: L6 0.125 > L1 0.1135 > L7 1 − 0.925 = 0.0749.
    const all = primary376({ L1: 14, L2: 4, L3: 4, L4: 2000, L5: 3000, L6: 658_000, L7: 8 });
    const plan = cheapestPassPlan(all, 376, NATIONAL);
    expect(plan).toMatchObject({ relaxed: "L6", basis: "largest_gap", weighed: ["L6", "L1", "L7"] });
  });
  it("records no plans weighed when prices or dominance chose, or when the plans left all need the same", () => {
    expect(cheapestPassPlan(INCOMPARABLE, 376, profileWith({ unitCosts: COSTS }))).not.toHaveProperty("weighed");
    expect(cheapestPassPlan(FAILING, 376, NATIONAL)).not.toHaveProperty("weighed");
    // minMet 7: every plan is the same one, so none was weighed against another.
    expect(cheapestPassPlan(FAILING, 376, profileWith({ passRule: { minMet: 7, floorRatio: 0.85 } }))).not.toHaveProperty("weighed");
  });
  it("without unit costs, two indicators exactly at 85% are a tie kept in L1 … L7 order, whatever the floating-point noise", () => {
    // 400 students: L4 1530 m² → 3.825 ÷ 4.5 = 0.8500000000000001; L6 680 000 yuan → 1700 ÷ 2000 = 0.85. Both exactly
    // at 85%; the rest met. Before, the noise put L6's gap first and relaxed L6; L4 comes first in the order.
    const numerators = { L1: 20, L2: 5, L3: 4, L4: 1530, L5: 3200, L6: 680_000, L7: 10 };
    const all = sectionOf("primary", 400, numerators);
    expect([all.L4.ratio, all.L6.ratio]).toEqual([0.8500000000000001, 0.85]);
    const plan = cheapestPassPlan(all, 400, NATIONAL);
    expect(plan.relaxed).toBe("L4");
    // L6 to standard: 2000 × 400 − 680 000 = 120 000 yuan; L4 kept at its floor, nothing to add.
    expect(plan.steps).toEqual([
      { code: "L4", target: "floor", amount: 0, cost: 0 },
      { code: "L6", target: "standard", amount: 120_000, cost: 120_000 },
    ]);
  });

  it("with unit costs, a plan every other needs more than is chosen by dominance, and priced as the cheapest", () => {
    // Relax L2: 1 teacher (100 000) + 75 200 yuan = 175 200.
    // Relax L6: L2 to standard ceil(3.76 − 3) = 1 teacher (100 000); L6 floor 1700 × 376 = 639 200 ≤ 676 800 → 0.
    // Relaxing any other indicator costs 1 teacher + 75 200 = 175 200 too. Cheapest: relax L6, 100 000 — the only
    // plan not dominated, so cheapest whatever the prices: basis "dominance" (the prices chose nothing).
    const plan = cheapestPassPlan(FAILING, 376, profileWith({ unitCosts: COSTS }));
    expect(plan).toEqual({
      relaxed: "L6",
      basis: "dominance",
      totalCost: 100_000,
      steps: [
        { code: "L2", target: "standard", amount: 1, cost: 100_000 },
        { code: "L6", target: "floor", amount: 0, cost: 0 },
      ],
    });
  });
  it("falls back to the largest gap among the plans left when one needed unit cost is missing", () => {
    // INCOMPARABLE with all costs: relax L1 94 000 yuan < relax L6 2 × 100 000 = 200 000 → relax L1 (cost).
    expect(cheapestPassPlan(INCOMPARABLE, 376, profileWith({ unitCosts: COSTS }))).toMatchObject({ basis: "cost", relaxed: "L1", totalCost: 94_000 });
    // Without the teacher's cost the L6 plan (2 teachers) has no price: largest gap, L6 (0.125 > 0.1135).
    const plan = cheapestPassPlan(INCOMPARABLE, 376, profileWith({ unitCosts: { ...COSTS, teacher: null } }));
    expect(plan).toMatchObject({ basis: "largest_gap", relaxed: "L6", totalCost: null });
  });
  it("a missing unit cost does not bring back a dominated plan", () => {
    // FAILING without the teacher's cost: every plan needs 1 unpriced teacher; relaxing L6 needs 75 200 yuan less (see (a)).
    const plan = cheapestPassPlan(FAILING, 376, profileWith({ unitCosts: { ...COSTS, teacher: null } }));
    expect(plan).toMatchObject({ basis: "dominance", relaxed: "L6", totalCost: null });
  });
  it("a unit cost of 0 (which the schema refuses; a profile built in code) makes plans cost the same, and the tie does not go to a dominated one", () => {
    // (b) with sports ground free: relax L2 → 1 teacher + 60 m² × 0 = 100 000; relax L5 → 1 teacher = 100 000.
    // The tie would go to the larger gap (L2), a plan needing 60 m² more: relax L5, the plan no other dominates.
    const all = sectionOf("junior", 300, { L1: 16, L2: 2, L3: 3, L4: 1800, L5: 3000, L6: 750_000, L7: 8 });
    const plan = cheapestPassPlan(all, 300, profileWith({ unitCosts: { ...COSTS, sportsAreaM2: 0 } }));
    expect(plan).toMatchObject({ basis: "dominance", relaxed: "L5", totalCost: 100_000 });
  });
  it("without unit costs, a plan needing yuan alone is chosen by dominance, not said to be priced", () => {
    // 376 students, every indicator at standard but L6 at 1500 yuan a student (below its floor 1700).
    // Relax L6: to floor 1700 × 376 − 564 000 = 75 200 yuan. Any other: L6 to standard 752 000 − 564 000 = 188 000.
    // The L6 plan needs yuan only, which has a price (1 yuan) without any unit cost: still dominance chose it.
    const all = sectionOf("primary", 376, { L1: 16, L2: 4, L3: 4, L4: 1700, L5: 2900, L6: 564_000, L7: 9 });
    expect(INDICATOR_CODES.filter((c) => all[c].status !== "met")).toEqual(["L6"]);
    const plan = cheapestPassPlan(all, 376, NATIONAL);
    expect(plan).toEqual({ relaxed: "L6", basis: "dominance", totalCost: 75_200, steps: [{ code: "L6", target: "floor", amount: 75_200, cost: 75_200 }] });
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
    // Every plan is this one: none set aside, so not "dominance"; the first by gap names it.
    expect(plan).toMatchObject({ relaxed: "L2", basis: "largest_gap" });
  });
});

describe("cheapestPassPlan: never a dominated plan", () => {
  /** Kinds of need, each with one price: teachers, m² of rooms, m² of sports ground, yuan, rooms. */
  const KIND_OF: Record<IndicatorCode, number> = { L1: 0, L2: 0, L3: 0, L4: 1, L5: 2, L6: 3, L7: 4 };
  /** What relaxing `relaxed` needs of each kind, from the §7 amounts (shortfallAmount) to standard or floor. */
  function needsRelaxing(relaxed: IndicatorCode, all: Record<IndicatorCode, IndicatorResult>, students: number): number[] {
    const needs = [0, 0, 0, 0, 0];
    for (const code of INDICATOR_CODES) {
      const r = all[code];
      needs[KIND_OF[code]]! += shortfallAmount(code, code === relaxed ? r.floor : r.standard, students, r.numerator);
    }
    return needs;
  }
  const worse = (a: number[], b: number[]) => a.every((x, i) => x >= b[i]!) && a.some((x, i) => x > b[i]!);
  const PER_HUNDRED = new Set<IndicatorCode>(["L1", "L2", "L3", "L7"]);
  // Each indicator at 50 %–130 % of standard, so that many sit between floor and standard; whole counts.
  const section = fc.record({
    stage: fc.constantFrom<Stage>("primary", "junior"),
    students: fc.integer({ min: 1, max: 3000 }),
    ratios: fc.array(fc.double({ min: 0.5, max: 1.3, noNaN: true }), { minLength: 7, maxLength: 7 }),
  });
  // Unit costs above 0, as the schema has them.
  const price = fc.option(fc.integer({ min: 1, max: 200_000 }), { nil: null });
  const costs = fc.option(fc.record({ teacher: price, teachingAreaM2: price, sportsAreaM2: price, multimediaRoom: price }), { nil: null });

  it("no other candidate needs no more of every kind and less of one; with all prices, none costs less", () => {
    fc.assert(
      fc.property(section, costs, ({ stage, students, ratios }, unitCosts) => {
        const numerators = Object.fromEntries(INDICATOR_CODES.map((code, k) => {
          const full = (NATIONAL.standards[stage][code] * students) / (PER_HUNDRED.has(code) ? 100 : 1);
          return [code, Math.round(full * ratios[k]!)];
        })) as Record<IndicatorCode, number>;
        const all = sectionOf(stage, students, numerators);
        const plan = cheapestPassPlan(all, students, profileWith({ unitCosts }));
        const chosen = needsRelaxing(plan.relaxed, all, students);
        const stepNeeds = [0, 0, 0, 0, 0];
        for (const s of plan.steps) stepNeeds[KIND_OF[s.code]]! += s.amount;
        expect(stepNeeds).toEqual(chosen);
        for (const other of INDICATOR_CODES) expect(worse(chosen, needsRelaxing(other, all, students))).toBe(false);
        const priced = unitCosts !== null && Object.values(unitCosts).every((c) => c !== null);
        if (priced) {
          const [teacher, area, sports, room] = [unitCosts.teacher!, unitCosts.teachingAreaM2!, unitCosts.sportsAreaM2!, unitCosts.multimediaRoom!];
          const cost = (n: number[]) => n[0]! * teacher + n[1]! * area + n[2]! * sports + n[3]! + n[4]! * room;
          // Priced, the choice is by cost unless dominance alone made it (one plan, or plans needing the same, left).
          expect(["cost", "dominance"]).toContain(plan.basis);
          // The engine adds its step costs in another order: allow rounding in the last digits.
          for (const other of INDICATOR_CODES) expect(cost(chosen)).toBeLessThanOrEqual(cost(needsRelaxing(other, all, students)) * (1 + 1e-12) + 1e-9);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
