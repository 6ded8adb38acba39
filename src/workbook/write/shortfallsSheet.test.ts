import type { PassPlan } from "../../engine/types";
import { shortfallsSheet } from "./shortfallsSheet";
import type { ResultContext } from "./ResultContext";
import { makeCounty, makeEvaluation, makeIndicator, makeIndicators, makeSection } from "./testing/makeEvaluation";

const zh: ResultContext = { issues: [], profileName: "国家标准", lang: "zh" };
const NOTE = "估算费用：规则未给出所需指标的单位成本，无法估算的费用留空；此时达标方案放宽相对缺口最大的指标，而非最省的一项。";

/** 缺口测算 of one county whose failing 乙小学 has `plan`. */
function notesWith(plan: PassPlan): readonly string[] {
  const failing = makeSection({ name: "乙小学", row: 6, students: 400, indicators: makeIndicators({ L4: makeIndicator("L4", 3.5, 400) }), metCount: 5, pass: false, passPlan: plan });
  return shortfallsSheet(makeEvaluation({ counties: [makeCounty({ sections: [failing] })] }), zh).notes;
}

describe("缺口测算 says why the estimated cost is blank", () => {
  it("a plan chosen by the largest gap (no unit costs): a note says so", () => {
    expect(notesWith({ relaxed: "L6", steps: [{ code: "L4", target: "standard", amount: 400, cost: null }], totalCost: null, basis: "largest_gap" })).toContain(NOTE);
  });
  it("a plan chosen by cost: no such note", () => {
    expect(notesWith({ relaxed: "L6", steps: [{ code: "L4", target: "standard", amount: 400, cost: 1_200_000 }], totalCost: 1_200_000, basis: "cost" })).not.toContain(NOTE);
  });
});
