import { message } from "../../messages/catalogue";
import { builtInProfile } from "../../profiles/resolveProfile";
import { withProfileParams } from "../../report/profileParams";
import { readCountyFigures } from "./readCountyFigures";
import { gridOf } from "./testing";

describe("readCountyFigures: 是 / 否 answering an item judged by a figure", () => {
  const pay = "教师平均工资收入水平不低于当地公务员";

  it("reads G8 answered 是 / 否 as met / not met, marked as an answer, at the answer's cell (wb4 县级指标)", () => {
    const grid = gridOf(
      [
        ["县区", "项目", "数值", "备注"],
        ["东河县", pay, "是", null],
        ["西岭县", pay, "否", "差200元/月"],
      ],
      { sheet: "县级指标" },
    );
    const result = readCountyFigures(grid);
    expect(result?.figures).toEqual([
      // The 县区 cell beside each (countyCell), where a misspelt county would be corrected.
      { county: "东河县", code: "G8_pay_ratio", value: true, cell: "县级指标!C2", answered: true, countyCell: "县级指标!A2" },
      { county: "西岭县", code: "G8_pay_ratio", value: false, cell: "县级指标!C3", answered: true, countyCell: "县级指标!A3" },
    ]);
    const said = result?.issues.filter((i) => i.code === "read_figure_yes_no_answer") ?? [];
    expect(said.map((i) => [i.severity, i.cell])).toEqual([
      ["info", "县级指标!C2"],
      ["info", "县级指标!C3"],
    ]);
    const zh = message("read_figure_yes_no_answer", said[1]?.params, "zh");
    const en = message("read_figure_yes_no_answer", said[1]?.params, "en");
    expect(zh).toContain("“否”");
    expect(zh).toContain("未达标");
    expect(en).toContain("Not met");
    for (const text of [zh, en]) expect(text).not.toMatch(/\{\w+\}/);
  });

  it("reads any ratio or threshold item answered 达标 / 未达标 / 是 / 否 the same way (one rule)", () => {
    const grid = gridOf([["项目", "数值"], ["初中三年巩固率", "达标"], ["残疾儿童少年入学率", "否"], ["社会认可度", 0.9]], { sheet: "县级指标" });
    expect(readCountyFigures(grid)?.figures.map((f) => [f.code, f.value, f.answered ?? false])).toEqual([
      ["Q1_consolidation", true, true],
      ["Q2_disabled_enrolment", false, true],
      ["R1_recognition", 0.9, false],
    ]);
  });

  it("still refuses an existence word (有 / 无) on a ratio item: no verdict", () => {
    const grid = gridOf([["项目", "数值"], ["初中三年巩固率", "有"]], { sheet: "县级指标" });
    const result = readCountyFigures(grid);
    expect(result?.figures).toEqual([]);
    expect(result?.issues.map((i) => i.code)).toContain("read_figure_bad_value");
  });
});

describe("readCountyFigures: 是 / 否 beside a figure item worded against its standard (figureWording contraryWording)", () => {
  // Each row's wording says the opposite of its standard (rules.md §4 item 8, §5 items 1, 2, 9), so its
  // 是 / 否 cannot be taken as met / not met: 低于公务员 | 是 says the pay is below (not met).
  const contrary: [string, string, string][] = [
    ["教师工资收入低于当地公务员", "是", "G8_pay_ratio"],
    ["教师平均工资收入水平低于当地公务员", "否", "G8_pay_ratio"],
    ["初中三年巩固率低于95%", "否", "Q1_consolidation"],
    ["残疾儿童少年入学率未达到95%", "否", "Q2_disabled_enrolment"],
    ["校际差异率超过0.15", "否", "Q9_difference_rate"],
  ];

  it("refuses each with a warning at its cell asking for the figure, not guessing", () => {
    const grid = gridOf([["项目", "数值"], ...contrary.map(([item, answer]) => [item, answer])], { sheet: "县级指标" });
    const result = readCountyFigures(grid);
    expect(result?.figures).toEqual([]);
    const said = result?.issues.filter((i) => i.code === "read_figure_contrary_wording") ?? [];
    expect(said.map((i) => [i.severity, i.cell, i.params?.["countyItem"]])).toEqual(contrary.map(([, , code], k) => ["warning", `县级指标!B${k + 2}`, code]));
    for (const lang of ["zh", "en"] as const) {
      const text = message("read_figure_contrary_wording", said[0]?.params, lang);
      expect(text).toContain("教师工资收入低于当地公务员");
      expect(text).not.toMatch(/\{\w+\}/);
    }
  });

  it("still reads the same items worded with their standard (不低于, 不超过, 低于 for a ceiling)", () => {
    const grid = gridOf(
      [["项目", "数值"], ["教师工资收入不低于当地公务员", "是"], ["初中三年巩固率不低于95%", "否"], ["残疾儿童少年入学率达到95%", "是"], ["校际差异率低于0.15", "是"], ["校际差异率不超过0.15", "否"]],
      { sheet: "县级指标" },
    );
    expect(readCountyFigures(grid)?.figures.map((f) => [f.code, f.value, f.answered ?? false])).toEqual([
      ["G8_pay_ratio", true, true],
      ["Q1_consolidation", false, true],
      ["Q2_disabled_enrolment", true, true],
      ["Q9_difference_rate", true, true],
      ["Q9_difference_rate", false, true],
    ]);
  });

  it("reads a number beside a contrary wording as the figure itself (低于95% | 0.97 is the rate)", () => {
    const grid = gridOf([["项目", "数值"], ["初中三年巩固率低于95%", 0.97]], { sheet: "县级指标" });
    expect(readCountyFigures(grid)?.figures.map((f) => [f.code, f.value])).toEqual([["Q1_consolidation", 0.97]]);
  });
});

describe("readCountyFigures: the monitoring level answered 是 / 否 (Q9_monitoring_level, rules.md §5 item 9)", () => {
  it("refuses 是 beside a name that states no level reached (是 may say only that the county took part)", () => {
    const grid = gridOf([["项目", "数值"], ["义务教育质量监测", "是"]], { sheet: "县级指标" });
    const result = readCountyFigures(grid);
    expect(result?.figures).toEqual([]);
    const said = result?.issues.filter((i) => i.code === "read_figure_level_not_stated") ?? [];
    expect(said.map((i) => [i.severity, i.cell])).toEqual([["warning", "县级指标!B2"]]);
    // The level asked is the run's profile's, filled once it is known (withProfileParams); national-2017's here.
    const filled = withProfileParams(said, builtInProfile("national-2017"))[0]?.params;
    for (const lang of ["zh", "en"] as const) expect(message("read_figure_level_not_stated", filled, lang)).not.toMatch(/\{\w+\}/);
  });

  it("reads 是 / 否 beside a name stating the level reached, and 达标 / 未达标 beside any", () => {
    const grid = gridOf([["项目", "数值"], ["质量监测达到Ⅲ级以上", "是"], ["质量监测达到Ⅲ级以上", "否"], ["义务教育质量监测", "未达标"]], { sheet: "县级指标" });
    expect(readCountyFigures(grid)?.figures.map((f) => [f.code, f.value, f.cell])).toEqual([
      ["Q9_monitoring_level", true, "县级指标!B2"],
      ["Q9_monitoring_level", false, "县级指标!B3"],
      ["Q9_monitoring_level", false, "县级指标!B4"],
    ]);
  });
});

// s50 H2: read_figure_answer_remark quoted the remark width-folded (见附件3), where the cell says 见附件３.
describe("readCountyFigures: a yes / no answer's remark is quoted as typed", () => {
  it("有编不补 | 无（见附件３） → 无 at B2, remark 见附件３, in zh and en", () => {
    const said = readCountyFigures(gridOf([["项目", "数值"], ["有编不补", "无（见附件３）"]], { sheet: "县级指标" }))?.issues ?? [];
    expect(said.map((i) => [i.code, i.cell, i.params["remark"]])).toEqual([["read_figure_answer_remark", "县级指标!B2", "见附件３"]]);
    expect(message("read_figure_answer_remark", said[0]?.params, "zh")).toBe("县级指标“有编不补”填写为“无（见附件３）”，已按“无”读取；其后的说明“见附件３”未用于评估");
    expect(message("read_figure_answer_remark", said[0]?.params, "en")).toBe(
      "County item “有编不补”: “无（见附件３）” was read as “无”; the remark “见附件３” after it is not used in the evaluation",
    );
  });
});
