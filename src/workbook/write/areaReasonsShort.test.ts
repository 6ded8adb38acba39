import type { AreaVerdict, CountyEvaluation, Issue } from "../../engine/types";
import { builtInProfile } from "../../profiles/resolveProfile";
import { makeCounty, makeItem } from "./testing/makeEvaluation";
import { areaReasonsShort } from "./areaReasonsShort";

const NATIONAL = builtInProfile("national-2017");

/** A county of `evaluated` judged sections, `passing` of them passing, `unjudged` not judged. */
function county(passing: number, evaluated: number, unjudged: number, items: CountyEvaluation["items"] = []): CountyEvaluation {
  const base = makeCounty();
  return { ...base, items, passing: { ...base.passing, passing, evaluated, unjudged, inScope: evaluated + unjudged } };
}

const area = (reasons: string[], pending: string[] = [], which: AreaVerdict["area"] = "guarantee"): AreaVerdict => ({ area: which, verdict: pending.length === reasons.length ? "not_assessed" : "not_met", reasons, pending });

describe("areaReasonsShort", () => {
  it("says how many judged sections fail (37 judged, 33 pass: 37 − 33 = 4), and how many could not be judged", () => {
    const source = { county: county(33, 37, 0), profile: NATIONAL };
    expect(areaReasonsShort(area(["sections_failing"], [], "resources"), "zh", source)).toBe("4 个学校（学段）未达标");
    expect(areaReasonsShort(area(["sections_failing"], [], "resources"), "en", source)).toBe("4 school sections fail");
    const one = { county: county(2, 3, 1), profile: NATIONAL };
    expect(areaReasonsShort(area(["sections_failing", "sections_not_evaluable"], ["sections_not_evaluable"], "resources"), "en", one)).toBe("1 school section fails; 1 school section could not be evaluated");
  });

  it("says none of the 5 could be evaluated once, not again as some", () => {
    const source = { county: county(0, 0, 5), profile: NATIONAL };
    const none = area(["sections_none_evaluable", "sections_not_evaluable"], ["sections_none_evaluable", "sections_not_evaluable"], "resources");
    expect(areaReasonsShort(none, "zh", source)).toBe("5 个学校（学段）均无法评估");
    expect(areaReasonsShort(none, "en", source)).toBe("none of the 5 school sections could be evaluated");
  });

  it("says national G6 lacks its norm, not its data (汇总: 规则未设生均公用经费标准…)", () => {
    const g6 = makeItem({ code: "G6", verdict: "not_assessed", basis: "none", parts: { schools_unknown: 0 } });
    const source = { county: county(33, 37, 0, [g6]), profile: NATIONAL };
    expect(areaReasonsShort(area(["G6"], ["G6"]), "zh", source)).toBe("G6 规则未设生均公用经费标准");
    expect(areaReasonsShort(area(["G6"], ["G6"]), "en", source)).toBe("G6: no per-student funding norm in the profile");
  });

  it("groups items pending for the same cause, naming three and counting the rest (5 without data: 3 named, 5 in all)", () => {
    const noData = ["G1", "G2", "G8", "G10", "G11"].map((code) => makeItem({ code, verdict: "not_assessed", parts: { [`${code}_x`]: null } }));
    const g5 = makeItem({ code: "G5", verdict: "not_assessed", basis: "none", figureOf: "failing_count" });
    const issues: Issue[] = [{ severity: "warning", code: "read_item_columns_missing", cell: null, params: { sheet: "学校", pendingItems: "G5=largestClass" } }];
    const source = { county: county(1, 1, 0, [...noData, g5]), profile: NATIONAL, issues };
    const codes = ["G1", "G2", "G5", "G8", "G10", "G11"];
    expect(areaReasonsShort(area(codes, codes), "zh", source)).toBe("G1、G2、G8 等 5 项缺少数据；G5 学校表缺少所需的列");
    expect(areaReasonsShort(area(codes, codes), "en", source)).toBe("5 items (G1, G2, G8…): no data; G5: columns missing from the school sheet");
  });

  it("names an item not met alone in its own words, several by code; coefficients over by stage and indicator", () => {
    const g3 = makeItem({ code: "G3", verdict: "not_met", figureOf: "failing_count" });
    const g6 = makeItem({ code: "G6", verdict: "not_met", figureOf: "failing_count" });
    const one = { county: county(1, 1, 0, [g6]), profile: NATIONAL };
    expect(areaReasonsShort(area(["G6"]), "zh", one)).toBe("G6 公用经费未达生均标准");
    const two = { county: county(1, 1, 0, [g3, g6]), profile: NATIONAL };
    expect(areaReasonsShort(area(["G3", "G6"]), "zh", two)).toBe("G3、G6 未达标");
    const cv = area(["L2_primary_cv", "L4_junior_cv"], [], "resources");
    expect(areaReasonsShort(cv, "zh", one)).toBe("小学 L2、初中 L4 差异系数超限");
    expect(areaReasonsShort(cv, "en", one)).toBe("Primary L2, Junior secondary L4: CV over the limit");
  });
});
