// s52 H5: a county split over two places, 违规择校 | 无 on one figures sheet and 违规择校 | 待核实 on
// another (or on a 小学 and a 初中 sheet, or two rows of one sheet), was cleared on the 无 alone: 待核实
// gives no figure, so only the 无 reached the engine, and 待核实 got an info note. Expected by hand: the
// veto is not cleared while one of its answers is pending (rules.md §6): no V_school_choice figure, a
// warning at the 待核实 cell naming the cell saying 无; a 有 anywhere is still a case.
import { message } from "../../messages/catalogue";
import type { Grid } from "../types";
import { gridOf, readGridsOk, TWO_SCHOOLS } from "./testing";

const list = (sheet: string, ...rows: unknown[][]): Grid => gridOf([["项目", "数值"], ...rows] as never, { sheet });

/** V_school_choice's figures [county, value, cell] and the issues naming it [code, severity, cell, clearedCells] of the school rows and figures sheets read. */
async function schoolChoice(...figures: Grid[]) {
  const r = await readGridsOk([TWO_SCHOOLS, ...figures]);
  return {
    figures: r.input.countyFigures.filter((f) => f.code === "V_school_choice").map((f) => [f.county, f.value, f.cell]),
    issues: r.issues.filter((i) => i.params["countyItem"] === "V_school_choice").map((i) => [i.code, i.severity, i.cell, i.params["clearedCells"]]),
  };
}

/** What schoolChoice gives for a 无 held by a pending cell: no figure, one warning there naming the 无's cell. */
const held = (pending: string, cleared: string) => ({ figures: [], issues: [["read_figure_veto_pending", "warning", pending, cleared]] });

describe("a veto item 无 in one place and pending in another", () => {

  it("holds 无 on 县级指标 beside 待核实 on 县级指标2, and in the other order", async () => {
    expect(await schoolChoice(list("县级指标", ["违规择校", "无"]), list("县级指标2", ["违规择校", "待核实"]))).toEqual(held("县级指标2!B2", "县级指标!B2"));
    expect(await schoolChoice(list("县级指标", ["违规择校", "待核实"]), list("县级指标2", ["违规择校", "无"]))).toEqual(held("县级指标!B2", "县级指标2!B2"));
  });

  it("holds it over a 小学 and a 初中 figures sheet, and over two rows of one sheet (暂无数据)", async () => {
    expect(await schoolChoice(list("小学县级指标", ["违规择校", "无"]), list("初中县级指标", ["违规择校", "待核实"]))).toEqual(held("初中县级指标!B2", "小学县级指标!B2"));
    expect(await schoolChoice(list("县级指标", ["违规择校", "无"], ["违规择校", "暂无数据"]))).toEqual(held("县级指标!B3", "县级指标!B2"));
  });

  it("holds 无 beside 见附件 on the other sheet: its refusal stays, no second message", async () => {
    expect(await schoolChoice(list("县级指标", ["违规择校", "无"]), list("县级指标2", ["违规择校", "见附件"]))).toEqual({ figures: [], issues: [["read_figure_bad_value", "error", "县级指标2!B2", undefined]] });
  });

  it("says the pending cell, its text and the cell saying 无, in Chinese and English", async () => {
    const r = await readGridsOk([TWO_SCHOOLS, list("县级指标", ["违规择校", "无"]), list("县级指标2", ["违规择校", "待核实"])]);
    const issue = r.issues.find((i) => i.code === "read_figure_veto_pending");
    expect(message(issue?.code ?? "", issue?.params, "zh")).toBe(
      "县级指标“违规择校”在 县级指标2!B2 填写为“待核实”，尚未确定有无；该项虽在 县级指标!B2 填写为“无”，一票否决项在各处填写都确定前不判定为无，该项待评估。请在 县级指标2!B2 填写“有”或“无”（同一项目重复填报时，请删去其中一处）",
    );
    expect(message(issue?.code ?? "", issue?.params, "en")).toBe(
      "County item “违规择校” says “待核实” at 县级指标2!B2, not yet an answer; though 县级指标!B2 says 无, a veto item is not cleared while any of the cells giving it is undecided, so it is not yet assessed. Enter 有 or 无 in 县级指标2!B2 (or delete one of the two entries if the item is given twice)",
    );
  });
});

// Bad input beside the 无 (written by hand from PENDING's rule: a blank is no answer pending; a 0 is 无, as number or
// as text; text that cannot be read is refused where it stands, that refusal holding the item).
describe("a veto item 无 in one place beside blank, 0 or unreadable text in another", () => {
  it("keeps the 无 beside a blank row on the other sheet (a template's row left empty is no answer pending)", async () => {
    const r = await schoolChoice(list("县级指标", ["违规择校", "无"]), list("县级指标2", ["违规择校", null]));
    expect(r.figures).toEqual([[null, false, "县级指标!B2"]]);
    expect(r.issues.filter((i) => i[0] === "read_figure_veto_pending")).toEqual([]);
  });

  it("holds a 0 typed as a number or as text beside 待核实, as it holds 无", async () => {
    expect(await schoolChoice(list("县级指标", ["违规择校", 0]), list("县级指标2", ["违规择校", "待核实"]))).toEqual(held("县级指标2!B2", "县级指标!B2"));
    expect(await schoolChoice(list("县级指标", ["违规择校", "0"]), list("县级指标2", ["违规择校", "待核实"]))).toEqual(held("县级指标2!B2", "县级指标!B2"));
  });

  it("holds 无 beside unreadable text (abc): its refusal stays, the only word at that cell", async () => {
    expect(await schoolChoice(list("县级指标", ["违规择校", "无"]), list("县级指标2", ["违规择校", "abc"]))).toEqual({ figures: [], issues: [["read_figure_bad_value", "error", "县级指标2!B2", undefined]] });
  });
});

describe("a veto item over two places decided as before", () => {
  it("is cleared on 无 in both places, and present on 有 beside 待核实 (its note kept)", async () => {
    const both = await schoolChoice(list("县级指标", ["违规择校", "无"]), list("县级指标2", ["违规择校", "无"]));
    expect(both.figures).toEqual([
      [null, false, "县级指标!B2"],
      [null, false, "县级指标2!B2"],
    ]);
    expect(await schoolChoice(list("县级指标", ["违规择校", "有"]), list("县级指标2", ["违规择校", "待核实"]))).toEqual({
      figures: [[null, true, "县级指标!B2"]],
      issues: [["read_figure_no_data", "info", "县级指标2!B2", undefined]],
    });
  });

  it("holds another item's 无 only for its own 待核实 (以考试方式招生 | 无 stays)", async () => {
    const r = await readGridsOk([TWO_SCHOOLS, list("县级指标", ["违规择校", "无"], ["以考试方式招生", "无"]), list("县级指标2", ["违规择校", "待核实"])]);
    expect(r.input.countyFigures.filter((f) => f.code.startsWith("V_")).map((f) => [f.code, f.value, f.cell])).toEqual([["V_exam_admission", false, "县级指标!B3"]]);
  });

  it("holds only the county whose answer is pending in a list of counties", async () => {
    const schools = gridOf([["县区", "学校名称", "学段", "在校生数"], ["甲县", "甲一小", "小学", 600], ["乙县", "乙一小", "小学", 600]]);
    const first = gridOf([["县区", "项目", "数值"], ["甲县", "违规择校", "无"], ["乙县", "违规择校", "无"]], { sheet: "县级指标" });
    const second = gridOf([["县区", "项目", "数值"], ["乙县", "违规择校", "待核实"]], { sheet: "县级指标2" });
    const r = await readGridsOk([schools, first, second]);
    expect(r.input.countyFigures.filter((f) => f.code === "V_school_choice").map((f) => [f.county, f.value, f.cell])).toEqual([["甲县", false, "县级指标!C2"]]);
    expect(r.issues.filter((i) => i.code === "read_figure_veto_pending").map((i) => [i.cell, i.params["clearedCells"]])).toEqual([["县级指标2!C2", "县级指标!C3"]]);
  });
});
