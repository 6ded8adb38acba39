import type { Issue } from "../../engine/types";
import { issueAtCell } from "./issue";

/**
 * A cell of a veto item's row under stage (and 全县) columns, as the row was read: `answer` true for
 * a case (有), false for none (无), null for a cell that gave no answer — refused there (见附件, abc:
 * `refused`), saying its answer is still pending (待核实, 暂无数据), or a stage cell left blank (`blank`).
 */
export interface VetoRowCell {
  /** The cell, qualified (县级指标!C2). */
  readonly cell: string;
  /** The cell's text as typed ("" for a blank cell). */
  readonly text: string;
  readonly answer: boolean | null;
  /** The column's stage: a 全县 cell's 无 answers for the whole county, a blank stage cell beside it included. */
  readonly stage?: "whole" | "primary" | "junior";
  /** A cell refused as unreadable (its read_figure_bad_value is the caller's to replace by what this says). */
  readonly refused?: true;
  /** A stage cell left blank. */
  readonly blank?: true;
}

/** The veto row: its item's text and code, and its cells (marks of none, / and 不适用, left out by the caller). */
export interface VetoRow {
  readonly item: string;
  readonly code: string;
  readonly cells: readonly VetoRowCell[];
}

/** What is said of a cell giving no answer beside a 无: refused (an error, in place of its bad value), blank, or pending. */
function undecidedCode(cell: VetoRowCell): [string, Issue["severity"]] {
  if (cell.refused === true) return ["read_figure_veto_cell_unread", "error"];
  return [cell.blank === true ? "read_figure_veto_cell_blank" : "read_figure_veto_cell_undecided", "warning"];
}

/**
 * The issues that hold a veto item undecided, one at each cell of its row giving no answer, when
 * another cell of the row clears it (无) and none says 有; empty for any other row. A veto is
 * cleared only when every stage says 无, or the 全县 cell does and no stage cell is unread or pending:
 * 违规择校 | 无 | 待核实 was decided 无 on the 小学 cell alone (s50 M1), 违规择校 | 无 | (blank) too (s51
 * H1). A 有 in any cell is a case whatever the others say (the engine never sets a 有 aside), and a
 * row none of whose cells gives an answer is undecided already: neither is held here. The caller
 * drops the row's 无 figures when this says something. One issue per cell: a cell refused is said
 * here as unreadable (an error), not also as a bad value (无 | 见附件 had two messages at C2, s51 H1).
 *
 * @example vetoHeld({ item: "违规择校", code: "V_school_choice", cells: [{ cell: "县级指标!B2", text: "无", answer: false }, { cell: "县级指标!C2", text: "待核实", answer: null }] })
 * // [read_figure_veto_cell_undecided at 县级指标!C2 { item: "违规择校", countyItem: "V_school_choice", text: "待核实", undecidedCell: "县级指标!C2", clearedCells: "县级指标!B2", clearedText: "无" }]
 * @example vetoHeld({ …, cells: [无 at B2 (primary), blank at C2 (junior)] }) // [read_figure_veto_cell_blank at C2 { …, stageInText: "junior" }]
 * @example vetoHeld({ …, cells: [无 at B2 (whole), 无 at C2 (primary), blank at D2 (junior)] }) // []: the 全县 cell answers for the county
 * @example vetoHeld({ …, cells: [无 at B2, 有 at C2] }) // []: a case at C2
 */
export function vetoHeld(row: VetoRow): Issue[] {
  const cleared = row.cells.filter((c) => c.answer === false);
  const wholeCleared = cleared.some((c) => c.stage === "whole");
  const undecided = row.cells.filter((c) => c.answer === null && !(wholeCleared && c.blank === true));
  if (row.cells.some((c) => c.answer === true) || cleared.length === 0) return [];
  const clearedCells = cleared.map((c) => c.cell).join("、");
  const clearedText = [...new Set(cleared.map((c) => c.text))].join("、");
  return undecided.map((c) => {
    const [code, severity] = undecidedCode(c);
    const stage = c.stage === "primary" || c.stage === "junior" ? { stageInText: c.stage } : {};
    const params = { item: row.item, countyItem: row.code, text: c.text, undecidedCell: c.cell, clearedCells, clearedText, ...stage };
    return issueAtCell(code, severity, c.cell, params);
  });
}
