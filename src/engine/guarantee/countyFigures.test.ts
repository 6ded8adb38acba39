import { builtInProfile } from "../../profiles/resolveProfile";
import { message } from "../../messages/catalogue";
import type { CountyItem } from "../../profiles/schema";
import type { CountyFigure } from "../types";
import { combineVerdicts, figureIssues, figureProblem, figuresByCode, judgePart } from "./countyFigures";

const fig = (code: string, value: number | boolean, cell = "保障!B2"): CountyFigure => ({ county: "测试县", code, value, cell });
const ratio: CountyItem = { item: "G14", comparison: "at_least", threshold: 0.5, unit: "ratio" };
const below: CountyItem = { item: "Q9", comparison: "below", threshold: 0.15, unit: "number" };
const atMost: CountyItem = { item: "G16", comparison: "at_most", threshold: 3, unit: "number" };
const yes: CountyItem = { item: "G1", comparison: "yes", threshold: null, unit: "boolean" };
const level: CountyItem = { item: "Q9", comparison: "at_least", threshold: 3, unit: "level" };
const yuan: CountyItem = { item: "G7", comparison: "at_least", threshold: 6000, unit: "yuan" };

describe("figuresByCode", () => {
  it("keys the county's figures by code, each code once, and says nothing when no code repeats", () => {
    const found = figuresByCode([fig("G8_pay_ratio", 1.1, "保障!B2"), fig("G14_quota_share", 0.6, "保障!B3")], builtInProfile());
    expect([...found.value].map(([code, f]) => [code, f.value, f.cell])).toEqual([
      ["G8_pay_ratio", 1.1, "保障!B2"],
      ["G14_quota_share", 0.6, "保障!B3"],
    ]);
    expect(found.issues).toEqual([]);
  });
  it("judges a code given several times by its least favourable value, said at the other cells (every subject, every group must meet it)", () => {
    const national = builtInProfile();
    const rates = figuresByCode([fig("Q9_difference_rate", 0.12, "保障!B20"), fig("Q9_difference_rate", 0.19, "保障!B21"), fig("Q9_difference_rate", 0.14, "保障!B22")], national);
    // below 0.15: the largest rate is the least favourable.
    expect(rates.value.get("Q9_difference_rate")?.value).toBe(0.19);
    expect(rates.issues.map((i) => [i.code, i.cell, i.params])).toEqual([
      ["county_figure_several", "保障!B20", { countyItem: "Q9_difference_rate", figureValue: "0.19", usedCell: "保障!B21", otherValue: "0.12" }],
      ["county_figure_several", "保障!B22", { countyItem: "Q9_difference_rate", figureValue: "0.19", usedCell: "保障!B21", otherValue: "0.14" }],
    ]);
    // at least 85%: the lowest satisfaction; a veto item: present wins; a yes item: 否 wins.
    expect(figuresByCode([fig("R1_recognition", 0.95, "保障!B30"), fig("R1_recognition", 0.8, "保障!B31")], national).value.get("R1_recognition")?.value).toBe(0.8);
    const yesNo = (code: string, a: boolean, b: boolean) => figuresByCode([{ county: "测试县", code, value: a, cell: "保障!B40" }, { county: "测试县", code, value: b, cell: "保障!B41" }], national).value.get(code)?.value;
    expect([yesNo("V_school_choice", false, true), yesNo("V_school_choice", true, false), yesNo("G1_layout", true, false), yesNo("G1_layout", false, true)]).toEqual([true, true, false, false]);
  });

  it("keeps the first of equal values, and of values it has no direction for, with the duplicate warning", () => {
    const national = builtInProfile();
    const same = figuresByCode([fig("R1_recognition", 0.9, "保障!B30"), fig("R1_recognition", 0.9, "保障!B31")], national);
    expect([same.value.get("R1_recognition")?.cell, same.issues.map((i) => i.code)]).toEqual(["保障!B30", ["county_figure_duplicate"]]);
    const unknown = figuresByCode([fig("X_custom", 1, "保障!B50"), fig("X_custom", 2, "保障!B51")], national);
    expect([unknown.value.get("X_custom")?.value, unknown.issues.map((i) => i.code)]).toEqual([1, ["county_figure_duplicate"]]);
  });

  it("says the values by their words in the message (是 / 否 for a yes / no item)", () => {
    const found = figuresByCode([{ county: null, code: "V_key_schools", value: false, cell: "保障!B40" }, { county: null, code: "V_key_schools", value: true, cell: "保障!B41" }], builtInProfile());
    const issue = found.issues[0];
    expect(issue === undefined ? "" : message(issue.code, issue.params, "zh")).toContain("（此处为 否），按其中最不利的 是（保障!B41）判断");
  });
});

describe("figureProblem", () => {
  it.each([
    [ratio, true, "county_figure_not_number"],
    [ratio, 1.2, "county_figure_ratio_above_one"],
    [ratio, -0.1, "county_figure_negative"],
    [below, Number.NaN, "county_figure_not_number"],
    [yes, 1, "county_figure_not_boolean"],
    [level, 0.85, "county_figure_not_level"],
    [level, 5, "county_figure_not_level"],
    [level, 0, "county_figure_not_level"],
    [yuan, -1, "county_figure_negative"],
  ] as const)("%o with %p → %s", (item, value, code) => {
    expect(figureProblem(item, fig("X_code", value, "保障!B9"))).toEqual({ code, severity: "error", cell: "保障!B9", params: { countyItem: "X_code", value: String(value) } });
  });
  it.each([
    [ratio, 1],
    [ratio, 0],
    [below, 2.5],
    [yes, false],
    [level, 1],
    [level, 4],
    [yuan, 6080.5],
  ] as const)("%o accepts %p", (item, value) => {
    expect(figureProblem(item, fig("X_code", value))).toBeNull();
  });
});

describe("judgePart", () => {
  const verdict = (item: CountyItem, value: number | boolean | undefined) => judgePart("X_code", item, value === undefined ? undefined : fig("X_code", value)).value.verdict;
  it("at_least: 0.5 meets 0.5, 0.4999 does not", () => {
    expect(verdict(ratio, 0.5)).toBe("met");
    expect(verdict(ratio, 0.4999)).toBe("not_met");
  });
  it("below: 0.149 meets < 0.15, 0.15 does not", () => {
    expect(verdict(below, 0.149)).toBe("met");
    expect(verdict(below, 0.15)).toBe("not_met");
  });
  it("at_most: 3 meets ≤ 3, 3.01 does not", () => {
    expect(verdict(atMost, 3)).toBe("met");
    expect(verdict(atMost, 3.01)).toBe("not_met");
  });
  it("yes: true met, false not met", () => {
    expect(verdict(yes, true)).toBe("met");
    expect(verdict(yes, false)).toBe("not_met");
  });
  it("absent or of the wrong kind: not assessed", () => {
    expect(verdict(ratio, undefined)).toBe("not_assessed");
    expect(verdict(ratio, true)).toBe("not_assessed");
    expect(verdict(yes, 1)).toBe("not_assessed");
  });
  it("a numeric item without threshold cannot be judged, and says so", () => {
    const r = judgePart("X_code", { ...ratio, threshold: null }, fig("X_code", 0.6));
    expect(r.value.verdict).toBe("not_assessed");
    expect(r.issues.map((i) => i.code)).toEqual(["county_item_no_threshold"]);
  });
});

describe("combineVerdicts", () => {
  it.each([
    [["met", "met"], "met"],
    [["met", "not_met"], "not_met"],
    [["not_assessed", "not_met"], "not_met"],
    [["met", "not_assessed"], "not_assessed"],
    [[], "not_assessed"],
  ] as const)("%p → %s", (verdicts, expected) => expect(combineVerdicts(verdicts)).toBe(expected));
});

describe("figureIssues", () => {
  const national = builtInProfile("national-2017");
  it("reports wrong-kind county and veto figures, nothing for good or unknown codes", () => {
    const map = new Map([
      ["G8_pay_ratio", fig("G8_pay_ratio", true, "保障!B3")],
      ["G14_quota_share", fig("G14_quota_share", 0.6, "保障!B4")],
      ["V_key_schools", fig("V_key_schools", 0, "保障!B5")],
      ["X_unknown", fig("X_unknown", 5, "保障!B6")],
    ]);
    expect(figureIssues(national, map).map((i) => [i.code, i.cell])).toEqual([
      ["county_figure_not_number", "保障!B3"],
      ["county_figure_not_boolean", "保障!B5"],
    ]);
  });
});
