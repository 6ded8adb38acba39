import { message } from "../../messages/catalogue";
import { gridOf, readCountyRow } from "./testing";
import { readCountyFigures } from "./readCountyFigures";

// G7's row named for no one stage (特殊教育学校生均公用经费) with one amount per stage in its cell
// (reviewer R2 of s46, finding 4: 小学6500元，初中7000元 was refused whole, where G13's 小学100%，初中96.8%
// is split): each amount read as a single amount is, at the value cell B2.
const G7 = "特殊教育学校生均公用经费";

/** One row under 评估内容 | 自评结果 read (readCountyRow). */
const readRow = readCountyRow;

const BY_STAGE = [["G7_special_primary", 6500, "县级指标!B2"], ["G7_special_junior", 7000, "县级指标!B2"]];
const TWO_PARTS = [["read_figure_two_parts", "info", "县级指标!B2"]];

describe("G7's amounts by stage in one cell", () => {
  it.each([
    "小学6500元，初中7000元",
    "小学6500元、初中7000元",
    "小学6500元；初中7000元",
    "小学：6500元，初中：7000元",
    "初中7000元，小学6500元",
    "分别为：初中7000元，小学6500元",
    "小学、初中分别为6500元、7000元",
    "全县小学6500元，初中7000元",
    "小学生均6500元，初中生均7000元",
    "小学6500元/生，初中7000元/生",
  ])("reads %s as primary 6500, junior 7000", (text) => {
    expect(readRow(G7, text)).toMatchObject({ figures: BY_STAGE, issues: TWO_PARTS });
  });

  it("reads each amount with its unit as a single amount is: 6,080元/生 → 6080, 0.7万元 → 7000 (0.7 × 10,000)", () => {
    expect(readRow(G7, "小学6,080元/生，初中0.7万元").figures).toEqual([["G7_special_primary", 6080, "县级指标!B2"], ["G7_special_junior", 7000, "县级指标!B2"]]);
  });

  it("reads the row named with both stages (特殊教育学校小学、初中生均公用经费) the same way", () => {
    expect(readRow("特殊教育学校小学、初中生均公用经费（元）", "小学6500元，初中7000元").figures).toEqual(BY_STAGE);
  });

  it("says it as G13's two parts are said, in zh and en", () => {
    const { params } = readRow(G7, "小学6500元，初中7000元");
    expect(message("read_figure_two_parts", params[0] ?? {}, "zh")).toBe(`“${G7}”含两项，“小学6500元，初中7000元”已分别读取：“特殊教育学校小学生均公用经费（元）”为“小学6500元”，“特殊教育学校初中生均公用经费（元）”为“初中7000元”`);
    expect(message("read_figure_two_parts", params[0] ?? {}, "en")).toBe(
      `“${G7}” holds two items; “小学6500元，初中7000元” was read as Special education, primary: funding per student (yuan): “小学6500元” and Special education, junior secondary: funding per student (yuan): “初中7000元”`,
    );
  });

  it("gives one amount for both stages (小学、初中均为6500元) to each stage as its own", () => {
    expect(readRow(G7, "小学、初中均为6500元")).toMatchObject({ figures: [["G7_special_primary", 6500, "县级指标!B2"], ["G7_special_junior", 6500, "县级指标!B2"]], issues: TWO_PARTS });
  });

  it("still reads a single amount for both stages, and says so (read_figure_both_stages)", () => {
    for (const value of [6500, "6500元", "6,500元/生"]) {
      expect(readRow(G7, value)).toMatchObject({ figures: [["G7_special_primary", 6500, "县级指标!B2"], ["G7_special_junior", 6500, "县级指标!B2"]] });
      expect(readRow(G7, value).issues.map((i) => i[0])).toContain("read_figure_both_stages");
    }
  });

  it("reads the stage whose amount reads and refuses the other (约7000元, as a single 约7000元 is) at the cell, named by its stage", () => {
    const { figures, issues, params } = readRow(G7, "小学6500元，初中约7000元");
    expect(figures).toEqual([["G7_special_primary", 6500, "县级指标!B2"]]);
    expect(issues).toEqual([["read_figure_part_bad_value", "error", "县级指标!B2"]]);
    expect(params[0]).toEqual({ item: G7, text: "初中约7000元", expected: "yuan", countyItem: "G7_special_junior" });
  });

  // Reviewer R3 of s46, finding 6: "请在该单元格改填金额" named the row, not the stage, and following it would lose the other stage's amount.
  it.each([
    ["2024年小学6500元，初中7000元", "2024年小学6500元", "G7_special_primary", ["G7_special_junior", 7000, "县级指标!B2"]],
    ["小学不低于6500元，初中7000元", "小学不低于6500元", "G7_special_primary", ["G7_special_junior", 7000, "县级指标!B2"]],
  ])("reads %s's other stage and names the refused part %s by its stage, asking to rewrite that part only (zh, en)", (cell, part, code, kept) => {
    const { figures, issues, params } = readRow(G7, cell);
    expect(figures).toEqual([kept]);
    expect(issues).toEqual([["read_figure_part_bad_value", "error", "县级指标!B2"]]);
    expect(params[0]).toEqual({ item: G7, text: part, expected: "yuan", countyItem: code });
    expect(message("read_figure_part_bad_value", params[0] ?? {}, "zh")).toBe(
      `县级指标“${G7}”中“特殊教育学校小学生均公用经费（元）”的部分“${part}”无法读取，未使用（本格其余部分照常读取）：请只改写这一部分，写明它是哪一项（如“小学”“初中”）并填金额（元），如 6080、6,080元/生 或 0.608万元，其余部分保留；也可分两行填写`,
    );
    expect(message("read_figure_part_bad_value", params[0] ?? {}, "en")).toBe(
      `County item “${G7}”, the part for Special education, primary: funding per student (yuan): “${part}” cannot be read and is not used (the rest of the cell is read): rewrite only that part, naming which it is (such as 小学 or 初中), as an amount in yuan such as 6080, 6,080元/生 or 0.608万元, keeping the rest; or enter each part on a row of its own`,
    );
  });

  it("names the part by the stage its words name, not by its place (2024年初中7000元，小学6500元 → junior refused, primary 6500)", () => {
    const { figures, issues, params } = readRow(G7, "2024年初中7000元，小学6500元");
    expect(figures).toEqual([["G7_special_primary", 6500, "县级指标!B2"]]);
    expect(issues).toEqual([["read_figure_part_bad_value", "error", "县级指标!B2"]]);
    expect(params[0]).toEqual({ item: G7, text: "2024年初中7000元", expected: "yuan", countyItem: "G7_special_junior" });
  });

  it.each([
    // Amounts of something else than the stages: not guessed (城区 and 农村 of which stage?).
    ["城区6500元，农村7000元", "read_figure_two_parts_unsplit_labelled"],
    ["小学分别为6500元、7000元", "read_figure_two_parts_unsplit_labelled"],
    // A part with no amount at all: which stage it is for is not told apart from a remark.
    ["小学6500元，初中待拨付", "read_figure_two_parts_unsplit_labelled"],
    // Reviewer R3 of s46, finding 1: two amounts with no stage names give no order (the row names no stage): two years, 省定 / 实际?
    ["5800元；6500元", "read_figure_two_parts_unsplit_labelled"],
    ["6500元、7000元", "read_figure_two_parts_unsplit_labelled"],
    ["分别为6500元、7000元", "read_figure_two_parts_unsplit_labelled"],
    ["小学6500元，7000元", "read_figure_two_parts_unsplit_labelled"],
    ["6500元，初中7000元", "read_figure_two_parts_unsplit_labelled"],
  ])("refuses %s (%s), reading nothing", (text, code) => {
    const { figures, issues } = readRow(G7, text);
    expect(figures).toEqual([]);
    expect(issues.map((i) => i[0])).toEqual([code]);
  });

  it("asks a bare pair (5800元；6500元) for its stages, not for an order the row does not give (zh, en)", () => {
    const { params } = readRow(G7, "5800元；6500元");
    expect(message("read_figure_two_parts_unsplit_labelled", params[0] ?? {}, "zh")).toBe(
      `“${G7}”含两项（“特殊教育学校小学生均公用经费（元）”和“特殊教育学校初中生均公用经费（元）”），“5800元；6500元”无法分开读取，未读取：该项文字未写明各值属于哪一学段，请在本格为每个金额写明学段，如“小学6500元，初中7000元”，或分两行填写`,
    );
    expect(message("read_figure_two_parts_unsplit_labelled", params[0] ?? {}, "zh")).not.toContain("顺序");
    expect(message("read_figure_two_parts_unsplit_labelled", params[0] ?? {}, "en")).toBe(
      `“${G7}” holds two items (Special education, primary: funding per student (yuan) and Special education, junior secondary: funding per student (yuan)) and “5800元；6500元” cannot be split between them, as the item does not say which value is whose; not read: write each amount with its stage in this cell, such as 小学6500元，初中7000元, or enter each stage on a row of its own`,
    );
  });

  it("takes a bare pair by the row's order when the row names both stages (特殊教育学校小学、初中生均公用经费 | 6500元、7000元)", () => {
    expect(readRow("特殊教育学校小学、初中生均公用经费（元）", "6500元、7000元")).toMatchObject({ figures: BY_STAGE, issues: TWO_PARTS });
  });

  it("leaves a row named for one stage as it was: its cell's two amounts are refused as one amount", () => {
    const { figures, issues, params } = readRow("特殊教育学校小学生均公用经费", "小学6500元，初中7000元");
    expect(figures).toEqual([]);
    expect(issues).toEqual([["read_figure_bad_value", "error", "县级指标!B2"]]);
    expect(params[0]).toEqual({ item: "特殊教育学校小学生均公用经费", text: "小学6500元，初中7000元", expected: "yuan", countyItem: "G7_special_primary" });
  });
});

describe("a stage-less row's amount not read: named for both stages, told it may give one amount or one per stage", () => {
  it("refuses 待拨付 with the advice and the row named for both stages (zh, en), its cell kept on the primary code for 待评估", () => {
    const { figures, issues, params } = readRow(G7, "待拨付");
    expect(figures).toEqual([]);
    expect(issues).toEqual([["read_figure_bad_value", "error", "县级指标!B2"]]);
    expect(params[0]).toEqual({ item: G7, text: "待拨付", expected: "yuan_stages", countyItem: "G7_special_primary", itemLabel: "G7_special_both" });
    expect(message("read_figure_bad_value", params[0] ?? {}, "zh")).toBe(
      `县级指标“${G7}”的值“待拨付”无法读取，未使用：请在该单元格改填各学段的金额（如“小学6500元，初中7000元”，也可分两行填写），或一个金额（元，小学、初中同用），如 6080、6,080元/生 或 0.608万元`,
    );
    expect(message("read_figure_bad_value", params[0] ?? {}, "en")).toBe(
      `County item Special education, primary and junior secondary: funding per student (yuan) (${G7}): “待拨付” cannot be read and is not used: enter one amount per stage (小学6500元，初中7000元, or each stage on a row of its own) or one amount in yuan for both stages, such as 6080, 6,080元/生 or 0.608万元 in that cell`,
    );
  });

  it("names a year-dated amount's row for both stages too (6500元（2024年）)", () => {
    const { figures, params } = readRow(G7, "6500元（2024年）");
    expect(figures).toEqual([["G7_special_primary", 6500, "县级指标!B2"], ["G7_special_junior", 6500, "县级指标!B2"]]);
    const year = params.find((p) => p.year !== undefined) ?? {};
    expect(message("read_figure_year_remark", year, "en")).toBe(
      `County item Special education, primary and junior secondary: funding per student (yuan) (${G7}): “6500元（2024年）” was read as 6500; the year “2024年” in brackets is not used, nor checked against the year evaluated`,
    );
  });

  it("names G13's row for no stage by both stages (义务教育就近入学比例 | 待定)", () => {
    const { params } = readRow("义务教育就近入学比例", "待定");
    expect(params[0]).toMatchObject({ expected: "ratio_stages", countyItem: "G13_nearby_primary", itemLabel: "G13_nearby_both" });
    expect(message("read_figure_bad_value", params[0] ?? {}, "zh")).toBe("县级指标“义务教育就近入学比例”的值“待定”无法读取，未使用：请在该单元格改填各学段的比例（如“小学100%，初中96.8%”，也可分两行填写），或一个比例（小学、初中同用），如 95% 或 0.95");
    expect(message("read_figure_bad_value", params[0] ?? {}, "en")).toBe("County item Primary and junior secondary nearby enrolment (义务教育就近入学比例): “待定” cannot be read and is not used: enter one ratio per stage (小学100%，初中96.8%, or each stage on a row of its own) or one ratio for both stages, such as 95% or 0.95 in that cell");
  });
});

// G13's row named for no one stage (义务教育就近入学比例) takes one ratio per stage in its cell as G7's
// row takes its amounts (F1 of s47: refused whole, with 请在该单元格改填比例, which would lose the split).
describe("G13's ratios by stage in one cell, its row named for no stage", () => {
  const G13 = "义务教育就近入学比例";

  it.each(["小学100%，初中96.8%", "初中96.8%，小学100%", "小学：100%；初中：96.8%"])("reads %s as primary 1, junior 0.968", (text) => {
    expect(readRow(G13, text)).toMatchObject({ figures: [["G13_nearby_primary", 1, "县级指标!B2"], ["G13_nearby_junior", 0.968, "县级指标!B2"]], issues: TWO_PARTS });
  });

  it("a bare pair (100%、96.8%) names no stage: refused, said as unsplit in words of rates, nothing read", () => {
    // It was read_figure_two_parts_unsplit_labelled, which asks to label each 金额 (小学6500元，初中7000元): reviewer R2 of s49.
    expect(readRow(G13, "100%、96.8%")).toMatchObject({ figures: [], issues: [["read_figure_two_parts_unsplit_labelled_ratio", "warning", "县级指标!B2"]] });
    const said = readCountyFigures(gridOf([["项目", "数值"], [G13, "100%、96.8%"]], { sheet: "县级指标" }))?.issues[0];
    expect(message("read_figure_two_parts_unsplit_labelled_ratio", said?.params ?? {}, "zh")).toBe(
      "“义务教育就近入学比例”含两项（“小学就近划片入学比例”和“初中就近划片入学比例”），“100%、96.8%”无法分开读取，未读取：该项文字未写明各值属于哪一学段，请在本格为每个比例写明学段，如“小学100%，初中96.8%”，或分两行填写",
    );
  });

  it("a part refused keeps the other (初中约96.8%: an estimate), said at the part", () => {
    expect(readRow(G13, "小学100%，初中约96.8%")).toMatchObject({ figures: [["G13_nearby_primary", 1, "县级指标!B2"]], issues: [["read_figure_part_bad_value", "error", "县级指标!B2"]] });
  });
});
