import { message } from "../../messages/catalogue";
import { readCountyRow } from "./testing";

// County-figure wordings a statistician types that were refused (unsplit or unreadable) until s46:
// a full stop before a bracketed remark, two labelled sentences, scope words before the names,
// 和 between two labelled values, 分别 inside a year remark after the values.
const G13 = "就近入学比例（小学、初中）";
const G11 = "全县每年交流轮岗教师的比例不低于符合交流条件教师总数的10%；其中，骨干教师不低于交流轮岗教师总数的20%";

/** One row under 评估内容 | 自评结果 read (readCountyRow). */
const readRow = readCountyRow;

// 100% → 1; 96.8% → 0.968 (96.8 ÷ 100), both at the value cell B2.
const BOTH_READ = [["G13_nearby_primary", 1, "县级指标!B2"], ["G13_nearby_junior", 0.968, "县级指标!B2"]];
const TWO_PARTS = [["read_figure_two_parts", "info", "县级指标!B2"]];
const YEAR_AND_PARTS = [["read_figure_year_remark", "info", "县级指标!B2"], ...TWO_PARTS];
const UNSPLIT = [["read_figure_two_parts_unsplit", "warning", "县级指标!B2"]];

describe("a full stop before a bracketed year remark (小学100%，初中96.8%。（2024年）)", () => {
  it.each([
    ["小学100%，初中96.8%。（2024年）", "2024年"],
    ["小学100%，初中96.8%。（2024年数据）", "2024年数据"],
  ])("reads %s as primary 1, junior 0.968, the year %s said on the junior part", (text, year) => {
    const { figures, issues, params } = readRow(G13, text);
    expect(figures).toEqual(BOTH_READ);
    expect(issues).toEqual(YEAR_AND_PARTS);
    expect(params[0]).toMatchObject({ text: `96.8%。（${year}）`, value: 0.968, year, countyItem: "G13_nearby_junior" });
  });

  it("says it as a year remark is said, in zh and en", () => {
    const { params } = readRow(G13, "小学100%，初中96.8%。（2024年）");
    expect(message("read_figure_year_remark", params[0] ?? {}, "zh")).toBe(`县级指标“${G13}”填写为“96.8%。（2024年）”，已按 96.8% 读取；括注的年份“2024年”未用于评估，也未核对是否为评估年度`);
    expect(message("read_figure_year_remark", params[0] ?? {}, "en")).toContain("“96.8%。（2024年）” was read as 96.8%; the year “2024年” in brackets is not used");
    expect(message("read_figure_two_parts", params[1] ?? {}, "zh")).toBe(`“${G13}”含两项，“小学100%，初中96.8%。（2024年）”已分别读取：“小学就近划片入学比例”为“小学100%”，“初中就近划片入学比例”为“初中96.8%。（2024年）”`);
  });

  it("still refuses a 。 inside a number (96。8%), reading the other stage", () => {
    expect(readRow(G13, "小学100%，初中96。8%")).toMatchObject({ figures: [["G13_nearby_primary", 1, "县级指标!B2"]], issues: [["read_figure_part_bad_value", "error", "县级指标!B2"]] });
    expect(readRow(G13, "小学100%，初中96。8%（2024年）").figures).toEqual([["G13_nearby_primary", 1, "县级指标!B2"]]);
  });
});

describe("two labelled sentences (小学100%。初中96.8%。)", () => {
  it.each(["小学100%。初中96.8%。", "小学100%。初中96.8%", "小学100%。 初中96.8%。"])("reads %s as primary 1, junior 0.968", (text) => {
    expect(readRow(G13, text)).toMatchObject({ figures: BOTH_READ, issues: TWO_PARTS });
  });

  it("reads Q9's Ⅲ级。差异率0.12。 as level 3 and rate 0.12", () => {
    const Q9 = "在国家义务教育质量监测中，相关科目学生学业水平达到Ⅲ级以上，且校际差异率低于0.15";
    expect(readRow(Q9, "Ⅲ级。差异率0.12。").figures).toEqual([["Q9_monitoring_level", 3, "县级指标!B2"], ["Q9_difference_rate", 0.12, "县级指标!B2"]]);
  });

  it("refuses 小学100%。初中 (nothing after the second name) and 小学100%。96.8% (a bare second sentence): no figure", () => {
    // No label's number after the full stop (R1 of s46, F3): the cell is one value that reads as nothing.
    expect(readRow(G13, "小学100%。初中")).toMatchObject({ figures: [], issues: [["read_figure_bad_value", "error", "县级指标!B2"]] });
    expect(readRow(G13, "小学100%。96.8%")).toMatchObject({ figures: [], issues: [["read_figure_bad_value", "error", "县级指标!B2"]] });
  });
});

describe("scope words before the parts' names (全县 / 义务教育阶段 / 公办 …)", () => {
  it.each([
    "全县小学、初中分别为100%、96.8%",
    "义务教育阶段小学、初中分别为100%、96.8%",
    "公办小学、初中分别为100%、96.8%",
    "本县初中、小学分别为96.8%、100%",
    "全县公办小学、初中分别为100%、96.8%",
    "全县小学100%，初中96.8%",
    "全区小学100%。初中96.8%。",
  ])("reads %s as primary 1, junior 0.968", (text) => {
    expect(readRow(G13, text)).toMatchObject({ figures: BOTH_READ, issues: TWO_PARTS });
  });

  it("quotes the cell as typed, scope and all, and each value as read", () => {
    const { params } = readRow(G13, "全县小学、初中分别为100%、96.8%");
    expect(message("read_figure_two_parts", params[0] ?? {}, "en")).toBe(
      `“${G13}” holds two items; “全县小学、初中分别为100%、96.8%” was read as Primary nearby enrolment: “100%” and Junior secondary nearby enrolment: “96.8%”`,
    );
  });

  it("still refuses what else stands before 分别: one name, a year, the scope alone, other places (47c3e0f)", () => {
    for (const text of ["全县小学分别为100%、96.8%", "小学分别为100%、96.8%", "2024年分别为100%、96.8%", "全县2024年分别为100%、96.8%", "全县分别为100%、96.8%", "城区、镇区分别为100%、96.8%"]) {
      expect([text, readRow(G13, text)]).toMatchObject([text, { figures: [], issues: UNSPLIT }]);
    }
  });

  it("refuses a scope word with one value for the two stages (全县小学100%), as 小学100% is", () => {
    expect(readRow(G13, "全县小学100%")).toMatchObject({ figures: [], issues: [["read_figure_bad_value", "error", "县级指标!B2"]] });
    expect(readRow(G13, "小学100%")).toMatchObject({ figures: [], issues: [["read_figure_bad_value", "error", "县级指标!B2"]] });
  });

  it("refuses English text (Primary 100%, junior 96.8%) as before: unsplit", () => {
    expect(readRow(G13, "Primary 100%, junior 96.8%")).toMatchObject({ figures: [], issues: UNSPLIT });
  });
});

describe("和 / 及 / 与 between two labelled values of G11 (交流轮岗教师12%和骨干教师25%)", () => {
  // 12% → 0.12, 25% → 0.25.
  const ROTATION_BACKBONE = [["G11_rotation_rate", 0.12, "县级指标!B2"], ["G11_backbone_rotation", 0.25, "县级指标!B2"]];

  it.each(["交流轮岗教师12%和骨干教师25%", "交流轮岗教师12%及骨干教师25%", "交流轮岗教师12%与骨干教师25%", "骨干教师25%和交流轮岗教师12%", "全县交流轮岗教师12%和骨干教师25%"])("reads %s as rotation 0.12, backbone 0.25", (text) => {
    expect(readRow(G11, text)).toMatchObject({ figures: ROTATION_BACKBONE, issues: TWO_PARTS });
  });

  it("says which value went to which part, in zh", () => {
    const { params } = readRow(G11, "交流轮岗教师12%和骨干教师25%");
    expect(message("read_figure_two_parts", params[0] ?? {}, "zh")).toContain("“交流轮岗教师12%和骨干教师25%”已分别读取");
    expect(params[0]).toMatchObject({ firstText: "交流轮岗教师12%", secondText: "骨干教师25%" });
  });

  it("still refuses two labels for one part (交流轮岗教师12%和交流轮岗教师25%)", () => {
    expect(readRow(G11, "交流轮岗教师12%和交流轮岗教师25%")).toMatchObject({ figures: [], issues: UNSPLIT });
  });
});

describe("分别 inside a year remark after two labelled values (小学100%，初中96.8%（分别为2024年数据）)", () => {
  it("reads both stages, the year said on the junior part (before: 小学 only, 初中 refused)", () => {
    const { figures, issues, params } = readRow(G13, "小学100%，初中96.8%（分别为2024年数据）");
    expect(figures).toEqual(BOTH_READ);
    expect(issues).toEqual(YEAR_AND_PARTS);
    expect(params[0]).toMatchObject({ text: "96.8%（分别为2024年数据）", value: 0.968, year: "2024年数据" });
  });

  it("still refuses a remark that is no year (（分别统计）): 小学 read, 初中 refused", () => {
    expect(readRow(G13, "小学100%，初中96.8%（分别统计）")).toMatchObject({ figures: [["G13_nearby_primary", 1, "县级指标!B2"]], issues: [["read_figure_part_bad_value", "error", "县级指标!B2"]] });
  });
});

// Reviewer R1 of s46 on the wordings above.
describe("城区 alone is part of the county, not its whole (R1 of s46, F1)", () => {
  it.each([
    [G13, "城区小学100%，初中96.8%"],
    [G13, "城区小学、初中分别为100%、96.8%"],
    [G13, "城镇小学、初中分别为100%、96.8%"],
    [G11, "城区交流轮岗教师12%，骨干教师25%"],
  ])("%s | %s: no scope taken off, the first part not read (as before s46)", (item, text) => {
    const codes = readRow(item, text).figures.map(([code]) => code);
    expect(codes).not.toContain(item === G11 ? "G11_rotation_rate" : "G13_nearby_primary");
  });

  it("keeps 城区和镇区, the wording of the standard itself, as a scope", () => {
    expect(readRow(G13, "城区和镇区小学、初中分别为100%、96.8%").figures).toEqual(BOTH_READ);
  });
});

describe("a remark sentence after 。 is no value of its own (R1 of s46, F3)", () => {
  it.each([
    "小学、初中分别为100%、96.8%。数据来源：教育事业统计",
    "小学100%，初中96.8%。以上为2024年数据",
    "小学100%，初中96.8%。其中城区初中95%",
    "小学100%，初中96.8%。均为2024年数据",
  ])("%s reads 小学 as before (100% → 1), the remark left with 初中's value", (text) => {
    expect(readRow(G13, text).figures[0]).toEqual(["G13_nearby_primary", 1, "县级指标!B2"]);
    expect(readRow(G13, text).issues).not.toContainEqual(UNSPLIT[0]);
  });

  it("reads G11's rotation before a remark (12% → 0.12)", () => {
    expect(readRow(G11, "交流轮岗教师12%，骨干教师25%。均为2024年").figures[0]).toEqual(["G11_rotation_rate", 0.12, "县级指标!B2"]);
  });

  it("parts no value at 与 before a comparison with last year", () => {
    expect(readRow(G13, "小学100%，初中96.8%与上年95%相比提高").issues).not.toContainEqual(UNSPLIT[0]);
  });
});

describe("a number typed as text whose dot may separate thousands (R3 of s46, F5)", () => {
  it("reads 6.080 as 6.08 and says so at its cell; 6080 and 87.6% typed as text are read without a note", () => {
    const item = "特殊教育学校生均公用经费（小学）";
    expect(readRow(item, "6.080")).toMatchObject({ figures: [["G7_special_primary", 6.08, "县级指标!B2"]], issues: [["read_figure_read_as", "info", "县级指标!B2"]] });
    expect(readRow(item, "6080").issues).toEqual([]);
    expect(readRow("社会认可度", "87.6%").issues).toEqual([]);
    // A ratio of three decimals typed as text (0.968) is no thousands: no note (F2 of s46's final read).
    expect(readRow("残疾儿童少年入学率", "0.968")).toMatchObject({ figures: [["Q2_disabled_enrolment", 0.968, "县级指标!B2"]], issues: [] });
  });
});

describe("a part refused beside the other part's own value: only that part to rewrite, for every two-part item (first G7's alone)", () => {
  it.each([
    [G13, "小学100%，初中约96.8%", ["G13_nearby_primary", 1, "县级指标!B2"]],
    [G13, "小学约95%，初中95%", ["G13_nearby_junior", 0.95, "县级指标!B2"]],
    ["在国家义务教育质量监测中，相关科目学生学业水平达到Ⅲ级以上，且校际差异率低于0.15", "Ⅲ级，差异率约0.12", ["Q9_monitoring_level", 3, "县级指标!B2"]],
  ])("%s | %s: the other part read, the refused one read_figure_part_bad_value", (item, text, kept) => {
    expect(readRow(item, text)).toMatchObject({ figures: [kept], issues: [["read_figure_part_bad_value", "error", "县级指标!B2"]] });
  });

  it("reads 小学约95%，初中约95% (the same number, two labelled parts) as two parts refused, each to rewrite alone", () => {
    expect(readRow(G13, "小学约95%，初中约95%").issues).toEqual([["read_figure_part_bad_value", "error", "县级指标!B2"], ["read_figure_part_bad_value", "error", "县级指标!B2"]]);
  });

  it("keeps read_figure_bad_value for one value meant for both (均为约100%)", () => {
    expect(readRow(G13, "均为约100%").issues.map(([code]) => code)).not.toContain("read_figure_part_bad_value");
  });
});
