import type { CoefficientGroup } from "../../engine/types";
import { cvCaveats, resourcesCaveats, uncomputedText } from "./cvCaveats";
import { makeGroup } from "./testing/makeEvaluation";

/** A group of `schools` sections whose every indicator has `n` values and no CV (n < 2, or a mean of 0). */
function uncomputed(schools: number, n: number, stage: CoefficientGroup["stage"] = "primary"): CoefficientGroup {
  const indicators = Object.fromEntries(Object.entries(makeGroup().indicators).map(([code, s]) => [code, { ...s, n, mean: n === 0 ? null : 0, sd: n < 2 ? null : 0, cv: null, met: null }]));
  return makeGroup({ stage, schools, indicators: indicators as CoefficientGroup["indicators"] });
}

describe("cvCaveats", () => {
  it("says a stage whose CVs could none be computed for want of 2 schools, and a stage with no section (白云县: one primary school)", () => {
    expect(cvCaveats([uncomputed(1, 1)], "zh")).toEqual(["小学各项差异系数均不可计算（有数值的学校不足 2 所），未参与资源配置判定", "未见初中学校（学段）"]);
    expect(cvCaveats([uncomputed(1, 1)], "en")).toEqual(["Primary: no CV can be computed (values for fewer than 2 schools), so none counts in the resources verdict", "Junior secondary: no school section found"]);
  });

  it("says nothing for two stages with their CVs, nor for a county without coefficients (its reasons say no section was evaluable)", () => {
    expect(cvCaveats([makeGroup(), makeGroup({ stage: "junior" })], "zh")).toEqual([]);
    expect(cvCaveats([], "zh")).toEqual([]);
  });

  it("does not blame too few schools when two had values all 0 (mean 0), and leaves a stage with one CV computed alone", () => {
    expect(cvCaveats([makeGroup(), uncomputed(2, 2, "junior")], "zh")).toEqual(["初中各项差异系数均不可计算，未参与资源配置判定"]);
    const one = makeGroup({ indicators: { ...uncomputed(2, 1).indicators, L1: makeGroup().indicators.L1 } });
    expect(cvCaveats([one, makeGroup({ stage: "junior" })], "zh")).toEqual([]);
  });
});

describe("uncomputedText", () => {
  it("gives the reason when fewer than 2 schools had values, the plain word otherwise (every value 0, blank values)", () => {
    expect(uncomputedText(uncomputed(1, 1), "zh")).toBe("不可计算（有数值的学校不足 2 所）");
    expect(uncomputedText(uncomputed(3, 0), "zh")).toBe("不可计算（有数值的学校不足 2 所）");
    expect(uncomputedText(uncomputed(2, 2), "zh")).toBe("不可计算");
  });
});

describe("resourcesCaveats", () => {
  it("says the caveats beside 资源配置 达标 only: not met or not assessed, the engine's reasons explain the verdict", () => {
    const areas = (verdict: "met" | "not_met" | "not_assessed") => [{ area: "resources" as const, verdict, reasons: [], pending: [] }];
    expect(resourcesCaveats({ areas: areas("met"), coefficients: [uncomputed(1, 1)] }, "zh")).toEqual(["小学各项差异系数均不可计算（有数值的学校不足 2 所），未参与资源配置判定", "未见初中学校（学段）"]);
    expect(resourcesCaveats({ areas: areas("not_met"), coefficients: [uncomputed(1, 1)] }, "zh")).toEqual([]);
    expect(resourcesCaveats({ areas: areas("not_assessed"), coefficients: [uncomputed(1, 1)] }, "zh")).toEqual([]);
    expect(resourcesCaveats({ areas: [], coefficients: [uncomputed(1, 1)] }, "zh")).toEqual([]);
  });
});
