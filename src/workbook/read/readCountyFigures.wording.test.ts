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

  it("does not guess a negatively worded veto item answered 无 / 没有 (before: 无重大安全责任事故 | 无 was inverted into an accident)", () => {
    const result = figuresOf([["无重大安全责任事故", "无"], ["杜绝择校", "没有"]]);
    expect(result?.figures.map((f) => f.code)).toEqual(["G1_layout"]);
    expect(ambiguous(result?.issues ?? []).map((i) => [i.cell, i.params.countyItem])).toEqual([
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
