import type { PassPlan } from "../../engine/types";
import { planTotals } from "./planTotals";
import { makeIndicator, makeIndicators, makeSection } from "./testing/makeEvaluation";

const plan = (steps: PassPlan["steps"], totalCost: number | null): PassPlan => ({ relaxed: steps[0]?.code ?? "L1", steps, totalCost, basis: totalCost === null ? "largest_gap" : "cost" });

describe("planTotals: the failing sections' ways to pass added up (rules.md §7)", () => {
  it("keeps the teachers of L1, L2, L3 apart (one may count for two), the two kinds of m² apart, and adds yuan and rooms", () => {
    // 甲: L1 2 + L3 1 teachers, L4 120.5 m²; 乙: L2 3 teachers (floor), L5 300.25 m², L6 50 000 yuan, L7 2 rooms.
    // L1 2, L2 3, L3 1 (not 6: 甲's L3 teacher may be one of its L1 two); L4 120.5; L5 300.25; yuan 50 000; rooms 2.
    // Costs 600 000 and 900 000 → 1 500 000.
    const a = makeSection({ name: "甲小学", row: 5, pass: false, passPlan: plan([{ code: "L1", target: "standard", amount: 2, cost: 200_000 }, { code: "L3", target: "standard", amount: 1, cost: 100_000 }, { code: "L4", target: "floor", amount: 120.5, cost: 300_000 }], 600_000) });
    const b = makeSection({ name: "乙小学", row: 6, pass: false, passPlan: plan([{ code: "L2", target: "floor", amount: 3, cost: 300_000 }, { code: "L5", target: "standard", amount: 300.25, cost: 250_000 }, { code: "L6", target: "standard", amount: 50_000, cost: 50_000 }, { code: "L7", target: "standard", amount: 2, cost: 300_000 }], 900_000) });
    expect(planTotals([a, b], "primary")).toEqual({ stage: "primary", failing: 2, withoutPlan: 0, l1Teachers: 2, l2Teachers: 3, l3Teachers: 1, teachingArea: 120.5, sportsArea: 300.25, yuan: 50_000, rooms: 2, cost: 1_500_000, unpriced: 0 });
  });

  it("leaves out passing, out-of-scope and other-stage sections, and sections not judged; counts a failing one without a plan", () => {
    const passing = makeSection({ name: "甲小学", row: 5, indicators: makeIndicators({ L6: makeIndicator("L6", 1800, 142_600) }) });
    const out = makeSection({ name: "乙教学点", row: 6, included: false, exclusion: "small_teaching_point", pass: false, passPlan: plan([{ code: "L7", target: "standard", amount: 1, cost: null }], null) });
    const junior = makeSection({ name: "丙中学", row: 7, stage: "junior", type: "junior", pass: false, passPlan: plan([{ code: "L6", target: "floor", amount: 43_625, cost: 43_625 }], 43_625) });
    const zero = makeSection({ name: "丁小学", row: 8, students: 0, evaluable: false, notEvaluable: ["zero_students"], indicators: {}, metCount: null, pass: null });
    const noPlan = makeSection({ name: "戊小学", row: 9, evaluable: false, notEvaluable: ["missing_numerator"], metCount: null, pass: false });
    expect(planTotals([passing, out, junior, zero, noPlan], "primary")).toEqual({ stage: "primary", failing: 1, withoutPlan: 1, l1Teachers: 0, l2Teachers: 0, l3Teachers: 0, teachingArea: 0, sportsArea: 0, yuan: 0, rooms: 0, cost: 0, unpriced: 0 });
    expect(planTotals([passing, out, junior, zero, noPlan], "junior")).toMatchObject({ failing: 1, yuan: 43_625, cost: 43_625 });
  });

  it("no cost when one plan is not priced, and the count of those not priced (the unequal fixture's 小学: 5 + 4 + 2 + 4 = 15 teachers)", () => {
    const l2 = (name: string, row: number, n: number) => makeSection({ name, row, pass: false, passPlan: plan([{ code: "L2", target: "floor", amount: n, cost: null }], null) });
    const sections = [l2("北岭小学", 5, 5), l2("南沟小学", 6, 4), l2("西坡小学", 7, 2), l2("东塘小学", 8, 4)];
    expect(planTotals(sections, "primary")).toMatchObject({ failing: 4, l2Teachers: 15, cost: null, unpriced: 4 });
  });

  it("the same school short of L1 and L3: both counted, each in its own column (2 and 1, of which up to 1 the same teacher)", () => {
    const both = makeSection({ name: "甲中学", row: 5, stage: "junior", type: "junior", pass: false, passPlan: plan([{ code: "L1", target: "standard", amount: 2, cost: null }, { code: "L3", target: "floor", amount: 1, cost: null }], null) });
    expect(planTotals([both], "junior")).toMatchObject({ failing: 1, l1Teachers: 2, l2Teachers: 0, l3Teachers: 1 });
  });

  it("counts what a combined school adds for its section (schoolAmount), as the cost does: columns × unit costs add up to the cost", () => {
    // 清溪县 初中 at 50 yuan / m² and 30 000 yuan a room: 第二中学 L5 420 m² (21 000); 白石中学 L7 2 rooms (60 000);
    // 红旗学校 初中 L5 438.082192 m² of its share 330 ÷ 730, which the school gets by adding 438.082192 × 730 ÷ 330 = 969.090909 m²
    // (48 454.545455 yuan). m²: 420 + 969.090909 = 1389.090909, and 1389.090909 × 50 + 2 × 30 000 = 129 454.545455 = the cost.
    // Its L6 of 33 000 yuan of the share (school 73 000, the cost) counts 73 000, not 33 000.
    const junior = (name: string, row: number, steps: PassPlan["steps"], cost: number) => makeSection({ name, row, stage: "junior", type: "junior", pass: false, passPlan: plan(steps, cost) });
    const erzhong = junior("第二中学", 5, [{ code: "L5", target: "standard", amount: 420, cost: 21_000 }], 21_000);
    const baishi = junior("白石中学", 6, [{ code: "L7", target: "floor", amount: 2, cost: 60_000 }], 60_000);
    const hongqi = junior("红旗学校", 7, [{ code: "L5", target: "standard", amount: 438.082192, schoolAmount: 969.090909, cost: 48_454.54545 }], 48_454.54545);
    const totals = planTotals([erzhong, baishi, hongqi], "junior");
    expect(totals.sportsArea).toBeCloseTo(1389.090909, 6);
    expect(totals.rooms).toBe(2);
    expect(totals.cost).toBeCloseTo(1389.090909 * 50 + 2 * 30_000, 3);
    const withL6 = junior("红旗学校", 7, [{ code: "L6", target: "standard", amount: 33_000, schoolAmount: 73_000, cost: 73_000 }], 73_000);
    expect(planTotals([withL6], "junior")).toMatchObject({ yuan: 73_000, cost: 73_000 });
  });

  it("with no section, nothing: 0 failing and a cost of 0", () => {
    expect(planTotals([], "junior")).toEqual({ stage: "junior", failing: 0, withoutPlan: 0, l1Teachers: 0, l2Teachers: 0, l3Teachers: 0, teachingArea: 0, sportsArea: 0, yuan: 0, rooms: 0, cost: 0, unpriced: 0 });
  });
});
