import type { CountyFigure, Issue } from "../../engine/types";
import { a1, qualified } from "../address";
import type { Grid } from "../types";
import { issueAt } from "./issue";
import type { Layout } from "./figuresLayout";
import { refusedAsQuantity } from "./figureWording";
import { itemUnit, type ItemUnit } from "./matchCountyItem";
import { textAt, valueAt } from "./rowMeta";
import { payAmountKind, payStatement } from "./payAmounts";
import { valueInNote } from "./valueInNote";
import { saysNoData } from "./noDataAnswer";
import { cellText, normaliseText } from "./text";
import type { ItemRow } from "./itemRow";
import { ownMarkedIssue, stageMarkedIssue } from "./ownMarkedIssue";
import { COUNT_UNIT } from "./classify";
import { shownText } from "./rowCells";
import { answeredFigure, refusedAnswer } from "./answeredFigure";
import { valueOf } from "./valueOf";
import { itemParams, rowExpected } from "./badValueIssue";
import { isBlank } from "./convertFigure";
import type { CountyOf } from "./countiesDown";

/**
 * An item not recognised, said at its name as a warning, as its value is not read; amounts of pay
 * are said by payFigures, head counts by rotationFigures.
 */
function unknownItem(grid: Grid, item: ItemRow, issues: Issue[]): void {
  if (item.valueColumn === null || cellText(valueAt(grid, item.row, item.valueColumn)) === null) return;
  if (payAmountKind(item.text) !== null || item.countKind !== null) return;
  issues.push(issueAt("read_figure_unknown_item", "warning", grid.sheet, item.row, item.itemColumn, { item: item.text }));
}

/**
 * A ratio or number item whose 单位 cell says a count (交流轮岗比例 | 900 | 人): the value is a head
 * count, not the ratio (900 is not 90000%), so it is not read, and said at the value cell.
 */
function countedNotRatio(grid: Grid, item: ItemRow, layout: Layout, unit: ItemUnit, column: number, issues: Issue[]): boolean {
  const unitText = layout.unitColumn === null ? "" : (textAt(grid, item.row, layout.unitColumn) ?? "");
  if ((unit !== "ratio" && unit !== "number") || !COUNT_UNIT.test(normaliseText(unitText))) return false;
  if (cellText(valueAt(grid, item.row, column)) === null) return false;
  issues.push(issueAt("read_figure_unit_not_ratio", "warning", grid.sheet, item.row, column, { item: item.text, unit: unitText, text: shownText(valueAt(grid, item.row, column)) }));
  return true;
}

/**
 * The figure of an item's row, or null with what was said of it in `issues`: an unknown item, no
 * value, a blank, 暂无数据, a mark of none in a stage cell, or a value that could not be read.
 * @example 初中三年巩固率 | 96% at B2 → { county, code: "Q1_consolidation", value: 0.96, cell: "县级指标!B2" }
 */
export function figureOf(grid: Grid, item: ItemRow, layout: Layout, countyOf: CountyOf, issues: Issue[]): CountyFigure | null {
  // 教师平均工资不低于公务员平均工资 states G8 (payStatement) though no item name matches it.
  const code = item.code ?? (payStatement(item.text) ? "G8_pay_ratio" : null);
  const unit = code === null ? null : itemUnit(code);
  if (code === null || unit === null) return (unknownItem(grid, item, issues), null);
  const column = item.valueColumn;
  if (item.ownMarked !== undefined && column !== null) return (issues.push(ownMarkedIssue(grid, item, code, item.ownMarked, column)), null);
  if (item.stageMarked !== undefined && column !== null) return (issues.push(stageMarkedIssue(grid, item, code, item.stageMarked, column)), null);
  if (column === null) {
    // What the item needs (a ratio for G8, 是 / 否 …): a row answered otherwise (是 for G8) is told what to write.
    const expected = rowExpected(item.stageless, code, unit, item.text);
    issues.push(issueAt("read_figure_no_value", "warning", grid.sheet, item.row, item.itemColumn, { item: item.text, text: item.unread.join(" | "), expected, ...itemParams(item.stageless, code) }));
    return null;
  }
  const noted = valueInNote(grid, item.row, column, layout.noteColumn, item.text);
  if (noted !== null) return (issues.push(noted), null);
  if (refusedAnswer(grid, item, code, column, issues)) return null;
  const answered = answeredFigure(grid, item, code, column, countyOf, issues);
  if (answered !== null) return answered;
  // 大班额比例 | 0 is a share: read as 否 it would say the class sizes are not met. A 是 / 达标 beside it is read.
  if (unit === "boolean" && refusedAsQuantity(item.text, valueAt(grid, item.row, column))) {
    if (cellText(valueAt(grid, item.row, column)) !== null) issues.push(issueAt("read_figure_quantity_not_yes_no", "warning", grid.sheet, item.row, column, { item: item.text, countyItem: code }));
    return null;
  }
  if (countedNotRatio(grid, item, layout, unit, column, issues)) return null;
  // A row there with its value blank: said, so that the result points where to type it (未填, not 无数据).
  // A stage-less G7 or G13 row stands for both stages: its primary code ties the cell to the item (the
  // result says 暂无数据 / 未填 there, not 缺少数据: reviewer R3 of s48, F6), its label names both stages.
  const blankParams = { item: item.text, ...itemParams(item.stageless, code) };
  if (isBlank(valueAt(grid, item.row, column))) return (issues.push(issueAt("read_figure_blank", "info", grid.sheet, item.row, column, blankParams)), null);
  // 暂无数据 says there is no figure yet: not a value that could not be read (read_figure_bad_value).
  const stated = cellText(valueAt(grid, item.row, column));
  if (stated !== null && saysNoData(stated)) return (issues.push(issueAt("read_figure_no_data", "info", grid.sheet, item.row, column, { ...blankParams, text: stated })), null);
  const value = valueOf(grid, item, layout, code, unit, column, issues);
  if (value === null) return null;
  return { county: countyOf(item.row), code, value, cell: qualified(grid.sheet, a1(item.row, column)) };
}
