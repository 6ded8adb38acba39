import type { Issue } from "../../engine/types";
import { a1, qualified } from "../address";
import type { Grid } from "../types";
import { issueAt } from "./issue";
import { valueAt } from "./rowMeta";
import type { ItemRow, Stage } from "./itemRow";
import { shownText } from "./rowCells";

/**
 * What is said of a 全县 cell beside a stage-less G7 or G13 row read by stage (wholeBeside): not used,
 * at that cell, naming the cell the stages were read from (小学100%，初中96.8% | 98%: the 98% went
 * unsaid, reviewer R2 of s49); nothing for any other row.
 *
 * @example 义务教育就近入学比例 | (blank) | 小学100%，初中96.8% | 98% → read_figure_whole_beside_stages at D2 { text: "98%", usedCell: "县级指标!C2" }
 */
export function wholeBesideIssue(grid: Grid, item: ItemRow): Issue[] {
  if (item.wholeBeside === undefined || item.valueColumn === null) return [];
  const usedCell = qualified(grid.sheet, a1(item.row, item.valueColumn));
  const params = { item: item.text, text: shownText(valueAt(grid, item.row, item.wholeBeside)), usedCell };
  return [issueAt("read_figure_whole_beside_stages", "info", grid.sheet, item.row, item.wholeBeside, params)];
}

/**
 * What is said of an item of one stage not read because its own cell says none (ownMarked): the
 * item has no figure, at that cell, quoting it and the other stage's value not used (warning: a value
 * typed beside it was not used, which may be the stage's own one column over).
 * @example 初中三年巩固率 | 94% | / → read_figure_other_stage_own_marked at C { ownText: "/", text: "94%", otherCell: "县级指标!B…" }
 */
export function ownMarkedIssue(grid: Grid, item: ItemRow, code: string, marked: NonNullable<ItemRow["ownMarked"]>, column: number): Issue {
  const own = { ownCell: qualified(grid.sheet, a1(item.row, column)), ownText: shownText(valueAt(grid, item.row, column)) };
  const other = { otherCell: qualified(grid.sheet, a1(item.row, marked.otherColumn)), text: shownText(valueAt(grid, item.row, marked.otherColumn)) };
  const params = { item: item.text, stageInText: marked.own, countyItem: code, ...own, ...other };
  return issueAt("read_figure_other_stage_own_marked", "warning", grid.sheet, item.row, column, params);
}

/**
 * What is said of a stage cell of a G7 or G13 row saying none or not applicable (stageMarked): no
 * figure for that stage, which stays 待评估, the other stage read from its own cell as before. It was
 * read_figure_bad_value, an error telling to write a ratio (s50 M1). A warning, as for an item of one
 * stage (ownMarkedIssue): the result points at the cell (unreadCells), where a figure is still wanted.
 * @example 就近入学比例 | 94% | / → read_figure_stage_marked_none at C { text: "/", stageInText: "junior", countyItem: "G13_nearby_junior" }
 */
export function stageMarkedIssue(grid: Grid, item: ItemRow, code: string, stage: Stage, column: number): Issue {
  const params = { item: item.text, text: shownText(valueAt(grid, item.row, column)), stageInText: stage, countyItem: code };
  return issueAt("read_figure_stage_marked_none", "warning", grid.sheet, item.row, column, params);
}
