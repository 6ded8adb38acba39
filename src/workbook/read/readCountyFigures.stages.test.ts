import { evaluate } from "../../engine/evaluate";
import { builtInProfile } from "../../profiles/resolveProfile";
import { message } from "../../messages/catalogue";
import { readCountyFigures } from "./readCountyFigures";
import { readWorkbook } from "./readWorkbook";
import { gridOf, sourceOf } from "./testing";

/** The figures as [code, value, cell]. */
function figures(rows: unknown[][]): [string, unknown, string | null][] {
  return (readCountyFigures(gridOf(rows as never, { sheet: "县级指标" }))?.figures ?? []).map((f) => [f.code, f.value, f.cell]);
}

describe("readCountyFigures: stage columns 项目 | 小学 | 初中 (trial s24 v5b, v5c)", () => {
  const header = ["项目", "小学", "初中"];

  it("reads 就近划片入学比例 | 100% | 94% as primary 1 (B2) and junior 0.94 (C2), not 1 for both", () => {
    expect(figures([header, ["就近划片入学比例", "100%", "94%"], ["初中三年巩固率", 0.97, null]])).toEqual([
      ["G13_nearby_primary", 1, "县级指标!B2"],
      ["G13_nearby_junior", 0.94, "县级指标!C2"],
      ["Q1_consolidation", 0.97, "县级指标!B3"],
    ]);
  });

  it("does not warn that the header has no value column: the stage columns are read (finding s25 F1-4)", () => {
    const result = readCountyFigures(gridOf([header, ["就近划片入学比例", "100%", "94%"], ["初中三年巩固率", 0.97, null]], { sheet: "县级指标" }));
    expect(result?.issues.map((i) => i.code)).not.toContain("read_figure_no_value_column");
  });

  it("reads 特殊教育学校生均公用经费（元） | 6500 | 5800 as primary 6500 and junior 5800, with no stage-less note", () => {
    const result = readCountyFigures(gridOf([header, ["特殊教育学校生均公用经费（元）", 6500, 5800], ["社会认可度", 0.9, null]], { sheet: "县级指标" }));
    expect(result?.figures.map((f) => [f.code, f.value, f.cell])).toEqual([
      ["G7_special_primary", 6500, "县级指标!B2"],
      ["G7_special_junior", 5800, "县级指标!C2"],
      ["R1_recognition", 0.9, "县级指标!B3"],
    ]);
    expect(result?.issues.map((i) => i.code)).not.toContain("read_figure_both_stages");
  });

  it("gives a stage whose cell is blank no figure (not the other stage's): 就近划片入学比例 | 100% | (blank) → primary only", () => {
    expect(figures([header, ["就近划片入学比例", "100%", null], ["社会认可度", 0.9, null]])).toEqual([
      ["G13_nearby_primary", 1, "县级指标!B2"],
      ["R1_recognition", 0.9, "县级指标!B3"],
    ]);
  });

  it("keeps the stage-less reading under a 数值 header (项目 | 数值): 就近划片入学比例 100% is both stages'", () => {
    expect(figures([["项目", "数值"], ["就近划片入学比例", "100%"], ["社会认可度", 0.9]])).toEqual([
      ["G13_nearby_primary", 1, "县级指标!B2"],
      ["G13_nearby_junior", 1, "县级指标!B2"],
      ["R1_recognition", 0.9, "县级指标!B3"],
    ]);
  });
});

describe("readCountyFigures: a pay ratio or difference rate written as a bare percentage (trial s24 v3, v4)", () => {
  it("does not read 工资之比 98 as 98 (9800%): an error at the cell suggesting 98% or 0.98, and no G8 figure", () => {
    const result = readCountyFigures(gridOf([["项目", "数值"], ["教师平均工资与公务员平均工资之比", 98], ["社会认可度", 0.9]], { sheet: "县级指标" }));
    expect(result?.figures.map((f) => f.code)).toEqual(["R1_recognition"]);
    const issue = result?.issues.find((i) => i.code === "read_figure_number_not_credible");
    expect(issue).toMatchObject({ severity: "error", cell: "县级指标!B2", params: { countyItem: "G8_pay_ratio", text: "98" } });
    const zh = message("read_figure_number_not_credible", issue?.params, "zh");
    expect(zh).toBe("县级指标“教师平均工资与公务员平均工资之比”填写为 98，作为比值不可信（教师与公务员工资之比应在 1 左右），未采用，该项待评估；如为百分数，请写作 98% 或 0.98");
    expect(zh).toContain("98%");
    expect(zh).toContain("0.98");
    expect(message("read_figure_number_not_credible", issue?.params, "en")).toContain("0.98");
  });

  it("does not read 质量监测校际差异率 12 as 12: an error at the cell suggesting 12% or 0.12; 0.12 and 1.5 (a pay ratio) are read", () => {
    const result = readCountyFigures(gridOf([["项目", "数值"], ["质量监测校际差异率", 12], ["教师平均工资与公务员平均工资之比", 1.5]], { sheet: "县级指标" }));
    expect(result?.figures.map((f) => [f.code, f.value])).toEqual([["G8_pay_ratio", 1.5]]);
    const issue = result?.issues.find((i) => i.code === "read_figure_number_not_credible");
    expect(issue).toMatchObject({ severity: "error", cell: "县级指标!B2", params: { countyItem: "Q9_difference_rate", text: "12" } });
    // Only this item's bound is said (reviewer R4, finding 8: it named the pay ratio's too).
    expect(message("read_figure_number_not_credible", issue?.params, "zh")).toBe("县级指标“质量监测校际差异率”填写为 12，作为比值不可信（校际差异率应小于 1），未采用，该项待评估；如为百分数，请写作 12% 或 0.12");
    expect(message("read_figure_number_not_credible", issue?.params, "en")).toBe("County item “质量监测校际差异率” is given as 12, which cannot be the ratio itself (a difference rate is below 1): not used, the item is not yet assessed; if it is a percentage, write 12% or 0.12");
  });

  it("draws the line at 2 for a pay ratio and 1 for a difference rate: 1.99 and 0.99 are read, 2 and 1 are not", () => {
    const read = (code: string, v: number) => figures([["项目", "数值"], [code, v], ["社会认可度", 0.9]]).map((f) => f[0]);
    expect(read("教师平均工资与公务员平均工资之比", 1.99)).toContain("G8_pay_ratio");
    expect(read("教师平均工资与公务员平均工资之比", 2)).not.toContain("G8_pay_ratio");
    expect(read("质量监测校际差异率", 0.99)).toContain("Q9_difference_rate");
    expect(read("质量监测校际差异率", 1)).not.toContain("Q9_difference_rate");
  });

  it("still reads them under a 数值（%） header: 98 → 0.98, 12 → 0.12", () => {
    expect(figures([["项目", "数值（%）"], ["教师平均工资与公务员平均工资之比", 98], ["质量监测校际差异率", 12]]).map((f) => [f[0], f[1]])).toEqual([
      ["G8_pay_ratio", 0.98],
      ["Q9_difference_rate", 0.12],
    ]);
  });
});

describe("readCountyFigures: a 是 declaring G8 beside the two amounts of pay (trial s24 v9b)", () => {
  const statement = "教师平均工资收入水平不低于当地公务员平均工资收入水平";

  it("judges from the amounts, 98000 / 101000 = 0.9702970…, and warns at the 是 that the amounts contradict it", () => {
    const result = readCountyFigures(gridOf([["项目", "数值"], [statement, "是"], ["教师年平均工资（元）", 98000], ["公务员年平均工资（元）", 101000]], { sheet: "县级指标" }));
    const g8 = result?.figures.filter((f) => f.code === "G8_pay_ratio") ?? [];
    expect(g8).toHaveLength(1);
    expect(g8[0]?.value).toBeCloseTo(98000 / 101000, 12);
    expect(g8[0]?.answered).toBeUndefined();
    expect(g8[0]?.cells).toEqual(["县级指标!B3", "县级指标!B4"]);
    const codes = result?.issues.map((i) => [i.code, i.cell]) ?? [];
    expect(codes).toContainEqual(["read_figure_pay_declared_contradicted", "县级指标!B2"]);
    expect(codes.map((c) => c[0])).not.toContain("read_figure_pay_amount");
    // The 是 was not read as the county's verdict: no note saying it was.
    expect(codes.map((c) => c[0])).not.toContain("read_figure_yes_no_answer");
    const warning = result?.issues.find((i) => i.code === "read_figure_pay_declared_contradicted");
    expect(warning?.severity).toBe("warning");
    expect(message("read_figure_pay_declared_contradicted", warning?.params, "zh")).toContain("97.0%");
  });

  it("with amounts that agree with the 是 (101000 / 98000 = 1.0306…), judges from them and says so as info", () => {
    const result = readCountyFigures(gridOf([["项目", "数值"], [statement, "是"], ["教师年平均工资（元）", 101000], ["公务员年平均工资（元）", 98000]], { sheet: "县级指标" }));
    const g8 = result?.figures.filter((f) => f.code === "G8_pay_ratio") ?? [];
    expect(g8.map((f) => f.value)).toEqual([101000 / 98000]);
    expect(result?.issues.find((i) => i.cell === "县级指标!B2")).toMatchObject({ code: "read_figure_pay_declared_by_amounts", severity: "info" });
  });

  it("keeps the 是 with only one amount (no figure to judge by)", () => {
    const result = readCountyFigures(gridOf([["项目", "数值"], [statement, "是"], ["教师年平均工资（元）", 98000]], { sheet: "县级指标" }));
    expect(result?.figures.map((f) => [f.code, f.value, f.answered])).toEqual([["G8_pay_ratio", true, true]]);
  });
});

describe("readCountyFigures: an item of the whole county under stage columns 项目 | 小学 | 初中 (Q3 of s48)", () => {
  const header = ["项目", "小学", "初中", "备注"];
  // 违规择校 | 无 | 有 was judged 无 (no veto) and 校际差异率 | 0.11 | 0.16 met: only the 小学 cell was read.
  const rows = [
    header,
    ["违规择校", "无", "有", "初中段1起"],
    ["质量监测校际差异率", 0.11, 0.16, "四年级、八年级"],
    ["教师5年360学时培训完成率", "100%", "100%", null],
    ["德育与校园文化建设水平", "良好", "优秀", null],
    ["优质高中招生名额分配比例", "/", "55%", null],
    ["特殊教育学校初中生均公用经费（元）", 6500, 7000, null],
  ];

  it("reads a value in each stage column when the two differ, each at its own cell", () => {
    expect(figures(rows)).toEqual([
      ["V_school_choice", false, "县级指标!B2"],
      ["V_school_choice", true, "县级指标!C2"],
      ["Q9_difference_rate", 0.11, "县级指标!B3"],
      ["Q9_difference_rate", 0.16, "县级指标!C3"],
      // One value in both (100% twice; 良好 and 优秀 both 良好以上): read once, nothing given twice.
      ["G9_training_rate", 1, "县级指标!B4"],
      ["Q6_moral_culture", true, "县级指标!B5"],
      // / is no ratio (not applicable to 小学): the 初中 value alone, as before.
      ["G14_quota_share", 0.55, "县级指标!C6"],
      // An item of one stage takes its own stage's column, not the first: 7000, not 6500.
      ["G7_special_junior", 7000, "县级指标!C7"],
    ]);
  });

  it("leaves the county vetoed and Q9 not met once evaluated: 有 in 初中 is never set aside, 0.16 is not below 0.15", async () => {
    const schools = gridOf([
      ["学校名称", "学段", "在校生数"],
      ["一小", "小学", 600],
      ["一中", "初中", 500],
    ]);
    const figuresSheet = gridOf([...rows, ["国家义务教育质量监测学生学业水平", "Ⅲ级", "Ⅲ级", null]], { sheet: "县级指标" });
    const read = await readWorkbook(sourceOf([schools, figuresSheet]));
    if (!read.ok) throw new Error(JSON.stringify(read.issues));
    const result = evaluate(read.input, builtInProfile("national-2017"));
    const county = result.counties[0];
    expect(county?.veto.find((v) => v.code === "V_school_choice")).toEqual({ code: "V_school_choice", present: true, cell: "县级指标!C2" });
    const q9 = county?.items.find((i) => i.code === "Q9");
    expect(q9?.verdict).toBe("not_met");
    expect(q9?.parts["Q9_difference_rate"]).toBe(0.16);
    const said = result.issues.filter((i) => i.code === "county_figure_veto_conflict" || i.code === "county_figure_several");
    expect(said.map((i) => [i.code, i.cell])).toEqual([
      ["county_figure_veto_conflict", "县级指标!B2"],
      ["county_figure_several", "县级指标!B3"],
    ]);
    // The warning names the stages among what may each have to meet the item.
    expect(message("county_figure_several", said[1]?.params, "zh")).toContain("各学段");
    expect(message("county_figure_several", said[1]?.params, "en")).toContain("every subject, stage or group");
  });
});
