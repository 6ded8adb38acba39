import type { Issue } from "../../engine/types";
import { issueAtCell } from "./issue";

/**
 * A cell of a veto item's row under stage (and 全县) columns, as the row was read: `answer` true for
 * a case (有), false for none (无), null for a cell that gave no answer — refused there (见附件, abc)
 * or saying its answer is still pending (待核实, 暂无数据).
 */
export interface VetoRowCell {
  /** The cell, qualified (县级指标!C2). */
  readonly cell: string;
  /** The cell's text as typed. */
  readonly text: string;
  readonly answer: boolean | null;
}

/** The veto row: its item's text and code, and its cells that say something (blank cells and / left out by the caller). */
export interface VetoRow {
  readonly item: string;
  readonly code: string;
  readonly cells: readonly VetoRowCell[];
}

/**
 * The warnings that hold a veto item undecided, one at each cell of its row giving no answer, when
 * another cell of the row clears it (无) and none says 有; empty for any other row. A veto is
 * cleared only when every cell that says something says 无: 违规择校 | 无 | 待核实 was decided 无 on
 * the 小学 cell alone, the 初中 cell unread (s50 M1). A 有 in any cell is a case whatever the others
 * say (the engine never sets a 有 aside), and a row none of whose cells gives an answer is undecided
 * already: neither is held here. The caller drops the row's 无 figures when this says something.
 *
 * @example vetoHeld({ item: "违规择校", code: "V_school_choice", cells: [{ cell: "县级指标!B2", text: "无", answer: false }, { cell: "县级指标!C2", text: "待核实", answer: null }] })
 * // [read_figure_veto_cell_undecided at 县级指标!C2 { item: "违规择校", countyItem: "V_school_choice", text: "待核实", undecidedCell: "县级指标!C2", clearedCells: "县级指标!B2", clearedText: "无" }]
 * @example vetoHeld({ …, cells: [无 at B2, 有 at C2] }) // []: a case at C2
 */
export function vetoHeld(row: VetoRow): Issue[] {
  const cleared = row.cells.filter((c) => c.answer === false);
  const undecided = row.cells.filter((c) => c.answer === null);
  if (row.cells.some((c) => c.answer === true) || cleared.length === 0) return [];
  const clearedCells = cleared.map((c) => c.cell).join("、");
  const clearedText = [...new Set(cleared.map((c) => c.text))].join("、");
  return undecided.map((c) => {
    const params = { item: row.item, countyItem: row.code, text: c.text, undecidedCell: c.cell, clearedCells, clearedText };
    return issueAtCell("read_figure_veto_cell_undecided", "warning", c.cell, params);
  });
}
