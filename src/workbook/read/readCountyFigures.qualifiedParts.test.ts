import { message } from "../../messages/catalogue";
import { readCountyFigures } from "./readCountyFigures";
import { gridOf } from "./testing";

// Reviewer R1 (session 43), findings 1, 2, 3, 6, 8, 9: a two-part cell's part qualified by more than its
// label is refused, not read as its number; notes sending a part to another row; 均 with two values.
const sheet = { sheet: "县级指标" };
const G13 = "城区和镇区公办小学、初中就近划片入学比例分别达到100%、95%";
const G11 = "全县每年交流轮岗教师的比例不低于符合交流条件教师总数的10%；其中，骨干教师不低于交流轮岗教师总数的20%";
const Q9 = "在国家义务教育质量监测中，相关科目学生学业水平达到Ⅲ级以上，且校际差异率低于0.15";

/** Rows under 评估内容 | 自评结果 read: [code, value, cell] of each figure, [code, severity, cell] of each issue, and their params. */
function readRows(rows: string[][]) {
  const result = readCountyFigures(gridOf([["评估内容", "自评结果"], ...rows], sheet));
  return {
    figures: result?.figures.map((f) => [f.code, f.value, f.cell]) ?? [],
    issues: result?.issues.map((i) => [i.code, i.severity, i.cell]) ?? [],
    params: result?.issues.map((i) => i.params) ?? [],
  };
}
const readRow = (item: string, value: string) => readRows([[item, value]]);

// A part refused beside the other part's value (小学100%，初中低于规定的95%): only that part to be rewritten.
const BAD_VALUE = [["read_figure_part_bad_value", "error", "县级指标!B2"]];
// A cell refused whole (one value for both, a single item).
const WHOLE_BAD_VALUE = [["read_figure_bad_value", "error", "县级指标!B2"]];
// 100% → 1; 96.8% → 0.968 (96.8 ÷ 100).
const PRIMARY_1 = ["G13_nearby_primary", 1, "县级指标!B2"];
const JUNIOR_0968 = ["G13_nearby_junior", 0.968, "县级指标!B2"];

describe("a comparison or threshold word anywhere between a part's label and its number (finding 1)", () => {
  it.each(["小学100%，初中低于规定的95%", "小学100%，初中就近入学比例低于省定标准95%", "小学100%，初中不足规定的95%", "小学100%，初中超过规定的95%"])(
    "refuses the junior part of %s (not 0.95) and reads primary 1",
    (text) => {
      const { figures, issues } = readRow(G13, text);
      expect(figures).toEqual([PRIMARY_1]);
      expect(issues).toEqual(BAD_VALUE);
    },
  );

  it("says the part refused as typed, and to rewrite that part only (the primary part is read), in zh and en", () => {
    const { params } = readRow(G13, "小学100%，初中低于规定的95%");
    expect(params[0]).toMatchObject({ text: "初中低于规定的95%", countyItem: "G13_nearby_junior" });
    expect(message("read_figure_part_bad_value", params[0] ?? {}, "zh")).toBe(
      `县级指标“${G13}”中“初中就近划片入学比例”的部分“初中低于规定的95%”无法读取，未使用（本格其余部分照常读取）：请只改写这一部分，写明它是哪一项（如“小学”“初中”）并填比例，如 95% 或 0.95，其余部分保留；也可分两行填写`,
    );
    expect(message("read_figure_part_bad_value", params[0] ?? {}, "en")).toBe(
      `County item “${G13}”, the part for Junior secondary nearby enrolment: “初中低于规定的95%” cannot be read and is not used (the rest of the cell is read): rewrite only that part, naming which it is (such as 小学 or 初中), as a ratio such as 95% or 0.95, keeping the rest; or enter each part on a row of its own`,
    );
  });

  it("refuses Q9's 差异率低于国家标准0.15 (not 0.15), reading the level Ⅲ as 3", () => {
    expect(readRow(Q9, "Ⅲ级，差异率低于国家标准0.15")).toMatchObject({ figures: [["Q9_monitoring_level", 3, "县级指标!B2"]], issues: BAD_VALUE });
  });

  it("refuses G11's 骨干教师占比低于规定的20% (not 0.2), reading 12.3% as 0.123", () => {
    expect(readRow(G11, "12.3%，骨干教师占比低于规定的20%")).toMatchObject({ figures: [["G11_rotation_rate", 0.123, "县级指标!B2"]], issues: BAD_VALUE });
  });

  it("still reads 小学就近入学比例100%，初中就近入学比例96.8% as 1 and 0.968, and labels in the part's own words", () => {
    for (const text of ["小学就近入学比例100%，初中就近入学比例96.8%", "小学阶段就近入学率100%，初中阶段就近入学率96.8%", "小学为100%，初中为96.8%"]) {
      expect(readRow(G13, text)).toMatchObject({ figures: [PRIMARY_1, JUNIOR_0968], issues: [["read_figure_two_parts", "info", "县级指标!B2"]] });
    }
    // 骨干教师占比25.6% → 0.256.
    expect(readRow(G11, "12.3%，骨干教师占比25.6%").figures).toEqual([["G11_rotation_rate", 0.123, "县级指标!B2"], ["G11_backbone_rotation", 0.256, "县级指标!B2"]]);
  });
});

describe("a negation before a part's number (finding 2)", () => {
  it.each(["小学未达到100%，初中96.8%", "小学就近入学比例未达到100%，初中就近入学比例96.8%", "小学没有达到100%，初中96.8%", "小学达不到100%，初中96.8%", "小学不到100%，初中96.8%", "小学未满100%，初中96.8%", "小学100%以下，初中96.8%"])(
    "refuses the primary part of %s (not 1) and reads junior 0.968",
    (text) => {
      expect(readRow(G13, text)).toMatchObject({ figures: [JUNIOR_0968], issues: BAD_VALUE });
    },
  );

  it("refuses both parts of 小学未达100%，初中未达95%", () => {
    expect(readRow(G13, "小学未达100%，初中未达95%")).toMatchObject({ figures: [], issues: [...BAD_VALUE, ...BAD_VALUE] });
  });
});

describe("a change from last year before a part's number (finding 3)", () => {
  it("refuses 小学较上年提高2% (not 0.02) and 初中较上年下降3.2% (not 0.032)", () => {
    expect(readRow(G13, "小学较上年提高2%，初中96.8%")).toMatchObject({ figures: [JUNIOR_0968], issues: BAD_VALUE });
    expect(readRow(G13, "小学100%，初中较上年下降3.2%")).toMatchObject({ figures: [PRIMARY_1], issues: BAD_VALUE });
  });

  it.each(["小学增长2%，初中96.8%", "小学同比100%，初中96.8%"])("refuses the primary part of %s", (text) => {
    expect(readRow(G13, text)).toMatchObject({ figures: [JUNIOR_0968], issues: BAD_VALUE });
  });
});

describe("a note sending 留守儿童 to another row, in the words a bureau uses (finding 6)", () => {
  const MIGRANT = "进城务工人员随迁子女在公办学校和政府购买学位就读比例不低于85%";
  it.each(["（留守儿童下行填报）", "（留守儿童情况见下表）", "（留守儿童关爱见第十七行）", "（留守儿童关爱体系在下一行）", "（留守儿童另表填报）"])(
    "reads 是 beside …%s as the migrant share's answer, the next row's 否 as 留守儿童关爱",
    (note) => {
      const { figures, issues } = readRows([[`${MIGRANT}${note}`, "是"], ["留守儿童关爱体系健全", "否"]]);
      expect(figures).toEqual([["G15_migrant_share", true, "县级指标!B2"], ["G15_left_behind_care", false, "县级指标!B3"]]);
      expect(issues).toEqual([["read_figure_yes_no_answer", "info", "县级指标!B2"]]);
    },
  );
});

describe("均 followed by more than one value, or by a remark (finding 8)", () => {
  it.each(["均为100%、96.8%", "均为100%,96.8%", "小学、初中均为100%，其中城区95%"])("refuses %s in one warning, as before 均 was read", (text) => {
    expect(readRow(G13, text)).toMatchObject({ figures: [], issues: [["read_figure_two_parts_unsplit", "warning", "县级指标!B2"]] });
  });

  it("refuses 均为100%（含九年一贯制学校） as one value not read", () => {
    expect(readRow(G13, "均为100%（含九年一贯制学校）")).toMatchObject({ figures: [], issues: WHOLE_BAD_VALUE });
  });
});

describe("plain wordings once refused (finding 9)", () => {
  it.each(["小学 100% 初中 96.8%", "小学: 100%  初中: 96.8%", "100%/96.8%", "100% / 96.8%", "小学100%/初中96.8%"])("reads %s as primary 1, junior 0.968", (text) => {
    expect(readRow(G13, text)).toMatchObject({ figures: [PRIMARY_1, JUNIOR_0968], issues: [["read_figure_two_parts", "info", "县级指标!B2"]] });
  });

  it.each([
    ["96.8%（2024）", "2024"],
    ["96.8%(2024)", "2024"],
    ["96.8%（2024—2025学年）", "2024—2025学年"],
    ["96.8%（截至2024年）", "截至2024年"],
    ["96.8%（2024年12月）", "2024年12月"],
  ])("reads 初中三年巩固率 | %s as 0.968, the year %s said", (text, year) => {
    const { figures, issues, params } = readRow("初中三年巩固率", text);
    expect(figures).toEqual([["Q1_consolidation", 0.968, "县级指标!B2"]]);
    expect(issues).toEqual([["read_figure_year_remark", "info", "县级指标!B2"]]);
    expect(params[0]).toMatchObject({ year, value: 0.968 });
  });

  it("still refuses a remark of more than a year: 96.8%（2024年秋）is left, as the reviewer's rarer wordings are", () => {
    expect(readRow("初中三年巩固率", "96.8%（2024年秋）")).toMatchObject({ figures: [], issues: WHOLE_BAD_VALUE });
  });
});

// Reviewer R2 (session 43), N4: one list of label words for every item let G11's 教师 and G15's 子女 / 儿童
// pass as G13's label, so 初中学段教师比例96.8% was read as the junior nearby rate.
const G15 = "农村留守儿童关爱体系健全，进城务工人员随迁子女在公办学校就读比例不低于85%";

describe("label words are each item's own (N4)", () => {
  it.each(["小学100%，初中学段教师比例96.8%", "小学100%，初中儿童入学率96.8%"])("refuses the junior part of %s (not 0.968) and reads primary 1", (text) => {
    const { figures, issues, params } = readRow(G13, text);
    expect(figures).toEqual([PRIMARY_1]);
    expect(issues).toEqual(BAD_VALUE);
    expect(params[0]).toMatchObject({ text: text.slice(text.indexOf("初中")), countyItem: "G13_nearby_junior" });
  });

  it("refuses both parts of 小学教师子女入学比例100%，初中教师子女入学比例96.8%", () => {
    const { figures, issues } = readRow(G13, "小学教师子女入学比例100%，初中教师子女入学比例96.8%");
    expect(figures).toEqual([]);
    expect(issues).toEqual([...BAD_VALUE, ...BAD_VALUE]);
  });

  it("still reads each item's own labels: G13 学段 / 就近入学占比, G11 骨干教师占比, G15 随迁子女就读比例, Q9 校际差异率", () => {
    expect(readRow(G13, "小学学段就近入学占比100%，初中学段就近入学占比96.8%").figures).toEqual([PRIMARY_1, JUNIOR_0968]);
    // 12.3% → 0.123; 25.6% → 0.256.
    expect(readRow(G11, "交流轮岗教师比例12.3%，骨干教师占比25.6%").figures).toEqual([["G11_rotation_rate", 0.123, "县级指标!B2"], ["G11_backbone_rotation", 0.256, "县级指标!B2"]]);
    // 91.2% → 0.912.
    expect(readRow(G15, "是，随迁子女就读比例91.2%").figures).toEqual([["G15_left_behind_care", true, "县级指标!B2"], ["G15_migrant_share", 0.912, "县级指标!B2"]]);
    expect(readRow(Q9, "Ⅲ级，校际差异率0.12").figures).toEqual([["Q9_monitoring_level", 3, "县级指标!B2"], ["Q9_difference_rate", 0.12, "县级指标!B2"]]);
  });
});
