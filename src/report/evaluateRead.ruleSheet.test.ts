import { overrideEntries } from "../profiles/overrideEntries";
import { BUILT_IN_PROFILES, builtInProfile, resolveProfile } from "../profiles/resolveProfile";
import { readRuleRows } from "../workbook/read/readRuleSheet";
import { gridOf } from "../workbook/read/testing";
import { overriddenProfile } from "./evaluateRead";

const QINGZHOU_RAW = {
  extends: "national-2017",
  id: "qingzhou-2025",
  name: { zh: "青州市标准（2025）", en: "Qingzhou (2025)" },
  countyItems: { G16_lunch: { item: "G16", comparison: "at_least", threshold: 0.9, unit: "ratio" } },
};
const lookup = (id: string): unknown => (id === "qingzhou-2025" ? QINGZHOU_RAW : BUILT_IN_PROFILES[id]);

describe("overriddenProfile: a 规则 sheet checked against the profile chosen (tG finding 1)", () => {
  it("applies a primary norm alone under sichuan-guanghan-2024: 900 with its junior 1040 (C1.xlsx)", () => {
    const rows = readRuleRows(gridOf([["路径", "值"], ["guarantee.funding.norm.primary", 900]], { sheet: "规则" }));
    const result = overriddenProfile(builtInProfile("sichuan-guanghan-2024"), rows.override);
    if (!result.ok) throw new Error("expected a profile");
    expect(result.profile.guarantee.funding.norm).toEqual({ primary: 900, junior: 1040 });
    expect(result.issues).toEqual([]);
    expect(overrideEntries(result.override)).toEqual([{ path: "guarantee.funding.norm.primary", value: 900, cell: "规则!B2" }]);
  });

  it("refuses the same row under national-2017 at its cell (no junior norm there), and goes on", () => {
    const rows = readRuleRows(gridOf([["路径", "值"], ["guarantee.funding.norm.primary", 900], ["passRule.minMet", 5]], { sheet: "规则" }));
    const result = overriddenProfile(builtInProfile("national-2017"), rows.override);
    if (!result.ok) throw new Error("expected a profile");
    expect(result.issues.map((i) => [i.code, i.cell])).toEqual([["read_rule_incomplete", "规则!B2"]]);
    expect(result.profile.passRule.minMet).toBe(5);
    expect(result.profile.guarantee.funding.norm).toBeNull();
    expect(overrideEntries(result.override).map((e) => e.path)).toEqual(["passRule.minMet"]);
  });

  it("refuses at its cell a row changing a file profile's own item's unit, instead of stopping the run (M1.xlsx)", () => {
    const base = resolveProfile(QINGZHOU_RAW);
    const rows = readRuleRows(gridOf([["路径", "值"], ["countyItems.G16_lunch.unit", "number"], ["cvLimits.junior", 0.4]], { sheet: "规则" }));
    const result = overriddenProfile(base, rows.override, lookup);
    if (!result.ok) throw new Error("expected a profile");
    expect(result.issues.map((i) => [i.code, i.cell])).toEqual([["read_rule_invalid", "规则!B2"]]);
    expect(result.profile.countyItems.G16_lunch?.unit).toBe("ratio");
    expect(result.profile.cvLimits.junior).toBeCloseTo(0.4, 12);
  });
});
