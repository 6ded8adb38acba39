import { message } from "../../messages/catalogue";
import { isVerdict, readCountyFigures } from "./readCountyFigures";
import { gridOf, readCountyRow } from "./testing";

// Reviewer R4, point 5: two-part cells a bureau writes plainly, once refused, read; and R4's veto verdicts (已建立 …).
const sheet = { sheet: "县级指标" };
const G13 = "城区和镇区公办小学、初中就近划片入学比例分别达到100%、95%";
const G11 = "全县每年交流轮岗教师的比例不低于符合交流条件教师总数的10%；其中，骨干教师不低于交流轮岗教师总数的20%";

/** One row under 评估内容 | 自评结果 read (readCountyRow). */
const readRow = readCountyRow;

// 100% → 1; 96.8% → 0.968 (96.8 ÷ 100).
const BOTH_READ = [["G13_nearby_primary", 1, "县级指标!B2"], ["G13_nearby_junior", 0.968, "县级指标!B2"]];
const TWO_PARTS = [["read_figure_two_parts", "info", "县级指标!B2"]];

describe("G13's two stages labelled in the item's own words (就近入学比例 holds 近, no comparison word)", () => {
  it("reads 小学就近入学比例100%，初中就近入学比例96.8% as primary 1, junior 0.968", () => {
    const { figures, issues, params } = readRow(G13, "小学就近入学比例100%，初中就近入学比例96.8%");
    expect(figures).toEqual(BOTH_READ);
    expect(issues).toEqual(TWO_PARTS);
    expect(message("read_figure_two_parts", params[0] ?? {}, "zh")).toBe(
      `“${G13}”含两项，“小学就近入学比例100%，初中就近入学比例96.8%”已分别读取：“小学就近划片入学比例”为“小学就近入学比例100%”，“初中就近划片入学比例”为“初中就近入学比例96.8%”`,
    );
  });

  it("still refuses a comparison word right before a part's value (初中就近入学比例约96.8%), reading the other", () => {
    const { figures, issues } = readRow(G13, "小学就近入学比例100%，初中就近入学比例约96.8%");
    expect(figures).toEqual([["G13_nearby_primary", 1, "县级指标!B2"]]);
    expect(issues).toEqual([["read_figure_part_bad_value", "error", "县级指标!B2"]]);
  });
});

describe("two percentages apart by spaces only, as 100%、96.8% is read", () => {
  it.each(["100% 96.8%", "100 %  96.8 %", "小学100% 初中96.8%"])("reads %s as primary 1, junior 0.968", (text) => {
    const { figures, issues } = readRow(G13, text);
    expect(figures).toEqual(BOTH_READ);
    expect(issues).toEqual(TWO_PARTS);
  });

  it("reads G11's 12.3% 25.6% as the rotation rate 0.123 and the backbone share 0.256", () => {
    expect(readRow(G11, "12.3% 25.6%").figures).toEqual([["G11_rotation_rate", 0.123, "县级指标!B2"], ["G11_backbone_rotation", 0.256, "县级指标!B2"]]);
  });

  it("refuses three values, or two that are not both percentages (0.95 0.97): no figure", () => {
    expect(readRow(G13, "100% 96.8% 95%").figures).toEqual([]);
    expect(readRow(G13, "0.95 0.97").figures).toEqual([]);
  });
});

describe("one value for both stages (均为)", () => {
  it.each(["均为100%", "小学、初中均为100%", "均达到100%"])("reads %s as primary 1 and junior 1", (text) => {
    const { figures, issues, params } = readRow(G13, text);
    expect(figures).toEqual([["G13_nearby_primary", 1, "县级指标!B2"], ["G13_nearby_junior", 1, "县级指标!B2"]]);
    expect(issues).toEqual(TWO_PARTS);
    expect(message("read_figure_two_parts", params[0] ?? {}, "en")).toBe(
      `“${G13}” holds two items; “${text}” was read as Primary nearby enrolment: “100%” and Junior secondary nearby enrolment: “100%”`,
    );
  });

  it("refuses 城区、镇区均为100% (not the stages) and 均不低于95% (a comparison): no figure", () => {
    expect(readRow(G13, "城区、镇区均为100%")).toMatchObject({ figures: [], issues: [["read_figure_two_parts_unsplit", "warning", "县级指标!B2"]] });
    expect(readRow(G13, "均不低于95%")).toMatchObject({ figures: [], issues: [["read_figure_bad_value", "error", "县级指标!B2"], ["read_figure_bad_value", "error", "县级指标!B2"]] });
  });
});

describe("a year in brackets after a value, on a two-part row as on a single value", () => {
  it("reads 小学100%，初中96.8%（2024年） as primary 1, junior 0.968, the year said and not used", () => {
    const { figures, issues, params } = readRow(G13, "小学100%，初中96.8%（2024年）");
    expect(figures).toEqual(BOTH_READ);
    expect(issues).toEqual([["read_figure_year_remark", "info", "县级指标!B2"], ...TWO_PARTS]);
    expect(params[0]).toMatchObject({ text: "96.8%（2024年）", value: 0.968, year: "2024年", countyItem: "G13_nearby_junior" });
  });

  it("reads 初中三年巩固率 | 96.8%（2024年） as 0.968, saying the year in zh and en", () => {
    const { figures, issues, params } = readRow("初中三年巩固率", "96.8%（2024年）");
    expect(figures).toEqual([["Q1_consolidation", 0.968, "县级指标!B2"]]);
    expect(issues).toEqual([["read_figure_year_remark", "info", "县级指标!B2"]]);
    expect(message("read_figure_year_remark", params[0] ?? {}, "zh")).toBe("县级指标“初中三年巩固率”填写为“96.8%（2024年）”，已按 96.8% 读取；括注的年份“2024年”未用于评估，也未核对是否为评估年度");
    expect(message("read_figure_year_remark", params[0] ?? {}, "en")).toBe(
      "County item Junior secondary three-year retention (初中三年巩固率): “96.8%（2024年）” was read as 96.8%; the year “2024年” in brackets is not used, nor checked against the year evaluated",
    );
  });

  it("reads 学业水平 | Ⅲ级（2024年） as level 3, the year said (a level has no digit: it was refused)", () => {
    const { figures, issues, params } = readRow("相关科目学生学业水平达到Ⅲ级以上", "Ⅲ级（2024年）");
    expect(figures).toEqual([["Q9_monitoring_level", 3, "县级指标!B2"]]);
    expect(issues).toEqual([["read_figure_year_remark", "info", "县级指标!B2"]]);
    expect(params[0]).toMatchObject({ text: "Ⅲ级（2024年）", value: 3, year: "2024年", countyItem: "Q9_monitoring_level" });
  });

  it("still refuses a level word that is no level, and a yes / no answer, with a year after it", () => {
    expect(readRow("相关科目学生学业水平达到Ⅲ级以上", "良好（2024年）")).toMatchObject({ figures: [], issues: [["read_figure_bad_value", "error", "县级指标!B2"]] });
    expect(readRow("初中三年巩固率", "达标（2024年）").figures).toEqual([]);
  });

  it("still refuses a remark that is more than a year (上年95.1%) and a year before the value", () => {
    for (const text of ["96.8%（上年95.1%）", "2024年96.8%", "96.8%（2024年为95%）"]) {
      expect(readRow("初中三年巩固率", text)).toMatchObject({ figures: [], issues: [["read_figure_bad_value", "error", "县级指标!B2"]] });
    }
  });
});

describe("two values given 分别 (respectively), in the order the cell names the stages", () => {
  it("reads 小学、初中分别为100%、96.8% and 初中、小学分别为96.8%、100% as primary 1, junior 0.968", () => {
    for (const text of ["小学、初中分别为100%、96.8%", "初中、小学分别为96.8%、100%", "小学、初中分别为100%、96.8%。"]) {
      const { figures, issues } = readRow(G13, text);
      expect([text, figures, issues]).toEqual([text, BOTH_READ, TWO_PARTS]);
    }
  });

  it("still reads what it read of labelled values followed by a remark holding 分别 (reviewer R1 of s45, F3): 小学 1 from 小学100%，初中96.8%（分别为2024年数据）", () => {
    for (const text of ["小学100%，初中96.8%（分别为2024年数据）", "小学：100%；初中：96.8%（分别统计）", "小学100%；初中96.8%（分别）"]) {
      expect([text, readRow(G13, text).figures[0]]).toEqual([text, ["G13_nearby_primary", 1, "县级指标!B2"]]);
    }
  });

  it("reads values labelled with their stages after 分别 with nothing named before it: 分别为：初中96.8%，小学100%", () => {
    const { figures, issues } = readRow(G13, "分别为：初中96.8%，小学100%");
    expect([figures, issues]).toEqual([BOTH_READ, TWO_PARTS]);
  });

  it("still refuses 分别不低于 and names that are not the stages, asking for two rows, not reading the values by their order", () => {
    // 小学分别为100%、96.8%: one stage named for two values (小学's 城区 and 镇区, perhaps) — 96.8% was read as 初中's (a known gap of s44).
    for (const text of ["小学、初中分别不低于100%、95%", "城区、镇区分别为100%、96.8%", "小学分别为100%、96.8%", "初中分别为96.8%、100%", "2024年分别为100%、96.8%"]) {
      expect(readRow(G13, text)).toMatchObject({ figures: [], issues: [["read_figure_two_parts_unsplit", "warning", "县级指标!B2"]] });
    }
  });
});

describe("a note sending the other part to another row makes no two-part row (reviewer R4, point 3)", () => {
  const MIGRANT = "进城务工人员随迁子女在公办学校和政府购买学位就读比例不低于85%（留守儿童另见下行）";

  it("reads 91.2% as the migrant share 0.912, with no note (a percentage stored as text is not said on the county sheet: R2 of s46, finding 6)", () => {
    expect(readRow(MIGRANT, "91.2%")).toMatchObject({ figures: [["G15_migrant_share", 0.912, "县级指标!B2"]], issues: [] });
  });

  it("reads 是 as the migrant share's own answer (met, as answered), never as 留守儿童关爱体系健全", () => {
    const result = readCountyFigures(gridOf([["评估内容", "自评结果"], [MIGRANT, "是"]], sheet));
    expect(result?.figures).toEqual([{ county: null, code: "G15_migrant_share", value: true, cell: "县级指标!B2", answered: true }]);
    expect(result?.issues.map((i) => [i.code, i.severity, i.cell])).toEqual([["read_figure_yes_no_answer", "info", "县级指标!B2"]]);
  });

  it("refuses 是；91.2% there (which part 是 answers is not said) and 91.2% beside 留守儿童关爱体系健全（随迁子女就读比例见上行）", () => {
    expect(readRow(MIGRANT, "是；91.2%")).toMatchObject({ figures: [], issues: [["read_figure_bad_value", "error", "县级指标!B2"]] });
    expect(readRow("留守儿童关爱体系健全（随迁子女就读比例见上行）", "91.2%")).toMatchObject({ figures: [], issues: [["read_figure_bad_value", "error", "县级指标!B2"]] });
  });

  it("keeps both parts of a sentence whose note sends something else (佐证材料另见附件)", () => {
    const { figures } = readRow("县域内留守儿童关爱体系健全，随迁子女就读比例不低于85%（佐证材料另见附件）", "是；91.2%");
    expect(figures).toEqual([["G15_left_behind_care", true, "县级指标!B2"], ["G15_migrant_share", 0.912, "县级指标!B2"]]);
  });
});

describe("a verdict answering a veto item, every word a 自评表 uses (reviewer R4)", () => {
  it.each(["已建立", "建立", "未建立", "具备", "不具备", "实现", "未实现", "已实现", "健全", "已落实", "通过", "达标（见附件）", "合格。"])("refuses 违规择校 | %s, asking for 有 or 无", (answer) => {
    expect(readRow("违规择校", answer)).toMatchObject({ figures: [], issues: [["read_figure_veto_verdict", "error", "县级指标!B2"]] });
  });

  it.each([
    ["有", true],
    ["无", false],
    ["是", true],
    ["否", false],
    ["存在", true],
    ["不存在", false],
    ["未发现", false],
    ["无此情况", false],
    ["√", true],
    ["无。", false],
  ])("reads 违规择校 | %s as before (present %s)", (answer, present) => {
    expect(readRow("违规择校", answer).figures).toEqual([["V_school_choice", present, "县级指标!B2"]]);
  });

  it("reads 有（已整改） as 有 with its remark, and 杜绝择校 | 已建立 by its wording: none", () => {
    expect(readRow("违规择校", "有（已整改）")).toMatchObject({ figures: [["V_school_choice", true, "县级指标!B2"]], issues: [["read_figure_answer_remark", "info", "县级指标!B2"]] });
    expect(readRow("杜绝择校", "已建立").figures).toEqual([["V_school_choice", false, "县级指标!B2"]]);
  });

  it("tells a verdict from an answer on whether the case exists", () => {
    expect([isVerdict("已建立"), isVerdict("未实现"), isVerdict("达标（见附件）"), isVerdict("计")]).toEqual([true, true, true, true]);
    expect([isVerdict("有"), isVerdict("无。"), isVerdict("不存在"), isVerdict("有（已整改）"), isVerdict("0")]).toEqual([false, false, false, false, false]);
  });
});
