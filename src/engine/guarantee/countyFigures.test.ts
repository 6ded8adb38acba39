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
    // A yes item (G1): a veto item has its own message (below).
    const found = figuresByCode([{ county: null, code: "G1_layout", value: true, cell: "保障!B40" }, { county: null, code: "G1_layout", value: false, cell: "保障!B41" }], builtInProfile());
    const issue = found.issues[0];
    expect(issue === undefined ? "" : message(issue.code, issue.params, "zh")).toContain("（此处为 是），按其中最不利的 否（保障!B41）判断");
  });

  it("judges a veto item answered both ways as present, wherever the present one stands, naming both cells in its own warning (finding s25 F1-3)", () => {
    const national = builtInProfile();
    const veto = (first: boolean, second: boolean) => figuresByCode([fig("V_school_choice", first, "县级指标!B29"), fig("V_school_choice", second, "县级指标!B34")], national);
    const [absentFirst, presentFirst] = [veto(false, true), veto(true, false)];
    expect([absentFirst.value.get("V_school_choice")?.value, absentFirst.value.get("V_school_choice")?.cell]).toEqual([true, "县级指标!B34"]);
    expect([presentFirst.value.get("V_school_choice")?.value, presentFirst.value.get("V_school_choice")?.cell]).toEqual([true, "县级指标!B29"]);
    expect(absentFirst.issues).toEqual([{ code: "county_figure_veto_conflict", severity: "warning", cell: "县级指标!B29", params: { countyItem: "V_school_choice", presentCell: "县级指标!B34", absentCell: "县级指标!B29" } }]);
    expect(presentFirst.issues).toEqual([{ code: "county_figure_veto_conflict", severity: "warning", cell: "县级指标!B34", params: { countyItem: "V_school_choice", presentCell: "县级指标!B29", absentCell: "县级指标!B34" } }]);
    const params = absentFirst.issues[0]?.params ?? {};
    const zh = message("county_figure_veto_conflict", params, "zh");
    const en = message("county_figure_veto_conflict", params, "en");
    for (const text of [zh, en]) for (const part of ["县级指标!B34", "县级指标!B29"]) expect(text).toContain(part);
    expect(zh).toContain("违规择校");
    expect(zh).toContain("一票否决");
    expect(en).toContain("vetoed");
    expect(zh).not.toContain("各科");
  });

  it("keeps the duplicate warning for a veto item given the same answer twice: nothing is hidden", () => {
    const same = figuresByCode([fig("V_key_schools", true, "县级指标!B30"), fig("V_key_schools", true, "县级指标!B35")], builtInProfile());
    expect([same.value.get("V_key_schools")?.cell, same.issues.map((i) => [i.code, i.cell])]).toEqual(["县级指标!B30", [["county_figure_duplicate", "县级指标!B35"]]]);
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
