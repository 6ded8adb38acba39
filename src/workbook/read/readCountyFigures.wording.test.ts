import type { Issue } from "../../engine/types";
import { message } from "../../messages/catalogue";
import { readCountyFigures } from "./readCountyFigures";
import { gridOf } from "./testing";

const figuresOf = (rows: readonly (readonly (string | number | null)[])[]) => readCountyFigures(gridOf([["项目", "数值"], ["规划布局合理", "是"], ...rows], { sheet: "县级指标" }));
const ambiguous = (issues: readonly Issue[]) => issues.filter((i) => i.code === "read_figure_ambiguous_none");

describe("readCountyFigures: 无 beside an item worded as a negative", () => {
  it("does not guess 无过重课业负担 | 无 (before: read as 否, Q8 not met without a word): said at the cell, Q8 left unread", () => {
    const result = figuresOf([["无过重课业负担", "无"]]);
    expect(result?.figures.map((f) => f.code)).toEqual(["G1_layout"]);
    const said = ambiguous(result?.issues ?? []);
    expect(said.map((i) => [i.severity, i.cell, i.params.item, i.params.text, i.params.countyItem])).toEqual([["error", "县级指标!B3", "无过重课业负担", "无", "Q8_workload"]]);
    const zh = message("read_figure_ambiguous_none", said[0]?.params ?? {}, "zh");
    const en = message("read_figure_ambiguous_none", said[0]?.params ?? {}, "en");
    expect([zh.includes("无过重课业负担"), zh.includes("是/否"), zh.includes("达标/未达标")]).toEqual([true, true, true]);
    expect([en.includes("无过重课业负担"), en.includes("是/否"), en.includes("达标/未达标")]).toEqual([true, true, true]);
  });

  it("does not guess a negatively worded veto item answered 无 / 没有 (before: 无重大安全责任事故 | 无 was inverted into an accident), said as a veto item (存在 / 不存在 asked)", () => {
    const result = figuresOf([["无重大安全责任事故", "无"], ["杜绝择校", "没有"]]);
    expect(result?.figures.map((f) => f.code)).toEqual(["G1_layout"]);
    expect((result?.issues ?? []).filter((i) => i.code === "read_figure_veto_ambiguous").map((i) => [i.cell, i.params.countyItem])).toEqual([
      ["县级指标!B3", "V_safety_accident"],
      ["县级指标!B4", "V_school_choice"],
    ]);
  });

  it("keeps 无 as none where it answers the question, and reads a verdict beside a negative item", () => {
    const result = figuresOf([
      ["有无重大安全责任事故", "无"],
      ["违规择校", "无"],
      ["学生课业负担过重", "无"],
      ["无过重课业负担（是/否）", "是"],
    ]);
    expect(ambiguous(result?.issues ?? [])).toEqual([]);
    // No accident, no school choice; 课业负担过重 | 无 is no excessive workload (inverted: Q8 met); 无过重课业负担 | 是 is met.
    expect(result?.figures.map((f) => [f.code, f.value, f.cell])).toEqual([
      ["G1_layout", true, "县级指标!B2"],
      ["V_safety_accident", false, "县级指标!B3"],
      ["V_school_choice", false, "县级指标!B4"],
      ["Q8_workload", true, "县级指标!B5"],
      ["Q8_workload", true, "县级指标!B6"],
    ]);
  });

  it("reads 无 beside a veto item whose 不 / 未 belongs to the bad thing (不规范, 不良, 不实, 未经, 未按) as the veto absent (before: each was asked about, the veto left unassessed)", () => {
    const names = ["违规择校等不规范招生行为", "未经批准设置重点学校或重点班", "未按规定补充教师、长期聘用编外教师", "发生重大安全责任事故或造成不良社会影响的违纪违规事件", "数据不实、弄虚作假"];
    const result = figuresOf([...names.map((n) => [n, "无"]), ["无过重课业负担", "无"]]);
    // Only 无过重课业负担 | 无 stays asked about (row 8).
    expect(ambiguous(result?.issues ?? []).map((i) => i.cell)).toEqual(["县级指标!B8"]);
    const vetoes = (result?.figures ?? []).filter((f) => f.code.startsWith("V_"));
    expect(vetoes.map((f) => [f.value, f.cell])).toEqual(names.map((_, k) => [false, `县级指标!B${k + 3}`]));
  });

  it("reads 是 beside a veto item worded with a bare 不 / 未 or as its cure as the veto absent (before: 不设重点班 | 是 was a veto present)", () => {
    const names = ["不设重点学校、重点班", "不设重点班", "不举办重点学校", "不搞择校", "未设置重点学校和重点班", "未以考试方式招生", "择校问题得到有效控制"];
    const result = figuresOf(names.map((n) => [n, "是"]));
    const vetoes = (result?.figures ?? []).filter((f) => f.code.startsWith("V_"));
    expect(vetoes.map((f) => [f.value, f.cell])).toEqual(names.map((_, k) => [false, `县级指标!B${k + 3}`]));
  });
});

describe("readCountyFigures: a yes / no answer with a remark or a full stop (reviewer R4, finding 1)", () => {
  const remarks = (issues: readonly Issue[]) => issues.filter((i) => i.code === "read_figure_answer_remark");

  it("reads 有（已整改） as 有 and 无。 as 无 (before: both set aside as unreadable, the veto 未填报), the remark said at its cell", () => {
    const result = figuresOf([["有编不补、长期聘用编外教师", "有（已整改）"], ["重大安全责任事故或严重违纪违规", "无。"]]);
    expect(result?.figures.map((f) => [f.code, f.value, f.cell])).toEqual([
      ["G1_layout", true, "县级指标!B2"],
      ["V_unfilled_posts", true, "县级指标!B3"],
      ["V_safety_accident", false, "县级指标!B4"],
    ]);
    expect(result?.issues.filter((i) => i.severity === "error")).toEqual([]);
    const said = remarks(result?.issues ?? []);
    expect(said.map((i) => [i.severity, i.cell])).toEqual([["info", "县级指标!B3"]]);
    expect(message("read_figure_answer_remark", said[0]?.params ?? {}, "zh")).toBe("县级指标“有编不补、长期聘用编外教师”填写为“有（已整改）”，已按“有”读取；其后的说明“已整改”未用于评估");
    expect(message("read_figure_answer_remark", said[0]?.params ?? {}, "en")).toBe("County item “有编不补、长期聘用编外教师”: “有（已整改）” was read as “有”; the remark “已整改” after it is not used in the evaluation");
  });

  it("reads an evidence item's 是（见附件3） as 是, and still asks about 无。 beside an item worded as a negative", () => {
    const result = figuresOf([["课程开齐开足、教学秩序规范", "是（见附件3）"], ["无过重课业负担", "无。"]]);
    expect(result?.figures.map((f) => [f.code, f.value])).toEqual([
      ["G1_layout", true],
      ["Q7_curriculum", true],
    ]);
    expect(ambiguous(result?.issues ?? []).map((i) => i.cell)).toEqual(["县级指标!B4"]);
  });

  it("asks for 有 / 无 (not 是 / 否) at a veto item's unreadable value, and for 是 / 否 at an evidence item's", () => {
    const result = figuresOf([["有编不补、长期聘用编外教师", "基本没有"], ["是否设置重点校、重点班", "基本没有"], ["学校章程与信息化管理", "基本达到"]]);
    const bad = (result?.issues ?? []).filter((i) => i.code === "read_figure_bad_value");
    expect(bad.map((i) => [i.cell, message("read_figure_bad_value", i.params, "zh")])).toEqual([
      ["县级指标!B3", "县级指标“有编不补、长期聘用编外教师”的值“基本没有”无法读取，未使用：请在该单元格改填“有”或“无”"],
      ["县级指标!B4", "县级指标“是否设置重点校、重点班”的值“基本没有”无法读取，未使用：请在该单元格改填“是”或“否”"],
      ["县级指标!B5", "县级指标“学校章程与信息化管理”的值“基本达到”无法读取，未使用：请在该单元格改填“是”或“否”"],
    ]);
    expect(message("read_figure_bad_value", bad[0]?.params ?? {}, "en")).toBe("County item 有编不补、长期聘用编外教师: “基本没有” cannot be read and is not used: enter yes or no (有 / 无) in that cell");
  });
});

describe("readCountyFigures: an evidence item's bare 0 / 1 (reviewer R4, finding 4)", () => {
  const digits = (issues: readonly Issue[]) => issues.filter((i) => i.code === "read_figure_yes_no_digit");

  it("reads 无过重课业负担 | 0 as 否 as before, now with a warning at its cell (0 may mean none); a positive item's 1 with a note; a veto's 0 as 无 without a word", () => {
    const result = figuresOf([["无过重课业负担", 0], ["教师信息技术应用熟练", "1"], ["违规择校", 0]]);
    expect(result?.figures.map((f) => [f.code, f.value, f.cell])).toEqual([
      ["G1_layout", true, "县级指标!B2"],
      ["Q8_workload", false, "县级指标!B3"],
      ["Q5_ict", true, "县级指标!B4"],
      ["V_school_choice", false, "县级指标!B5"],
    ]);
    const said = digits(result?.issues ?? []);
    expect(said.map((i) => [i.severity, i.cell])).toEqual([
      ["warning", "县级指标!B3"],
      ["info", "县级指标!B4"],
    ]);
    expect(message("read_figure_yes_no_digit", said[0]?.params ?? {}, "zh")).toBe("县级指标“无过重课业负担”填写为 0，已按“否”读取；如 0 另有含义（如数量，0 表示没有此类情况），请改填“是”或“否”");
    expect(message("read_figure_yes_no_digit", said[0]?.params ?? {}, "en")).toBe("County item “无过重课业负担”: 0 was read as no; if 0 means something else (a count, 0 meaning there are no such cases), enter 是 or 否 (yes or no)");
    expect(message("read_figure_yes_no_digit", said[1]?.params ?? {}, "zh")).toBe("县级指标“教师信息技术应用熟练”填写为 1，已按“是”读取；如 1 另有含义（如数量，0 表示没有此类情况），请改填“是”或“否”");
  });
});
