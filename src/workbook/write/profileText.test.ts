import { builtInProfile } from "../../profiles/resolveProfile";
import type { OverrideEntry } from "../../profiles/overrideEntries";
import { buildResultSheets } from "./buildResultSheets";
import { overrideText, overrideValueText, profileText } from "./profileText";
import type { ResultContext } from "./ResultContext";
import { makeEvaluation } from "./testing/makeEvaluation";

/** The settings of U2-规则表.xlsx's 规则 sheet the evaluation used. */
const U2: readonly OverrideEntry[] = [
  { path: "standards.primary.L4", value: 3.8, cell: "规则!B2" },
  { path: "passRule.floorRatio", value: 0.8, cell: "规则!B3" },
];

describe("overrideValueText", () => {
  it("writes numbers as the profile holds them, yes / no and none in words, other values as JSON", () => {
    expect(overrideValueText(0.8, "zh")).toBe("0.8");
    expect(overrideValueText(200000, "en")).toBe("200000");
    expect(overrideValueText(false, "zh")).toBe("否");
    expect(overrideValueText(true, "en")).toBe("Yes");
    expect(overrideValueText(null, "zh")).toBe("无");
    expect(overrideValueText(null, "en")).toBe("none");
    expect(overrideValueText("at_least", "en")).toBe("at_least");
    expect(overrideValueText([{ year: 2025, share: 1 }], "zh")).toBe('[{"year":2025,"share":1}]');
  });
});

describe("overrideText", () => {
  it("says the setting in words (the help page's 含义) = value and the cell it was read from; no cell, none said", () => {
    expect(overrideText({ path: "passRule.floorRatio", value: 0.8, cell: "规则!B3" }, "zh")).toBe("其余指标须达到标准的比例 = 0.8（规则!B3）");
    expect(overrideText({ path: "passRule.floorRatio", value: 0.8, cell: "规则!B3" }, "en")).toBe("Share of the standard the other indicators must reach = 0.8 (规则!B3)");
    expect(overrideText({ path: "cvLimits.primary", value: 0.45, cell: null }, "en")).toBe("Primary: difference coefficient limit = 0.45");
    // The same words whether the row gave the path or the name.
    expect(overrideText({ path: "guarantee.classSize.primary", value: 40, cell: "规则!B2", name: "小学班额上限" }, "zh")).toBe("小学班额上限（人） = 40（规则!B2）");
  });

  it("says a path that is no 规则 sheet setting (a group a profile file sets whole) as it is", () => {
    expect(overrideText({ path: "guarantee.rooms.relaxedOld", value: null, cell: null }, "zh")).toBe("guarantee.rooms.relaxedOld = 无");
  });
});

describe("profileText", () => {
  it("is the profile's name alone without a 规则 sheet", () => {
    expect(profileText("国家标准（教督〔2017〕6号）", [], "zh")).toBe("国家标准（教督〔2017〕6号）");
  });

  it("says that the workbook's 规则 sheet adjusted the profile, and how, in both languages", () => {
    expect(profileText("国家标准（教督〔2017〕6号）", U2, "zh")).toBe("国家标准（教督〔2017〕6号），已按本工作簿的规则表调整：小学生均教学及辅助用房面积的标准值 = 3.8（规则!B2）；其余指标须达到标准的比例 = 0.8（规则!B3）");
    expect(profileText("National", U2, "en")).toBe("National, adjusted by this workbook's rule sheet: Primary: standard of teaching and auxiliary floor area per student (m²) = 3.8 (规则!B2); Share of the standard the other indicators must reach = 0.8 (规则!B3)");
  });
});

describe("the result sheets say the 规则 sheet changed the profile", () => {
  const zh: ResultContext = { issues: [], profileName: "国家标准（教督〔2017〕6号）", lang: "zh", profile: builtInProfile(), ruleOverrides: U2 };
  const en: ResultContext = { ...zh, profileName: "National standard", lang: "en" };

  it("under every sheet's title", () => {
    const zhNote = "评估规则：国家标准（教督〔2017〕6号），已按本工作簿的规则表调整：小学生均教学及辅助用房面积的标准值 = 3.8（规则!B2）；其余指标须达到标准的比例 = 0.8（规则!B3）";
    const enNote = "Rule profile: National standard, adjusted by this workbook's rule sheet: Primary: standard of teaching and auxiliary floor area per student (m²) = 3.8 (规则!B2); Share of the standard the other indicators must reach = 0.8 (规则!B3)";
    expect(buildResultSheets(makeEvaluation(), zh).map((s) => s.notes[0])).toEqual(Array(6).fill(zhNote));
    expect(buildResultSheets(makeEvaluation(), en).map((s) => s.notes[0])).toEqual(Array(6).fill(enNote));
  });

  it("the 数据问题 sheet lists them in a table, each linked to its cell", () => {
    const issues = buildResultSheets(makeEvaluation(), zh).find((s) => s.role === "issues");
    const table = issues?.tables.find((t) => t.name === "YZJH_RuleOverrides");
    expect(table?.caption).toBe("规则表调整的设置");
    expect(table?.columns.map((c) => c.header)).toEqual(["设置项", "值", "单元格"]);
    expect(table?.rows).toEqual([
      ["小学生均教学及辅助用房面积的标准值（standards.primary.L4）", "3.8", "规则!B2"],
      ["其余指标须达到标准的比例（passRule.floorRatio）", "0.8", "规则!B3"],
    ]);
    expect(table?.links.map((l) => l.target)).toEqual(["规则!B2", "规则!B3"]);
    const enTable = buildResultSheets(makeEvaluation(), en).find((s) => s.role === "issues")?.tables.find((t) => t.name === "YZJH_RuleOverrides");
    expect([enTable?.caption, ...(enTable?.columns.map((c) => c.header) ?? [])]).toEqual(["Settings adjusted by the rule sheet", "Setting", "Value", "Cell"]);
  });

  it("without a 规则 sheet: the profile's name alone and no such table", () => {
    const sheets = buildResultSheets(makeEvaluation(), { ...zh, ruleOverrides: [] });
    expect(sheets[0]?.notes[0]).toBe("评估规则：国家标准（教督〔2017〕6号）");
    expect(sheets.flatMap((s) => s.tables).some((t) => t.name === "YZJH_RuleOverrides")).toBe(false);
  });
});
