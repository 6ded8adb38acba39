// s50 M1: a veto item under 小学 | 初中 columns was cleared (无) on one stage cell while the other was
// unread or said its answer was pending: 违规择校 | 无 | 待核实 said nothing of C2 and decided 无 on B2;
// 无 | 见附件 refused C2 and still decided 无 on B2. Expected by hand: not cleared, 待评估, pointed at C2.
import { message } from "../../messages/catalogue";
import { builtInProfile } from "../../profiles/resolveProfile";
import { withUnreadVetoCells } from "../../report/unreadVetoCells";
import { summarySheet } from "../write/summarySheet";
import { readCountyFigures } from "./readCountyFigures";
import { evaluateFiguresSheet, figuresSaid as said, gridOf, readFiguresSheet as read } from "./testing";

const HEAD = ["项目", "小学", "初中", "备注"];

/** The county evaluated on the national profile, the veto cells laid over as the front ends do, and 汇总's cells as text. */
async function summary(rows: unknown[][], lang: "zh" | "en") {
  const r = await evaluateFiguresSheet(rows);
  const profile = builtInProfile("national-2017");
  const evaluation = withUnreadVetoCells(r.evaluation, r.issues);
  const sheet = summarySheet(evaluation, { issues: [...r.issues, ...evaluation.issues], profileName: profile.name[lang], lang, profile });
  const text = (c: unknown) => (c !== null && typeof c === "object" && "value" in c ? String(c.value) : String(c));
  return { county: evaluation.counties[0], cells: sheet.tables.flatMap((t) => t.rows.map((row) => row.map(text))) };
}

describe("a veto item under stage columns, one cell 无 and the other unread or pending", () => {
  it.each(["待核实", "暂无数据"])("reads no figure from 无 | %s and warns at C2, naming B2", (pending) => {
    expect(said([HEAD, ["违规择校", "无", pending, null]])).toEqual({ figures: [], issues: [["read_figure_veto_cell_undecided", "warning", "县级指标!C2"]] });
  });

  // s51 H1: C2 had two messages, read_figure_bad_value and read_figure_veto_cell_undecided; now one error.
  it.each(["见附件", "abc", "有（0起）"])("reads no figure from 无 | %s: C2 refused, one error there holding the veto", (text) => {
    expect(said([HEAD, ["违规择校", "无", text, null]])).toEqual({ figures: [], issues: [["read_figure_veto_cell_unread", "error", "县级指标!C2"]] });
  });

  it("holds it whichever stage cell is unread (见附件 | 无), and through the item's inverted wording (无违规择校行为 | 是 | 待核实)", () => {
    expect(said([HEAD, ["违规择校", "见附件", "无", null]]).issues).toEqual([["read_figure_veto_cell_unread", "error", "县级指标!B2"]]);
    expect(said([HEAD, ["无违规择校行为", "是", "待核实", null]])).toEqual({
      figures: [],
      issues: [
        ["read_figure_inverted", "info", "县级指标!B2"],
        ["read_figure_veto_cell_undecided", "warning", "县级指标!C2"],
      ],
    });
  });

  // s51 H1: the message named D2 alone as saying 无, B2 left out (countyItemByStage reads one cell per value).
  it("holds it beside a 全县 column saying 无 too (无 | 待核实 | 无 was read 无 from D2), naming both cells saying 无", () => {
    const r = read([["项目", "小学", "初中", "全县"], ["违规择校", "无", "待核实", "无"]]);
    expect(r?.figures).toEqual([]);
    expect(r?.issues.map((i) => [i.code, i.cell, i.params["clearedCells"]])).toEqual([["read_figure_veto_cell_undecided", "县级指标!C2", "县级指标!B2、县级指标!D2"]]);
    const first = read([["项目", "全县", "小学", "初中"], ["违规择校", "无", "无", "待核实"]]);
    expect(first?.issues.map((i) => [i.code, i.cell, i.params["clearedCells"]])).toEqual([["read_figure_veto_cell_undecided", "县级指标!D2", "县级指标!B2、县级指标!C2"]]);
  });

  it("says 无 | 见附件 in one message, in Chinese and English", () => {
    const issue = read([HEAD, ["违规择校", "无", "见附件", null]])?.issues[0];
    expect(message(issue?.code ?? "", issue?.params, "zh")).toBe(
      "县级指标“违规择校”在 县级指标!C2 填写的“见附件”无法读作“有”或“无”，未使用；同一行的 县级指标!B2 虽填写为“无”，一票否决项在各单元格都确定前不判定为无，该项待评估。请在 县级指标!C2 改填“有”或“无”",
    );
    expect(message(issue?.code ?? "", issue?.params, "en")).toBe(
      "County item “违规择校”: “见附件” at 县级指标!C2 cannot be read as 有 or 无 and is not used; though 县级指标!B2 on the same row says “无”, a veto item is not cleared while one of its cells is undecided, so it is not yet assessed. Enter 有 or 无 in 县级指标!C2",
    );
  });

  it("says the cell, what it holds and what to write, in Chinese and English", () => {
    const issue = read([HEAD, ["违规择校", "无", "待核实", null]])?.issues[0];
    expect(message(issue?.code ?? "", issue?.params, "zh")).toBe(
      "县级指标“违规择校”在 县级指标!B2 填写为“无”，但同一行的 县级指标!C2 填写为“待核实”，未能读作“有”或“无”（无法读取或尚待核实）：一票否决项在各单元格都确定前不判定为无，该项待评估。请在 县级指标!C2 填写“有”或“无”",
    );
    expect(message(issue?.code ?? "", issue?.params, "en")).toBe(
      "County item “违规择校” says “无” at 县级指标!B2, but 县级指标!C2 on the same row says “待核实”, read as neither 有 nor 无 (it cannot be read or is still pending): a veto item is not cleared while one of its cells is undecided, so it is not yet assessed. Write 有 or 无 in 县级指标!C2",
    );
  });

  it("names the row's county in a list of counties, the other county's 无 | 无 read as before", () => {
    const r = read([["县区", "项目", "小学", "初中"], ["甲县", "违规择校", "无", "待核实"], ["乙县", "违规择校", "无", "无"]]);
    expect(r?.figures.map((f) => [f.county, f.code, f.value, f.cell])).toEqual([["乙县", "V_school_choice", false, "县级指标!C3"]]);
    expect(r?.issues.map((i) => [i.code, i.cell, i.params["figureCounty"]])).toEqual([["read_figure_veto_cell_undecided", "县级指标!D2", "甲县"]]);
  });

  it("leaves the county's veto 待评估 at C2, not 无: 汇总's 一票否决 row and veto table say so", async () => {
    const { county, cells } = await summary([HEAD, ["违规择校", "无", "见附件", null]], "zh");
    expect(county?.veto.find((v) => v.code === "V_school_choice")).toEqual({ code: "V_school_choice", present: null, cell: "县级指标!C2" });
    const vetoRow = cells.find((row) => row[1] === "一票否决");
    expect(vetoRow?.[2]).toBe("待评估");
    expect(vetoRow?.[3]).toContain("填报值未能读取：违规择校（县级指标!C2，见“数据问题”）");
    expect(cells.find((row) => row[1] === "违规择校")?.slice(2)).toEqual(["待评估", "县级指标!C2"]);
  });

  it("says it in English on 汇总 too", async () => {
    const { cells } = await summary([HEAD, ["违规择校", "无", "待核实", null]], "en");
    const vetoRow = cells.find((row) => row.some((c) => c.includes("illegal school choice (县级指标!C2")));
    expect(vetoRow?.[2]).toBe("Not yet assessed");
  });
});

describe("a veto item under stage columns decided as before", () => {
  it("is present on a 有 in either cell whatever the other says (无, 待核实, 见附件)", () => {
    expect(said([HEAD, ["违规择校", "无", "有", null]]).figures).toEqual([
      ["V_school_choice", false, "县级指标!B2"],
      ["V_school_choice", true, "县级指标!C2"],
    ]);
    expect(said([HEAD, ["违规择校", "待核实", "有", null]])).toEqual({ figures: [["V_school_choice", true, "县级指标!C2"]], issues: [] });
    expect(said([HEAD, ["违规择校", "有", "见附件", null]])).toEqual({ figures: [["V_school_choice", true, "县级指标!B2"]], issues: [["read_figure_bad_value", "error", "县级指标!C2"]] });
  });

  it("leaves the county vetoed by 待核实 | 有: 存在, not 待评估", async () => {
    const { county, cells } = await summary([HEAD, ["违规择校", "待核实", "有", null]], "zh");
    expect(county?.veto.find((v) => v.code === "V_school_choice")).toEqual({ code: "V_school_choice", present: true, cell: "县级指标!C2" });
    expect(cells.find((row) => row[1] === "一票否决")?.[2]).toBe("存在");
  });

  it.each([["/"], ["不适用"]])("is cleared on 无 beside %s in the other stage cell (that stage has none)", (other) => {
    expect(said([HEAD, ["违规择校", "无", other, null]])).toEqual({ figures: [["V_school_choice", false, "县级指标!B2"]], issues: [] });
  });

  it("is cleared on 无 | 无, and another veto row's 待核实 holds only its own item", () => {
    const r = said([HEAD, ["违规择校", "无", "无", null], ["以考试方式招生", "否", "待核实", null]]);
    expect(r).toEqual({ figures: [["V_school_choice", false, "县级指标!B2"]], issues: [["read_figure_veto_cell_undecided", "warning", "县级指标!C3"]] });
  });
});

// s51 H1: 违规择校 | 无 | (blank) cleared the veto on the 小学 cell alone, nothing said of the blank 初中 cell.
// Expected by hand: a veto is cleared only when every stage says 无 (or the 全县 cell does): 待评估, a warning
// at the blank cell naming it, its stage and the cell saying 无; a 有 anywhere still a case.
describe("a veto item under stage columns, one cell 无 and a stage cell blank", () => {
  // s52 H5: the reader does not know the county's stages; the 无 is kept, marked with its blank cell, for the engine to hold only where the county has that stage (vetoResults.test.ts).
  it("keeps the 无 of 无 | (blank) marked with the blank 初中 cell C2, and warns there, naming B2", () => {
    expect(said([HEAD, ["违规择校", "无", null, null]], "stageInText", "clearedCells")).toEqual({
      figures: [["V_school_choice", false, "县级指标!B2"]],
      issues: [["read_figure_veto_cell_blank", "warning", "县级指标!C2", "junior", "县级指标!B2"]],
    });
    expect(read([HEAD, ["违规择校", "无", null, null]])?.figures[0]?.blankStageCells).toEqual([{ stage: "junior", cell: "县级指标!C2" }]);
    const primaryBlank = read([HEAD, ["违规择校", null, "无", null]]);
    expect(primaryBlank?.figures.map((f) => [f.cell, f.blankStageCells])).toEqual([["县级指标!C2", [{ stage: "primary", cell: "县级指标!B2" }]]]);
    expect(said([HEAD, ["违规择校", null, "无", null]], "stageInText", "clearedCells").issues).toEqual([["read_figure_veto_cell_blank", "warning", "县级指标!B2", "primary", "县级指标!C2"]]);
  });

  it("says the blank cell, its stage and what to write, in Chinese and English", () => {
    const issue = read([HEAD, ["违规择校", "无", null, null]])?.issues[0];
    expect(message(issue?.code ?? "", issue?.params, "zh")).toBe(
      "县级指标“违规择校”在 县级指标!B2 填写为“无”，但同一行初中列的 县级指标!C2 未填写：一票否决项须各学段都填写“无”（或全县列填写“无”）才判定为无，该项待评估。请在 县级指标!C2 填写“有”或“无”（本县有初中学校，填“/”不能判定为无）",
    );
    expect(message(issue?.code ?? "", issue?.params, "en")).toBe(
      "County item “违规择校” says “无” at 县级指标!B2, but its junior secondary cell 县级指标!C2 on the same row is blank: a veto item is cleared only when every stage says 无 (or the whole-county column does), so it is not yet assessed. Enter 有 or 无 in 县级指标!C2 (the county has junior secondary schools, so / does not clear it)",
    );
  });

  it("holds it under 全县 | 小学 | 初中 when the 全县 cell is blank too (blank | 无 | blank), at D2", () => {
    const r = read([["项目", "全县", "小学", "初中"], ["违规择校", null, "无", null]]);
    expect(r?.figures.map((f) => [f.code, f.value, f.cell, f.blankStageCells])).toEqual([["V_school_choice", false, "县级指标!C2", [{ stage: "junior", cell: "县级指标!D2" }]]]);
    expect(r?.issues.map((i) => [i.code, i.severity, i.cell, i.params["stageInText"]])).toEqual([["read_figure_veto_cell_blank", "warning", "县级指标!D2", "junior"]]);
  });

  it("clears it on a 全县 无 whatever stage cells are blank (无 | blank | blank, 无 | 无 | blank), but not beside 待核实", () => {
    const head = ["项目", "全县", "小学", "初中"];
    expect(said([head, ["违规择校", "无", null, null]])).toEqual({ figures: [["V_school_choice", false, "县级指标!B2"]], issues: [] });
    expect(said([head, ["违规择校", "无", "无", null]])).toEqual({ figures: [["V_school_choice", false, "县级指标!B2"]], issues: [] });
    expect(said([head, ["违规择校", "无", null, "待核实"]]).issues).toEqual([["read_figure_veto_cell_undecided", "warning", "县级指标!D2"]]);
  });

  it("is a case on 有 | (blank), and 待评估 with no warning on a row of blanks", () => {
    expect(said([HEAD, ["违规择校", null, "有", null]])).toEqual({ figures: [["V_school_choice", true, "县级指标!C2"]], issues: [] });
    expect(said([HEAD, ["违规择校", null, null, null]]).figures).toEqual([]);
  });

  it("names the row's county in a list of counties", () => {
    const r = read([["县区", "项目", "小学", "初中"], ["甲县", "违规择校", "无", null], ["乙县", "违规择校", "无", "无"]]);
    expect(r?.figures.map((f) => [f.county, f.code, f.value, f.cell, f.blankStageCells])).toEqual([
      ["甲县", "V_school_choice", false, "县级指标!C2", [{ stage: "junior", cell: "县级指标!D2" }]],
      ["乙县", "V_school_choice", false, "县级指标!C3", undefined],
    ]);
    expect(r?.issues.map((i) => [i.code, i.cell, i.params["figureCounty"]])).toEqual([["read_figure_veto_cell_blank", "县级指标!D2", "甲县"]]);
  });

  it("leaves the county's veto 待评估 at C2 on 汇总, not 无", async () => {
    const { county, cells } = await summary([HEAD, ["违规择校", "无", null, null]], "zh");
    expect(county?.veto.find((v) => v.code === "V_school_choice")).toEqual({ code: "V_school_choice", present: null, cell: "县级指标!C2" });
    expect(cells.find((row) => row[1] === "一票否决")?.[2]).toBe("待评估");
    expect(cells.find((row) => row[1] === "违规择校")?.slice(2)).toEqual(["待评估", "县级指标!C2"]);
  });
});

// R1 of s51: a 无 merged over the 小学 and 初中 cells (B2:C2), a common layout, answers both stages; since s51 H1
// the 初中 cell under the merge was taken for a blank stage cell and the veto held 待评估 with a warning at C2.
// A 无 merged down over two veto rows (C2:C3) answers the lower row's 初中 cell too. Expected by hand: cleared.
describe("a veto item under stage columns with its answer in a merged cell", () => {
  /** The rows read with the given merged areas: [code, value, cell] of each figure, [code, severity, cell, text] of each issue. */
  function mergedSaid(rows: unknown[][], merges: string[]) {
    const r = readCountyFigures(gridOf(rows as never, { sheet: "县级指标", merges }));
    return { figures: r?.figures.map((f) => [f.code, f.value, f.cell]), issues: r?.issues.map((i) => [i.code, i.severity, i.cell, i.params["text"]]) };
  }

  it("clears 无 merged over 小学 and 初中 (B2:C2), and over 全县 blank's stages (C2:D2)", () => {
    expect(mergedSaid([HEAD, ["违规择校", "无", null, null]], ["B2:C2"])).toEqual({ figures: [["V_school_choice", false, "县级指标!B2"]], issues: [] });
    expect(mergedSaid([["项目", "全县", "小学", "初中"], ["违规择校", null, "无", null]], ["C2:D2"])).toEqual({ figures: [["V_school_choice", false, "县级指标!C2"]], issues: [] });
  });

  it("clears the lower row of a 无 merged down the 初中 column (C2:C3) beside its own 无", () => {
    const rows = [HEAD, ["违规择校", "无", "无", null], ["重大安全责任事故", "无", null, null]];
    expect(mergedSaid(rows, ["C2:C3"])).toEqual({
      figures: [
        ["V_school_choice", false, "县级指标!B2"],
        ["V_safety_accident", false, "县级指标!B3"],
      ],
      issues: [],
    });
  });

  it("holds the lower row when the merged 初中 text is no answer (见附件 over C2:C3), naming C3 and the text", () => {
    const rows = [HEAD, ["违规择校", "无", "见附件", null], ["重大安全责任事故", "无", null, null]];
    expect(mergedSaid(rows, ["C2:C3"])).toEqual({
      figures: [],
      issues: [
        ["read_figure_veto_cell_unread", "error", "县级指标!C2", "见附件"],
        ["read_figure_veto_cell_undecided", "warning", "县级指标!C3", "见附件"],
      ],
    });
  });

  it("still holds a 无 beside a blank 初中 cell merged with nothing (B2 alone)", () => {
    expect(mergedSaid([HEAD, ["违规择校", "无", null, null]], ["D2:D3"]).issues).toEqual([["read_figure_veto_cell_blank", "warning", "县级指标!C2", ""]]);
  });
});
