// s50 M1: a veto row under stage columns cleared on one cell while another gave no answer
// (违规择校 | 无 | 待核实 was 无 on B2 alone). Expectations written by hand from the rule: cleared only
// when every cell that says something says 无; a 有 anywhere is a case.
import { vetoHeld, type VetoRowCell } from "./vetoHeld";

const none = (cell: string): VetoRowCell => ({ cell, text: "无", answer: false });
const undecided = (cell: string, text: string): VetoRowCell => ({ cell, text, answer: null });
const row = (cells: VetoRowCell[]) => ({ item: "违规择校", code: "V_school_choice", cells });

describe("vetoHeld: a veto row is not cleared while one of its cells gives no answer", () => {
  it("holds 无 | 待核实 with a warning at the pending cell naming the 无 cell", () => {
    expect(vetoHeld(row([none("县级指标!B2"), undecided("县级指标!C2", "待核实")]))).toEqual([
      {
        code: "read_figure_veto_cell_undecided",
        severity: "warning",
        cell: "县级指标!C2",
        params: { item: "违规择校", countyItem: "V_school_choice", text: "待核实", undecidedCell: "县级指标!C2", clearedCells: "县级指标!B2", clearedText: "无" },
      },
    ]);
  });

  it("says each undecided cell, and names every cell read 无 (their texts once each)", () => {
    const cells = [{ cell: "县级指标!B2", text: "否", answer: false }, undecided("县级指标!C2", "见附件"), none("县级指标!D2"), undecided("县级指标!E2", "暂无数据")];
    const said = vetoHeld(row(cells)).map((i) => [i.cell, i.params["text"], i.params["clearedCells"], i.params["clearedText"]]);
    expect(said).toEqual([
      ["县级指标!C2", "见附件", "县级指标!B2、县级指标!D2", "否、无"],
      ["县级指标!E2", "暂无数据", "县级指标!B2、县级指标!D2", "否、无"],
    ]);
  });

  it("holds nothing when a cell says 有 (a case whatever the others say), none says 无, or all are decided", () => {
    expect(vetoHeld(row([none("县级指标!B2"), undecided("县级指标!C2", "待核实"), { cell: "县级指标!D2", text: "有", answer: true }]))).toEqual([]);
    expect(vetoHeld(row([undecided("县级指标!B2", "见附件"), undecided("县级指标!C2", "待核实")]))).toEqual([]);
    expect(vetoHeld(row([none("县级指标!B2"), none("县级指标!C2")]))).toEqual([]);
    expect(vetoHeld(row([]))).toEqual([]);
  });
});

// s51 H1: a blank stage cell beside 无 cleared the veto (违规择校 | 无 | blank), and a refused cell was said twice.
describe("vetoHeld: a blank stage cell, a 全县 无, a refused cell", () => {
  const blank = (cell: string, stage: "primary" | "junior"): VetoRowCell => ({ cell, text: "", answer: null, stage, blank: true });

  it("holds 无 | (blank) with a warning at the blank cell naming its stage", () => {
    expect(vetoHeld(row([{ ...none("县级指标!B2"), stage: "primary" }, blank("县级指标!C2", "junior")]))).toEqual([
      {
        code: "read_figure_veto_cell_blank",
        severity: "warning",
        cell: "县级指标!C2",
        params: { item: "违规择校", countyItem: "V_school_choice", text: "", undecidedCell: "县级指标!C2", clearedCells: "县级指标!B2", clearedText: "无", stageInText: "junior" },
      },
    ]);
  });

  it("takes a 全县 无 for the blank stages, not for a pending one", () => {
    const whole: VetoRowCell = { ...none("县级指标!B2"), stage: "whole" };
    expect(vetoHeld(row([whole, blank("县级指标!C2", "primary"), blank("县级指标!D2", "junior")]))).toEqual([]);
    expect(vetoHeld(row([whole, blank("县级指标!C2", "primary"), undecided("县级指标!D2", "待核实")])).map((i) => [i.code, i.cell])).toEqual([["read_figure_veto_cell_undecided", "县级指标!D2"]]);
  });

  it("says a refused cell as unreadable, an error, and a 有 beside a blank is still a case", () => {
    const refused: VetoRowCell = { ...undecided("县级指标!C2", "见附件"), refused: true };
    expect(vetoHeld(row([none("县级指标!B2"), refused])).map((i) => [i.code, i.severity, i.cell])).toEqual([["read_figure_veto_cell_unread", "error", "县级指标!C2"]]);
    expect(vetoHeld(row([{ cell: "县级指标!B2", text: "有", answer: true }, blank("县级指标!C2", "junior")]))).toEqual([]);
  });
});
