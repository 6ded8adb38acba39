import { message } from "../../messages/catalogue";
import { matchCountyItem } from "./matchCountyItem";
import { readCountyFigures } from "./readCountyFigures";
import { gridOf } from "./testing";

/** The 24 items of 教督〔2017〕6号 in the official 自评表's words (reviewer R1's W4), with the code each stands for. */
const OFFICIAL: readonly (readonly [string, string])[] = [
  ["按照国家规定，县级人民政府义务教育学校规划布局合理，符合国家规定要求", "G1_layout"],
  ["县级人民政府制定城乡统一的学校建设标准、教师编制标准、生均公用经费基准定额、基本装备配置标准", "G2_four_unified"],
  ["每12个班级配备音乐、美术专用教室1间以上；其中，每间音乐专用教室面积不小于96平方米，每间美术专用教室面积不小于90平方米", "G3_rooms"],
  ["所有小学、初中规模不超过2000人，九年一贯制学校、十二年一贯制学校义务教育阶段规模不超过2500人", "G4_school_size"],
  ["小学、初中所有班级学生数分别不超过45人、50人", "G5_class_size"],
  ["不足100名学生村小学和教学点按100名学生核定公用经费", "G6_small_school_funding"],
  ["全县义务教育学校教师平均工资收入水平不低于当地公务员平均工资收入水平，按规定足额核定教师绩效工资总量", "G8_pay_ratio"],
  ["教师5年360学时培训完成率达到100%", "G9_training_rate"],
  ["县级教育行政部门在核定的教职工编制总额和岗位总量内，统筹分配各校教职工编制和岗位数量", "G10_staffing"],
  ["专任教师持有教师资格证上岗率达到100%", "G12_certificate_rate"],
  ["全县优质高中招生名额分配比例不低于50%，并向农村初中倾斜", "G14_quota_share"],
  ["全县初中三年巩固率达到95%以上", "Q1_consolidation"],
  ["全县残疾儿童少年入学率达到95%以上", "Q2_disabled_enrolment"],
  ["所有学校制定章程，实现学校管理与教学信息化", "Q3_charter_digital"],
  ["所有学校按照不低于学校年度公用经费预算总额的5%安排教师培训经费", "Q4_training_funds_share"],
  ["教师能熟练运用信息化手段组织教学，设施设备利用率达到较高水平", "Q5_ict"],
  ["所有学校德育工作、校园文化建设水平达到良好以上", "Q6_moral_culture"],
  ["课程开齐开足，教学秩序规范，综合实践活动有效开展", "Q7_curriculum"],
  ["无过重课业负担", "Q8_workload"],
  ["社会认可度达到85%以上", "R1_recognition"],
];

const sheet = { sheet: "县级指标" };

describe("the official 自评表 sentences (reviewer R1 W4)", () => {
  it.each(OFFICIAL)("matches %s as %s", (sentence, code) => {
    expect(matchCountyItem(sentence)).toBe(code);
  });

  it("reads G5's sentence under 序号 | 评估内容 | 自评结果 as G5, and G4's beside it stays G4", () => {
    const grid = gridOf([["序号", "评估内容", "自评结果"], [4, OFFICIAL[3]?.[0] ?? "", "是"], [5, OFFICIAL[4]?.[0] ?? "", "是"]], sheet);
    const result = readCountyFigures(grid);
    expect(result?.figures.map((f) => [f.code, f.value, f.cell])).toEqual([
      ["G4_school_size", true, "县级指标!C2"],
      ["G5_class_size", true, "县级指标!C3"],
    ]);
    // 自评结果 is the value column: no read_figure_no_value_column.
    expect(result?.issues).toEqual([]);
  });

  it.each(["自评结果", "自评情况", "达成情况", "现状值"])("takes %s for the value column", (header) => {
    const result = readCountyFigures(gridOf([["评估内容", header, "备注"], ["初中三年巩固率", "96%", "比上年高"], ["社会认可度", 0.9, null]], sheet));
    expect(result?.figures.map((f) => [f.code, f.value, f.cell])).toEqual([
      ["Q1_consolidation", 0.96, "县级指标!B2"],
      ["R1_recognition", 0.9, "县级指标!B3"],
    ]);
    expect(result?.issues.map((i) => i.code)).not.toContain("read_figure_no_value_column");
  });

  // 自评值 / 自评数据 hold values as 自评结果 does (reviewer R2, section 3).
  it.each(["自评值", "自评数据"])("takes %s for the value column too", (header) => {
    const result = readCountyFigures(gridOf([["评估内容", header], ["初中三年巩固率", "96%"]], sheet));
    expect(result?.figures.map((f) => [f.code, f.value, f.cell])).toEqual([["Q1_consolidation", 0.96, "县级指标!B2"]]);
  });
});

describe("自评结论 holds the county's verdict, not its value (reviewers R2 W1, R3 finding 1)", () => {
  it("reads 数值 under 项目 | 自评结论 | 数值, not the 达标 beside it", () => {
    const result = readCountyFigures(gridOf([["项目", "自评结论", "数值"], ["初中就近划片入学比例", "达标", 0.91], ["质量监测校际差异率", "达标", 0.18]], sheet));
    expect(result?.figures.map((f) => [f.code, f.value, f.cell])).toEqual([
      ["G13_nearby_junior", 0.91, "县级指标!C2"],
      ["Q9_difference_rate", 0.18, "县级指标!C3"],
    ]);
    expect(result?.issues.map((i) => i.code)).not.toContain("read_figure_yes_no_answer");
  });

  it("reads 自评情况 under 评估内容 | 评估标准 | 自评结论 | 自评情况: 96% → 0.96 at D2", () => {
    const result = readCountyFigures(gridOf([["评估内容", "评估标准", "自评结论", "自评情况"], ["初中三年巩固率", "95%", "达标", "96%"]], sheet));
    expect(result?.figures.map((f) => [f.code, f.value, f.cell])).toEqual([["Q1_consolidation", 0.96, "县级指标!D2"]]);
  });
});

describe("a verdict answering a veto item (reviewer R2 W1): never read as 有", () => {
  const veto = (name: string, answer: string) => readCountyFigures(gridOf([["项目", "数值"], [name, answer]], sheet));

  it.each(["达标", "合格", "符合", "未达标"])("refuses 违规择校 | %s at B2, asking for 有 or 无", (answer) => {
    const result = veto("违规择校", answer);
    expect(result?.figures).toEqual([]);
    expect(result?.issues.map((i) => [i.code, i.severity, i.cell])).toEqual([["read_figure_veto_verdict", "error", "县级指标!B2"]]);
    expect(message("read_figure_veto_verdict", result?.issues[0]?.params ?? {}, "zh")).toBe(`否决项“违规择校”填写为“${answer}”，未读取：否决项应填“有”或“无”（是否存在该情形），请在该单元格改填`);
  });

  it("reads 有 / 无 as before: 有 present, 无 not", () => {
    expect(veto("违规择校", "有")?.figures[0]?.value).toBe(true);
    expect(veto("违规择校", "无")?.figures[0]?.value).toBe(false);
  });

  it("reads 达标 beside a veto item worded as its cure (杜绝择校): met, so none (present false)", () => {
    expect(veto("杜绝择校", "达标")?.figures.map((f) => [f.code, f.value])).toEqual([["V_school_choice", false]]);
  });

  it("refuses 达标 found without a value column too (项目 | 自评结论: no value column)", () => {
    const result = readCountyFigures(gridOf([["项目", "自评结论"], ["有编不补、长期聘用编外教师", "达标"]], sheet));
    expect(result?.figures).toEqual([]);
    expect(result?.issues.map((i) => i.code)).toContain("read_figure_veto_verdict");
  });
});

describe("G5's alias (reviewer R3 finding 8)", () => {
  it.each([
    ["小学、初中所有班级学生数分别不超过45人、50人", "G5_class_size"],
    ["班级学生数不超过45人", "G5_class_size"],
    ["班级平均学生数", null],
    ["班级平均人数", null],
    // Q1 naming the groups it includes is no G15 (reviewer R3's G1 row 18: 96.5% was read as the migrant share).
    ["初中三年巩固率（含留守儿童、随迁子女）", "Q1_consolidation"],
  ])("matches %s as %s", (name, code) => {
    expect(matchCountyItem(name)).toBe(code);
  });
});

