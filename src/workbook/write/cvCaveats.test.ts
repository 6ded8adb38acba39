import { INDICATOR_CODES, type AreaCaveat, type CoefficientGroup } from "../../engine/types";
import { caveatText, metResourcesCaveats, resourcesCaveats, uncomputedText } from "./cvCaveats";
import { makeGroup } from "./testing/makeEvaluation";

/** A group of `schools` sections whose every indicator has `n` values and no CV (n < 2, or a mean of 0). */
function uncomputed(schools: number, n: number, stage: CoefficientGroup["stage"] = "primary"): CoefficientGroup {
  const indicators = Object.fromEntries(Object.entries(makeGroup().indicators).map(([code, s]) => [code, { ...s, n, mean: n === 0 ? null : 0, sd: n < 2 ? null : 0, cv: null, met: null }]));
  return makeGroup({ stage, schools, indicators: indicators as CoefficientGroup["indicators"] });
}

describe("caveatText", () => {
  it("says a stage of fewer than 2 school sections by its count (one school section: 仅 1 个学校（学段）)", () => {
    const one: AreaCaveat = { code: "cv_not_computable", stage: "junior", indicators: [...INDICATOR_CODES], cause: "too_few_sections", schools: 1 };
    expect(caveatText(one, "zh")).toBe("初中差异系数不可计算（仅 1 个学校（学段）），未参与资源配置判定");
    expect(caveatText(one, "en")).toBe("Junior secondary: no CV can be computed (only 1 school section), so none counts in the resource allocation verdict");
  });
  it("says a stage of 2 or more schools whose every indicator has values in fewer than 2, or a mean of 0", () => {
    expect(caveatText({ code: "cv_not_computable", stage: "primary", indicators: [...INDICATOR_CODES], cause: "too_few_sections", schools: 3 }, "zh")).toBe("小学各项差异系数均不可计算（有数值的学校（学段）不足 2 个），未参与资源配置判定");
    expect(caveatText({ code: "cv_not_computable", stage: "junior", indicators: [...INDICATOR_CODES], cause: "zero_mean", schools: 2 }, "zh")).toBe("初中各项差异系数均不可计算，未参与资源配置判定");
  });
  it("names the indicators when only some cannot be computed", () => {
    expect(caveatText({ code: "cv_not_computable", stage: "primary", indicators: ["L1", "L2"], cause: "too_few_sections", schools: 3 }, "zh")).toBe("小学 L1、L2 差异系数不可计算（有数值的学校（学段）不足 2 个），未参与资源配置判定");
    expect(caveatText({ code: "cv_not_computable", stage: "primary", indicators: ["L5"], cause: "zero_mean", schools: 4 }, "en")).toBe("Primary L5: CV cannot be computed (a mean of 0), so not counted in the resource allocation verdict");
  });
  it("joins several indicators with one space after each comma in English (the reviewer saw 'L1,  L2,  L3,  L4')", () => {
    const four: AreaCaveat = { code: "cv_not_computable", stage: "primary", indicators: ["L1", "L2", "L3", "L4"], cause: "no_values", schools: 4 };
    expect(caveatText(four, "en")).toBe("Primary L1, L2, L3, L4: CV cannot be computed (none of the 4 school sections has a value; check that the column and its values are there), so not counted in the resource allocation verdict");
    expect(caveatText(four, "zh")).toBe("小学 L1、L2、L3、L4 差异系数不可计算（4 个学校（学段）均无该项数值，请核对是否缺少该列或数据），未参与资源配置判定");
    expect(caveatText({ ...four, indicators: ["L2", "L7"], cause: "zero_mean" }, "en")).toBe("Primary L2, L7: CV cannot be computed (a mean of 0), so not counted in the resource allocation verdict");
  });
});

describe("caveatText: no section has the indicator's value", () => {
  it("names the indicator and says no school section has a value, so its column or values are to be checked", () => {
    const l5: AreaCaveat = { code: "cv_not_computable", stage: "primary", indicators: ["L5"], cause: "no_values", schools: 173 };
    expect(caveatText(l5, "zh")).toBe("小学 L5 差异系数不可计算（173 个学校（学段）均无该项数值，请核对是否缺少该列或数据），未参与资源配置判定");
    expect(caveatText(l5, "en")).toBe("Primary L5: CV cannot be computed (none of the 173 school sections has a value; check that the column and its values are there), so not counted in the resource allocation verdict");
  });
  it("is said beside 资源配置 whatever its verdict: a not-met reason does not explain a CV never computed", () => {
    const caveats: AreaCaveat[] = [
      { code: "cv_not_computable", stage: "primary", indicators: ["L5"], cause: "no_values", schools: 173 },
      { code: "cv_not_computable", stage: "junior", indicators: ["L2"], cause: "too_few_sections", schools: 3 },
    ];
    const areas = (verdict: "met" | "not_met" | "not_assessed") => [{ area: "resources" as const, verdict, reasons: [], pending: [], caveats }];
    expect(metResourcesCaveats({ areas: areas("not_met") })).toEqual([caveats[0]]);
    expect(metResourcesCaveats({ areas: areas("not_assessed") })).toEqual([caveats[0]]);
    expect(metResourcesCaveats({ areas: areas("met") })).toEqual(caveats);
  });
});

describe("caveatText: a column refused whole for its unit", () => {
  it("says the column's unit is in doubt and names its header cell, not that the column or its data may be missing (reviewer R1, finding 7)", () => {
    const l6: AreaCaveat = { code: "cv_not_computable", stage: "primary", indicators: ["L6"], cause: "no_values", schools: 5, refusedAt: ["学校基本情况!P3"] };
    expect(caveatText(l6, "zh")).toBe("小学 L6 差异系数不可计算（该列单位存疑，未读取，见 学校基本情况!P3），未参与资源配置判定");
    expect(caveatText(l6, "en")).toBe("Primary L6: CV cannot be computed (the column was not read, its unit being in doubt; see 学校基本情况!P3), so not counted in the resource allocation verdict");
  });
  it("names each header cell when two sheets' columns were refused", () => {
    const two: AreaCaveat = { code: "cv_not_computable", stage: "junior", indicators: ["L6"], cause: "no_values", schools: 3, refusedAt: ["小学!P3", "初中!M2"] };
    expect(caveatText(two, "zh")).toBe("初中 L6 差异系数不可计算（该列单位存疑，未读取，见 小学!P3、初中!M2），未参与资源配置判定");
    expect(caveatText(two, "en")).toContain("see 小学!P3, 初中!M2)");
  });
});

describe("uncomputedText", () => {
  it("gives the reason when fewer than 2 school sections had values, the plain word otherwise (every value 0, blank values)", () => {
    expect(uncomputedText(uncomputed(1, 1), "zh")).toBe("不可计算（有数值的学校（学段）不足 2 个）");
    expect(uncomputedText(uncomputed(3, 0), "zh")).toBe("不可计算（有数值的学校（学段）不足 2 个）");
    expect(uncomputedText(uncomputed(2, 2), "zh")).toBe("不可计算");
  });
});

describe("resourcesCaveats", () => {
  it("says the engine's caveats beside 资源配置 达标 only: not met or not assessed, the engine's reasons explain the verdict", () => {
    const caveats: AreaCaveat[] = [{ code: "cv_not_computable", stage: "junior", indicators: [...INDICATOR_CODES], cause: "too_few_sections", schools: 1 }];
    const areas = (verdict: "met" | "not_met" | "not_assessed") => [{ area: "resources" as const, verdict, reasons: [], pending: [], caveats }];
    expect(resourcesCaveats({ areas: areas("met") }, "zh")).toEqual(["初中差异系数不可计算（仅 1 个学校（学段）），未参与资源配置判定"]);
    expect(resourcesCaveats({ areas: areas("not_met") }, "zh")).toEqual([]);
    expect(resourcesCaveats({ areas: areas("not_assessed") }, "zh")).toEqual([]);
    expect(resourcesCaveats({ areas: [] }, "zh")).toEqual([]);
    expect(resourcesCaveats({ areas: [{ area: "resources", verdict: "met", reasons: [], pending: [] }] }, "zh")).toEqual([]);
  });
});

describe("metResourcesCaveats", () => {
  it("the engine's caveats of 资源配置 when it is met, none beside another verdict or without caveats", () => {
    const caveats: AreaCaveat[] = [{ code: "cv_not_computable", stage: "junior", indicators: [...INDICATOR_CODES], cause: "too_few_sections", schools: 1 }];
    const areas = (verdict: "met" | "not_met" | "not_assessed") => [{ area: "resources" as const, verdict, reasons: [], pending: [], caveats }];
    expect(metResourcesCaveats({ areas: areas("met") })).toEqual(caveats);
    expect(metResourcesCaveats({ areas: areas("not_met") })).toEqual([]);
    expect(metResourcesCaveats({ areas: areas("not_assessed") })).toEqual([]);
    expect(metResourcesCaveats({ areas: [{ area: "resources", verdict: "met", reasons: [], pending: [] }] })).toEqual([]);
  });
});
