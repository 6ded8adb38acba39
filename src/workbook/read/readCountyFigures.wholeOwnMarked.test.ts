// s50 M2 (reviewer R2): an item of one stage under 项目 | 小学 | 初中 | 全县 whose own cell says none (/, —)
// is read from the 全县 cell, as before, but 初中三年巩固率 | 94% | / | 96% was told the 初中 cell C2 “为空”
// though it holds /, and (blank) | / | 96% was read with not a word, though / and 96% disagree. Now the
// message quotes what the cell holds, and the disagreement is a warning at C2 naming C2 and D2, as the
// / beside the other stage's value is (read_figure_other_stage_own_marked). Expected by hand.
import { message } from "../../messages/catalogue";
import { figuresSaid as said, readFiguresSheet as read } from "./testing";

const HEAD = ["项目", "小学", "初中", "全县"];

describe("an item of one stage whose own cell says none, read from the 全县 cell", () => {
  it("reads 94% | / | 96% as 0.96 from D2, the 小学 cell said set aside with C2's /, and C2 warned against D2", () => {
    expect(said([HEAD, ["初中三年巩固率", "94%", "/", "96%"]])).toEqual({
      figures: [["Q1_consolidation", 0.96, "县级指标!D2"]],
      issues: [
        ["read_figure_other_stage_whole_marked", "info", "县级指标!B2"],
        ["read_figure_whole_own_marked", "warning", "县级指标!C2"],
      ],
    });
  });

  it("says what C2 holds, not 为空, in Chinese and English", () => {
    const issue = read([HEAD, ["初中三年巩固率", "94%", "/", "96%"]])?.issues[0];
    expect(message(issue?.code ?? "", issue?.params, "zh")).toBe(
      "县级指标“初中三年巩固率”只涉及初中，初中列的 县级指标!C2 填写为“/”，已按全县列的 县级指标!D2 读取；此处另一学段列的“94%”未使用",
    );
    expect(message(issue?.code ?? "", issue?.params, "en")).toBe(
      "County item “初中三年巩固率” concerns junior secondary only; its junior secondary cell, 县级指标!C2, says “/”, so it was read from the whole-county column, at 县级指标!D2; “94%” here, in the other stage's column, is not used",
    );
  });

  it("warns of (blank) | / | 96% at C2, naming C2 and D2, in Chinese and English, still reading 0.96", () => {
    const r = read([HEAD, ["初中三年巩固率", null, "/", "96%"]]);
    expect(r?.figures.map((f) => [f.code, f.value, f.cell])).toEqual([["Q1_consolidation", 0.96, "县级指标!D2"]]);
    expect(r?.issues.map((i) => [i.code, i.severity, i.cell])).toEqual([["read_figure_whole_own_marked", "warning", "县级指标!C2"]]);
    expect(message("read_figure_whole_own_marked", r?.issues[0]?.params, "zh")).toBe(
      "县级指标“初中三年巩固率”只涉及初中，初中列的 县级指标!C2 填写为“/”（无或不适用），但全县列的 县级指标!D2 填写为“96%”，两者不一致；已按 县级指标!D2 的数值评估。如初中确无该数值，请删去 县级指标!D2 的数值；否则请把初中的数值填在 县级指标!C2",
    );
    expect(message("read_figure_whole_own_marked", r?.issues[0]?.params, "en")).toBe(
      "County item “初中三年巩固率” concerns junior secondary only; its junior secondary cell, 县级指标!C2, says “/” (none or not applicable), but its whole-county cell, 县级指标!D2, says “96%”: the two disagree, and the item was judged on 县级指标!D2. If there is no junior secondary figure, clear 县级指标!D2; if there is, enter the junior secondary figure in 县级指标!C2",
    );
  });

  it("warns of — in the 小学 cell of a primary item the same way (G7 特殊教育学校小学生均公用经费 | — | (blank) | 7000)", () => {
    expect(said([HEAD, ["特殊教育学校小学生均公用经费", "—", null, 7000]])).toEqual({
      figures: [["G7_special_primary", 7000, "县级指标!D2"]],
      issues: [["read_figure_whole_own_marked", "warning", "县级指标!B2"]],
    });
  });

  it("says / in C2 beside a 全县 cell not read, and keeps 为空 and no warning for a blank C2", () => {
    expect(said([HEAD, ["初中三年巩固率", "94%", "/", "见附表"]]).issues).toEqual([
      ["read_figure_bad_value", "error", "县级指标!D2"],
      ["read_figure_other_stage_whole_unread_marked", "info", "县级指标!B2"],
    ]);
    const blank = read([HEAD, ["初中三年巩固率", "94%", null, "96%"]]);
    expect(blank?.issues.map((i) => i.code)).toEqual(["read_figure_other_stage_whole"]);
    expect(message("read_figure_other_stage_whole", blank?.issues[0]?.params, "zh")).toContain("初中列的 县级指标!C2 为空");
  });
});
