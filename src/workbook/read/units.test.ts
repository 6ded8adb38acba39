import { toBaseUnit } from "./parseCellNumber";
import { MU_IN_M2, resolveUnit, unitFactorOf } from "./units";

describe("unitFactorOf", () => {
  it.each([
    ["equipmentValue", "万元", 10000],
    ["publicFunding", "千元", 1000],
    ["trainingFunds", "元", 1],
    ["teachingArea", "平方米", 1],
    ["sportsGroundArea", "m2", 1],
    ["sportsTotalArea", "万平方米", 10000],
    ["students", "人", 1],
    ["multimediaRooms", "间", 1],
    ["builtYear", "年", 1],
  ] as const)("%s in %s → ×%d", (key, unit, factor) => {
    expect(unitFactorOf(key, unit)).toBe(factor);
  });

  it("converts 亩 to m² at 10000 ÷ 15 (1 公顷 = 15 亩), so 12 亩 read through the reader's rounding is 8000 m²", () => {
    expect(unitFactorOf("sportsTotalArea", "亩")).toBe(MU_IN_M2);
    // 12 × 666.666… = 7999.999999999999 in floating point; toBaseUnit keeps 15 significant digits.
    expect(toBaseUnit(12, MU_IN_M2)).toBe(8000);
    expect(toBaseUnit(1.5, MU_IN_M2)).toBeCloseTo(1000, 10);
  });

  it.each([
    ["teachingArea", "万元"],
    ["equipmentValue", "亩"],
    ["equipmentValue", "平方米"],
    ["peArtTeachers", "%"],
    ["students", "平方米"],
    ["students", "年"],
  ] as const)("%s cannot be in %s", (key, unit) => {
    expect(unitFactorOf(key, unit)).toBeNull();
  });
});

describe("resolveUnit", () => {
  it("prefers the header's unit, then (money only) the unit line, and says when it assumed 元", () => {
    expect(resolveUnit("equipmentValue", "元", "单位：万元")).toEqual({ factor: 1, assumed: false });
    expect(resolveUnit("equipmentValue", null, "单位：人、平方米、万元")).toEqual({ factor: 10000, assumed: false });
    expect(resolveUnit("equipmentValue", null, null)).toEqual({ factor: 1, assumed: true });
    expect(resolveUnit("sportsTotalArea", "亩", null)).toEqual({ factor: MU_IN_M2, assumed: false });
    // An area says nothing when it states no unit: m² is what the statistics use.
    expect(resolveUnit("teachingArea", null, "单位：人、万元")).toEqual({ factor: 1, assumed: false });
  });
});
