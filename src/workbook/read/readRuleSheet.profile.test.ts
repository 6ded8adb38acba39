import { message } from "../../messages/catalogue";
import { overrideEntries } from "../../profiles/overrideEntries";
import { BUILT_IN_PROFILES, builtInProfile, resolveProfile } from "../../profiles/resolveProfile";
import { withOverride } from "../../profiles/withOverride";
import { withProfileParams } from "../../report/profileParams";
import { readRuleRows, readRuleSheet } from "./readRuleSheet";
import { gridOf } from "./testing";

// The tester's prof-q.json: a file profile extending national-2017 with funding norms and a county item of its own.
const QINGZHOU_RAW = {
  extends: "national-2017",
  id: "qingzhou-2025",
  name: { zh: "青州市标准（2025）", en: "Qingzhou (2025)" },
  guarantee: { funding: { norm: { primary: 700, junior: 900 } } },
  countyItems: { G16_lunch: { item: "G16", comparison: "at_least", threshold: 0.9, unit: "ratio" } },
};
const QINGZHOU = resolveProfile(QINGZHOU_RAW);
const lookup = (id: string): unknown => (id === "qingzhou-2025" ? QINGZHOU_RAW : BUILT_IN_PROFILES[id]);
const SICHUAN = builtInProfile("sichuan-guanghan-2024");

describe("readRuleSheet: checked against the profile chosen, not national-2017 (tG finding 1)", () => {
  it("takes a primary funding norm alone under sichuan-guanghan-2024, whose junior norm is 1040 (C1.xlsx)", () => {
    const { override, issues } = readRuleSheet(gridOf([["路径", "值"], ["guarantee.funding.norm.primary", 900]], { sheet: "规则" }), SICHUAN);
    expect(issues).toEqual([]);
    const merged = withOverride(SICHUAN, override);
    // 900 from the sheet, 1040 kept from Sichuan's own norms.
    expect(merged.guarantee.funding.norm).toEqual({ primary: 900, junior: 1040 });
  });

  it("takes a norm and a threshold of the file profile's own county item under that profile (H1.xlsx)", () => {
    const grid = gridOf([["路径", "值"], ["guarantee.funding.norm.primary", 800], ["countyItems.G16_lunch.threshold", "95%"]], { sheet: "规则" });
    const { override, issues } = readRuleSheet(grid, QINGZHOU, lookup);
    expect(issues).toEqual([]);
    expect(overrideEntries(override).map((e) => [e.path, e.value])).toEqual([
      ["guarantee.funding.norm.primary", 800],
      ["countyItems.G16_lunch.threshold", 0.95],
    ]);
  });

  it("refuses at its cell a row changing the unit of the file profile's own item, and keeps the others (M1.xlsx)", () => {
    const grid = gridOf([["路径", "值"], ["countyItems.G16_lunch.unit", "number"], ["passRule.minMet", 5]], { sheet: "规则" });
    const { override, issues } = readRuleSheet(grid, QINGZHOU, lookup);
    expect(issues.map((i) => [i.code, i.cell])).toEqual([["read_rule_invalid", "规则!B2"]]);
    expect(overrideEntries(override)).toEqual([{ path: "passRule.minMet", value: 5, cell: "规则!B3" }]);
    // The rest merges: no stop of the whole run.
    expect(withOverride(QINGZHOU, override, lookup).passRule.minMet).toBe(5);
  });

  it("leaves the profile check to the caller in readRuleRows: a norm alone is kept there", () => {
    const { override, issues } = readRuleRows(gridOf([["路径", "值"], ["guarantee.funding.norm.primary", 900]], { sheet: "规则" }));
    expect(issues).toEqual([]);
    expect(override).toEqual({ guarantee: { funding: { norm: { primary: 900 } } } });
  });
});

describe("readRuleSheet: the value from the column headed 值 (tG finding 2)", () => {
  it("says a blank 值 cell is empty, at that cell, and never takes the next column's value (E3.xlsx)", () => {
    const grid = gridOf(
      [
        ["路径", "值", "上年取值"],
        ["passRule.floorRatio", null, 0.8],
        ["passRule.minMet", null, 5],
      ],
      { sheet: "规则" },
    );
    const { override, issues } = readRuleSheet(grid);
    expect(override).toEqual({});
    expect(issues.map((i) => [i.code, i.cell, i.params.path])).toEqual([
      ["read_rule_empty_value", "规则!B2", "passRule.floorRatio"],
      ["read_rule_empty_value", "规则!B3", "passRule.minMet"],
    ]);
    const first = issues[0];
    expect(first && message(first.code, first.params, "zh")).toContain("值为空");
    expect(first && message(first.code, first.params, "en")).toContain("empty");
  });

  it("reads a 原值 column beside 值 as a note, not the value (E1.xlsx)", () => {
    const grid = gridOf(
      [
        ["路径", "值", "原值（国家标准）", "说明"],
        ["passRule.minMet", null, 6, "暂不调整"],
        ["cvLimits.junior", 0.4, 0.45, "市定"],
      ],
      { sheet: "规则" },
    );
    const { override, issues } = readRuleSheet(grid);
    expect(override).toEqual({ cvLimits: { junior: 0.4 } });
    expect(issues.map((i) => [i.code, i.cell])).toEqual([["read_rule_empty_value", "规则!B2"]]);
  });

  it("finds 路径 and 值 behind a 序号 column (E2.xlsx)", () => {
    const grid = gridOf(
      [
        ["序号", "路径", "值", "说明"],
        [1, "standards.primary.L1", 5.2, "市定"],
        [2, "passRule.floorRatio", "80%", null],
      ],
      { sheet: "规则" },
    );
    const { override, issues } = readRuleSheet(grid);
    expect(issues).toEqual([]);
    expect(overrideEntries(override)).toEqual([
      { path: "standards.primary.L1", value: 5.2, cell: "规则!C2" },
      { path: "passRule.floorRatio", value: 0.8, cell: "规则!C3" },
    ]);
  });

  it("reads a sheet with no header row by its first two columns, as before", () => {
    const { override, issues } = readRuleSheet(gridOf([["cvLimits.primary", 0.45]], { sheet: "规则" }));
    expect(issues).toEqual([]);
    expect(overrideEntries(override)).toEqual([{ path: "cvLimits.primary", value: 0.45, cell: "规则!B1" }]);
  });
});

describe("readRuleSheet: a path given twice (tG finding 4)", () => {
  it("refuses the second row at its cell, naming the first; only the first is applied (J1.xlsx)", () => {
    const grid = gridOf(
      [
        ["路径", "值"],
        ["passRule.minMet", 5],
        ["cvLimits.junior", 0.12],
        ["passRule.minMet", 6],
      ],
      { sheet: "规则" },
    );
    const { override, issues } = readRuleSheet(grid);
    expect(overrideEntries(override)).toEqual([
      { path: "passRule.minMet", value: 5, cell: "规则!B2" },
      { path: "cvLimits.junior", value: 0.12, cell: "规则!B3" },
    ]);
    expect(issues.map((i) => [i.code, i.cell, i.params.first])).toEqual([["read_rule_duplicate", "规则!B4", "规则!B2"]]);
    const issue = issues[0];
    expect(issue && message(issue.code, issue.params, "zh")).toContain("规则!B2");
    expect(issue && message(issue.code, issue.params, "en")).toContain("规则!B2");
  });
});

describe("readRuleSheet: titles, other header words, hints and units (tG finding 6)", () => {
  it("skips a title row and a header in other words (参数名称 | 参数值) without an error (L1.xlsx)", () => {
    const grid = gridOf(
      [["示例县2024年评估规则调整（经县教育局审定）"], [], ["参数名称", "参数值", "备注"], ["passRule.floorRatio", 0.8, "市定"]],
      { sheet: "规则" },
    );
    const { override, issues } = readRuleSheet(grid);
    expect(issues).toEqual([]);
    expect(overrideEntries(override)).toEqual([{ path: "passRule.floorRatio", value: 0.8, cell: "规则!B4" }]);
  });

  it("names the nearest known path for a typo, and where the list of paths is", () => {
    const { issues } = readRuleSheet(gridOf([["路径", "值"], ["standards.primery.L1", 4.5], ["小学L1标准", 4.5], ["standards.junoir.L2", 5.3]], { sheet: "规则" }));
    expect(issues.map((i) => [i.code, i.cell, i.params.near])).toEqual([
      ["read_rule_unknown_path_near", "规则!A2", "standards.primary.L1"],
      ["read_rule_unknown_path", "规则!A3", undefined],
      // Two letters swapped is one slip (before: two edits, and no path named).
      ["read_rule_unknown_path_near", "规则!A4", "standards.junior.L2"],
    ]);
    // The list is the run's profile's (tester tV finding 7), filled once the run knows it (withProfileParams): national-2017 here.
    const [near, far] = withProfileParams(issues, builtInProfile("national-2017"));
    expect(near && message(near.code, near.params, "zh")).toContain("standards.primary.L1");
    expect(far && message(far.code, far.params, "zh")).toContain("所选评估规则（national-2017）");
    expect(far && message(far.code, far.params, "en")).toContain("the chosen profile (national-2017), listed in the Rule sheet section of the help page (help.html)");
  });

  it("names the county item meant by a mistyped item key, which the profile would take as an item of its own", () => {
    const { issues } = readRuleSheet(gridOf([["路径", "值"], ["countyItems.R1_recognitoin.threshold", 0.9]], { sheet: "规则" }));
    expect(issues.map((i) => [i.code, i.cell, i.params.suggestion])).toEqual([["read_rule_invalid", "规则!B2", "R1_recognition"]]);
    const [typo] = issues;
    expect(typo && message(typo.code, typo.params, "zh")).toBe("规则“countyItems.R1_recognitoin.threshold”不被接受，已忽略：评估规则中没有这个评估项，是否应为“R1_recognition”？拼错的键名会成为一个新的评估项，而“R1_recognition”仍按原阈值判定，因此不予采用：请改正键名");
    expect(typo && message(typo.code, typo.params, "en")).toContain("did you mean “R1_recognition”?");
  });

  it("reads 2,600元 for a yuan setting and 70人 for a count of students, as the county figures sheet does", () => {
    const grid = gridOf([["路径", "值"], ["standards.junior.L6", "2,600元"], ["scope.teachingPointMinStudents", "70人"]], { sheet: "规则" });
    const { override, issues } = readRuleSheet(grid);
    expect(issues).toEqual([]);
    expect(override).toEqual({ standards: { junior: { L6: 2600 } }, scope: { teachingPointMinStudents: 70 } });
  });

  it("still refuses a unit on a ratio or a word in place of a number", () => {
    const { issues } = readRuleSheet(gridOf([["路径", "值"], ["cvLimits.primary", "0.45元"], ["passRule.minMet", "六项"]], { sheet: "规则" }));
    expect(issues.map((i) => [i.code, i.cell])).toEqual([
      ["read_rule_bad_value", "规则!B2"],
      ["read_rule_bad_value", "规则!B3"],
    ]);
  });
});

describe("the advice G6 gives under a profile without a funding norm (out_basis_no_funding_norm) works as said", () => {
  const national = builtInProfile("national-2017");
  const zh = message("out_basis_no_funding_norm", {}, "zh");
  const en = message("out_basis_no_funding_norm", {}, "en");

  it("names the same rule-sheet paths and profile id in zh and en", () => {
    const named = (text: string) => [...text.matchAll(/guarantee\.[\w.]+|--profile [\w-]+/g)].map((m) => m[0]);
    expect(named(zh)).toEqual(["guarantee.funding.norm.primary", "guarantee.funding.norm.junior", "--profile sichuan-guanghan-2024"]);
    expect(named(en)).toEqual(named(zh));
  });

  it("its two paths on a 规则 sheet set national-2017's norm (650 and 850 yuan, as typed)", () => {
    expect(national.guarantee.funding.norm).toBeNull();
    const grid = gridOf([["路径", "值"], ["guarantee.funding.norm.primary", 650], ["guarantee.funding.norm.junior", 850]], { sheet: "规则" });
    const { override, issues } = readRuleSheet(grid, national);
    expect(issues).toEqual([]);
    expect(withOverride(national, override).guarantee.funding.norm).toEqual({ primary: 650, junior: 850 });
  });

  it("the profile it names sets one (800 and 1040 yuan, its file)", () => {
    expect(builtInProfile("sichuan-guanghan-2024").guarantee.funding.norm).toEqual({ primary: 800, junior: 1040 });
  });
});
