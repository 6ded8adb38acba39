import type { Issue } from "../../engine/types";
import { a1, qualified } from "../address";
import type { Grid } from "../types";
import { issueAt } from "./issue";
import { saysNoRemark } from "./noRemark";
import { valueAt } from "./rowMeta";
import { cellText } from "./text";

/**
 * A figure written only in the notes column (初中三年巩固率 | (blank) | 达到98%, 规划布局合理 |
 * (blank) | 已落实): free text is not read as the value (达到98% may be a target, 已落实 a
 * description), so the item stays not assessed and a warning names the blank value cell, the note
 * cell and what the note says, for the figure to be moved into the value column. Null when there
 * is no notes column, the value cell is filled (a formula without a stored result is not blank
 * here: noCachedResult.ts says it) or the note is blank or says there is nothing to remark (无, 暂无,
 * /: saysNoRemark), which gave no value (s50 H2: 社会认可度 | (blank) | 无 was told 备注写有“无”); the
 * caller then says the value cell blank.
 *
 * @example valueInNote(grid of 项目 | 数值 | 备注; 初中三年巩固率 | | 达到98%, 1, 1, 2, "初中三年巩固率") // warning at 县级指标!B2, noteCell 县级指标!C2, note 达到98%
 */
export function valueInNote(grid: Grid, row: number, valueColumn: number, noteColumn: number | null, item: string): Issue | null {
  const raw = valueAt(grid, row, valueColumn);
  const blank = raw === null || (typeof raw === "string" && raw.trim() === "");
  const note = noteColumn === null || !blank ? null : cellText(valueAt(grid, row, noteColumn));
  if (note === null || noteColumn === null || saysNoRemark(note)) return null;
  const params = { item, valueCell: qualified(grid.sheet, a1(row, valueColumn)), noteCell: qualified(grid.sheet, a1(row, noteColumn)), note };
  return issueAt("read_figure_value_in_note", "warning", grid.sheet, row, valueColumn, params);
}
