import { message } from "../../messages/catalogue";
import { matchCountyItem } from "./matchCountyItem";
import { convertFigure, readCountyFigures } from "./readCountyFigures";
import { gridOf } from "./testing";

describe("matchCountyItem", () => {
  it.each([
    ["初中三年巩固率", "Q1_consolidation"],
    ["教师交流轮岗比例", "G11_rotation_rate"],
    ["骨干教师交流轮岗比例", "G11_backbone_rotation"],
    ["就近划片入学比例（小学）", "G13_nearby_primary"],
    ["就近划片入学比例（初中）", "G13_nearby_junior"],
    ["特殊教育学校生均公用经费（小学）", "G7_special_primary"],
    ["教师平均工资收入水平与当地公务员之比", "G8_pay_ratio"],
    ["优质高中招生名额分配比例", "G14_quota_share"],
    ["校际差异率", "Q9_difference_rate"],
    ["社会认可度", "R1_recognition"],
    ["是否存在重点学校或重点班", "V_key_schools"],
    ["G8_pay_ratio", "G8_pay_ratio"],
    ["备注", null],
    // Names the trial user found read as another item, or not read.
    ["九年义务教育巩固率", null],
    ["三级以上骨干教师比例", null],
    ["相关科目学生学业水平达到Ⅲ级以上", "Q9_monitoring_level"],
    ["严禁办重点校", "V_key_schools"],
    ["三残儿童入学率", "Q2_disabled_enrolment"],
    ["县域内教师交流比例", "G11_rotation_rate"],
    ["教师年平均工资（元）", null],
    ["当地公务员平均工资收入水平（元/年）", null],
    ["教师工资按时足额发放", null],
    ["教师平均工资与公务员平均工资之比（%）", "G8_pay_ratio"],
  ])("%s → %s", (text, code) => expect(matchCountyItem(text)).toBe(code));
});

describe("convertFigure", () => {
  it("reads ratios as fractions; a bare 95 silently with a % context, else marked to be warned of (finding s25 F1-1); above 100 as written", () => {
    expect(convertFigure("95%", "ratio", false)).toEqual({ ok: true, value: 0.95 });
    expect(convertFigure(0.95, "ratio", false)).toEqual({ ok: true, value: 0.95 });
    expect(convertFigure(95, "ratio", true)).toEqual({ ok: true, value: 0.95 });
    expect(convertFigure(95, "ratio", false)).toEqual({ ok: true, value: 0.95, barePercent: true });
    expect(convertFigure(150, "ratio", false)).toEqual({ ok: true, value: 150 });
    expect(convertFigure(1, "ratio", true)).toEqual({ ok: true, value: 1 });
  });

  it("reads a bare number of a number item (校际差异率, 工资之比) above 1 as a percent in a % context only: 12 → 0.12, 98 → 0.98", () => {
    expect(convertFigure(12, "number", true)).toEqual({ ok: true, value: 0.12 });
    expect(convertFigure(98, "number", true)).toEqual({ ok: true, value: 0.98 });
    expect(convertFigure(0.12, "number", true)).toEqual({ ok: true, value: 0.12 });
    expect(convertFigure(1.03, "number", false)).toEqual({ ok: true, value: 1.03 });
    expect(convertFigure(12, "number", false)).toEqual({ ok: true, value: 12 });
  });

  it("reads percent text and a bare percent under a % header as the decimal written (88.6% → 0.886, not 88.6 / 100)", () => {
    expect(convertFigure("88.6%", "ratio", false)).toEqual({ ok: true, value: 0.886 });
    expect(convertFigure("12.5%", "ratio", false)).toEqual({ ok: true, value: 0.125 });
    expect(convertFigure("１２％", "ratio", false)).toEqual({ ok: true, value: 0.12 });
    expect(convertFigure(88.6, "ratio", true)).toEqual({ ok: true, value: 0.886 });
    expect(convertFigure("92.6", "ratio", true)).toEqual({ ok: true, value: 0.926 });
  });

  it("reads yes / no items and numbers as written", () => {
    expect(convertFigure("达标", "boolean", false)).toEqual({ ok: true, value: true });
    expect(convertFigure("无", "boolean", false)).toEqual({ ok: true, value: false });
    expect(convertFigure(true, "boolean", false)).toEqual({ ok: true, value: true });
    expect(convertFigure("1.05", "number", false)).toEqual({ ok: true, value: 1.05 });
    expect(convertFigure("105%", "number", false)).toEqual({ ok: true, value: 1.05 });
  });

  it("reads amounts in yuan with their unit typed, in 万元, or with 万元 in the row's 单位 column", () => {
    expect(convertFigure("6,080元/生", "yuan", false)).toEqual({ ok: true, value: 6080 });
    expect(convertFigure("6080 元/生·年", "yuan", false)).toEqual({ ok: true, value: 6080 });
    expect(convertFigure("６１００元", "yuan", false)).toEqual({ ok: true, value: 6100 });
    // 0.57 × 10000 is 5699.999999999999 in binary arithmetic: the typed decimal is kept.
    expect(convertFigure("0.57万元", "yuan", false)).toEqual({ ok: true, value: 5700 });
    expect(convertFigure(0.608, "yuan", false, "万元")).toEqual({ ok: true, value: 6080 });
    expect(convertFigure("6080元", "yuan", false, "万元")).toEqual({ ok: true, value: 6080 });
    expect(convertFigure(6080, "yuan", false)).toEqual({ ok: true, value: 6080 });
    expect(convertFigure("95%", "yuan", false)).toEqual({ ok: false, reason: "not_a_number" });
    expect(convertFigure("元", "yuan", false)).toEqual({ ok: false, reason: "not_a_number" });
  });

  it("reads a monitoring level written as a number, a Roman or Chinese numeral, with 级 or 以上", () => {
    for (const written of [3, "3", "Ⅲ", "III", "iii", "Ⅲ级", "Ⅲ级以上", "三级", "水平Ⅲ", "达到Ⅲ级及以上", "３级"]) expect([written, convertFigure(written, "level", false)]).toEqual([written, { ok: true, value: 3 }]);
    expect(convertFigure("Ⅳ级", "level", false)).toEqual({ ok: true, value: 4 });
    expect(convertFigure("Ⅰ", "level", false)).toEqual({ ok: true, value: 1 });
    for (const written of [0.85, "85%", 5, "Ⅴ", "良好", "III级以下", "3.5"]) expect([written, convertFigure(written, "level", false)]).toEqual([written, { ok: false, reason: "not_a_level" }]);
  });

  it("leaves blanks out and rejects what cannot be read", () => {
    expect(convertFigure(null, "ratio", false)).toBeNull();
    expect(convertFigure("待定", "boolean", false)).toEqual({ ok: false, reason: "not_yes_no" });
    expect(convertFigure({ error: "#N/A" }, "ratio", false)).toEqual({ ok: false, reason: "formula_error" });
    expect(convertFigure("—", "ratio", false)).toEqual({ ok: false, reason: "none" });
  });
});

describe("readCountyFigures", () => {
  it("reads a 项目 | 数值 sheet with a 县区 column, a % header and problems at their cells", () => {
    const grid = gridOf(
      [
        ["县级指标汇总"],
        ["县区", "项目", "数值（%）"],
        ["甲县", "初中三年巩固率", 96.5],
        ["甲县", "残疾儿童少年入学率", "0.97"],
        ["甲县", "教师持证上岗率", "#DIV/0!"],
        ["甲县", "留守儿童关爱体系", "待定"],
        ["甲县", "家长会次数", 3],
        ["甲县", "一、政府保障程度", null],
      ],
      { sheet: "县域指标" },
    );
    const result = readCountyFigures(grid);
    expect(result?.figures).toEqual([
      { county: "甲县", code: "Q1_consolidation", value: 0.965, cell: "县域指标!C3", countyCell: "县域指标!A3" },
      { county: "甲县", code: "Q2_disabled_enrolment", value: 0.97, cell: "县域指标!C4", countyCell: "县域指标!A4" },
    ]);
    // “0.97” stored as text is read without a note: on the county sheet nothing adds it up (R2 of s46, finding 6).
    expect(result?.issues).toEqual([
      { code: "read_figure_bad_value", severity: "error", cell: "县域指标!C5", params: { item: "教师持证上岗率", text: "#DIV/0!", expected: "ratio", countyItem: "G12_certificate_rate" } },
      { code: "read_figure_bad_value", severity: "error", cell: "县域指标!C6", params: { item: "留守儿童关爱体系", text: "待定", expected: "boolean", countyItem: "G15_left_behind_care" } },
      // A warning: the 3 given is not read (before: info).
      { code: "read_figure_unknown_item", severity: "warning", cell: "县域指标!B7", params: { item: "家长会次数" } },
    ]);
  });

  it("reads amounts in 万元 by the 单位 column or the item's name, and levels as numerals, saying what text was read as", () => {
    const grid = gridOf(
      [
        ["项目", "单位", "数值"],
        ["特殊教育学校生均公用经费（小学）", "万元", 0.608],
        ["特殊教育学校生均公用经费（初中，万元）", null, 0.61],
        ["质量监测学业水平等级", null, "Ⅲ级以上"],
        ["校际差异率", null, "0.12"],
      ],
      { sheet: "县级指标" },
    );
    const result = readCountyFigures(grid);
    // The 单位 column is no county column: the figures name no county.
    expect(new Set(result?.figures.map((f) => f.county))).toEqual(new Set([null]));
    expect(result?.figures.map((f) => [f.code, f.value, f.cell])).toEqual([
      ["G7_special_primary", 6080, "县级指标!C2"],
      ["G7_special_junior", 6100, "县级指标!C3"],
      ["Q9_monitoring_level", 3, "县级指标!C4"],
      ["Q9_difference_rate", 0.12, "县级指标!C5"],
    ]);
    // Ⅲ级以上 is said with what it was read as; “0.12”, a plain number stored as text, is not (R2 of s46, finding 6).
    expect(result?.issues.map((i) => [i.code, i.cell, i.params?.["value"]])).toEqual([["read_figure_read_as", "县级指标!C4", 3]]);
  });

  it("reads a city's list laid out across, one row per county, each item a column; a 合计 row and a bad cell said, not read", () => {
    const grid = gridOf(
      [
        ["2024年县级指标"],
        ["县区", "初中三年巩固率", "社会认可度", "是否存在违规择校"],
        ["东山县", 0.96, "88%", "否"],
        ["示例县", "#N/A", 0.9, "是"],
        ["全市", 0.95, 0.89, null],
      ],
      { sheet: "县级指标" },
    );
    const result = readCountyFigures(grid);
    expect(result?.figures).toEqual([
      { county: "东山县", code: "Q1_consolidation", value: 0.96, cell: "县级指标!B3", countyCell: "县级指标!A3" },
      { county: "东山县", code: "R1_recognition", value: 0.88, cell: "县级指标!C3", countyCell: "县级指标!A3" },
      { county: "东山县", code: "V_school_choice", value: false, cell: "县级指标!D3", countyCell: "县级指标!A3" },
      { county: "示例县", code: "R1_recognition", value: 0.9, cell: "县级指标!C4", countyCell: "县级指标!A4" },
      { county: "示例县", code: "V_school_choice", value: true, cell: "县级指标!D4", countyCell: "县级指标!A4" },
    ]);
    // “88%” stored as text: no note (R2 of s46, finding 6).
    expect(result?.issues.map((i) => [i.code, i.cell])).toEqual([["read_figure_bad_value", "县级指标!B4"]]);
  });

  it("reads a units row under an across header as each column's unit, and skips a 国家标准 row", () => {
    const grid = gridOf(
      [
        ["县区", "初中三年巩固率", "社会认可度"],
        [null, "%", "%"],
        ["国家标准", 95, 85],
        ["东山县", 96, 88],
      ],
      { sheet: "县级指标" },
    );
    // The 单位 and 国家标准 rows describe the columns (no county's values), and 96 under a % unit is 0.96.
    expect(readCountyFigures(grid)?.figures).toEqual([
      { county: "东山县", code: "Q1_consolidation", value: 0.96, cell: "县级指标!B4", countyCell: "县级指标!A4" },
      { county: "东山县", code: "R1_recognition", value: 0.88, cell: "县级指标!C4", countyCell: "县级指标!A4" },
    ]);
  });

  it("keeps reading a 项目 | 数值 list down when a row beside a note names two items (it was taken for a header laid out across, and every figure lost)", () => {
    const grid = gridOf(
      [
        ["项目", "数值", "备注"],
        ["初中三年巩固率", 0.97, null],
        ["校际差异率", null, "详见质量监测报告"],
        ["社会认可度", 0.9, null],
      ],
      { sheet: "县级指标" },
    );
    expect(readCountyFigures(grid)?.figures.map((f) => [f.code, f.value])).toEqual([
      ["Q1_consolidation", 0.97],
      ["R1_recognition", 0.9],
    ]);
  });

  it("does not take a notes column for the value column (情况说明 | 数值)", () => {
    const grid = gridOf([["项目", "情况说明", "数值"], ["初中三年巩固率", "按学籍系统", 0.97], ["社会认可度", "问卷", 0.9]], { sheet: "县级指标" });
    expect(readCountyFigures(grid)?.figures.map((f) => [f.code, f.value, f.cell])).toEqual([
      ["Q1_consolidation", 0.97, "县级指标!C2"],
      ["R1_recognition", 0.9, "县级指标!C3"],
    ]);
  });

  it("reads Q6's rating as its yes / no: 优秀 and 良好 meet 良好以上, 合格 does not (they were unreadable)", () => {
    const grid = gridOf([["项目", "数值"], ["德育与校园文化建设", "优秀"], ["初中三年巩固率", 0.97]], { sheet: "县级指标" });
    expect(readCountyFigures(grid)?.figures[0]).toEqual({ county: null, code: "Q6_moral_culture", value: true, cell: "县级指标!B2" });
    const fair = gridOf([["项目", "数值"], ["德育与校园文化建设", "合格"], ["初中三年巩固率", 0.97]], { sheet: "县级指标" });
    expect(readCountyFigures(fair)?.figures[0]?.value).toBe(false);
  });

  it("reads a multiple written with 倍 (教师工资与公务员之比 1.02倍)", () => {
    expect(convertFigure("1.02倍", "number", false)).toEqual({ ok: true, value: 1.02 });
    expect(convertFigure("倍", "number", false)).toEqual({ ok: false, reason: "not_a_number" });
  });

  it("reads a number item under a % header as a percentage only when percent-sized: a pay ratio of 1.05 stays 1.05, 105 is 1.05, 12 is 0.12", () => {
    expect(convertFigure(1.05, "number", true)).toEqual({ ok: true, value: 1.05 });
    expect(convertFigure(105, "number", true)).toEqual({ ok: true, value: 1.05 });
    expect(convertFigure(12, "number", true)).toEqual({ ok: true, value: 0.12 });
  });

  it("reads items kept in pairs under a header that repeats 项目 | 数值 (only the first of each row was read)", () => {
    const grid = gridOf([["项目", "数值", "项目", "数值"], ["初中三年巩固率", "96%", "社会认可度", "90%"]], { sheet: "县级指标" });
    expect(readCountyFigures(grid)?.figures.map((f) => [f.code, f.value, f.cell])).toEqual([
      ["Q1_consolidation", 0.96, "县级指标!B2"],
      ["R1_recognition", 0.9, "县级指标!D2"],
    ]);
  });

  it("reads items kept in pairs side by side (项目 | 数值 | 项目 | 数值), not as a header laid out across", () => {
    const grid = gridOf([["初中三年巩固率", 0.96, "社会认可度", "90%"], ["残疾儿童少年入学率", 0.97, null, null]], { sheet: "县级指标" });
    // Each pair is an item and its value: 社会认可度 beside 巩固率 is an item of its own, not a header across.
    expect(readCountyFigures(grid)?.figures.map((f) => [f.code, f.value, f.cell])).toEqual([
      ["Q1_consolidation", 0.96, "县级指标!B1"],
      ["R1_recognition", 0.9, "县级指标!D1"],
      ["Q2_disabled_enrolment", 0.97, "县级指标!B2"],
    ]);
  });

  it("reads a list without a header: each item name and the next filled cell", () => {
    const grid = gridOf([
      [null, "G8 教师工资与公务员工资比", null, 1.02],
      [null, "是否存在违规择校", "否"],
    ]);
    expect(readCountyFigures(grid)?.figures).toEqual([
      { county: null, code: "G8_pay_ratio", value: 1.02, cell: "学校基本情况!D1" },
      { county: null, code: "V_school_choice", value: false, cell: "学校基本情况!C2" },
    ]);
  });

  it("reads numbers and percentages stored as text without a note, unlike the school sheet: nothing adds the county's answers up (R2 of s46, finding 6)", () => {
    const grid = gridOf(
      [
        ["项目", "数值"],
        ["初中三年巩固率", "88.6%"],
        ["残疾儿童少年入学率", "０．９２"],
        ["教师持证上岗率", " 97% "],
        ["教师交流轮岗比例", 0.12],
        ["是否存在违规择校", "否"],
      ],
      { sheet: "县级指标" },
    );
    const result = readCountyFigures(grid);
    expect(result?.figures.map((f) => [f.cell, f.value])).toEqual([
      ["县级指标!B2", 0.886],
      ["县级指标!B3", 0.92],
      ["县级指标!B4", 0.97],
      ["县级指标!B5", 0.12],
      ["县级指标!B6", false],
    ]);
    // Before: read_number_as_text at B2, B3 and B4 ("Excel's SUM skips such cells"), noise on a list of answers.
    expect(result?.issues).toEqual([]);
  });

  it("shows an unreadable value as Excel shows it (#DIV/0!, a date) and says in words what it should be", () => {
    const grid = gridOf(
      [
        ["项目", "数值"],
        ["骨干教师占交流轮岗比例", { error: "#DIV/0!" }],
        ["优质高中招生名额分配比例", new Date(Date.UTC(2024, 4, 1))],
        ["特殊教育学校小学生均公用经费", "待拨付"],
        ["质量监测达到的水平等级", "良"],
      ],
      { sheet: "县级指标" },
    );
    expect(readCountyFigures(grid)?.issues).toEqual([
      { code: "read_figure_bad_value", severity: "error", cell: "县级指标!B2", params: { item: "骨干教师占交流轮岗比例", text: "#DIV/0!", expected: "ratio", countyItem: "G11_backbone_rotation" } },
      { code: "read_figure_bad_value", severity: "error", cell: "县级指标!B3", params: { item: "优质高中招生名额分配比例", text: "2024-05-01", expected: "ratio", countyItem: "G14_quota_share" } },
      { code: "read_figure_bad_value", severity: "error", cell: "县级指标!B4", params: { item: "特殊教育学校小学生均公用经费", text: "待拨付", expected: "yuan", countyItem: "G7_special_primary" } },
      { code: "read_figure_bad_value", severity: "error", cell: "县级指标!B5", params: { item: "质量监测达到的水平等级", text: "良", expected: "level", countyItem: "Q9_monitoring_level" } },
    ]);
  });

  it("is null for a sheet that is not a figures list", () => {
    expect(readCountyFigures(gridOf([["学校名称", "在校生数"], ["一小", 300]]))).toBeNull();
  });

  it("reads the 本县现状 column, never the 标准值 column before it", () => {
    const grid = gridOf(
      [
        ["评估项目", "标准值", "本县现状"],
        ["规划布局合理", null, "是"],
        ["初中三年巩固率", 0.95, 0.91],
        ["社会认可度", 0.85, 0.75],
      ],
      { sheet: "县级指标" },
    );
    const result = readCountyFigures(grid);
    expect(result?.figures.map((f) => [f.code, f.value, f.cell])).toEqual([
      ["G1_layout", true, "县级指标!C2"],
      ["Q1_consolidation", 0.91, "县级指标!C3"],
      ["R1_recognition", 0.75, "县级指标!C4"],
    ]);
    expect(result?.issues).toEqual([]);
  });

  it.each([["现状"], ["现状值"], ["实际值"], ["本县"], ["监测值"], ["评估值"]])("recognises %s as the value header", (header) => {
    const grid = gridOf([["项目", "目标", header], ["初中三年巩固率", 0.95, 0.93], ["社会认可度", 0.85, 0.8]]);
    expect(readCountyFigures(grid)?.figures.map((f) => f.value)).toEqual([0.93, 0.8]);
  });

  it("warns at the header when it has an item column but no value column, and reads past the target column", () => {
    const grid = gridOf(
      [
        ["项目", "目标值", "填报"],
        ["初中三年巩固率", 0.95, 0.93],
        ["社会认可度", 0.85, 0.8],
      ],
      { sheet: "县级指标" },
    );
    const result = readCountyFigures(grid);
    expect(result?.figures.map((f) => [f.value, f.cell])).toEqual([
      [0.93, "县级指标!C2"],
      [0.8, "县级指标!C3"],
    ]);
    expect(result?.issues).toEqual([{ code: "read_figure_no_value_column", severity: "warning", cell: "县级指标!A1", params: { found: "项目 | 目标值 | 填报" } }]);
  });

  it("reads the latest year's column of a header of years, and says which", () => {
    const grid = gridOf(
      [
        ["项目", "2022年", "2024年", "2023年"],
        ["初中三年巩固率", 0.99, 0.93, 0.96],
        ["社会认可度", 0.9, 0.8, 0.86],
      ],
      { sheet: "县级指标" },
    );
    const result = readCountyFigures(grid);
    expect(result?.figures.map((f) => [f.value, f.cell])).toEqual([
      [0.93, "县级指标!C2"],
      [0.8, "县级指标!C3"],
    ]);
    expect(result?.issues).toEqual([{ code: "read_figure_latest_year", severity: "info", cell: "县级指标!C1", params: { year: 2024 } }]);
  });

  it("inverts the yes / no answer of an item worded the other way round, and says so at the value", () => {
    const grid = gridOf(
      [
        ["项目", "数值"],
        ["杜绝择校", "是"],
        ["严禁办重点校", "是"],
        ["学生课业负担过重", "否"],
        ["有编不补", "否"],
        ["无过重课业负担", "是"],
      ],
      { sheet: "县级指标" },
    );
    const result = readCountyFigures(grid);
    expect(result?.figures.map((f) => [f.code, f.value])).toEqual([
      ["V_school_choice", false],
      ["V_key_schools", false],
      ["Q8_workload", true],
      ["V_unfilled_posts", false],
      ["Q8_workload", true],
    ]);
    expect(result?.issues).toEqual([
      { code: "read_figure_inverted", severity: "info", cell: "县级指标!B2", params: { item: "杜绝择校", countyItem: "V_school_choice", text: "是" } },
      { code: "read_figure_inverted", severity: "info", cell: "县级指标!B3", params: { item: "严禁办重点校", countyItem: "V_key_schools", text: "是" } },
      { code: "read_figure_inverted", severity: "info", cell: "县级指标!B4", params: { item: "学生课业负担过重", countyItem: "Q8_workload", text: "否" } },
    ]);
  });

  it("computes G8 from both amounts of pay at the teachers' cell: 90000 / 95000 = 0.947368…", () => {
    const grid = gridOf(
      [
        ["项目", "数值"],
        ["初中三年巩固率", 0.97],
        ["教师年平均工资（元）", 90000],
        ["公务员年平均工资（元）", 95000],
      ],
      { sheet: "县级指标" },
    );
    const result = readCountyFigures(grid);
    const g8 = result?.figures.find((f) => f.code === "G8_pay_ratio");
    expect(g8?.value).toBeCloseTo(0.9473684210526315, 12);
    expect(g8?.cell).toBe("县级指标!B3");
    expect(result?.issues).toEqual([
      { code: "read_figure_pay_ratio_computed", severity: "info", cell: "县级指标!B3", params: { item: "教师年平均工资（元）", civilCell: "县级指标!B4", value: 0.9474 } },
    ]);
  });

  it("does not take one amount of pay for the ratio; reads 之比（%） 98 as 0.98", () => {
    const grid = gridOf(
      [
        ["项目", "数值"],
        ["教师年平均工资（元）", 90000],
        ["初中三年巩固率", 0.97],
        ["教师平均工资与公务员平均工资之比（%）", 98],
      ],
      { sheet: "县级指标" },
    );
    const result = readCountyFigures(grid);
    expect(result?.figures.map((f) => [f.code, f.value])).toEqual([
      ["Q1_consolidation", 0.97],
      ["G8_pay_ratio", 0.98],
    ]);
    expect(result?.issues).toEqual([{ code: "read_figure_pay_amount", severity: "info", cell: "县级指标!B2", params: { item: "教师年平均工资（元）" } }]);
  });

  it("reads a bare 12 of 校际差异率 with 单位 % as 0.12", () => {
    const grid = gridOf([["评估项目", "单位", "完成情况"], ["质量监测校际差异率", "%", 12], ["社会认可度", "%", 88]]);
    expect(readCountyFigures(grid)?.figures.map((f) => [f.code, f.value])).toEqual([
      ["Q9_difference_rate", 0.12],
      ["R1_recognition", 0.88],
    ]);
  });

  it("does not read a share or count (大班额比例 | 0) as the yes / no of G5; a special-education amount without a stage is both stages' (stagelessFigures.ts)", () => {
    const grid = gridOf(
      [
        ["项目", "数值"],
        ["初中三年巩固率", 0.97],
        ["大班额比例", 0],
        ["特殊教育学校生均公用经费（元）", 6500],
      ],
      { sheet: "县级指标" },
    );
    const result = readCountyFigures(grid);
    expect(result?.figures.map((f) => f.code)).toEqual(["Q1_consolidation", "G7_special_primary", "G7_special_junior"]);
    expect(result?.issues).toEqual([
      // A warning: the 0 given is not read (before: info).
      { code: "read_figure_quantity_not_yes_no", severity: "warning", cell: "县级指标!B3", params: { item: "大班额比例", countyItem: "G5_class_size" } },
      { code: "read_figure_both_stages", severity: "info", cell: "县级指标!B4", params: { item: "特殊教育学校生均公用经费（元）", value: 6500 } },
    ]);
  });

  it("reads 是 / 否 / 达标 / 未达标 for a yes / no item whatever its name ends with (G10 in its official wording ends in 数量); a number beside a quantity name stays refused", () => {
    const G10 = "县级教育行政部门在核定的教职工编制总额和岗位总量内，统筹分配各校教职工编制和岗位数量";
    const grid = gridOf(
      [
        ["项目", "数值"],
        [G10, "是"],
        ["大班额比例", "未达标"],
        ["56人以上大班额数（个）", "0"],
        ["56人以上大班额数（个）", "无"],
      ],
      { sheet: "县级指标" },
    );
    const result = readCountyFigures(grid);
    // 是 / 否 answers G10 as asked, though its official wording ends in 数量.
    expect(result?.figures).toEqual([
      { county: null, code: "G10_staffing", value: true, cell: "县级指标!B2" },
      { county: null, code: "G5_class_size", value: false, cell: "县级指标!B3" },
    ]);
    expect(result?.issues.map((i) => [i.code, i.severity, i.cell])).toEqual([
      ["read_figure_quantity_not_yes_no", "warning", "县级指标!B4"],
      ["read_figure_quantity_not_yes_no", "warning", "县级指标!B5"],
    ]);
  });

  it("reads a statement of G8 answered 是 / 否 (教师平均工资不低于公务员平均工资 | 是) as the county's declared verdict, never as an amount of pay", () => {
    const statement = "教师平均工资不低于公务员平均工资";
    const grid = gridOf([["项目", "数值"], ["初中三年巩固率", 0.97], [statement, "是"], ["教师平均工资收入水平不低于当地公务员平均工资收入水平", "否"]], { sheet: "县级指标" });
    const result = readCountyFigures(grid);
    // Both are the G8 statement answered yes / no: read as met / not met, marked as answers (no ratio behind them), said at their cells.
    expect(result?.figures.map((f) => [f.code, f.value, f.cell, f.answered ?? false])).toEqual([
      ["Q1_consolidation", 0.97, "县级指标!B2", false],
      ["G8_pay_ratio", true, "县级指标!B3", true],
      ["G8_pay_ratio", false, "县级指标!B4", true],
    ]);
    expect(result?.issues.map((i) => [i.code, i.severity, i.cell, i.params["text"]])).toEqual([
      ["read_figure_yes_no_answer", "info", "县级指标!B3", "是"],
      ["read_figure_yes_no_answer", "info", "县级指标!B4", "否"],
    ]);
    const zh = message("read_figure_yes_no_answer", result?.issues[0]?.params, "zh");
    expect(zh).toContain("达标");
    expect(zh).not.toMatch(/\{\w+\}/);
  });

  it("still reads a statement-worded G8 given as a number (教师平均工资收入水平不低于当地公务员… | 1.05)", () => {
    const grid = gridOf([["项目", "数值"], ["初中三年巩固率", 0.97], ["教师平均工资收入水平不低于当地公务员平均工资收入水平", 1.05]], { sheet: "县级指标" });
    expect(readCountyFigures(grid)?.figures.map((f) => [f.code, f.value])).toEqual([["Q1_consolidation", 0.97], ["G8_pay_ratio", 1.05]]);
  });

  it("without a header, skips unit cells (they give the unit) and a note that does not read as a value", () => {
    const grid = gridOf(
      [
        ["规划布局合理", null, "是"],
        ["初中三年巩固率", "%", 97],
        ["优质高中招生名额分配比例", "（%）", 52],
        ["社会认可度", null, null, "2023年调查为80%"],
      ],
      { sheet: "县级指标" },
    );
    const result = readCountyFigures(grid);
    expect(result?.figures.map((f) => [f.code, f.value, f.cell])).toEqual([
      ["G1_layout", true, "县级指标!C1"],
      ["Q1_consolidation", 0.97, "县级指标!C2"],
      ["G14_quota_share", 0.52, "县级指标!C3"],
    ]);
    expect(result?.issues).toEqual([{ code: "read_figure_no_value", severity: "warning", cell: "县级指标!A4", params: { item: "社会认可度", text: "2023年调查为80%", expected: "ratio", countyItem: "R1_recognition" } }]);
  });
});

describe("readCountyFigures: G11 from two head counts (trial c02)", () => {
  const sheet = { sheet: "县级指标" };

  it("reads 交流轮岗教师人数 45 (stored as text) and 符合交流条件教师总数 380 as the rotation rate 45 / 380 = 0.1184210…, not 45 as 4500%", () => {
    const grid = gridOf(
      [
        ["项目", "数值"],
        ["交流轮岗教师人数（人）", "45"],
        ["符合交流条件教师总数（人）", 380],
        ["初中三年巩固率", 0.97],
      ],
      sheet,
    );
    const result = readCountyFigures(grid);
    const g11 = result?.figures.filter((f) => f.code === "G11_rotation_rate") ?? [];
    expect(g11).toHaveLength(1);
    // 45 / 380 = 9 / 76 = 0.118421052631578…
    expect(g11[0]?.value).toBeCloseTo(9 / 76, 12);
    expect(g11[0]?.value).toBeCloseTo(0.1184210526315789, 12);
    expect(g11[0]?.cell).toBe("县级指标!B2");
    expect(result?.issues).toEqual([
      { code: "read_figure_rotation_rate_computed", severity: "info", cell: "县级指标!B2", params: { item: "交流轮岗教师人数（人）", eligibleCell: "县级指标!B3", value: 0.1184 } },
    ]);
  });

  it("with only the rotated count (eligible blank), warns that the eligible count is missing and gives no G11 rate", () => {
    const grid = gridOf([["项目", "数值"], ["交流轮岗教师人数（人）", 45], ["符合交流条件教师总数（人）", null], ["初中三年巩固率", 0.97]], sheet);
    const result = readCountyFigures(grid);
    expect(result?.figures.map((f) => f.code)).toEqual(["Q1_consolidation"]);
    expect(result?.issues).toEqual([{ code: "read_figure_rotation_eligible_missing", severity: "warning", cell: "县级指标!B2", params: { item: "交流轮岗教师人数（人）", countyItem: "G11_rotation_rate" } }]);
  });

  it("with only the eligible count, warns that the rotated count is missing", () => {
    const grid = gridOf([["项目", "数值"], ["符合交流条件教师总数（人）", 380], ["初中三年巩固率", 0.97]], sheet);
    const result = readCountyFigures(grid);
    expect(result?.figures.map((f) => f.code)).toEqual(["Q1_consolidation"]);
    expect(result?.issues).toEqual([{ code: "read_figure_rotation_rotated_missing", severity: "warning", cell: "县级指标!B2", params: { item: "符合交流条件教师总数（人）", countyItem: "G11_rotation_rate" } }]);
  });

  it("with 0 eligible teachers gives no rate (not Infinity) and says so at the eligible count", () => {
    const grid = gridOf([["项目", "数值"], ["交流轮岗教师人数（人）", 45], ["符合交流条件教师总数（人）", 0], ["初中三年巩固率", 0.97]], sheet);
    const result = readCountyFigures(grid);
    expect(result?.figures.map((f) => f.code)).toEqual(["Q1_consolidation"]);
    expect(result?.issues).toEqual([
      { code: "read_figure_rotation_no_eligible", severity: "warning", cell: "县级指标!B3", params: { item: "符合交流条件教师总数（人）", countyItem: "G11_rotation_rate", rotatedCell: "县级指标!B2" } },
    ]);
  });

  it("with more rotated than eligible gives no rate and says so", () => {
    const grid = gridOf([["项目", "数值"], ["交流轮岗教师人数（人）", 400], ["符合交流条件教师总数（人）", 380], ["初中三年巩固率", 0.97]], sheet);
    const result = readCountyFigures(grid);
    expect(result?.figures.map((f) => f.code)).toEqual(["Q1_consolidation"]);
    expect(result?.issues).toEqual([
      { code: "read_figure_rotation_inconsistent", severity: "warning", cell: "县级指标!B2", params: { item: "交流轮岗教师人数（人）", countyItem: "G11_rotation_rate", rotated: 400, eligible: 380, eligibleCell: "县级指标!B3" } },
    ]);
  });

  it("keeps a rate given as such (12%) and says the counts beside it were not used", () => {
    const grid = gridOf([["项目", "数值"], ["教师交流轮岗比例", "12%"], ["交流轮岗教师人数（人）", 45], ["符合交流条件教师总数（人）", 380]], sheet);
    const result = readCountyFigures(grid);
    expect(result?.figures.map((f) => [f.code, f.value])).toEqual([["G11_rotation_rate", 0.12]]);
    expect(result?.issues.map((i) => [i.code, i.cell])).toEqual([
      ["read_figure_rotation_count", "县级指标!B3"],
      ["read_figure_rotation_count", "县级指标!B4"],
    ]);
  });

  it("says a count that is not a number (45%) as unreadable, and nothing more", () => {
    const grid = gridOf([["项目", "数值"], ["交流轮岗教师人数（人）", "45%"], ["符合交流条件教师总数（人）", 380], ["初中三年巩固率", 0.97]], sheet);
    const result = readCountyFigures(grid);
    expect(result?.figures.map((f) => f.code)).toEqual(["Q1_consolidation"]);
    expect(result?.issues).toEqual([
      { code: "read_figure_bad_value", severity: "error", cell: "县级指标!B2", params: { item: "交流轮岗教师人数（人）", text: "45%", expected: "number" } },
    ]);
  });
});

describe("readCountyFigures: sub-items under a merged item name (trial c08)", () => {
  it("reads each row under a name merged down column A as the item its sub-item in B names", () => {
    const grid = gridOf(
      [
        ["项目", null, "数值"],
        ["就近划片入学比例", "小学", 1],
        [null, "初中", 0.93],
        ["教师交流轮岗", "交流轮岗比例", 0.12],
        [null, "骨干教师占比", 0.25],
        ["初中三年巩固率", null, 0.97],
      ],
      { sheet: "县级指标", merges: ["A1:B1", "A2:A3", "A4:A5", "A6:B6"] },
    );
    const result = readCountyFigures(grid);
    expect(result?.figures.map((f) => [f.code, f.value, f.cell])).toEqual([
      ["G13_nearby_primary", 1, "县级指标!C2"],
      ["G13_nearby_junior", 0.93, "县级指标!C3"],
      ["G11_rotation_rate", 0.12, "县级指标!C4"],
      ["G11_backbone_rotation", 0.25, "县级指标!C5"],
      ["Q1_consolidation", 0.97, "县级指标!C6"],
    ]);
    expect(result?.issues).toEqual([]);
  });

  it("takes a unit in the unnamed column for the unit, not for a sub-item (优质高中招生名额分配比例 | % | 52 → 0.52)", () => {
    const grid = gridOf([["项目", null, "数值"], ["优质高中招生名额分配比例", "%", 52], ["初中三年巩固率", null, 0.97]], { sheet: "县级指标", merges: ["A1:B1"] });
    expect(readCountyFigures(grid)?.figures.map((f) => [f.code, f.value])).toEqual([
      ["G14_quota_share", 0.52],
      ["Q1_consolidation", 0.97],
    ]);
  });
});

describe("readCountyFigures: a value given only in the notes column", () => {
  it("does not read 达到98% / 已落实 from a note, and warns at the blank value cell naming the note cell and its text", () => {
    const grid = gridOf(
      [
        ["项目", "数值", "备注"],
        ["初中三年巩固率", null, "达到98%"],
        ["规划布局合理", "  ", "已落实"],
        ["社会认可度", 0.9, "问卷调查"],
        ["校际差异率", null, null],
      ],
      { sheet: "县级指标" },
    );
    const result = readCountyFigures(grid);
    expect(result?.figures.map((f) => [f.code, f.value])).toEqual([["R1_recognition", 0.9]]);
    expect(result?.issues).toEqual([
      { code: "read_figure_value_in_note", severity: "warning", cell: "县级指标!B2", params: { item: "初中三年巩固率", valueCell: "县级指标!B2", noteCell: "县级指标!C2", note: "达到98%" } },
      { code: "read_figure_value_in_note", severity: "warning", cell: "县级指标!B3", params: { item: "规划布局合理", valueCell: "县级指标!B3", noteCell: "县级指标!C3", note: "已落实" } },
      // A blank value with no note: said as info, so that the result says 未填 at B5 (reviewer R4, finding 5).
      { code: "read_figure_blank", severity: "info", cell: "县级指标!B5", params: { item: "校际差异率", countyItem: "Q9_difference_rate" } },
    ]);
  });

  it("finds the note under 说明 with a 单位 column between (评估项目 | 单位 | 完成情况 | 情况说明)", () => {
    const grid = gridOf(
      [
        ["评估项目", "单位", "完成情况", "情况说明"],
        ["教师交流轮岗比例", "%", null, "达到12%"],
        ["初中三年巩固率", "%", 97, null],
      ],
      { sheet: "县级指标" },
    );
    const result = readCountyFigures(grid);
    expect(result?.figures.map((f) => [f.code, f.value])).toEqual([["Q1_consolidation", 0.97]]);
    expect(result?.issues).toEqual([
      { code: "read_figure_value_in_note", severity: "warning", cell: "县级指标!C2", params: { item: "教师交流轮岗比例", valueCell: "县级指标!C2", noteCell: "县级指标!D2", note: "达到12%" } },
    ]);
  });
});

describe("readCountyFigures: computed figures county by county, with every cell they came from", () => {
  const sheet = { sheet: "县级指标" };
  const figure = (result: ReturnType<typeof readCountyFigures>, code: string, county: string | null) => result?.figures.find((f) => f.code === code && f.county === county);

  it("pairs the amounts of pay of a city list county by county: A 9000 / 8800 = 45 / 44 = 1.0227…, B 8000 (text) / 8500 = 16 / 17 = 0.9411…", () => {
    const grid = gridOf(
      [
        ["县区", "项目", "数值"],
        ["A县", "初中三年巩固率", 0.97],
        ["A县", "教师年平均工资（元）", 9000],
        ["A县", "公务员年平均工资（元）", 8800],
        ["B县", "初中三年巩固率", 0.96],
        ["B县", "教师年平均工资（元）", "8000"],
        ["B县", "公务员年平均工资（元）", 8500],
      ],
      sheet,
    );
    const result = readCountyFigures(grid);
    const a = figure(result, "G8_pay_ratio", "A县");
    const b = figure(result, "G8_pay_ratio", "B县");
    expect(a?.value).toBeCloseTo(45 / 44, 12);
    expect(a?.value).toBeCloseTo(1.0227272727272727, 12);
    expect(b?.value).toBeCloseTo(16 / 17, 12);
    expect(b?.value).toBeCloseTo(0.9411764705882353, 12);
    expect([a?.cell, a?.cells]).toEqual(["县级指标!C3", ["县级指标!C3", "县级指标!C4"]]);
    expect([b?.cell, b?.cells]).toEqual(["县级指标!C6", ["县级指标!C6", "县级指标!C7"]]);
    expect(result?.issues.map((i) => [i.code, i.cell])).toEqual([
      ["read_figure_pay_ratio_computed", "县级指标!C3"],
      ["read_figure_pay_ratio_computed", "县级指标!C6"],
    ]);
  });

  it("keeps a county's own ratio and computes another's from its amounts; one amount alone is said, not used", () => {
    const grid = gridOf(
      [
        ["县区", "项目", "数值"],
        ["A县", "教师平均工资与公务员平均工资之比", 1.03],
        ["A县", "教师年平均工资（元）", 9000],
        ["B县", "教师年平均工资（元）", 8000],
        ["B县", "公务员年平均工资（元）", 8500],
        ["C县", "教师年平均工资（元）", 7000],
      ],
      sheet,
    );
    const result = readCountyFigures(grid);
    expect(result?.figures.filter((f) => f.code === "G8_pay_ratio").map((f) => [f.county, f.cell])).toEqual([
      ["A县", "县级指标!C2"],
      ["B县", "县级指标!C4"],
    ]);
    expect(result?.issues.map((i) => [i.code, i.cell])).toEqual([
      ["read_figure_pay_amount", "县级指标!C3"],
      ["read_figure_pay_ratio_computed", "县级指标!C4"],
      ["read_figure_pay_amount", "县级指标!C6"],
    ]);
  });

  it("computes G8 from the amounts when the ratio row is blank: 9000 / 8800 = 1.0227…, at both amounts' cells", () => {
    const grid = gridOf(
      [
        ["项目", "数值"],
        ["教师平均工资与公务员平均工资之比", null],
        ["教师年平均工资（元）", 9000],
        ["公务员年平均工资（元）", 8800],
      ],
      sheet,
    );
    const result = readCountyFigures(grid);
    const g8 = figure(result, "G8_pay_ratio", null);
    expect(g8?.value).toBeCloseTo(45 / 44, 12);
    expect(g8?.cells).toEqual(["县级指标!B3", "县级指标!B4"]);
  });

  it("gives the rotation rate of 45 / 380 both counts' cells", () => {
    const grid = gridOf([["项目", "数值"], ["交流轮岗教师人数（人）", 45], ["符合交流条件教师总数（人）", 380], ["初中三年巩固率", 0.97]], sheet);
    const g11 = figure(readCountyFigures(grid), "G11_rotation_rate", null);
    expect([g11?.cell, g11?.cells]).toEqual(["县级指标!B2", ["县级指标!B2", "县级指标!B3"]]);
  });

  it("keeps a figure read from one cell as it was: no cells beside its cell", () => {
    const grid = gridOf([["项目", "数值"], ["初中三年巩固率", 0.97], ["社会认可度", 0.9]], sheet);
    expect(readCountyFigures(grid)?.figures[0]).toEqual({ county: null, code: "Q1_consolidation", value: 0.97, cell: "县级指标!B2" });
  });
});

describe("readCountyFigures: G11's backbone share from two head counts", () => {
  const sheet = { sheet: "县级指标" };
  const g11b = (result: ReturnType<typeof readCountyFigures>) => result?.figures.filter((f) => f.code === "G11_backbone_rotation") ?? [];

  it("reads 骨干教师交流轮岗人数 12 (text) beside 交流轮岗教师人数 45 as 12 / 45 = 4 / 15 = 0.2666…, never 12 as 1200%", () => {
    const grid = gridOf(
      [
        ["项目", "数值"],
        ["交流轮岗教师人数（人）", 45],
        ["符合交流条件教师总数（人）", 380],
        ["骨干教师交流轮岗人数（人）", "12"],
        ["初中三年巩固率", 0.97],
      ],
      sheet,
    );
    const result = readCountyFigures(grid);
    const share = g11b(result);
    expect(share).toHaveLength(1);
    expect(share[0]?.value).toBeCloseTo(4 / 15, 12);
    expect(share[0]?.value).toBeCloseTo(0.26666666666666666, 12);
    expect([share[0]?.cell, share[0]?.cells]).toEqual(["县级指标!B4", ["县级指标!B4", "县级指标!B2"]]);
    expect(result?.issues).toEqual([
      { code: "read_figure_rotation_rate_computed", severity: "info", cell: "县级指标!B2", params: { item: "交流轮岗教师人数（人）", eligibleCell: "县级指标!B3", value: 0.1184 } },
      { code: "read_figure_rotation_backbone_computed", severity: "info", cell: "县级指标!B4", params: { item: "骨干教师交流轮岗人数（人）", rotatedCell: "县级指标!B2", value: 0.2667 } },
    ]);
  });

  it("with the backbone count but no rotated count, says the rotated count is missing and gives no share", () => {
    const grid = gridOf([["项目", "数值"], ["骨干教师交流轮岗人数（人）", 12], ["初中三年巩固率", 0.97]], sheet);
    const result = readCountyFigures(grid);
    expect(result?.figures.map((f) => f.code)).toEqual(["Q1_consolidation"]);
    expect(result?.issues).toEqual([{ code: "read_figure_rotation_backbone_rotated_missing", severity: "warning", cell: "县级指标!B2", params: { item: "骨干教师交流轮岗人数（人）", countyItem: "G11_backbone_rotation" } }]);
  });

  it("with 0 teachers rotated, gives the rate 0 / 380 = 0 and no share (not NaN), said at the rotated count", () => {
    const grid = gridOf([["项目", "数值"], ["交流轮岗教师人数（人）", 0], ["符合交流条件教师总数（人）", 380], ["骨干教师交流轮岗人数（人）", 0], ["初中三年巩固率", 0.97]], sheet);
    const result = readCountyFigures(grid);
    expect(result?.figures.map((f) => [f.code, f.value])).toEqual([["Q1_consolidation", 0.97], ["G11_rotation_rate", 0]]);
    expect(result?.issues.map((i) => [i.code, i.cell, i.severity])).toEqual([
      ["read_figure_rotation_rate_computed", "县级指标!B2", "info"],
      ["read_figure_rotation_no_rotated", "县级指标!B2", "warning"],
    ]);
  });

  it("with more backbone teachers than teachers rotated (50 > 45), gives no share and says so", () => {
    const grid = gridOf([["项目", "数值"], ["交流轮岗教师人数（人）", 45], ["骨干教师交流轮岗人数（人）", 50], ["初中三年巩固率", 0.97]], sheet);
    const result = readCountyFigures(grid);
    expect(g11b(result)).toEqual([]);
    expect(result?.issues).toContainEqual({
      code: "read_figure_rotation_backbone_inconsistent",
      severity: "warning",
      cell: "县级指标!B3",
      params: { item: "骨干教师交流轮岗人数（人）", countyItem: "G11_backbone_rotation", backbone: 50, rotated: 45, rotatedCell: "县级指标!B2" },
    });
  });

  it("uses the rotated count for the share though the rotation rate is given as such (12%), and keeps a share given as such (25%)", () => {
    const given = gridOf([["项目", "数值"], ["教师交流轮岗比例", 0.12], ["交流轮岗教师人数（人）", 45], ["骨干教师交流轮岗人数（人）", 12]], sheet);
    const result = readCountyFigures(given);
    expect(result?.figures.map((f) => [f.code, f.cell])).toEqual([
      ["G11_rotation_rate", "县级指标!B2"],
      ["G11_backbone_rotation", "县级指标!B4"],
    ]);
    expect(g11b(result)[0]?.value).toBeCloseTo(12 / 45, 12);
    const both = gridOf([["项目", "数值"], ["骨干教师占交流轮岗比例", "25%"], ["交流轮岗教师人数（人）", 45], ["骨干教师交流轮岗人数（人）", 12]], sheet);
    const kept = readCountyFigures(both);
    expect(g11b(kept).map((f) => [f.value, f.cell])).toEqual([[0.25, "县级指标!B2"]]);
    expect(kept?.issues.map((i) => [i.code, i.cell])).toEqual([
      // 25% given, 12 / 45 = 26.67% from the counts: 1.67 points apart, more than rounding.
      ["read_figure_rotation_backbone_differs", "县级指标!B2"],
      ["read_figure_rotation_eligible_missing", "县级指标!B3"],
      ["read_figure_rotation_backbone_count", "县级指标!B4"],
    ]);
  });

  it("pairs the backbone count county by county: A 12 / 45 = 0.2666…, B 6 / 40 = 0.15", () => {
    const grid = gridOf(
      [
        ["县区", "项目", "数值"],
        ["A县", "交流轮岗教师人数（人）", 45],
        ["A县", "骨干教师交流轮岗人数（人）", 12],
        ["B县", "交流轮岗教师人数（人）", 40],
        ["B县", "骨干教师交流轮岗人数（人）", 6],
        ["B县", "初中三年巩固率", 0.96],
      ],
      sheet,
    );
    const share = g11b(readCountyFigures(grid));
    expect(share.map((f) => f.county)).toEqual(["A县", "B县"]);
    expect(share[0]?.value).toBeCloseTo(0.26666666666666666, 12);
    expect(share[1]?.value).toBeCloseTo(0.15, 12);
  });
});

describe("readCountyFigures: G11's counts however a county lays them out (review 2)", () => {
  const sheet = { sheet: "县级指标" };
  const of = (result: ReturnType<typeof readCountyFigures>, code: string) => result?.figures.filter((f) => f.code === code) ?? [];
  const K = ["专任教师持证上岗率", null, 1];

  it("reads counts under a parent name with 比例 merged down column A as counts: 45 / 380 = 0.1184210…, not two rates of 45 and 380", () => {
    const grid = gridOf([["项目", null, "数值"], ["教师交流轮岗比例", "交流轮岗教师人数（人）", 45], [null, "符合交流条件教师总数（人）", "380"], K], { ...sheet, merges: ["A1:B1", "A2:A3"] });
    const result = readCountyFigures(grid);
    const g11 = of(result, "G11_rotation_rate");
    expect(g11).toHaveLength(1);
    // 45 / 380 = 9 / 76 = 0.118421052631578…
    expect(g11[0]?.value).toBeCloseTo(0.1184210526315789, 12);
    expect(g11[0]?.cells).toEqual(["县级指标!C2", "县级指标!C3"]);
    expect(result?.issues.map((i) => [i.code, i.cell])).toEqual([["read_figure_rotation_rate_computed", "县级指标!C2"]]);
  });

  it("reads 交流轮岗教师人次 45 as the rotated count (45 / 380), not as a rate of 45", () => {
    const grid = gridOf([["项目", "数值"], ["交流轮岗教师人次", 45], ["符合交流条件教师数", 380], ["专任教师持证上岗率", 1]], sheet);
    const g11 = of(readCountyFigures(grid), "G11_rotation_rate");
    expect(g11.map((f) => f.cell)).toEqual(["县级指标!B2"]);
    expect(g11[0]?.value).toBeCloseTo(0.1184210526315789, 12);
  });

  it("adds up counts split by stage: (30 + 15) / (200 + 180) = 45 / 380 = 0.1184210…, with all four cells; a blank row between does not matter", () => {
    const grid = gridOf(
      [["项目", null, "数值"], ["交流轮岗教师人数", "小学", 30], [null, "初中", "15"], ["符合交流条件教师总数", "小学", 200], [null, "初中", 180], [null, null, null], K],
      { ...sheet, merges: ["A1:B1", "A2:A3", "A4:A5"] },
    );
    const result = readCountyFigures(grid);
    const g11 = of(result, "G11_rotation_rate");
    expect(g11).toHaveLength(1);
    expect(g11[0]?.value).toBeCloseTo(0.1184210526315789, 12);
    expect(g11[0]?.cells).toEqual(["县级指标!C2", "县级指标!C3", "县级指标!C4", "县级指标!C5"]);
    expect(result?.issues.filter((i) => i.severity !== "info")).toEqual([]);
  });

  it("leaves a 校长 count out of the teachers' counts and says so: 45 / 380, not 3 / 380", () => {
    const grid = gridOf([["项目", "数值"], ["交流轮岗校长人数", 3], ["交流轮岗教师人数", 45], ["符合交流条件教师总数", 380], ["专任教师持证上岗率", 1]], sheet);
    const result = readCountyFigures(grid);
    const g11 = of(result, "G11_rotation_rate");
    expect(g11.map((f) => f.cell)).toEqual(["县级指标!B3"]);
    expect(g11[0]?.value).toBeCloseTo(0.1184210526315789, 12);
    expect(result?.issues.find((i) => i.code === "read_figure_rotation_principal")).toEqual({ code: "read_figure_rotation_principal", severity: "info", cell: "县级指标!B2", params: { item: "交流轮岗校长人数" } });
  });

  it("warns when a count given twice (not by stage) loses the rate", () => {
    const grid = gridOf([["项目", "数值"], ["交流轮岗教师人数", 45], ["交流轮岗教师人数（人）", 50], ["符合交流条件教师总数", 380], ["专任教师持证上岗率", 1]], sheet);
    const result = readCountyFigures(grid);
    expect(of(result, "G11_rotation_rate")).toEqual([]);
    expect(result?.issues.map((i) => [i.code, i.severity, i.cell])).toEqual([
      ["read_figure_rotation_several", "warning", "县级指标!B2"],
      ["read_figure_rotation_several", "warning", "县级指标!B3"],
    ]);
  });

  it("keeps a given rate of 15% that counts contradict (20 / 380 = 0.0526…) and warns; 12% beside 45 / 380 = 11.84% is rounding, no warning", () => {
    const grid = gridOf([["项目", "数值"], ["教师交流轮岗比例", 0.15], ["交流轮岗教师人数", 20], ["符合交流条件教师总数", 380], ["专任教师持证上岗率", 1]], sheet);
    const result = readCountyFigures(grid);
    expect(of(result, "G11_rotation_rate").map((f) => f.value)).toEqual([0.15]);
    // 20 / 380 = 1 / 19 = 0.052631…, rounded to 4 places in the message
    expect(result?.issues.find((i) => i.code === "read_figure_rotation_rate_differs")).toEqual({
      code: "read_figure_rotation_rate_differs",
      severity: "warning",
      cell: "县级指标!B2",
      params: { item: "教师交流轮岗比例", given: 0.15, computed: 0.0526, rotatedCell: "县级指标!B3", eligibleCell: "县级指标!B4" },
    });
    const close = gridOf([["项目", "数值"], ["教师交流轮岗比例", 0.12], ["交流轮岗教师人数", 45], ["符合交流条件教师总数", 380], ["专任教师持证上岗率", 1]], sheet);
    expect(readCountyFigures(close)?.issues.filter((i) => i.severity !== "info")).toEqual([]);
  });

  it("warns at a backbone share given as such that its counts contradict (25% given, 5 / 45 = 0.1111)", () => {
    const grid = gridOf([["项目", "数值"], ["骨干教师占交流轮岗教师比例", 0.25], ["交流轮岗教师人数", 45], ["符合交流条件教师总数", 380], ["骨干教师交流轮岗人数", 5], ["专任教师持证上岗率", 1]], sheet);
    const result = readCountyFigures(grid);
    expect(of(result, "G11_backbone_rotation").map((f) => f.value)).toEqual([0.25]);
    expect(result?.issues.find((i) => i.code === "read_figure_rotation_backbone_differs")?.params).toEqual({ item: "骨干教师占交流轮岗教师比例", given: 0.25, computed: 0.1111, backboneCell: "县级指标!B5", rotatedCell: "县级指标!B3" });
  });
});

describe("readCountyFigures: a city list laid out across computes G8 and G11 county by county (review 2)", () => {
  const sheet = { sheet: "县级指标" };
  const byCounty = (result: ReturnType<typeof readCountyFigures>, code: string) => (result?.figures ?? []).filter((f) => f.code === code).map((f) => [f.county, f.value, f.cells]);

  it("pairs the pay columns row by row: 甲县 9000 / 8800 = 45 / 44 = 1.0227…, 乙县 8000 (text) / 8500 = 16 / 17 = 0.9411…", () => {
    const grid = gridOf(
      [
        ["县区", "教师年平均工资（元）", "公务员年平均工资（元）", "专任教师持证上岗率", "社会认可度"],
        ["甲县", 9000, 8800, 1, 0.9],
        ["乙县", "8000", 8500, 1, 0.92],
      ],
      sheet,
    );
    const g8 = byCounty(readCountyFigures(grid), "G8_pay_ratio");
    expect(g8.map(([county, , cells]) => [county, cells])).toEqual([
      ["甲县", ["县级指标!B2", "县级指标!C2"]],
      ["乙县", ["县级指标!B3", "县级指标!C3"]],
    ]);
    expect(g8[0]?.[1]).toBeCloseTo(1.0227272727272727, 12);
    expect(g8[1]?.[1]).toBeCloseTo(0.9411764705882353, 12);
  });

  it("reads a list with only the two pay columns, one county or two; a blank amount gives that county no ratio and is warned", () => {
    const one = readCountyFigures(gridOf([["县区", "教师年平均工资（元）", "公务员年平均工资（元）"], ["甲县", 9000, 8800]], sheet));
    expect(byCounty(one, "G8_pay_ratio").map(([county, value]) => [county, Math.round(Number(value) * 1e6)])).toEqual([["甲县", 1022727]]);
    const grid = gridOf([["县区", "教师年平均工资（元）", "公务员年平均工资（元）"], ["甲县", 9000, 8800], ["乙县", 8000, null]], sheet);
    const result = readCountyFigures(grid);
    expect(byCounty(result, "G8_pay_ratio").map(([county]) => county)).toEqual(["甲县"]);
    expect(byCounty(result, "G8_pay_ratio")[0]?.[1]).toBeCloseTo(45 / 44, 12);
    expect(result?.issues.filter((i) => i.code === "read_figure_pay_amount").map((i) => [i.cell, i.severity])).toEqual([["县级指标!B3", "warning"]]);
  });

  it("pairs the count columns row by row: 甲县 45 / 380 = 0.1184… and 12 / 45 = 0.2666…, 乙县 30 / 200 = 0.15 and 3 / 30 = 0.1", () => {
    const grid = gridOf(
      [
        ["县区", "交流轮岗教师人数", "符合交流条件教师总数", "骨干教师交流轮岗人数", "专任教师持证上岗率"],
        ["甲县", 45, "380", 12, 1],
        ["乙县", 30, 200, 3, 1],
      ],
      sheet,
    );
    const result = readCountyFigures(grid);
    const rate = byCounty(result, "G11_rotation_rate");
    const share = byCounty(result, "G11_backbone_rotation");
    expect(rate.map(([county, , cells]) => [county, cells])).toEqual([
      ["甲县", ["县级指标!B2", "县级指标!C2"]],
      ["乙县", ["县级指标!B3", "县级指标!C3"]],
    ]);
    expect(rate[0]?.[1]).toBeCloseTo(0.1184210526315789, 12);
    expect(rate[1]?.[1]).toBeCloseTo(0.15, 12);
    expect(share[0]?.[1]).toBeCloseTo(0.26666666666666666, 12);
    expect(share[1]?.[1]).toBeCloseTo(0.1, 12);
    expect(result?.issues.filter((i) => i.severity !== "info")).toEqual([]);
  });
});

describe("readCountyFigures: a city list naming each county only on the first row of its block (review 5)", () => {
  const sheet = { sheet: "县级指标" };
  const byCode = (result: ReturnType<typeof readCountyFigures>, code: string) => (result?.figures ?? []).filter((f) => f.code === code).map((f) => [f.county, f.value, f.cells ?? [f.cell]]);
  const rows = [
    ["县区", "项目", "数值"],
    ["甲县", "教师年平均工资（元）", 9000],
    [null, "公务员年平均工资（元）", 8800],
    [null, "初中三年巩固率", 0.97],
    ["乙县", "教师年平均工资（元）", 8000],
    [null, "公务员年平均工资（元）", 8500],
    [null, "初中三年巩固率", 0.93],
  ];

  it("gives blank 县区 cells the county above: 甲县 9000 / 8800 = 45 / 44 = 1.0227…, Q1 0.97; 乙县 8000 / 8500 = 16 / 17 = 0.9411…, Q1 0.93", () => {
    const result = readCountyFigures(gridOf(rows, sheet));
    const g8 = byCode(result, "G8_pay_ratio");
    expect(g8.map(([county, , cells]) => [county, cells])).toEqual([
      ["甲县", ["县级指标!C2", "县级指标!C3"]],
      ["乙县", ["县级指标!C5", "县级指标!C6"]],
    ]);
    expect(g8[0]?.[1]).toBeCloseTo(1.0227272727272727, 12);
    expect(g8[1]?.[1]).toBeCloseTo(0.9411764705882353, 12);
    expect(byCode(result, "Q1_consolidation")).toEqual([
      ["甲县", 0.97, ["县级指标!C4"]],
      ["乙县", 0.93, ["县级指标!C7"]],
    ]);
  });

  it("says so once per block, at the first blank 县区 cell, naming the county and its cell; nothing about pay amounts left unpaired", () => {
    const result = readCountyFigures(gridOf(rows, sheet));
    expect(result?.issues.filter((i) => i.code === "read_figure_county_from_above")).toEqual([
      { code: "read_figure_county_from_above", severity: "info", cell: "县级指标!A3", params: { county: "甲县", countyCell: "县级指标!A2" } },
      { code: "read_figure_county_from_above", severity: "info", cell: "县级指标!A6", params: { county: "乙县", countyCell: "县级指标!A5" } },
    ]);
    expect(result?.issues.filter((i) => i.code === "read_figure_pay_amount")).toEqual([]);
  });

  it("pairs head counts under blank 县区 cells within their county: 甲县 45 / 380 = 0.1184…, 乙县 30 / 200 = 0.15", () => {
    const grid = gridOf(
      [
        ["县区", "项目", "数值"],
        ["甲县", "交流轮岗教师人数", 45],
        [null, "符合交流条件教师总数", 380],
        ["乙县", "交流轮岗教师人数", 30],
        [null, "符合交流条件教师总数", 200],
      ],
      sheet,
    );
    const rate = byCode(readCountyFigures(grid), "G11_rotation_rate");
    expect(rate.map(([county, , cells]) => [county, cells])).toEqual([
      ["甲县", ["县级指标!C2", "县级指标!C3"]],
      ["乙县", ["县级指标!C4", "县级指标!C5"]],
    ]);
    expect(rate[0]?.[1]).toBeCloseTo(0.11842105263157894, 12);
    expect(rate[1]?.[1]).toBeCloseTo(0.15, 12);
  });

  it("reads the same blocks merged down column A as before, without a note", () => {
    const result = readCountyFigures(gridOf(rows, { ...sheet, merges: ["A2:A4", "A5:A7"] }));
    expect(byCode(result, "G8_pay_ratio").map(([county, value]) => [county, Math.round(Number(value) * 1e6)])).toEqual([
      ["甲县", 1022727],
      ["乙县", 941176],
    ]);
    expect(byCode(result, "Q1_consolidation")).toEqual([
      ["甲县", 0.97, ["县级指标!C4"]],
      ["乙县", 0.93, ["县级指标!C7"]],
    ]);
    expect(result?.issues.map((i) => i.code)).toEqual(["read_figure_pay_ratio_computed", "read_figure_pay_ratio_computed"]);
  });

  it("gives a blank cell under a merged block the merged county, said at the blank cell", () => {
    const grid = gridOf([["县区", "项目", "数值"], ["甲县", "初中三年巩固率", 0.97], [null, "社会认可度", 0.9], [null, "专任教师持证上岗率", 1]], { ...sheet, merges: ["A2:A3"] });
    const result = readCountyFigures(grid);
    expect(result?.figures.map((f) => [f.county, f.code])).toEqual([
      ["甲县", "Q1_consolidation"],
      ["甲县", "R1_recognition"],
      ["甲县", "G12_certificate_rate"],
    ]);
    expect(result?.issues).toEqual([{ code: "read_figure_county_from_above", severity: "info", cell: "县级指标!A4", params: { county: "甲县", countyCell: "县级指标!A2" } }]);
  });

  it("leaves rows above the first named county, and a list naming no county at all, without a county, unsaid", () => {
    const above = readCountyFigures(gridOf([["县区", "项目", "数值"], [null, "初中三年巩固率", 0.97], ["甲县", "社会认可度", 0.9], [null, "专任教师持证上岗率", 1]], sheet));
    expect(above?.figures.map((f) => [f.county, f.code])).toEqual([
      [null, "Q1_consolidation"],
      ["甲县", "R1_recognition"],
      ["甲县", "G12_certificate_rate"],
    ]);
    expect(above?.issues.map((i) => i.cell)).toEqual(["县级指标!A4"]);
    const none = readCountyFigures(gridOf([["县区", "项目", "数值"], [null, "教师年平均工资（元）", 9000], [null, "公务员年平均工资（元）", 8800], [null, "初中三年巩固率", 0.97]], sheet));
    expect(none?.figures.map((f) => [f.county, f.code, f.cells ?? [f.cell]])).toEqual([
      [null, "Q1_consolidation", ["县级指标!C4"]],
      [null, "G8_pay_ratio", ["县级指标!C2", "县级指标!C3"]],
    ]);
    expect(none?.issues.map((i) => i.code)).toEqual(["read_figure_pay_ratio_computed"]);
  });
});

describe("readCountyFigures: a 合计 / 全市 / 标准 row in a list down ends a block (review 6)", () => {
  const sheet = { sheet: "县级指标" };

  it("reads neither the 合计 row nor the blank rows under it as a county, nor a 国家标准 row, as across", () => {
    const grid = gridOf(
      [
        ["县区", "项目", "数值"],
        ["甲县", "初中三年巩固率", 0.97],
        ["合计", "初中三年巩固率", 0.95],
        [null, "社会认可度", 0.9],
        ["乙县", "初中三年巩固率", 0.93],
        [null, "社会认可度", 0.88],
        ["国家标准", "初中三年巩固率", 0.95],
        ["全市", "社会认可度", 0.85],
      ],
      sheet,
    );
    const result = readCountyFigures(grid);
    expect(result?.figures.map((f) => [f.county, f.code, f.value, f.cell])).toEqual([
      ["甲县", "Q1_consolidation", 0.97, "县级指标!C2"],
      ["乙县", "Q1_consolidation", 0.93, "县级指标!C5"],
      ["乙县", "R1_recognition", 0.88, "县级指标!C6"],
    ]);
    expect(result?.issues).toEqual([{ code: "read_figure_county_from_above", severity: "info", cell: "县级指标!A6", params: { county: "乙县", countyCell: "县级指标!A5" } }]);
  });
});

describe("readCountyFigures: a county written with and without its level word is one county (review 6)", () => {
  const sheet = { sheet: "县级指标" };

  it("pairs 示例县's teachers' pay with 示例's civil servants' pay: 9000 / 8800 = 45 / 44 = 1.0227…", () => {
    const grid = gridOf([["县区", "项目", "数值"], ["示例县", "教师年平均工资（元）", 9000], ["示例", "公务员年平均工资（元）", 8800]], sheet);
    const g8 = (readCountyFigures(grid)?.figures ?? []).filter((f) => f.code === "G8_pay_ratio");
    expect(g8.map((f) => [f.county, f.cells])).toEqual([["示例县", ["县级指标!C2", "县级指标!C3"]]]);
    expect(g8[0]?.value).toBeCloseTo(1.0227272727272727, 12);
  });

  it("takes 示例县's rate given as such over 示例's counts (45 / 380 = 0.1184…, within half a point of 0.12), the counts said unused", () => {
    const grid = gridOf(
      [
        ["县区", "项目", "数值"],
        ["示例县", "教师交流轮岗比例", 0.12],
        ["示例", "交流轮岗教师人数（人）", 45],
        ["示例", "符合交流条件教师总数（人）", 380],
      ],
      sheet,
    );
    const result = readCountyFigures(grid);
    expect(result?.figures.filter((f) => f.code === "G11_rotation_rate").map((f) => [f.county, f.value, f.cell])).toEqual([["示例县", 0.12, "县级指标!C2"]]);
    expect(result?.issues.map((i) => [i.code, i.cell])).toEqual([
      ["read_figure_rotation_count", "县级指标!C3"],
      ["read_figure_rotation_count", "县级指标!C4"],
    ]);
  });
});

describe("readCountyFigures: a G8 ratio given as such is checked against the amounts of pay beside it", () => {
  const sheet = { sheet: "县级指标" };
  const RATIO = "教师平均工资与公务员平均工资之比";
  const g8 = (result: ReturnType<typeof readCountyFigures>) => (result?.figures ?? []).filter((f) => f.code === "G8_pay_ratio").map((f) => [f.county, f.value, f.cell]);
  const checks = (result: ReturnType<typeof readCountyFigures>) => (result?.issues ?? []).filter((i) => i.code.startsWith("read_figure_pay_ratio_"));

  it("keeps 1.05 and warns at it that 8000 / 8500 = 16 / 17 = 0.941176… (0.9412) is below 1, naming both amounts' cells and values", () => {
    const grid = gridOf(
      [
        ["项目", "数值"],
        [RATIO, 1.05],
        ["教师年平均工资（元）", 8000],
        ["公务员年平均工资（元）", 8500],
      ],
      sheet,
    );
    const result = readCountyFigures(grid);
    expect(g8(result)).toEqual([[null, 1.05, "县级指标!B2"]]);
    expect(result?.issues).toEqual([
      {
        code: "read_figure_pay_ratio_fails_on_amounts",
        severity: "warning",
        cell: "县级指标!B2",
        params: { item: RATIO, given: 1.05, givenRatio: 1.05, computed: 0.9412, threshold: 1, teacherCell: "县级指标!B3", teacher: 8000, civilCell: "县级指标!B4", civil: 8500 },
      },
    ]);
  });

  it("says so in words in both languages: both cells, both amounts, both ratios and that the item would fail on the amounts", () => {
    const grid = gridOf([["项目", "数值"], [RATIO, 1.05], ["教师年平均工资（元）", 8000], ["公务员年平均工资（元）", 8500]], sheet);
    const issue = checks(readCountyFigures(grid))[0];
    const zh = message(issue?.code ?? "", issue?.params, "zh");
    const en = message(issue?.code ?? "", issue?.params, "en");
    for (const text of [zh, en]) for (const part of ["县级指标!B3", "8000", "县级指标!B4", "8500", "1.05", "0.9412"]) expect(text).toContain(part);
    expect(zh).toContain("低于1");
    expect(en).toContain("below 1");
    expect(zh).not.toMatch(/\{\w+\}/);
    expect(en).not.toMatch(/\{\w+\}/);
  });

  it("reads amounts typed as text and a ratio given as 105%: 1.05 against \"8000\" / \"8,500元\" = 16 / 17, warned alike", () => {
    const grid = gridOf([["项目", "数值"], [RATIO, "105%"], ["教师年平均工资（元）", "8000"], ["公务员年平均工资（元）", "8,500元"]], sheet);
    const result = readCountyFigures(grid);
    expect(g8(result)).toEqual([[null, 1.05, "县级指标!B2"]]);
    expect(checks(result).map((i) => [i.code, i.cell, i.params])).toEqual([
      ["read_figure_pay_ratio_fails_on_amounts", "县级指标!B2", { item: RATIO, given: 1.05, givenRatio: 1.05, computed: 0.9412, threshold: 1, teacherCell: "县级指标!B3", teacher: 8000, civilCell: "县级指标!B4", civil: 8500 }],
    ]);
  });

  it("says at the ratio that the amounts agree within rounding, naming them: 1.02 against 9000 / 8800 = 45 / 44 = 1.0227… (0.0027 apart)", () => {
    const grid = gridOf([["项目", "数值"], [RATIO, 1.02], ["教师年平均工资（元）", 9000], ["公务员年平均工资（元）", 8800]], sheet);
    const result = readCountyFigures(grid);
    expect(g8(result)).toEqual([[null, 1.02, "县级指标!B2"]]);
    // The amounts are read, to check the ratio given: one note that they agree, none that they were not read.
    expect(result?.issues).toEqual([
      {
        code: "read_figure_pay_amounts_agree",
        severity: "info",
        cell: "县级指标!B2",
        params: { item: RATIO, given: 1.02, givenRatio: 1.02, computed: 1.0227, threshold: 1, teacherCell: "县级指标!B3", teacher: 9000, civilCell: "县级指标!B4", civil: 8800 },
      },
    ]);
    const en = message("read_figure_pay_amounts_agree", result?.issues[0]?.params, "en");
    for (const part of ["县级指标!B3", "9000", "县级指标!B4", "8800", "1.02", "1.0227", "agrees"]) expect(en).toContain(part);
  });

  it("warns without the failing clause when both sides of the difference are on one side of 1: 0.90 against 16 / 17 = 0.9412, 1.10 against 45 / 44 = 1.0227", () => {
    const below = readCountyFigures(gridOf([["项目", "数值"], [RATIO, 0.9], ["教师年平均工资（元）", 8000], ["公务员年平均工资（元）", 8500]], sheet));
    expect(checks(below).map((i) => [i.code, i.severity, i.params["given"], i.params["computed"]])).toEqual([["read_figure_pay_ratio_differs", "warning", 0.9, 0.9412]]);
    const above = readCountyFigures(gridOf([["项目", "数值"], [RATIO, 1.1], ["教师年平均工资（元）", 9000], ["公务员年平均工资（元）", 8800]], sheet));
    expect(checks(above).map((i) => [i.code, i.params["given"], i.params["computed"]])).toEqual([["read_figure_pay_ratio_differs", 1.1, 1.0227]]);
    const text = message("read_figure_pay_ratio_differs", checks(above)[0]?.params, "en");
    expect(text).not.toContain("below 1");
    expect(text).toContain("0.005");
  });

  it("checks each county of a city list against its own amounts only: A 1.02 vs 45 / 44 agrees, B 1.05 vs 16 / 17 fails, C 0.90 vs 16 / 17 differs, D's ratio without amounts is unchecked", () => {
    const grid = gridOf(
      [
        ["县区", "项目", "数值"],
        ["A县", RATIO, 1.02],
        ["A县", "教师年平均工资（元）", 9000],
        ["A县", "公务员年平均工资（元）", 8800],
        ["B县", RATIO, 1.05],
        ["B县", "教师年平均工资（元）", 8000],
        ["B县", "公务员年平均工资（元）", 8500],
        ["C县", RATIO, 0.9],
        ["C县", "教师年平均工资（元）", 8000],
        ["C县", "公务员年平均工资（元）", 8500],
        ["D县", RATIO, 1.5],
      ],
      sheet,
    );
    const result = readCountyFigures(grid);
    expect(g8(result)).toEqual([
      ["A县", 1.02, "县级指标!C2"],
      ["B县", 1.05, "县级指标!C5"],
      ["C县", 0.9, "县级指标!C8"],
      ["D县", 1.5, "县级指标!C11"],
    ]);
    expect(checks(result).map((i) => [i.code, i.cell, i.params["teacherCell"], i.params["civilCell"]])).toEqual([
      ["read_figure_pay_ratio_fails_on_amounts", "县级指标!C5", "县级指标!C6", "县级指标!C7"],
      ["read_figure_pay_ratio_differs", "县级指标!C8", "县级指标!C9", "县级指标!C10"],
    ]);
  });

  it("checks a city list laid out across row by row: 甲县 1.02 vs 9000 / 8800 agrees, 乙县 1.05 vs 8000 / 8500 warned at C3", () => {
    const grid = gridOf(
      [
        ["县区", "教师年平均工资（元）", RATIO, "公务员年平均工资（元）"],
        ["甲县", 9000, 1.02, 8800],
        ["乙县", 8000, 1.05, 8500],
      ],
      sheet,
    );
    const result = readCountyFigures(grid);
    expect(g8(result)).toEqual([
      ["甲县", 1.02, "县级指标!C2"],
      ["乙县", 1.05, "县级指标!C3"],
    ]);
    expect(checks(result).map((i) => [i.code, i.cell, i.params["teacherCell"], i.params["teacher"], i.params["civilCell"], i.params["civil"]])).toEqual([
      ["read_figure_pay_ratio_fails_on_amounts", "县级指标!C3", "县级指标!B3", 8000, "县级指标!D3", 8500],
    ]);
  });

  it("does not check a ratio against amounts that do not pair: one given twice, or one of 0", () => {
    const twice = readCountyFigures(gridOf([["项目", "数值"], [RATIO, 1.05], ["教师年平均工资（元）", 8000], ["教师平均工资收入水平（元/年）", 8100], ["公务员年平均工资（元）", 8500]], sheet));
    expect(checks(twice)).toEqual([]);
    const zero = readCountyFigures(gridOf([["项目", "数值"], [RATIO, 1.05], ["教师年平均工资（元）", 8000], ["公务员年平均工资（元）", 0]], sheet));
    expect(checks(zero)).toEqual([]);
  });
});

describe("readCountyFigures: 项目 | 子项 | 数值, the sub-item column headed (trial L: C4f, C4g, C4h, C4i)", () => {
  const sheet = { sheet: "县级指标" };
  const codes = (result: ReturnType<typeof readCountyFigures>) => (result?.figures ?? []).map((f) => [f.code, f.value, f.cell]);
  const C4F_FIGURES = [
    ["G13_nearby_primary", 1, "县级指标!C2"],
    ["G13_nearby_junior", 0.93, "县级指标!C3"],
    ["G11_rotation_rate", 0.12, "县级指标!C4"],
    ["G11_backbone_rotation", 0.25, "县级指标!C5"],
  ];
  /** C4f: the item names merged down column A over their sub-items. */
  const c4f = (header = "子项") =>
    gridOf(
      [
        ["项目", header, "数值"],
        ["就近划片入学比例", "小学", 1],
        [null, "初中", 0.93],
        ["教师交流轮岗", "交流轮岗比例", 0.12],
        [null, "骨干教师占比", 0.25],
      ],
      { ...sheet, merges: ["A2:A3", "A4:A5"] },
    );

  it.each(["子项", "分项", "指标", "子指标", "学段"])("reads each sub-item under a merged name with the column headed %s (before: junior 0.93 and the backbone share vanished, 1 taken for both stages)", (header) => {
    const result = readCountyFigures(c4f(header));
    expect(codes(result)).toEqual(C4F_FIGURES);
    expect(result?.issues).toEqual([]);
  });

  it("takes the name written on the first row of its block only for the rows under it (C4h)", () => {
    const grid = gridOf([["项目", "子项", "数值"], ["就近划片入学比例", "小学", 1], [null, "初中", 0.93], ["教师交流轮岗", "交流轮岗比例", 0.12], [null, "骨干教师占比", 0.25]], sheet);
    const result = readCountyFigures(grid);
    expect(codes(result)).toEqual(C4F_FIGURES);
    expect(result?.issues).toEqual([]);
  });

  it("reads the name repeated on each row with its sub-item (C4g; before: 0.25 a second rotation rate, 0.93 a combined rate)", () => {
    const grid = gridOf([["项目", "子项", "数值"], ["就近划片入学比例", "小学", 1], ["就近划片入学比例", "初中", 0.93], ["教师交流轮岗", "交流轮岗比例", 0.12], ["教师交流轮岗", "骨干教师占比", 0.25]], sheet);
    const result = readCountyFigures(grid);
    expect(codes(result)).toEqual(C4F_FIGURES);
    expect(result?.issues).toEqual([]);
  });

  it("never applies the stage-less rule to a sub-item naming a stage, even under a name of both (小学、初中就近划片入学比例 | 初中 | 0.93 is the junior rate)", () => {
    const grid = gridOf([["项目", "学段", "数值"], ["小学、初中就近划片入学比例", "小学", 1], [null, "初中", 0.93]], { ...sheet, merges: ["A2:A3"] });
    const result = readCountyFigures(grid);
    expect(codes(result)).toEqual([
      ["G13_nearby_primary", 1, "县级指标!C2"],
      ["G13_nearby_junior", 0.93, "县级指标!C3"],
    ]);
    expect(result?.issues).toEqual([]);
  });

  it("reads one sub-item alone, a blank value as not given, and 93% typed as text as 0.93 (no note: R2 of s46, finding 6)", () => {
    const one = readCountyFigures(gridOf([["项目", "子项", "数值"], ["就近划片入学比例", "初中", "93%"], ["社会认可度", null, 0.9]], sheet));
    expect(codes(one)).toEqual([
      ["G13_nearby_junior", 0.93, "县级指标!C2"],
      ["R1_recognition", 0.9, "县级指标!C3"],
    ]);
    expect(one?.issues).toEqual([]);
    const blank = readCountyFigures(gridOf([["项目", "子项", "数值"], ["就近划片入学比例", "小学", 1], [null, "初中", null]], { ...sheet, merges: ["A2:A3"] }));
    expect(codes(blank)).toEqual([["G13_nearby_primary", 1, "县级指标!C2"]]);
    expect(blank?.issues).toEqual([{ code: "read_figure_blank", severity: "info", cell: "县级指标!C3", params: { item: "就近划片入学比例（初中）", countyItem: "G13_nearby_junior" } }]);
    expect(message("read_figure_blank", blank?.issues[0]?.params ?? {}, "zh")).toBe("县级指标“就近划片入学比例（初中）”未填写");
    expect(message("read_figure_blank", blank?.issues[0]?.params ?? {}, "en")).toBe("County item “就近划片入学比例（初中）” is left blank");
  });

  it("reads 项目 | 指标 | 数值 | 单位 with its units (C4i): pay in 万元 gives G8 = 9.85 / 9.6 = 1.0260416…, counts in 人 give 95 / 900 = 0.10555… and 18 / 95 = 0.18947…", () => {
    const grid = gridOf(
      [
        ["项目", "指标", "数值", "单位"],
        ["教师工资", "教师年平均工资收入", 9.85, "万元"],
        ["教师工资", "公务员年平均工资收入", 9.6, "万元"],
        ["教师交流轮岗", "交流轮岗教师数", 95, "人"],
        ["教师交流轮岗", "符合交流条件教师数", 900, "人"],
        ["教师交流轮岗", "其中骨干教师交流人数", 18, "人"],
      ],
      sheet,
    );
    const result = readCountyFigures(grid);
    const value = (code: string) => result?.figures.find((f) => f.code === code);
    expect(result?.figures.map((f) => [f.code, f.cell])).toEqual([
      ["G8_pay_ratio", "县级指标!C2"],
      ["G11_rotation_rate", "县级指标!C4"],
      ["G11_backbone_rotation", "县级指标!C6"],
    ]);
    expect(value("G8_pay_ratio")?.value).toBeCloseTo(98500 / 96000, 12);
    expect(value("G11_rotation_rate")?.value).toBeCloseTo(0.10555555555555556, 12);
    expect(value("G11_backbone_rotation")?.value).toBeCloseTo(0.18947368421052632, 12);
    expect(result?.issues.map((i) => [i.code, i.severity])).toEqual([
      ["read_figure_pay_ratio_computed", "info"],
      ["read_figure_rotation_rate_computed", "info"],
      ["read_figure_rotation_backbone_computed", "info"],
    ]);
  });

  it("does not read a ratio item whose 单位 says 人 as the ratio (900 is no 90000%), and says so at its value cell", () => {
    const result = readCountyFigures(gridOf([["项目", "数值", "单位"], ["教师交流轮岗比例", 900, "人"], ["社会认可度", 0.9, "%"]], sheet));
    expect(codes(result)).toEqual([["R1_recognition", 0.9, "县级指标!B3"]]);
    expect(result?.issues).toEqual([{ code: "read_figure_unit_not_ratio", severity: "warning", cell: "县级指标!B2", params: { item: "教师交流轮岗比例", unit: "人", text: "900" } }]);
  });

  it("reads a rotation name in 人 by its 单位 column as a head count: 45 / 380 = 0.11842…", () => {
    const result = readCountyFigures(gridOf([["项目", "数值", "单位"], ["交流轮岗教师", 45, "人"], ["符合交流条件教师", 380, "人"]], sheet));
    expect(result?.figures.map((f) => [f.code, f.cell, f.cells])).toEqual([["G11_rotation_rate", "县级指标!B2", ["县级指标!B2", "县级指标!B3"]]]);
    expect(result?.figures[0]?.value).toBeCloseTo(45 / 380, 12);
  });

  it("says a value whose row names no item, nor has one merged or grouped above it, at its value cell (before: dropped unseen)", () => {
    const result = readCountyFigures(gridOf([["项目", "数值"], ["社会认可度", 0.9], [null, 0.93]], sheet));
    expect(codes(result)).toEqual([["R1_recognition", 0.9, "县级指标!B2"]]);
    expect(result?.issues).toEqual([{ code: "read_figure_row_no_item", severity: "warning", cell: "县级指标!B3", params: { text: "0.93", itemCell: "县级指标!A3" } }]);
  });

  it("says a sub-item with no name above it as an item not recognised, at its cell", () => {
    const result = readCountyFigures(gridOf([["项目", "子项", "数值"], [null, "初中", 0.93], ["社会认可度", null, 0.9]], sheet));
    expect(codes(result)).toEqual([["R1_recognition", 0.9, "县级指标!C3"]]);
    expect(result?.issues).toEqual([{ code: "read_figure_unknown_item", severity: "warning", cell: "县级指标!B2", params: { item: "初中" } }]);
  });
});

describe("readCountyFigures: two stage-less rows of one item for one county are never taken as one", () => {
  const sheet = { sheet: "县级指标" };

  it("takes no G13 rate from stage-less 100% and 93% and warns at both (before: 100% taken for both stages, 93% a combined rate)", () => {
    const result = readCountyFigures(gridOf([["项目", "数值"], ["就近划片入学比例", 1], ["就近划片入学比例", 0.93], ["社会认可度", 0.9]], sheet));
    expect(result?.figures.map((f) => f.code)).toEqual(["R1_recognition"]);
    expect(result?.issues).toEqual([
      { code: "read_figure_nearby_differs", severity: "warning", cell: "县级指标!B2", params: { item: "就近划片入学比例", value: "1", otherCell: "县级指标!B3", other: "0.93" } },
      { code: "read_figure_nearby_differs", severity: "warning", cell: "县级指标!B3", params: { item: "就近划片入学比例", value: "0.93", otherCell: "县级指标!B2", other: "1" } },
    ]);
  });

  it("keeps both stage-less G7 amounts (the engine judges the lower) and warns at the second naming the first", () => {
    const result = readCountyFigures(gridOf([["项目", "数值"], ["特殊教育学校生均公用经费", 6500], ["特殊教育学校生均公用经费", 5900]], sheet));
    expect(result?.figures.map((f) => [f.code, f.value, f.cell])).toEqual([
      ["G7_special_primary", 6500, "县级指标!B2"],
      ["G7_special_junior", 6500, "县级指标!B2"],
      ["G7_special_primary", 5900, "县级指标!B3"],
      ["G7_special_junior", 5900, "县级指标!B3"],
    ]);
    expect(result?.issues.filter((i) => i.severity !== "info")).toEqual([
      { code: "read_figure_stageless_differs", severity: "warning", cell: "县级指标!B3", params: { item: "特殊教育学校生均公用经费", value: "5900", otherCell: "县级指标!B2", other: "6500" } },
    ]);
  });
});

describe("readCountyFigures: no row with a value is left out unseen, without a header either", () => {
  it("reads amounts of pay in a list without a header (9000 / 8800 = 45 / 44 = 1.0227…) and says a value whose row names nothing known at its cell", () => {
    const grid = gridOf([["初中三年巩固率", 0.97], ["教师年平均工资（元）", 9000], ["公务员年平均工资（元）", 8800], ["本年度新增学位", 12]], { sheet: "县级指标" });
    const result = readCountyFigures(grid);
    expect(result?.figures.map((f) => [f.code, f.cell])).toEqual([
      ["Q1_consolidation", "县级指标!B1"],
      ["G8_pay_ratio", "县级指标!B2"],
    ]);
    expect(result?.figures[1]?.value).toBeCloseTo(45 / 44, 12);
    expect(result?.issues.filter((i) => i.severity !== "info")).toEqual([{ code: "read_figure_row_not_read", severity: "warning", cell: "县级指标!B4", params: { text: "12", cells: "本年度新增学位" } }]);
  });
});

describe("readCountyFigures: two item columns, the first naming areas (review: 18 items became 待评估 without a word)", () => {
  const sheet = { sheet: "县级指标" };
  const codes = (result: ReturnType<typeof readCountyFigures>) => (result?.figures ?? []).map((f) => [f.code, f.value, f.cell]);

  it("reads 评估内容 | 评估指标 | 标准值 | 本县现状 from 本县现状, the county's own value, never the standard beside it", () => {
    const grid = gridOf(
      [
        ["评估内容", "评估指标", "标准值", "本县现状"],
        ["政府保障程度", "规划布局合理", "达标", "是"],
        ["政府保障程度", "初中三年巩固率", 0.95, 0.91],
        ["政府保障程度", "教师平均工资与公务员平均工资之比", 1, 1.03],
        ["教育质量", "质量监测校际差异率", 0.15, 0.12],
        ["社会认可度", "社会认可度", 0.85, 0.75],
      ],
      { ...sheet, merges: [] },
    );
    const result = readCountyFigures(grid);
    // The standards (0.95, 1, 0.15, 0.85) would pass where the county's own values (0.91, 0.75) fail.
    expect(codes(result)).toEqual([
      ["G1_layout", true, "县级指标!D2"],
      ["Q1_consolidation", 0.91, "县级指标!D3"],
      ["G8_pay_ratio", 1.03, "县级指标!D4"],
      ["Q9_difference_rate", 0.12, "县级指标!D5"],
      ["R1_recognition", 0.75, "县级指标!D6"],
    ]);
    expect(result?.issues).toEqual([]);
  });

  it("reads 项目 | 内容 | 数值 with the areas merged down column A, item by item at column C", () => {
    const grid = gridOf(
      [
        ["项目", "内容", "数值"],
        ["政府保障程度", "教师交流轮岗比例", 0.12],
        [null, "骨干教师占交流轮岗比例", 0.22],
        [null, "小学就近划片入学比例", 1],
        [null, "初中就近划片入学比例", 0.97],
        ["教育质量", "初中三年巩固率", 0.97],
      ],
      { ...sheet, merges: ["A2:A5"] },
    );
    const result = readCountyFigures(grid);
    expect(codes(result)).toEqual([
      ["G11_rotation_rate", 0.12, "县级指标!C2"],
      ["G11_backbone_rotation", 0.22, "县级指标!C3"],
      ["G13_nearby_primary", 1, "县级指标!C4"],
      ["G13_nearby_junior", 0.97, "县级指标!C5"],
      ["Q1_consolidation", 0.97, "县级指标!C6"],
    ]);
    expect(result?.issues).toEqual([]);
  });

  it("reads 指标 | 项目 | 数值 with the items in A and the areas in B", () => {
    const result = readCountyFigures(gridOf([["指标", "项目", "数值"], ["规划布局合理", "政府保障程度", "是"], ["初中三年巩固率", "教育质量", 0.97]], sheet));
    expect(codes(result)).toEqual([
      ["G1_layout", true, "县级指标!C2"],
      ["Q1_consolidation", 0.97, "县级指标!C3"],
    ]);
  });

  it("says a figures header whose rows name no item read at the header, with the first names, instead of dropping the sheet unseen", () => {
    const result = readCountyFigures(gridOf([["项目", "数值"], ["家长会次数", 3], ["家访次数", 12], ["家长会次数", 4], ["开放日", 2]], sheet));
    expect(result?.figures).toEqual([]);
    expect(result?.issues).toEqual([{ code: "read_figures_no_item", severity: "warning", cell: "县级指标!A1", params: { found: "项目 | 数值", names: "家长会次数、家访次数、开放日" } }]);
    expect(message("read_figures_no_item", result?.issues[0]?.params ?? {}, "zh")).toContain("家长会次数、家访次数、开放日");
  });

  it("still drops a sheet that is no figures list: a header without values, or an item header without a value column", () => {
    expect(readCountyFigures(gridOf([["项目", "数值"], ["家长会次数", null]], sheet))).toBeNull();
    expect(readCountyFigures(gridOf([["项目", "内容"], ["填表说明", "按实际填写"]], sheet))).toBeNull();
  });
});

describe("readCountyFigures: the 县区 cell of each figure (reviewer R4, finding 2)", () => {
  it("gives each figure of a list down the 县区 cell naming its county: its own, or the one its block's blank cells take it from", () => {
    const grid = gridOf(
      [
        ["县区", "项目", "数值"],
        ["东三县", "初中三年巩固率", 0.96],
        [null, "社会认可度", 0.9],
        ["西河县", "社会认可度", 0.88],
      ],
      { sheet: "县级指标" },
    );
    expect(readCountyFigures(grid)?.figures.map((f) => [f.county, f.cell, f.countyCell])).toEqual([
      ["东三县", "县级指标!C2", "县级指标!A2"],
      ["东三县", "县级指标!C3", "县级指标!A2"],
      ["西河县", "县级指标!C4", "县级指标!A4"],
    ]);
  });

  it("gives none on a sheet without a county column", () => {
    const grid = gridOf([["项目", "数值"], ["初中三年巩固率", 0.96], ["社会认可度", 0.9]], { sheet: "县级指标" });
    expect(readCountyFigures(grid)?.figures.map((f) => f.countyCell)).toEqual([undefined, undefined]);
  });
});

describe("readCountyFigures: a veto value not read names its row's county (reviewer R6)", () => {
  it("puts figureCounty on the issue of a veto item in a list of counties, and on no other item's", () => {
    const grid = gridOf(
      [
        ["县区", "项目", "情况"],
        ["甲县", "违规择校", "无"],
        ["乙县", "有编不补、长期聘用编外教师", "基本没有"],
        ["乙县", "留守儿童关爱体系", "待定"],
      ],
      { sheet: "县级指标" },
    );
    const issues = readCountyFigures(grid)?.issues ?? [];
    const veto = issues.find((i) => i.cell === "县级指标!C3");
    expect([veto?.params["countyItem"], veto?.params["figureCounty"]]).toEqual(["V_unfilled_posts", "乙县"]);
    expect(issues.find((i) => i.cell === "县级指标!C4")?.params["figureCounty"]).toBeUndefined();
  });
});
