// Figures kept under stage columns (项目 | 小学 | 初中, with or without a 全县 column): which cell
// gives an item's value. Cases from reviewer R3 of s48 (findings F1–F4), expected by hand.
import type { ItemResult } from "../../engine/types";
import { message } from "../../messages/catalogue";
import { evaluateFiguresSheet, readFiguresSheet as read } from "./testing";
import { figureGaps } from "../write/unreadFigures";

/** The figures as [code, value, cell]. */
function figures(rows: unknown[][]): [string, unknown, string | null][] {
  return (read(rows)?.figures ?? []).map((f) => [f.code, f.value, f.cell]);
}

/** G13's two stages read at `cell` from 小学100%，初中96.8% (or 小学1，初中0.968): 1 and 0.968, by hand. */
function bothStagesAt(cell: string): [string, number, string][] {
  return [
    ["G13_nearby_primary", 1, cell],
    ["G13_nearby_junior", 0.968, cell],
  ];
}

/** The county of a workbook of two schools and these figures, evaluated on the national profile. */
async function county(rows: unknown[][]) {
  return (await evaluateFiguresSheet(rows)).county;
}

describe("stage columns: 暂无数据 in one stage cell never hides a value in the other (R3 F1)", () => {
  // 786686b took the first cell that read or said 暂无数据: no figure, Q1 待评估 and the county 待评估.
  const rows = [
    ["项目", "小学", "初中", "备注"],
    ["初中三年巩固率", "暂无数据", "96.5%", "小学不统计"],
    ["违规择校", "暂无数据", "有", "初中1起"],
    ["社会认可度", "88%", "尚未统计", null],
  ];

  it("reads 96.5% at C2, 有 at C3 and 88% at B4, as / beside them would be passed over", () => {
    expect(figures(rows)).toEqual([
      ["Q1_consolidation", 0.965, "县级指标!C2"],
      ["V_school_choice", true, "县级指标!C3"],
      ["R1_recognition", 0.88, "县级指标!B4"],
    ]);
  });

  it("leaves the county vetoed by 有 at C3, Q1 met on 0.965 ≥ 0.95", async () => {
    const c = await county(rows);
    expect(c?.veto.find((v) => v.code === "V_school_choice")).toEqual({ code: "V_school_choice", present: true, cell: "县级指标!C3" });
    expect(c?.recognised).toBe(false);
    expect(c?.items.find((i) => i.code === "Q1")?.verdict).toBe("met");
  });

  it("still says 暂无数据 at its cell when neither stage gives a value", () => {
    const r = read([["项目", "小学", "初中"], ["社会认可度", "暂无数据", null], ["违规择校", null, "暂无数据"]]);
    expect(r?.figures).toEqual([]);
    expect(r?.issues.map((i) => [i.code, i.cell])).toEqual([
      ["read_figure_no_data", "县级指标!B2"],
      ["read_figure_no_data", "县级指标!C3"],
    ]);
  });
});

describe("stage columns with a 全县 / 合计 column: an item of the whole county is read from the county's own (R3 F2)", () => {
  // d2dcb85 read both stage cells and judged the less favourable: R1 on 84% (not met), G11 on 8%.
  const rows = [
    ["项目", "小学", "初中", "全县"],
    ["社会认可度", "92%", "84%", "88%"],
    ["教师交流轮岗比例", "12%", "8%", "10.4%"],
    ["质量监测校际差异率", 0.11, 0.16, null],
  ];

  it("takes 88% at D2 and 10.4% at D3; with 全县 blank, both stage cells as before", () => {
    expect(figures(rows)).toEqual([
      ["R1_recognition", 0.88, "县级指标!D2"],
      ["G11_rotation_rate", 0.104, "县级指标!D3"],
      ["Q9_difference_rate", 0.11, "县级指标!B4"],
      ["Q9_difference_rate", 0.16, "县级指标!C4"],
    ]);
  });

  it("judges R1 met (0.88 ≥ 0.85) and G11 on its county rate 0.104", async () => {
    const c = await county(rows);
    expect(c?.items.find((i) => i.code === "R1")?.parts["R1_recognition"]).toBe(0.88);
    expect(c?.items.find((i) => i.code === "R1")?.verdict).toBe("met");
    expect(c?.items.find((i) => i.code === "G11")?.parts["G11_rotation_rate"]).toBe(0.104);
  });

  it("reads a 合计 column standing before the stage columns too: 合计 | 小学 | 初中", () => {
    expect(figures([["项目", "合计", "小学", "初中"], ["社会认可度", "88%", "92%", "84%"]])).toEqual([["R1_recognition", 0.88, "县级指标!B2"]]);
  });
});

describe("stage columns: a second cell that the comparison could not read is read on its own, never dropped (R3 F3)", () => {
  // d2dcb85 compared the two cells and kept the first when the second did not read: 无 | 有1起 was 无.
  it("reads 有1起, 存在（1起）and 有（初中1起）beside 无 as cases of the veto, said at their cells", () => {
    const r = read([
      ["项目", "小学", "初中"],
      ["违规择校", "无", "有1起"],
      ["以考试方式招生", "无", "存在（1起）"],
      ["设置重点学校或重点班", "无", "有（初中1起）"],
    ]);
    expect(r?.figures.map((f) => [f.code, f.value, f.cell])).toEqual([
      ["V_school_choice", false, "县级指标!B2"],
      ["V_school_choice", true, "县级指标!C2"],
      ["V_exam_admission", false, "县级指标!B3"],
      ["V_exam_admission", true, "县级指标!C3"],
      ["V_key_schools", false, "县级指标!B4"],
      ["V_key_schools", true, "县级指标!C4"],
    ]);
    expect(r?.issues.map((i) => [i.code, i.cell, i.params["answer"], i.params["remark"]])).toEqual([
      ["read_figure_answer_remark", "县级指标!C2", "有", "1起"],
      ["read_figure_answer_remark", "县级指标!C3", "存在", "1起"],
      ["read_figure_answer_remark", "县级指标!C4", "有", "初中1起"],
    ]);
  });

  it("vetoes the county on 无 | 有1起: present at C2", async () => {
    const c = await county([["项目", "小学", "初中"], ["违规择校", "无", "有1起"]]);
    expect(c?.veto.find((v) => v.code === "V_school_choice")).toEqual({ code: "V_school_choice", present: true, cell: "县级指标!C2" });
    expect(c?.recognised).toBe(false);
  });

  it("reads 0.16（2024年）at C2 beside 0.11 with its year said, and refuses 见附表 at its cell", () => {
    const r = read([["项目", "小学", "初中"], ["质量监测校际差异率", 0.11, "0.16（2024年）"], ["残疾儿童少年入学率", "97%", "见附表"]]);
    expect(r?.figures.map((f) => [f.code, f.value, f.cell])).toEqual([
      ["Q9_difference_rate", 0.11, "县级指标!B2"],
      ["Q9_difference_rate", 0.16, "县级指标!C2"],
      ["Q2_disabled_enrolment", 0.97, "县级指标!B3"],
    ]);
    expect(r?.issues.map((i) => [i.code, i.severity, i.cell])).toEqual([
      ["read_figure_year_remark", "info", "县级指标!C2"],
      ["read_figure_bad_value", "error", "县级指标!C3"],
    ]);
  });

  it("passes over / and 不适用 in a stage cell, as before: the other cell's value alone", () => {
    expect(figures([["项目", "小学", "初中"], ["优质高中招生名额分配比例", "不适用", "55%"], ["社会认可度", "90%", "/"]])).toEqual([
      ["G14_quota_share", 0.55, "县级指标!C2"],
      ["R1_recognition", 0.9, "县级指标!B3"],
    ]);
  });

  it("on 项目 | 全县 | 小学 | 初中, reads 有 in 初中 beside 无 in 全县 for a veto: the county vetoed, both cells named", async () => {
    const rows = [["项目", "全县", "小学", "初中"], ["违规择校", "无", "无", "有"]];
    expect(figures(rows)).toEqual([
      ["V_school_choice", false, "县级指标!B2"],
      ["V_school_choice", true, "县级指标!D2"],
    ]);
    const { evaluation } = await evaluateFiguresSheet(rows);
    expect(evaluation.counties[0]?.veto.find((v) => v.code === "V_school_choice")?.present).toBe(true);
    const conflict = evaluation.issues.find((i) => i.code === "county_figure_veto_conflict");
    expect([conflict?.params["presentCell"], conflict?.params["absentCell"]]).toEqual(["县级指标!D2", "县级指标!B2"]);
  });
});

describe("a veto's case with its count under a 数值 column (R3 F3: read as a value column reads it)", () => {
  it("reads 有1起 as a case whatever the item's wording (无违规择校行为, 杜绝择校), and refuses 有（0起）", () => {
    const r = read([["项目", "数值"], ["无违规择校行为", "有1起"], ["杜绝以考试方式招生", "存在（1起）"], ["设置重点学校或重点班", "有（0起）"]]);
    expect(r?.figures.map((f) => [f.code, f.value, f.cell])).toEqual([
      ["V_school_choice", true, "县级指标!B2"],
      ["V_exam_admission", true, "县级指标!B3"],
    ]);
    expect(r?.issues.map((i) => [i.code, i.cell])).toEqual([
      ["read_figure_answer_remark", "县级指标!B2"],
      ["read_figure_answer_remark", "县级指标!B3"],
      ["read_figure_bad_value", "县级指标!B4"],
    ]);
  });
});

describe("stage columns: an item of one stage by its meaning reads its own stage's column (R3 F4)", () => {
  // d2dcb85 took only codes ending _primary / _junior as one stage's: 初中三年巩固率 | 94% | 96% was judged on 0.94.
  const rows = [
    ["项目", "小学", "初中"],
    ["初中三年巩固率", "94%", "96%"],
    ["优质高中招生名额分配比例", "40%", "55%"],
    ["特殊教育学校初中生均公用经费（元）", 6500, 7000],
    ["残疾儿童少年入学率", "96%", "93%"],
  ];

  it("reads Q1 0.96 at C2 and G14 0.55 at C3 (初中), G7 junior 7000 at C4; Q2, of both stages, from both", () => {
    expect(figures(rows)).toEqual([
      ["Q1_consolidation", 0.96, "县级指标!C2"],
      ["G14_quota_share", 0.55, "县级指标!C3"],
      ["G7_special_junior", 7000, "县级指标!C4"],
      ["Q2_disabled_enrolment", 0.96, "县级指标!B5"],
      ["Q2_disabled_enrolment", 0.93, "县级指标!C5"],
    ]);
  });

  it("says the 小学 cell set aside, at that cell, in zh and en", () => {
    const said = read(rows)?.issues.filter((i) => i.code === "read_figure_other_stage") ?? [];
    expect(said.map((i) => [i.cell, i.params["text"], i.params["usedCell"]])).toEqual([
      ["县级指标!B2", "94%", "县级指标!C2"],
      ["县级指标!B3", "40%", "县级指标!C3"],
      ["县级指标!B4", "6500", "县级指标!C4"],
    ]);
    expect(message("read_figure_other_stage", said[0]?.params, "zh")).toBe("县级指标“初中三年巩固率”只涉及初中，已按初中列的 县级指标!C2 读取；此处另一学段列的“94%”未使用");
    expect(message("read_figure_other_stage", said[0]?.params, "en")).toBe(
      "County item “初中三年巩固率” concerns junior secondary only and was read from the junior secondary column, at 县级指标!C2; “94%” here, in the other stage's column, is not used",
    );
  });

  it("reads its own cell's 暂无数据 as no data, and not the other cell's value when its own says / (none), said at its own cell", () => {
    const r = read([["项目", "小学", "初中"], ["初中三年巩固率", "96%", "暂无数据"], ["优质高中招生名额分配比例", "55%", "/"]]);
    // / in the 初中 cell says 初中 has none: 55% was taken for G14 (s50 H2), now nothing is.
    expect(r?.figures).toEqual([]);
    expect(r?.issues.map((i) => [i.code, i.cell])).toEqual([
      ["read_figure_no_data", "县级指标!C2"],
      // Not read_figure_other_stage: that said 已按初中列的 C2 读取 of a cell nothing was read from (s49 H2).
      ["read_figure_other_stage_own_unread", "县级指标!B2"],
      ["read_figure_other_stage_own_marked", "县级指标!C3"],
    ]);
    expect(message("read_figure_other_stage_own_marked", r?.issues[2]?.params, "zh")).toBe(
      "县级指标“优质高中招生名额分配比例”只涉及初中，初中列的 县级指标!C3 填写为“/”（无或不适用），该项没有填报值，待评估；另一学段列 县级指标!B3 的“55%”未使用。如这是初中的数值，请移到 县级指标!C3",
    );
    expect(message("read_figure_other_stage_own_marked", r?.issues[2]?.params, "en")).toBe(
      "County item “优质高中招生名额分配比例” concerns junior secondary only, and its junior secondary cell, 县级指标!C3, says “/” (none or not applicable): the item has no figure and is not yet assessed; “55%” in the other stage's column, at 县级指标!B3, is not used. If it is the junior secondary figure, move it to 县级指标!C3",
    );
  });

  it("says what happened when the cell it would read gives no figure: its own 暂无数据 or refused, or the other stage's beside its blank own (s49 H2)", () => {
    const r = read([["项目", "小学", "初中"], ["初中三年巩固率", "94%", "见附表"], ["优质高中招生名额分配比例", "暂无数据", null]]);
    expect(r?.figures).toEqual([]);
    expect(r?.issues.map((i) => [i.code, i.severity, i.cell])).toEqual([
      ["read_figure_bad_value", "error", "县级指标!C2"],
      ["read_figure_other_stage_own_unread", "info", "县级指标!B2"],
      // One word at B3, naming the cell to fill: read_figure_no_data beside it said to fill B3 itself (reviewer R2 of s49).
      ["read_figure_other_stage_no_data", "info", "县级指标!B3"],
    ]);
    const [own, other] = [r?.issues[1]?.params, r?.issues[2]?.params];
    expect(message("read_figure_other_stage_own_unread", own, "zh")).toBe("县级指标“初中三年巩固率”只涉及初中，初中列的 县级指标!C2 未读出数值（见该单元格的说明），该项没有填报值；此处另一学段列的“94%”也未使用");
    expect(message("read_figure_other_stage_own_unread", own, "en")).toBe(
      "County item “初中三年巩固率” concerns junior secondary only, and its junior secondary cell, 县级指标!C2, gave no value (see what is said there): the item has no figure; “94%” here, in the other stage's column, is not used either",
    );
    expect(message("read_figure_other_stage_no_data", other, "zh")).toBe("县级指标“优质高中招生名额分配比例”只涉及初中，但初中列的 县级指标!C3 未填数值；此处另一学段列填写为“暂无数据”，视为尚无数据，该项没有填报值。有初中的数据后请填在 县级指标!C3");
    expect(message("read_figure_other_stage_no_data", other, "en")).toBe(
      "County item “优质高中招生名额分配比例” concerns junior secondary only, but its junior secondary cell, 县级指标!C3, holds no figure, and “暂无数据” here, in the other stage's column, is taken as no data yet: the item has no figure. Enter the junior secondary figure in 县级指标!C3 once it is known",
    );
  });

  it("warns of a value read from the other stage's column for want of its own (final read F1 of s48: it was read without a word)", () => {
    const r = read([["项目", "小学", "初中"], ["初中三年巩固率", "96%", null], ["特殊教育学校初中生均公用经费（元）", 7000, "/"], ["小学就近划片入学比例", null, "98%"], ["优质高中招生名额分配比例", "见附表", null]]);
    // 7000 | / is no longer G7's junior figure: / says 初中 has none (s50 H2).
    expect(r?.figures.map((f) => [f.code, f.value, f.cell])).toEqual([
      ["Q1_consolidation", 0.96, "县级指标!B2"],
      ["G13_nearby_primary", 0.98, "县级指标!C4"],
    ]);
    // A 小学 cell that reads as nothing beside a blank 初中 one is named, with the cell to fill: it was
    // read_figure_no_value at A5, naming neither (reviewer R2 of s49); / at C3 is said at C3.
    expect(r?.issues.map((i) => [i.code, i.severity, i.cell, i.params["ownCell"] ?? null])).toEqual([
      ["read_figure_other_stage_used", "warning", "县级指标!B2", "县级指标!C2"],
      ["read_figure_other_stage_own_marked", "warning", "县级指标!C3", "县级指标!C3"],
      ["read_figure_other_stage_used", "warning", "县级指标!C4", "县级指标!B4"],
      ["read_figure_other_stage_unread", "warning", "县级指标!B5", "县级指标!C5"],
    ]);
    const said = r?.issues[0];
    expect(message("read_figure_other_stage_used", said?.params, "zh")).toBe("县级指标“初中三年巩固率”只涉及初中，但初中列的 县级指标!C2 没有数值，已按此处另一学段列的“96%”读取；如这是初中的数值，请移到 县级指标!C2，否则请改正");
    expect(message("read_figure_other_stage_used", said?.params, "en")).toBe(
      "County item “初中三年巩固率” concerns junior secondary only, but its junior secondary cell, 县级指标!C2, has no value: “96%” here, in the other stage's column, was read. If it is the junior secondary figure, move it to 县级指标!C2; if not, correct it",
    );
  });
});

describe("a stage-less G13 row saying 尚未统计 (R3 F6, F8)", () => {
  it("ties its note to G13 (by its primary code, labelled for both stages), so that the item's gap is 暂无数据 at B2", async () => {
    const rows = [["项目", "数值"], ["义务教育就近入学比例", "尚未统计"]];
    const r = read(rows);
    expect(r?.issues.map((i) => [i.code, i.cell, i.params["countyItem"], i.params["itemLabel"]])).toEqual([["read_figure_no_data", "县级指标!B2", "G13_nearby_primary", "G13_nearby_both"]]);
    const c = await county(rows);
    const g13 = c?.items.find((i) => i.code === "G13");
    expect(g13?.verdict).toBe("not_assessed");
    expect(figureGaps(g13 as ItemResult, r?.issues ?? []).noData).toEqual(["县级指标!B2"]);
  });

  it("no longer says 该项待评估 (the item may be judged on the school data): no value was used, in zh and en", () => {
    const issue = read([["项目", "数值"], ["社会认可度", "暂无数据"]])?.issues[0];
    expect(message("read_figure_no_data", issue?.params, "zh")).toBe("县级指标“社会认可度”填写为“暂无数据”，视为尚无数据，未作为填报值使用；有数据后请在该单元格填写");
    expect(message("read_figure_no_data", issue?.params, "en")).toBe("County item “社会认可度” says “暂无数据”, taken as no data yet: no value was used; enter the figure in that cell once it is known");
  });
});

describe("a cell read as a value column reads it, wherever the value is looked for (final read F1 of s48)", () => {
  // Before, a row without a 数值 column and the comparison of stage cells read ratings and plain
  // values only: 有1起, 96.8%（2024年） and 96.8%（待核实） were read under 数值 but were no value here.
  it("reads 有1起, 96.8%（2024年） and 96.8%（待核实） on a sheet with no 数值 column, each said at its cell", () => {
    const r = read([["违规择校", "有1起"], ["社会认可度", "96.8%（2024年）"], ["残疾儿童少年入学率", "96.8%（待核实）"]]);
    expect(r?.figures.map((f) => [f.code, f.value, f.cell])).toEqual([
      ["V_school_choice", true, "县级指标!B1"],
      ["R1_recognition", 0.968, "县级指标!B2"],
      ["Q2_disabled_enrolment", 0.968, "县级指标!B3"],
    ]);
    expect(r?.issues.map((i) => [i.code, i.severity, i.cell])).toEqual([
      ["read_figure_answer_remark", "info", "县级指标!B1"],
      ["read_figure_year_remark", "info", "县级指标!B2"],
      ["read_figure_unverified", "warning", "县级指标!B3"],
    ]);
  });

  it("reads 有1起 | 有2起 as one case at B2 and / | 存在（1起） at C3: the county vetoed (it was left 待评估, the row said to have no value)", async () => {
    const rows = [["项目", "小学", "初中"], ["违规择校", "有1起", "有2起"], ["以考试方式招生", "/", "存在（1起）"]];
    expect(figures(rows)).toEqual([
      ["V_school_choice", true, "县级指标!B2"],
      ["V_exam_admission", true, "县级指标!C3"],
    ]);
    const c = await county(rows);
    // In the profile's order of veto items: 以考试方式招生 before 违规择校.
    expect(c?.veto.filter((v) => v.present === true).map((v) => [v.code, v.cell])).toEqual([
      ["V_exam_admission", "县级指标!C3"],
      ["V_school_choice", "县级指标!B2"],
    ]);
    expect(c?.recognised).toBe(false);
  });

  it("takes 88%（2024年） and 10.4%（待核实） in the 全县 column as the county's own, not the stages' 84% / 8%: R1 met (0.88 ≥ 0.85)", async () => {
    const rows = [["项目", "小学", "初中", "全县"], ["社会认可度", "92%", "84%", "88%（2024年）"], ["教师交流轮岗比例", "12%", "8%", "10.4%（待核实）"]];
    expect(figures(rows)).toEqual([
      ["R1_recognition", 0.88, "县级指标!D2"],
      ["G11_rotation_rate", 0.104, "县级指标!D3"],
    ]);
    const c = await county(rows);
    expect(c?.items.find((i) => i.code === "R1")?.verdict).toBe("met");
    expect(c?.items.find((i) => i.code === "G11")?.parts["G11_rotation_rate"]).toBe(0.104);
  });

  it("refuses both stage cells at their own cells when neither reads (it was one warning at the item's name)", () => {
    const r = read([["项目", "小学", "初中"], ["社会认可度", "见附表", "见说明"], ["初中三年巩固率", "abc", "xyz"]]);
    expect(r?.figures).toEqual([]);
    expect(r?.issues.map((i) => [i.code, i.severity, i.cell, i.params["text"]])).toEqual([
      ["read_figure_bad_value", "error", "县级指标!B2", "见附表"],
      ["read_figure_bad_value", "error", "县级指标!C2", "见说明"],
      // An item of 初中 alone: its own cell refused, the 小学 cell said set aside, nothing read from either.
      ["read_figure_bad_value", "error", "县级指标!C3", "xyz"],
      ["read_figure_other_stage_own_unread", "info", "县级指标!B3", "abc"],
    ]);
  });
});

describe("a veto's case counted with a bracketed remark, 有1起（已整改） (s49 H2)", () => {
  // It was refused (read_figure_bad_value) while 有（1起，已整改） read as 有: 已整改 does not undo the case.
  it("reads 有1起（已整改） as 有 under a 数值 column and in a stage cell, the remark said at its cell", () => {
    for (const rows of [[["项目", "数值"], ["违规择校", "有1起（已整改）"]], [["项目", "小学", "初中"], ["违规择校", "有1起（已整改）", null]]]) {
      const r = read(rows);
      expect(r?.figures.map((f) => [f.code, f.value, f.cell])).toEqual([["V_school_choice", true, "县级指标!B2"]]);
      expect(r?.issues.map((i) => [i.code, i.cell])).toEqual([["read_figure_answer_remark", "县级指标!B2"]]);
      expect(message("read_figure_answer_remark", r?.issues[0]?.params, "zh")).toBe("县级指标“违规择校”填写为“有1起（已整改）”，已按“有”读取；其后的说明“1起（已整改）”未用于评估");
    }
  });

  it("vetoes the county on 有1起（已整改）, as on 有（1起，已整改）", async () => {
    for (const text of ["有1起（已整改）", "有（1起，已整改）"]) {
      const c = await county([["项目", "数值"], ["违规择校", text]]);
      expect(c?.veto.find((v) => v.code === "V_school_choice")).toEqual({ code: "V_school_choice", present: true, cell: "县级指标!B2" });
      expect(c?.recognised).toBe(false);
    }
  });
});

describe("an item of one stage under 小学 | 初中 | 全县 (reviewer R2 of s49)", () => {
  // 初中三年巩固率 | 94% | (blank) | 96% was read as 0.94 from the 小学 cell, the 全县 96% never mentioned.
  it("reads its blank own cell's item from the 全县 cell before the other stage's, which is said set aside", () => {
    const r = read([["项目", "小学", "初中", "全县"], ["初中三年巩固率", "94%", null, "96%"]]);
    expect(r?.figures.map((f) => [f.code, f.value, f.cell])).toEqual([["Q1_consolidation", 0.96, "县级指标!D2"]]);
    expect(r?.issues.map((i) => [i.code, i.severity, i.cell])).toEqual([["read_figure_other_stage_whole", "info", "县级指标!B2"]]);
    expect(message("read_figure_other_stage_whole", r?.issues[0]?.params, "zh")).toBe("县级指标“初中三年巩固率”只涉及初中，初中列的 县级指标!C2 为空，已按全县列的 县级指标!D2 读取；此处另一学段列的“94%”未使用");
    expect(message("read_figure_other_stage_whole", r?.issues[0]?.params, "en")).toBe(
      "County item “初中三年巩固率” concerns junior secondary only; its junior secondary cell, 县级指标!C2, is blank, so it was read from the whole-county column, at 县级指标!D2; “94%” here, in the other stage's column, is not used",
    );
  });

  it("reads its own cell first and says the 全县 cell set aside, never dropping it unseen", () => {
    const r = read([["项目", "小学", "初中", "全县"], ["初中三年巩固率", "94%", "95%", "96%"], ["初中三年巩固率", null, "见附表", "96%"]]);
    expect(r?.figures.map((f) => [f.code, f.value, f.cell])).toEqual([["Q1_consolidation", 0.95, "县级指标!C2"]]);
    expect(r?.issues.map((i) => [i.code, i.cell])).toEqual([
      ["read_figure_other_stage", "县级指标!B2"],
      ["read_figure_whole_set_aside", "县级指标!D2"],
      ["read_figure_bad_value", "县级指标!C3"],
      ["read_figure_whole_set_aside_own_unread", "县级指标!D3"],
    ]);
    expect(message("read_figure_whole_set_aside", r?.issues[1]?.params, "zh")).toBe("县级指标“初中三年巩固率”只涉及初中，已按初中列的 县级指标!C2 读取；此处全县列的“96%”未使用");
    expect(message("read_figure_whole_set_aside_own_unread", r?.issues[3]?.params, "en")).toBe(
      "County item “初中三年巩固率” concerns junior secondary only, and its junior secondary cell, 县级指标!C3, gave no value (see what is said there): the item has no figure; “96%” here, in the whole-county column, is not used either",
    );
  });

  it("with the 全县 cell blank too, reads the other stage's cell with its warning, as before", () => {
    const r = read([["项目", "小学", "初中", "全县"], ["初中三年巩固率", "94%", null, null]]);
    expect(r?.figures.map((f) => [f.code, f.value, f.cell])).toEqual([["Q1_consolidation", 0.94, "县级指标!B2"]]);
    expect(r?.issues.map((i) => [i.code, i.cell])).toEqual([["read_figure_other_stage_used", "县级指标!B2"]]);
  });
});

describe("G13's stage values labelled in a cell, read as labelled (reviewer R2 of s49)", () => {
  // Each was refused: 小学1，初中0.968 and the three values with read_figure_two_parts_unsplit_labelled
  // (saying the stages were not labelled, and asking for 金额), 初中96.8% in the 初中 cell with 改填比例.
  it("reads 小学1，初中0.968 under 数值 and in the 初中 cell as 1 and 0.968", () => {
    expect(figures([["项目", "数值"], ["义务教育就近入学比例", "小学1，初中0.968"]])).toEqual(bothStagesAt("县级指标!B2"));
    const r = read([["项目", "小学", "初中"], ["义务教育就近入学比例", null, "小学1，初中0.968"]]);
    expect(r?.figures.map((f) => [f.code, f.value, f.cell])).toEqual(bothStagesAt("县级指标!C2"));
    expect(r?.issues.map((i) => i.code)).toEqual(["read_figure_two_parts"]);
  });

  it("reads 小学100%，初中96.8%，全县98.5% as 1 and 0.968, the 全县 value said unused", () => {
    const r = read([["项目", "小学", "初中", "全县"], ["义务教育就近入学比例", null, "小学100%，初中96.8%，全县98.5%", null]]);
    expect(r?.figures.map((f) => [f.code, f.value, f.cell])).toEqual(bothStagesAt("县级指标!C2"));
    expect(r?.issues.map((i) => [i.code, i.cell])).toEqual([
      ["read_figure_two_parts", "县级指标!C2"],
      ["read_figure_two_parts_whole_unused", "县级指标!C2"],
    ]);
    expect(message("read_figure_two_parts_whole_unused", r?.issues[1]?.params, "zh")).toBe("“义务教育就近入学比例”按学段读取，“小学100%，初中96.8%，全县98.5%”中全县的值“全县98.5%”未使用");
    expect(message("read_figure_two_parts_whole_unused", r?.issues[1]?.params, "en")).toBe(
      "“义务教育就近入学比例” is read per stage; the whole county's value in “小学100%，初中96.8%，全县98.5%”, “全县98.5%”, is not used",
    );
  });

  it("reads 初中96.8% in its own 初中 cell as 0.968, and 小学100% | 初中96.8% as 1 and 0.968", () => {
    const r = read([["项目", "小学", "初中"], ["义务教育就近入学比例", null, "初中96.8%"]]);
    expect(r?.figures.map((f) => [f.code, f.value, f.cell])).toEqual([["G13_nearby_junior", 0.968, "县级指标!C2"]]);
    expect(r?.issues.map((i) => [i.code, i.cell])).toEqual([["read_figure_blank", "县级指标!B2"]]);
    expect(figures([["项目", "小学", "初中"], ["义务教育就近入学比例", "小学100%", "初中96.8%"]])).toEqual([
      ["G13_nearby_primary", 1, "县级指标!B2"],
      ["G13_nearby_junior", 0.968, "县级指标!C2"],
    ]);
  });

  it.each(["小学100%", "初中约96.8%"])("still refuses %s in the 初中 cell: another stage's label, or a qualified one", (text) => {
    const r = read([["项目", "小学", "初中"], ["义务教育就近入学比例", "100%", text]]);
    expect(r?.figures.map((f) => [f.code, f.value, f.cell])).toEqual([["G13_nearby_primary", 1, "县级指标!B2"]]);
    expect(r?.issues.map((i) => [i.code, i.cell])).toEqual([["read_figure_bad_value", "县级指标!C2"]]);
  });
});

describe("an item of one stage whose own cell is blank, the other stage's giving no value (reviewer R2 of s49)", () => {
  // 暂无数据 | blank gave read_figure_no_data (fill B2) and read_figure_other_stage_unread (fill C2) at B2;
  // abc | blank and 约95% | blank gave read_figure_no_value at A2, naming neither cell.
  it("says one thing at the other stage's cell, naming the own cell to fill: info for 暂无数据, a warning for a value refused", () => {
    const r = read([["项目", "小学", "初中"], ["初中三年巩固率", "暂无数据", null], ["初中三年巩固率", "abc", null], ["初中三年巩固率", "约95%", null]]);
    expect(r?.figures).toEqual([]);
    expect(r?.issues.map((i) => [i.code, i.severity, i.cell, i.params["ownCell"]])).toEqual([
      ["read_figure_other_stage_no_data", "info", "县级指标!B2", "县级指标!C2"],
      ["read_figure_other_stage_unread", "warning", "县级指标!B3", "县级指标!C3"],
      ["read_figure_other_stage_unread", "warning", "县级指标!B4", "县级指标!C4"],
    ]);
    expect(message("read_figure_other_stage_unread", r?.issues[2]?.params, "zh")).toBe(
      "县级指标“初中三年巩固率”只涉及初中，但初中列的 县级指标!C4 未填数值；此处另一学段列的“约95%”也未读出数值，该项没有填报值。有初中的数值后请填在 县级指标!C4",
    );
  });
});

describe("a 全县 cell beside G13 read by stage (reviewer R2 of s49)", () => {
  // 小学100%，初中96.8% in one stage cell (or 100% | 96.8%) beside 全县 98%: the 98% was not read and not said.
  it.each([
    [null, "小学100%，初中96.8%", "县级指标!C2"],
    ["小学100%，初中96.8%", null, "县级指标!B2"],
    ["100%", "96.8%", "县级指标!B2"],
  ])("says 98%% in 全县 unused at its cell beside %s | %s, naming %s the stages were read from", (primary, junior, used) => {
    const r = read([["项目", "小学", "初中", "全县"], ["义务教育就近入学比例", primary, junior, "98%"]]);
    expect(r?.figures.map((f) => [f.code, f.value])).toEqual([["G13_nearby_primary", 1], ["G13_nearby_junior", 0.968]]);
    const said = r?.issues.filter((i) => i.code === "read_figure_whole_beside_stages") ?? [];
    expect(said.map((i) => [i.cell, i.params["usedCell"]])).toEqual([["县级指标!D2", used]]);
    expect(message("read_figure_whole_beside_stages", said[0]?.params, "zh")).toBe(`县级指标“义务教育就近入学比例”已按各学段的值读取（见 ${used}）；此处全县列的“98%”未使用`);
  });
});

describe("a veto's case counted with a remark that may deny it, 有1起（误报） (reviewer R2 of s49)", () => {
  // 2d395bc read these as 有 and vetoed the county: the remark was checked against a list of forbidden
  // characters (无没未不否非待), which 误报, 排除, 撤销 and 谣传 are not in.
  it.each(["有1起（误报）", "存在1例（已核实为误报）", "有1起（已排除）", "有1起（系谣传）"])("refuses %s: no veto, the cell said", async (text) => {
    const c = await county([["项目", "数值"], ["违规择校", text]]);
    expect(c?.veto.find((v) => v.code === "V_school_choice")?.present).not.toBe(true);
    const r = read([["项目", "数值"], ["违规择校", text]]);
    expect(r?.figures).toEqual([]);
    expect(r?.issues.map((i) => [i.code, i.cell])).toEqual([["read_figure_bad_value", "县级指标!B2"]]);
  });

  it("vetoes the county on 有1起（已整改），另1起在查: the remark quoted as typed", async () => {
    const c = await county([["项目", "数值"], ["违规择校", "有1起（已整改），另1起在查"]]);
    expect(c?.veto.find((v) => v.code === "V_school_choice")).toEqual({ code: "V_school_choice", present: true, cell: "县级指标!B2" });
    const r = read([["项目", "数值"], ["违规择校", "有1起（已整改），另1起在查"]]);
    expect(message("read_figure_answer_remark", r?.issues[0]?.params, "zh")).toBe("县级指标“违规择校”填写为“有1起（已整改），另1起在查”，已按“有”读取；其后的说明“1起（已整改），另1起在查”未用于评估");
  });
});

describe("a G13 row under 小学 | 初中 with both stages' values typed in one stage cell (s49 H2)", () => {
  // The 小学 cell was read as the 小学 value and refused (read_figure_bad_value), the 初中 blank:
  // G13 had no figure, though the same text under a 数值 column reads as both stages.
  const text = "小学100%，初中96.8%";

  it.each([
    ["the 小学 cell (初中 blank)", [["项目", "小学", "初中"], ["义务教育就近入学比例", text, null]], "县级指标!B2"],
    ["the 初中 cell (小学 blank)", [["项目", "小学", "初中"], ["义务教育就近入学比例", null, text]], "县级指标!C2"],
    ["数值", [["项目", "数值"], ["义务教育就近入学比例", text]], "县级指标!B2"],
  ])("reads 小学100%，初中96.8% in %s as both stages", (_where, rows, cell) => {
    const r = read(rows);
    expect(r?.figures.map((f) => [f.code, f.value, f.cell])).toEqual(bothStagesAt(cell));
    expect(r?.issues.map((i) => [i.code, i.cell])).toEqual([["read_figure_two_parts", cell]]);
  });

  it("judges G13 met on them: 1 ≥ 100% and 0.968 ≥ 95%", async () => {
    const c = await county([["项目", "小学", "初中"], ["义务教育就近入学比例", text, null]]);
    expect(c?.items.find((i) => i.code === "G13")?.verdict).toBe("met");
  });

  it("still reads a single 100% in the 小学 cell as the 小学 value only", () => {
    expect(figures([["项目", "小学", "初中"], ["义务教育就近入学比例", "100%", null]])).toEqual([["G13_nearby_primary", 1, "县级指标!B2"]]);
  });

  it("refuses both stages' values in the 小学 cell beside 96.8% in the 初中 cell, saying to keep the 小学 value only there", () => {
    const r = read([["项目", "小学", "初中"], ["义务教育就近入学比例", text, "96.8%"]]);
    expect(r?.figures.map((f) => [f.code, f.value, f.cell])).toEqual([["G13_nearby_junior", 0.968, "县级指标!C2"]]);
    expect(r?.issues.map((i) => [i.code, i.severity, i.cell])).toEqual([["read_figure_stage_cell_both", "error", "县级指标!B2"]]);
    const params = r?.issues[0]?.params;
    expect(message("read_figure_stage_cell_both", params, "zh")).toBe(
      "县级指标“义务教育就近入学比例”的小学列 县级指标!B2 填了两个学段的值“小学100%，初中96.8%”，而另一学段列的 县级指标!C2 也填有数值，无法确定按哪个读取，未读取：请在此处只填小学的值，另一学段的值填在 县级指标!C2",
    );
    expect(message("read_figure_stage_cell_both", params, "en")).toBe(
      "County item “义务教育就近入学比例”: its primary cell, 县级指标!B2, gives both stages' values, “小学100%，初中96.8%”, while the other stage's cell, 县级指标!C2, has a value too, so which to read cannot be told; not read. Keep only the primary value here and put the other stage's in 县级指标!C2",
    );
  });
});

// Reviewer R3 of s49, B3: 初中三年巩固率 typed 初中96.8% (or 初中：96.8%, 小学100%，初中96.8%) in the 小学 cell under
// 小学 | 初中 | 全县 was not read, and the message said no number was read; a bare 96.8% there was.
describe("an item of one stage whose value is typed under its label in the other stage's cell (R3 of s49, B3)", () => {
  it.each(["初中96.8%", "初中：96.8%", "小学100%，初中96.8%"])("reads 初中三年巩固率 | %s | (blank) | (blank) as 0.968 at B2, told to move it to C2", (text) => {
    const r = read([["项目", "小学", "初中", "全县"], ["初中三年巩固率", text, null, null]]);
    expect(r?.figures.map((f) => [f.code, f.value, f.cell])).toEqual([["Q1_consolidation", 0.968, "县级指标!B2"]]);
    const issue = r?.issues.find((i) => i.code === "read_figure_other_stage_labelled");
    expect(issue).toMatchObject({ severity: "warning", cell: "县级指标!B2" });
    expect(r?.issues.map((i) => i.code)).not.toContain("read_figure_other_stage_unread");
    expect(message("read_figure_other_stage_labelled", issue?.params ?? {}, "zh")).toBe(
      `县级指标“初中三年巩固率”只涉及初中，但初中列的 县级指标!C2 未给出数值，已按此处另一学段列“${text}”中标明初中的“96.8%”读取；请把初中的数值填在 县级指标!C2`,
    );
    expect(message("read_figure_other_stage_labelled", issue?.params ?? {}, "en")).toBe(
      `County item “初中三年巩固率” concerns junior secondary only, but its junior secondary cell, 县级指标!C2, gives no figure: “96.8%”, labelled junior secondary in “${text}” here, in the other stage's column, was read. Enter the junior secondary figure in 县级指标!C2`,
    );
  });

  it("still refuses 小学100% there (another stage's value), saying no value was read for 初中", () => {
    const r = read([["项目", "小学", "初中", "全县"], ["初中三年巩固率", "小学100%", null, null]]);
    expect(r?.figures).toEqual([]);
    expect(r?.issues.map((i) => i.code)).toContain("read_figure_other_stage_unread");
  });
});

// s50 H2: an item of one stage whose own cell says / (none, not applicable) was judged on the other stage's value:
// 初中三年巩固率 | 94% | / not met on 94%, 初中就近入学比例 | 94% | / G13 not met. / says the stage has no figure.
describe("stage columns: an item of one stage whose own cell says none is not judged on the other stage's value", () => {
  const rows = [
    ["项目", "小学", "初中", "备注"],
    ["初中三年巩固率", "94%", "/", null],
    ["初中就近入学比例", "94%", "—", null],
    ["特殊教育学校初中生均公用经费（元）", 7000, "不适用", null],
  ];

  it("reads nothing, and says each own cell, quoting it and the value not used", () => {
    const r = read(rows);
    expect(r?.figures).toEqual([]);
    expect(r?.issues.map((i) => [i.code, i.cell, i.params["ownText"], i.params["text"], i.params["otherCell"]])).toEqual([
      ["read_figure_other_stage_own_marked", "县级指标!C2", "/", "94%", "县级指标!B2"],
      ["read_figure_other_stage_own_marked", "县级指标!C3", "—", "94%", "县级指标!B3"],
      ["read_figure_other_stage_own_marked", "县级指标!C4", "不适用", "7000", "县级指标!B4"],
    ]);
  });

  it("leaves Q1 not assessed (it was not met on 0.94), its gap the cell C2, and G13 not judged on the junior 0.94", async () => {
    const c = await county(rows);
    const q1 = c?.items.find((i) => i.code === "Q1");
    expect(q1?.verdict).toBe("not_assessed");
    expect(figureGaps(q1 as ItemResult, read(rows)?.issues ?? []).unread).toEqual(["县级指标!C2"]);
    expect(c?.items.find((i) => i.code === "G13")?.parts["G13_nearby_junior"]).toBeNull();
  });

  it("still reads its own value beside a / in the other stage's cell, and the 全县 cell before the other stage's", () => {
    expect(figures([["项目", "小学", "初中"], ["初中三年巩固率", "/", "96%"]])).toEqual([["Q1_consolidation", 0.96, "县级指标!C2"]]);
    expect(figures([["项目", "小学", "初中", "全县"], ["初中三年巩固率", "94%", "/", "96%"]])).toEqual([["Q1_consolidation", 0.96, "县级指标!D2"]]);
  });
});

// s50 H2: the same label read alike in an item of one stage's other cell (stageLabelled) and in a G13 stage cell
// (ownLabelled): 初中为96.8% was refused in the first, 初中段96.8% in the second, and 小学段100%，初中段96.8% as two parts.
describe("stage labels: one reading for an item of one stage, a G13 stage cell and a two-part cell", () => {
  it.each(["初中为96.8%", "初中段96.8%", "初中段为96.8%", "初中 96.8%"])("reads %s as the junior 0.968 in all three places", (text) => {
    expect(figures([["项目", "小学", "初中"], ["初中三年巩固率", text, null]])).toEqual([["Q1_consolidation", 0.968, "县级指标!B2"]]);
    expect(figures([["项目", "小学", "初中"], ["义务教育就近入学比例", null, text]])).toEqual([["G13_nearby_junior", 0.968, "县级指标!C2"]]);
    expect(figures([["项目", "数值"], ["义务教育就近入学比例", `小学段100%，${text}`]])).toEqual(bothStagesAt("县级指标!B2"));
  });

  it("says the 初中为96.8% read from the 小学 cell, naming 96.8% and C2", () => {
    const issue = read([["项目", "小学", "初中"], ["初中三年巩固率", "初中为96.8%", null]])?.issues[0];
    const said = [issue?.code, issue?.cell, issue?.params["value"], issue?.params["ownCell"]];
    expect(said).toEqual(["read_figure_other_stage_labelled", "县级指标!B2", "96.8%", "县级指标!C2"]);
  });
});
