import type { Evaluation, Issue } from "../engine/types";

/**
 * The reader's issues less each read_figure_veto_cell_blank whose row's 无 cleared its veto item: the
 * reader warns at every blank stage cell beside a 无 (违规择校 | 无 | (blank)), not knowing the county's
 * stages; the engine clears the item on that 无 when the county has no section of the blank cell's
 * stage (vetoResults). A county with no 初中 school was told to write / in its blank 初中 cell, the item
 * held 待评估 (s52 H5): no warning is due. Where the item is held, or decided by another cell (a 有
 * elsewhere), the warning stays, also where another county's item was cleared by the same 无 (a
 * figures sheet with no county column beside a list of counties, s52 R5).
 *
 * @example withoutUnheldBlankCells([read_figure_veto_cell_blank at 县级指标!C2 { countyItem: V_school_choice, clearedCells: "县级指标!B2" }], (V_school_choice present false at 县级指标!B2)) // []
 */
export function withoutUnheldBlankCells(issues: readonly Issue[], evaluation: Evaluation): Issue[] {
  const cleared = new Set(evaluation.counties.flatMap((c) => c.veto.filter((v) => v.present === false && v.cell !== null).map((v) => `${v.code}@${v.cell}`)));
  if (cleared.size === 0) return issues.slice();
  // A figures sheet without a county column applies to every county of a list: one county's 无 cleared is no reason to drop the warning where another's item is held at that blank cell.
  const held = new Set(evaluation.counties.flatMap((c) => c.veto.filter((v) => v.present === null && v.cell !== null).map((v) => `${v.code}@${v.cell}`)));
  const item = (i: Issue) => String(i.params["countyItem"]);
  const clearedBy = (i: Issue) => !held.has(`${item(i)}@${i.cell ?? ""}`) && String(i.params["clearedCells"] ?? "").split("、").some((cell) => cleared.has(`${item(i)}@${cell}`));
  return issues.filter((i) => i.code !== "read_figure_veto_cell_blank" || !clearedBy(i));
}
