import { message } from "../../messages/catalogue";
import { readCountyFigures } from "./readCountyFigures";
import { gridOf } from "./testing";

const sheet = { sheet: "县级指标" };

const G11 = "全县每年交流轮岗教师的比例不低于符合交流条件教师总数的10%；其中，骨干教师不低于交流轮岗教师总数的20%";
const G13 = "城区和镇区公办小学、初中（均不含寄宿制学校）就近划片入学比例分别达到100%、95%";
const G15 = "县域内留守儿童关爱体系健全，全县符合条件的随迁子女在公办学校和政府购买服务的民办学校就读的比例不低于85%";
const Q9 = "在国家义务教育质量监测中，相关科目学生学业水平达到Ⅲ级以上，且校际差异率低于0.15";

/** The figures read of one item row `[name, value]` under 评估内容 | 自评结果, as [code, value, cell], and the issues' codes. */
function readRow(name: string, value: string | number | null) {
  const result = readCountyFigures(gridOf([["评估内容", "自评结果"], [name, value], ["社会认可度", 0.9]], sheet));
  const figures = result?.figures.filter((f) => f.code !== "R1_recognition") ?? [];
  return { figures: figures.map((f) => [f.code, f.value, f.cell]), issues: result?.issues ?? [] };
}

describe("a two-part item answered on one row (reviewer R1 finding 5)", () => {
  it.each([
    // Hand-read: each value for the part the sentence names in its place.
    [G13, "100%、96.8%", [["G13_nearby_primary", 1, "县级指标!B2"], ["G13_nearby_junior", 0.968, "县级指标!B2"]]],
    [G11, "12.3%；骨干教师占25.6%", [["G11_rotation_rate", 0.123, "县级指标!B2"], ["G11_backbone_rotation", 0.256, "县级指标!B2"]]],
    [G15, "是；91.2%", [["G15_left_behind_care", true, "县级指标!B2"], ["G15_migrant_share", 0.912, "县级指标!B2"]]],
    [Q9, "Ⅲ级；差异率0.12", [["Q9_monitoring_level", 3, "县级指标!B2"], ["Q9_difference_rate", 0.12, "县级指标!B2"]]],
    // Full-width digits and separators, a half-width comma.
    [G13, "１００％，９６．８％", [["G13_nearby_primary", 1, "县级指标!B2"], ["G13_nearby_junior", 0.968, "县级指标!B2"]]],
    [G11, "12.3%, 25.6%", [["G11_rotation_rate", 0.123, "县级指标!B2"], ["G11_backbone_rotation", 0.256, "县级指标!B2"]]],
    // Labelled the other way round: the labels decide (骨干 first), and a kind decides where the parts differ (91.2% is no 是 / 否).
    [G11, "骨干教师25.6%；交流轮岗12.3%", [["G11_rotation_rate", 0.123, "县级指标!B2"], ["G11_backbone_rotation", 0.256, "县级指标!B2"]]],
    [G13, "初中96.8%、小学100%", [["G13_nearby_primary", 1, "县级指标!B2"], ["G13_nearby_junior", 0.968, "县级指标!B2"]]],
    [G15, "91.2%；是", [["G15_left_behind_care", true, "县级指标!B2"], ["G15_migrant_share", 0.912, "县级指标!B2"]]],
  ])("reads %s | %s part by part", (name, value, expected) => {
    const { figures, issues } = readRow(name, value);
    expect(figures.map(([code, v, cell]) => [code, typeof v === "number" ? Number(v.toFixed(12)) : v, cell])).toEqual(expected);
    expect(issues.map((i) => [i.code, i.severity, i.cell])).toEqual([["read_figure_two_parts", "info", "县级指标!B2"]]);
  });

  it("says what it read, part by part, in zh and en", () => {
    const issue = readRow(G13, "100%、96.8%").issues[0];
    expect(message(issue?.code ?? "", issue?.params ?? {}, "zh")).toBe(`“${G13}”含两项，“100%、96.8%”已分别读取：“小学就近划片入学比例”为“100%”，“初中就近划片入学比例”为“96.8%”`);
    expect(message(issue?.code ?? "", issue?.params ?? {}, "en")).toBe(`“${G13}” holds two items; “100%、96.8%” was read as Primary nearby enrolment: “100%” and Junior secondary nearby enrolment: “96.8%”`);
  });

  it.each([
    // Two ratios, no labels, three values, or a value of neither kind: not told apart.
    [G11, "12.3%"],
    [G11, "12.3%；25.6%；30%"],
    [G11, "达标"],
    [Q9, "是；否"],
    [G15, "是；否"],
    // Labels naming something else than the parts (城区 / 镇区 for 小学 / 初中): not guessed.
    [G13, "城区100%、镇区93.5%"],
  ])("refuses %s | %s, saying to write the parts on two rows", (name, value) => {
    const { figures, issues } = readRow(name, value);
    expect(figures).toEqual([]);
    expect(issues.map((i) => [i.code, i.severity, i.cell])).toEqual([["read_figure_two_parts_unsplit", "warning", "县级指标!B2"]]);
    expect(message("read_figure_two_parts_unsplit", issues[0]?.params ?? {}, "zh")).toContain("请分两行填写");
  });

  it("reads one value of the only part it fits (Ⅲ级以上: the level), and warns that the other is not given", () => {
    const { figures, issues } = readRow(Q9, "Ⅲ级以上");
    expect(figures).toEqual([["Q9_monitoring_level", 3, "县级指标!B2"]]);
    expect(issues.map((i) => [i.code, i.severity, i.params["countyItem"], i.params["secondItem"]])).toEqual([["read_figure_two_parts_one", "warning", "Q9_monitoring_level", "Q9_difference_rate"]]);
    expect(message("read_figure_two_parts_one", issues[0]?.params ?? {}, "zh")).toBe(`“${Q9}”含两项，“Ⅲ级以上”只有一个值，已作为“质量监测达到的水平等级”读取；“质量监测校际差异率”未填写，请另起一行填写`);
  });

  it("leaves G13's whole sentence with one value to the combined-rate rule (not read, warned), and a blank cell blank", () => {
    const combined = readRow(G13, "98%");
    expect(combined.figures).toEqual([]);
    expect(combined.issues.map((i) => i.code)).toEqual(["read_figure_nearby_combined"]);
    const blank = readRow(G11, null);
    expect(blank.figures).toEqual([]);
    expect(blank.issues.map((i) => i.code)).toEqual(["read_figure_blank"]);
  });

  it("reads 初中三年巩固率（含留守儿童、随迁子女） | 96.5% as Q1 0.965, no two-part G15 (reviewer R3's G1, row 18)", () => {
    const { figures, issues } = readRow("初中三年巩固率（含留守儿童、随迁子女）", "96.5%");
    expect(figures).toEqual([["Q1_consolidation", 0.965, "县级指标!B2"]]);
    // “96.5%” stored as text: no note on the county sheet (R2 of s46, finding 6).
    expect(issues).toEqual([]);
  });

  it("reads a single-part sentence as before: 骨干教师交流轮岗比例 | 25.6% is the backbone share", () => {
    expect(readRow("骨干教师交流轮岗比例", "25.6%").figures).toEqual([["G11_backbone_rotation", 0.256, "县级指标!B2"]]);
    expect(readRow("交流轮岗骨干教师比例", "25.6%").figures).toEqual([["G11_backbone_rotation", 0.256, "县级指标!B2"]]);
  });

  it("reads the parts without a value column too (序号 | 评估内容 | 佐证材料: the first cell right of the item)", () => {
    const result = readCountyFigures(gridOf([["序号", "评估内容", "材料"], [11, G11, "12.3%；骨干教师占25.6%", "交流名单"], [12, "社会认可度", "90%"]], sheet));
    expect(result?.figures.map((f) => [f.code, f.value, f.cell])).toEqual([
      ["G11_rotation_rate", 0.123, "县级指标!C2"],
      ["G11_backbone_rotation", 0.256, "县级指标!C2"],
      ["R1_recognition", 0.9, "县级指标!C3"],
    ]);
  });
});

describe("each part of a two-part row checked as a single value on its own row is (reviewers R2 W2, R3 finding 2)", () => {
  /** Issues as [code, severity, cell, the text said as typed]. */
  const said = (issues: readonly { code: string; severity: string; cell: string | null; params: Record<string, unknown> }[]) => issues.map((i) => [i.code, i.severity, i.cell, i.params["text"]]);

  it.each([
    // Head counts are no percentages: each part refused at the cell as 交流轮岗教师比例 | 56人 is.
    [G11, "交流轮岗教师56人，其中骨干教师12人", [], [["read_figure_part_bad_value", "error", "县级指标!B2", "56人"], ["read_figure_part_bad_value", "error", "县级指标!B2", "12人"]]],
    [G11, "12.3%；26人", [["G11_rotation_rate", 0.123]], [["read_figure_part_bad_value", "error", "县级指标!B2", "26人"]]],
    [G11, "交流45人占12.3%；骨干25.6%", [["G11_backbone_rotation", 0.256]], [["read_figure_part_bad_value", "error", "县级指标!B2", "45人占12.3%"]]],
    // A bound is no value: 小于0.15 refused as on its own row; the level beside it read (Ⅲ → 3).
    [Q9, "达到Ⅲ级，差异率小于0.15", [["Q9_monitoring_level", 3]], [["read_figure_part_bad_value", "error", "县级指标!B2", "差异率小于0.15"]]],
    // 12 is no difference rate (below 1): an error, nothing judged on it.
    [Q9, "Ⅲ级；12", [["Q9_monitoring_level", 3]], [["read_figure_number_not_credible", "error", "县级指标!B2", "12"]]],
    // Bare numbers under 自评结果 (no %): 100 → 1 and 96.8 → 0.968, each warned of; the sentence's % is the standard's.
    [G13, "100、96.8", [["G13_nearby_primary", 1], ["G13_nearby_junior", 0.968]], [["read_figure_bare_percent", "warning", "县级指标!B2", "100"], ["read_figure_bare_percent", "warning", "县级指标!B2", "96.8"], ["read_figure_two_parts", "info", "县级指标!B2", "100、96.8"]]],
    // 1.5 read as 1.5% = 0.015 not silently: warned; 0.9 is the fraction itself.
    [G13, "1.5、0.9", [["G13_nearby_primary", 0.015], ["G13_nearby_junior", 0.9]], [["read_figure_bare_percent", "warning", "县级指标!B2", "1.5"], ["read_figure_two_parts", "info", "县级指标!B2", "1.5、0.9"]]],
  ])("%s | %s", (name, value, figures, issues) => {
    const read = readRow(name, value);
    expect(read.figures.map(([code, v]) => [code, typeof v === "number" ? Number(v.toFixed(12)) : v])).toEqual(figures);
    expect(said(read.issues)).toEqual(issues);
  });

  it.each([
    ["交流轮岗教师比例", "56人", "read_figure_bad_value"],
    ["质量监测校际差异率", "小于0.15", "read_figure_bad_value"],
    ["质量监测校际差异率", "12", "read_figure_number_not_credible"],
    ["小学就近划片入学比例", "100", "read_figure_bare_percent"],
  ])("gives the same as a single row: %s | %s → %s", (name, value, code) => {
    expect(readRow(name, value).issues.map((i) => i.code)).toContain(code);
  });
});

describe("a row answered in words without a value column (reviewer R1 finding 6)", () => {
  const grid = (name: string, value: string) => gridOf([["序号", "评估内容", "材料"], [1, name, value, "说明"], [2, "社会认可度", "90%"]], sheet);

  it("reads 良好 / 优秀 for Q6 (良好以上) as met and 合格 as not met", () => {
    const q6 = "所有学校德育工作、校园文化建设水平达到良好以上";
    expect(readCountyFigures(grid(q6, "良好"))?.figures[0]).toEqual({ county: null, code: "Q6_moral_culture", value: true, cell: "县级指标!C2" });
    expect(readCountyFigures(grid(q6, "优秀"))?.figures[0]?.value).toBe(true);
    expect(readCountyFigures(grid(q6, "合格"))?.figures[0]?.value).toBe(false);
  });

  it("reads 良好以上 / 良好及以上, the standard's own words, as met (reviewer R3 finding 9), and names 良好 / 优秀 when refusing", () => {
    const q6 = "所有学校德育工作、校园文化建设水平达到良好以上";
    expect(readCountyFigures(gridOf([["评估内容", "自评结果"], [q6, "良好以上"]], sheet))?.figures).toEqual([{ county: null, code: "Q6_moral_culture", value: true, cell: "县级指标!B2" }]);
    expect(readCountyFigures(gridOf([["评估内容", "自评结果"], [q6, "良好及以上"]], sheet))?.figures[0]?.value).toBe(true);
    const refused = readCountyFigures(gridOf([["评估内容", "自评结果"], [q6, "较好"]], sheet));
    expect(refused?.figures).toEqual([]);
    const issue = refused?.issues.find((i) => i.code === "read_figure_bad_value");
    expect(message("read_figure_bad_value", issue?.params ?? {}, "zh")).toBe(`县级指标“${q6}”的值“较好”无法读取，未使用：请在该单元格改填“是”或“否”，或评价等级“良好”“优秀”（良好以上为达标）`);
    expect(message("read_figure_bad_value", issue?.params ?? {}, "en")).toContain("or the rating 良好 (good) or 优秀 (excellent): good or above is met");
  });

  it("refuses 是 for G8 and says a pay ratio is needed", () => {
    const g8 = "全县义务教育学校教师平均工资收入水平不低于当地公务员平均工资收入水平";
    const result = readCountyFigures(grid(g8, "是"));
    expect(result?.figures.map((f) => f.code)).toEqual(["R1_recognition"]);
    const issue = result?.issues.find((i) => i.code === "read_figure_no_value");
    expect(issue?.params).toEqual({ item: g8, text: "是 | 说明", expected: "pay_ratio", countyItem: "G8_pay_ratio" });
    expect(message("read_figure_no_value", issue?.params ?? {}, "zh")).toBe(`“${g8}”所在行没有能读取的值（是 | 说明）：该项应填教师与公务员平均工资之比，如 1.03，未读取`);
    expect(message("read_figure_no_value", issue?.params ?? {}, "en")).toBe(`“${g8}”: no readable value on its row (是 | 说明); the item needs the ratio of teachers' to civil servants' average pay, such as 1.03; not read`);
  });

  it("says a ratio is needed for a ratio item answered 是 (Q4 培训经费)", () => {
    const q4 = "所有学校按照不低于学校年度公用经费预算总额的5%安排教师培训经费";
    const issue = readCountyFigures(grid(q4, "是"))?.issues.find((i) => i.code === "read_figure_no_value");
    expect(message("read_figure_no_value", issue?.params ?? {}, "zh")).toBe(`“${q4}”所在行没有能读取的值（是 | 说明）：该项应填比例，如 95% 或 0.95，未读取`);
  });
});

describe("reviewer R1's whole 自评表 sheet (W4), read as the CLI reads 县级指标", () => {
  // The rows of mk4.cjs under 序号 | 评估内容 | 自评结果 | 佐证材料 | 备注 (section headings left out: not items).
  const rows: (string | number | null)[][] = [
    ["序号", "评估内容", "自评结果", "佐证材料", "备注"],
    [1, "按照国家规定，县级人民政府义务教育学校规划布局合理，符合国家规定要求", "是", "县政府关于印发义务教育学校布局规划的通知", null],
    [4, "所有小学、初中规模不超过2000人，九年一贯制学校、十二年一贯制学校义务教育阶段规模不超过2500人", "是", null, null],
    [5, "小学、初中所有班级学生数分别不超过45人、50人", "是", null, "大班额已全部消除"],
    [7, "特殊教育学校生均公用经费不低于6000元", "6500元", "财政拨款文件", "小学、初中同标准"],
    [11, G11, "12.3%；骨干教师占25.6%", "交流名单", null],
    [13, G13, "100%、96.8%", null, null],
    [15, G15, "是；91.2%", null, null],
    [6, "所有学校德育工作、校园文化建设水平达到良好以上", "良好", null, null],
    [9, Q9, "Ⅲ级；差异率0.12", "2023年监测报告", null],
    [1, "存在以考试方式招生", "无", null, null],
    [4, "存在“有编不补”或长期聘用编外教师的情况", "否", null, null],
  ];

  it("reads every item, each part of the two-part ones by hand: G11 0.123 / 0.256, G13 1 / 0.968, G15 是 / 0.912, Q9 Ⅲ (3) / 0.12", () => {
    const result = readCountyFigures(gridOf(rows, sheet));
    const read = Object.fromEntries(result?.figures.map((f) => [f.code, f.value]) ?? []);
    expect(read).toEqual({
      G1_layout: true,
      G4_school_size: true,
      G5_class_size: true,
      G7_special_primary: 6500,
      G7_special_junior: 6500,
      G11_rotation_rate: 0.123,
      G11_backbone_rotation: 0.256,
      G13_nearby_primary: 1,
      G13_nearby_junior: 0.968,
      G15_left_behind_care: true,
      G15_migrant_share: 0.912,
      Q6_moral_culture: true,
      Q9_monitoring_level: 3,
      Q9_difference_rate: 0.12,
      V_exam_admission: false,
      V_unfilled_posts: false,
    });
    const codes = result?.issues.map((i) => i.code) ?? [];
    expect(codes).not.toContain("read_figure_unknown_item");
    expect(codes).not.toContain("read_figure_no_value_column");
    expect(codes.filter((c) => c === "read_figure_two_parts")).toHaveLength(4);
  });
});

describe("a two-part row with one value whose other part is on another row (reviewer R4, finding 3)", () => {
  const MIGRANT = "进城务工人员随迁子女在公办学校和政府购买学位就读比例不低于85%（留守儿童另见下行）";

  /** The rows under 评估内容 | 自评结果 read: [code, value, cell] of each figure and the issues' codes. */
  function readRows(rows: readonly (readonly (string | number | null)[])[]) {
    const result = readCountyFigures(gridOf([["评估内容", "自评结果"], ...rows], sheet));
    return { figures: result?.figures.map((f) => [f.code, f.value, f.cell]) ?? [], codes: result?.issues.map((i) => i.code) ?? [] };
  }

  it("reads 91.2% as the migrant share with no two-parts warning when the sentence says （留守儿童另见下行）, the next row giving 是", () => {
    const { figures, codes } = readRows([[MIGRANT, "91.2%"], ["留守儿童关爱体系健全", "是"]]);
    // 91.2% → 0.912 at B2; 是 → true at B3.
    expect(figures).toEqual([["G15_migrant_share", 0.912, "县级指标!B2"], ["G15_left_behind_care", true, "县级指标!B3"]]);
    expect(codes).not.toContain("read_figure_two_parts_one");
  });

  it("says nothing of the other part when the sentence sends it to another row, even with no such row (见下行, 另行填报)", () => {
    for (const name of ["随迁子女就读比例（留守儿童关爱见下行）", "随迁子女就读比例，留守儿童关爱体系另行填报"]) {
      const { figures, codes } = readRows([[name, "91.2%"], ["社会认可度", 0.9]]);
      expect(figures[0]).toEqual(["G15_migrant_share", 0.912, "县级指标!B2"]);
      expect(codes).not.toContain("read_figure_two_parts_one");
    }
  });

  it("says nothing when the other part is given on another row although the sentence does not say so (差异率 0.12 on row 3)", () => {
    const { figures, codes } = readRows([[Q9, "Ⅲ级以上"], ["质量监测校际差异率", 0.12]]);
    expect(figures).toEqual([["Q9_monitoring_level", 3, "县级指标!B2"], ["Q9_difference_rate", 0.12, "县级指标!B3"]]);
    expect(codes).not.toContain("read_figure_two_parts_one");
  });

  it("still warns when the other part is given nowhere (Ⅲ级以上 alone, 社会认可度 the only other row)", () => {
    expect(readRows([[Q9, "Ⅲ级以上"], ["社会认可度", 0.9]]).codes).toContain("read_figure_two_parts_one");
  });
});

describe("a two-part row's other part given for another county", () => {
  it("still warns at 甲县's Ⅲ级以上 when only 乙县's row gives the difference rate", () => {
    const Q9 = "在国家义务教育质量监测中，相关科目学生学业水平达到Ⅲ级以上，且校际差异率低于0.15";
    const result = readCountyFigures(gridOf([["县区", "评估内容", "自评结果"], ["甲县", Q9, "Ⅲ级以上"], ["乙县", "质量监测校际差异率", 0.12]], sheet));
    expect(result?.figures.map((f) => [f.county, f.code, f.value])).toEqual([["甲县", "Q9_monitoring_level", 3], ["乙县", "Q9_difference_rate", 0.12]]);
    expect(result?.issues.filter((i) => i.code === "read_figure_two_parts_one").map((i) => i.cell)).toEqual(["县级指标!C2"]);
  });
});
