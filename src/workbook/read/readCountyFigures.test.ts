import { matchCountyItem } from "./matchCountyItem";
import { convertFigure, expectedKind, readCountyFigures } from "./readCountyFigures";
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
  ])("%s → %s", (text, code) => expect(matchCountyItem(text)).toBe(code));
});

describe("convertFigure", () => {
  it("reads ratios as fractions; a bare 95 only with a % context", () => {
    expect(convertFigure("95%", "ratio", false)).toEqual({ ok: true, value: 0.95 });
    expect(convertFigure(0.95, "ratio", false)).toEqual({ ok: true, value: 0.95 });
    expect(convertFigure(95, "ratio", true)).toEqual({ ok: true, value: 0.95 });
    expect(convertFigure(95, "ratio", false)).toEqual({ ok: true, value: 95 });
    expect(convertFigure(1, "ratio", true)).toEqual({ ok: true, value: 1 });
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
      { county: "甲县", code: "Q1_consolidation", value: 0.965, cell: "县域指标!C3" },
      { county: "甲县", code: "Q2_disabled_enrolment", value: 0.97, cell: "县域指标!C4" },
    ]);
    expect(result?.issues).toEqual([
      { code: "read_number_as_text", severity: "info", cell: "县域指标!C4", params: { header: "残疾儿童少年入学率", text: "0.97", value: 0.97 } },
      { code: "read_figure_bad_value", severity: "error", cell: "县域指标!C5", params: { item: "教师持证上岗率", text: "#DIV/0!", expected: "ratio" } },
      { code: "read_figure_bad_value", severity: "error", cell: "县域指标!C6", params: { item: "留守儿童关爱体系", text: "待定", expected: "boolean" } },
      { code: "read_figure_unknown_item", severity: "info", cell: "县域指标!B7", params: { item: "家长会次数" } },
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

  it("notes numbers stored as text at their cells, as on the school sheet; numbers and yes / no text get no note", () => {
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
    expect(result?.issues).toEqual([
      { code: "read_number_as_text", severity: "info", cell: "县级指标!B2", params: { header: "初中三年巩固率", text: "88.6%", value: 0.886 } },
      { code: "read_number_as_text", severity: "info", cell: "县级指标!B3", params: { header: "残疾儿童少年入学率", text: "０．９２", value: 0.92 } },
      { code: "read_number_as_text", severity: "info", cell: "县级指标!B4", params: { header: "教师持证上岗率", text: " 97% ", value: 0.97 } },
    ]);
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
      { code: "read_figure_bad_value", severity: "error", cell: "县级指标!B2", params: { item: "骨干教师占交流轮岗比例", text: "#DIV/0!", expected: "ratio" } },
      { code: "read_figure_bad_value", severity: "error", cell: "县级指标!B3", params: { item: "优质高中招生名额分配比例", text: "2024-05-01", expected: "ratio" } },
      { code: "read_figure_bad_value", severity: "error", cell: "县级指标!B4", params: { item: "特殊教育学校小学生均公用经费", text: "待拨付", expected: "money" } },
      { code: "read_figure_bad_value", severity: "error", cell: "县级指标!B5", params: { item: "质量监测达到的水平等级", text: "良", expected: "level" } },
    ]);
    expect(expectedKind("G8_pay_ratio", "number")).toBe("number");
    expect(expectedKind("G1_layout", "boolean")).toBe("boolean");
  });

  it("is null for a sheet that is not a figures list", () => {
    expect(readCountyFigures(gridOf([["学校名称", "在校生数"], ["一小", 300]]))).toBeNull();
  });
});
