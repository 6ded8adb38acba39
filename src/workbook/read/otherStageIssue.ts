import type { Issue } from "../../engine/types";
import { a1, qualified } from "../address";
import type { Grid } from "../types";
import { issueAt } from "./issue";
import { valueAt } from "./rowMeta";
import { saysNoData } from "./noDataAnswer";
import { cellText } from "./text";
import type { ItemRow } from "./itemRow";
import { ownStageOf, markedNone } from "./ownStageOf";
import { shownText } from "./rowCells";

/**
 * What an item of one stage under stage columns says of the other stage's cell, as it went: set
 * aside beside its own (read_figure_other_stage, at the cell set aside), or, its own cell giving no
 * figure (暂无数据, or refused there), set aside all the same (read_figure_other_stage_own_unread: it
 * said 已按…读取 of a cell nothing was read from, s49 H2); read for want of its own, when it gave a
 * figure (read_figure_other_stage_used, a warning at the cell read; read_figure_other_stage_labelled
 * naming the value read under the item's stage label, 初中96.8% there), or, giving none (暂无数据, or
 * refused), taken for the item and said to be the other stage's with its own cell blank
 * (read_figure_other_stage_unread).
 * @example 初中三年巩固率 | 96% | (blank), read → read_figure_other_stage_used at B { text: "96%", stageInText: "junior", ownCell: "县级指标!C…" }
 * @example 初中三年巩固率 | 小学100%，初中96.8% | (blank), read → read_figure_other_stage_labelled at B { text: "小学100%，初中96.8%", value: "96.8%", … }
 * @example 初中三年巩固率 | 94% | 暂无数据, not read → read_figure_other_stage_own_unread at B { text: "94%", usedCell: "县级指标!C…" }
 */
export function otherStageIssue(grid: Grid, item: ItemRow, read: boolean): Issue[] {
  const code = item.code === null ? {} : { countyItem: item.code };
  const { otherStage: other, ownStageEmpty: empty, valueColumn } = item;
  if (valueColumn === null) return [];
  const text = shownText(valueAt(grid, item.row, valueColumn));
  if (empty !== undefined) {
    const ownText = cellText(valueAt(grid, item.row, empty.column));
    const ownCell = qualified(grid.sheet, a1(item.row, empty.column));
    const params = { item: item.text, text, stageInText: empty.own, ownCell, ...code, ...(ownText === null ? {} : { ownText }) };
    const at = (said: string, severity: Issue["severity"], more = {}) => [issueAt(said, severity, grid.sheet, item.row, valueColumn, { ...params, ...more })];
    if (read && item.ownLabelled !== undefined) return at("read_figure_other_stage_labelled", "warning", { value: item.ownLabelled });
    if (read) return at(ownText === null ? "read_figure_other_stage_used" : "read_figure_other_stage_used_marked", "warning");
    // The one word on the cell (readFigures drops what figureOf said of it): 暂无数据 is no figure yet (the
    // result says 暂无数据 there: noDataCells), a value refused is one not read (a warning: unreadCells).
    return saysNoData(text) ? at("read_figure_other_stage_no_data", "info") : at("read_figure_other_stage_unread", "warning");
  }
  const besideOwn = setAsideIssue(grid, item, other, read, besideKind(grid, item));
  return [...besideOwn, ...wholeOwnMarkedIssue(grid, item, read), ...setAsideIssue(grid, item, item.wholeSetAside, read, "wholeCell")];
}

/**
 * Which words say the other stage's cell set aside: beside its own cell read, or beside 全县 read
 * for its own cell blank, or holding something (/: it was said 为空, s50 M2).
 */
function besideKind(grid: Grid, item: ItemRow): keyof typeof SET_ASIDE {
  if (item.fromWhole === undefined) return "own";
  return cellText(valueAt(grid, item.row, item.fromWhole.ownColumn)) === null ? "whole" : "wholeMarked";
}

/**
 * An item of one stage read from the 全县 cell though its own cell says none (/, —, 无, 不适用):
 * the two disagree, so it is said at the own cell, naming both, as a warning (the / of an item of
 * one stage beside the other stage's value is one: read_figure_other_stage_own_marked). Nothing
 * when the 全县 cell was not read (said there) or the own cell is blank.
 * @example 初中三年巩固率 | (blank) | / | 96%, read → read_figure_whole_own_marked at C { ownText: "/", usedCell: "县级指标!D…", text: "96%" }
 */
function wholeOwnMarkedIssue(grid: Grid, item: ItemRow, read: boolean): Issue[] {
  const { fromWhole, valueColumn, code } = item;
  if (!read || fromWhole === undefined || valueColumn === null || code === null) return [];
  const ownText = cellText(valueAt(grid, item.row, fromWhole.ownColumn));
  const own = ownStageOf(code);
  if (!markedNone(ownText) || own === undefined) return [];
  const cells = { ownCell: qualified(grid.sheet, a1(item.row, fromWhole.ownColumn)), usedCell: qualified(grid.sheet, a1(item.row, valueColumn)) };
  const params = { item: item.text, stageInText: own, countyItem: code, ownText: shownText(valueAt(grid, item.row, fromWhole.ownColumn)), text: shownText(valueAt(grid, item.row, valueColumn)), ...cells };
  return [issueAt("read_figure_whole_own_marked", "warning", grid.sheet, item.row, fromWhole.ownColumn, params)];
}

/**
 * The codes of a cell set aside beside an item of one stage, read / not read: the other stage's
 * beside its own cell or beside 全县, or the 全县 cell beside its own.
 */
const SET_ASIDE = {
  own: ["read_figure_other_stage", "read_figure_other_stage_own_unread"],
  whole: ["read_figure_other_stage_whole", "read_figure_other_stage_whole_unread"],
  wholeMarked: ["read_figure_other_stage_whole_marked", "read_figure_other_stage_whole_unread_marked"],
  wholeCell: ["read_figure_whole_set_aside", "read_figure_whole_set_aside_own_unread"],
} as const;

/** The own cell of an item of one stage read from 全县: its address, and what it holds unless blank (/: wholeMarked). */
function ownCellParams(grid: Grid, row: number, column: number): { ownCell: string; ownText?: string } {
  const ownText = cellText(valueAt(grid, row, column));
  return { ownCell: qualified(grid.sheet, a1(row, column)), ...(ownText === null ? {} : { ownText: shownText(valueAt(grid, row, column)) }) };
}

/** A cell set aside beside an item of one stage (otherStageIssue), said at that cell; none without one. */
function setAsideIssue(grid: Grid, item: ItemRow, aside: ItemRow["otherStage"], read: boolean, kind: keyof typeof SET_ASIDE): Issue[] {
  if (aside === undefined || item.valueColumn === null) return [];
  const ownCell = item.fromWhole === undefined ? {} : ownCellParams(grid, item.row, item.fromWhole.ownColumn);
  const usedCell = qualified(grid.sheet, a1(item.row, item.valueColumn));
  const code = item.code === null ? {} : { countyItem: item.code };
  const params = { item: item.text, text: shownText(valueAt(grid, item.row, aside.column)), stageInText: aside.own, usedCell, ...ownCell, ...code };
  return [issueAt(SET_ASIDE[kind][read ? 0 : 1], "info", grid.sheet, item.row, aside.column, params)];
}
