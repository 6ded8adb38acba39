import type { Grid } from "../types";
import type { StageColumns } from "./figuresLayout";
import { stageLabelled } from "./stageLabelled";
import { valueAt } from "./rowMeta";
import { saysNoData } from "./noDataAnswer";
import { cellText, normaliseText } from "./text";
import type { ItemRow, Stage } from "./itemRow";
import { UNIT_ONLY } from "./rowCells";
import { markedNone } from "./ownStageOf";
import { valueAsOf } from "./readCell";

/**
 * What a stage or whole-county cell gives an item: its value as valueAsOf reads it, or null for
 * text that reads as none of the item's values (见附表, for figureOf to refuse at its cell);
 * nothing for a blank cell, a unit alone, a mark of none (/, —, 不适用 for a stage the item does not
 * concern; 无初中 in the column of `stage` 初中: markedNone) or 暂无数据 beside it (a real value wins; said
 * when no cell gives one: valueBeside).
 */
export function givenIn(grid: Grid, item: ItemRow, code: string, column: number, stage?: Stage): { column: number; value: number | boolean | string | null }[] {
  const text = cellText(valueAt(grid, item.row, column));
  if (text === null || saysNoData(text) || UNIT_ONLY.test(normaliseText(text))) return [];
  const value = valueAsOf(grid, item, code, column);
  return value === null && markedNone(text, stage) ? [] : [{ column, value }];
}

/**
 * An item of one stage under stage columns, read from its own stage's cell when that gives
 * anything (a value, text to read or refuse there, 暂无数据), the other stage's cell and the 全县
 * cell set aside and said (otherStage, wholeSetAside): 初中三年巩固率 | 94% | 96% is 0.96, not judged
 * on the 小学 cell's 0.94 (reviewer R3 of s48, F4). With its own cell blank or /, the 全县 cell when
 * it gives anything (wholeItem); else the row as valueBeside read it; when that is the other
 * stage's cell (初中三年巩固率 | 96% | blank), said too (ownStageEmpty): it may be the figure typed
 * one column over, or another stage's. Its own cell saying none or not applicable (/, —, 无, 不适用:
 * markedNone) says the stage has no figure: the other stage's value is not taken for it (ownMarked;
 * s50 H2: 初中三年巩固率 | 94% | / was judged on the 小学 cell's 94%).
 *
 * @example 初中三年巩固率 | 94% | 96% (stage columns B, C) → one Q1_consolidation row, valueColumn C, otherStage B
 * @example 初中三年巩固率 | 96% | (blank) → the row as it was, valueColumn B, ownStageEmpty C
 * @example 初中三年巩固率 | 小学100%，初中96.8% | (blank) → valueColumn B, ownStageEmpty C, ownLabelled "96.8%"
 * @example 初中三年巩固率 | 94% | (blank) | 96% (全县 D) → valueColumn D, fromWhole C, otherStage B
 * @example 初中三年巩固率 | 94% | / → valueColumn C, ownMarked { own: junior, otherColumn: B }: not read
 */
export function ownStageItem(grid: Grid, item: ItemRow, code: string, stages: StageColumns, own: Stage): ItemRow[] {
  const column = stages[own];
  if (column === null) return [item];
  const other = stages[own === "primary" ? "junior" : "primary"];
  // The other stage's cell read once: set aside beside the own or the 全县 cell, or read for want of its own.
  const otherGives = other !== null && givenIn(grid, item, code, other).length > 0;
  const otherStage = otherGives ? { otherStage: { column: other, own } } : {};
  const text = cellText(valueAt(grid, item.row, column));
  if (text === null || (givenIn(grid, item, code, column).length === 0 && !saysNoData(text))) {
    // The other stage's cell, read or refused there (abc, 约95%: no value on the row, which named neither cell), is said with its own cell to fill.
    const fromOther = other !== null && (item.valueColumn === other || (item.valueColumn === null && otherGives));
    // 初中96.8% or 小学100%，初中96.8% there: the value under its own stage's label is read, said as the other stage's cell read (B3, R3 of s49).
    const labelled = fromOther ? stageLabelled(cellText(valueAt(grid, item.row, other)) ?? "", own) : undefined;
    const ownLabelledValue = labelled === undefined ? {} : { ownLabelled: labelled };
    const fallback = fromOther ? { ...item, valueColumn: other, unread: [], ownStageEmpty: { column, own }, ...ownLabelledValue } : item;
    const marked = fromOther && markedNone(text) ? { ...item, valueColumn: column, unread: [], ownMarked: { own, otherColumn: other } } : null;
    return [wholeItem(grid, item, code, stages.whole, column, otherStage) ?? marked ?? fallback];
  }
  const whole = stages.whole !== null && givenIn(grid, item, code, stages.whole).length > 0 ? { wholeSetAside: { column: stages.whole, own } } : {};
  return [{ ...item, valueColumn: column, unread: [], ...otherStage, ...whole }];
}

/**
 * An item of one stage whose own cell is blank, read from the 全县 cell when that gives anything,
 * before the other stage's (which is set aside, said: `otherStage`, as ownStageItem found it):
 * 初中三年巩固率 | 94% | (blank) | 96% is 0.96, not the 小学 cell's 0.94 with the 全县 96% never
 * mentioned (reviewer R2 of s49); null without one.
 */
function wholeItem(grid: Grid, item: ItemRow, code: string, whole: number | null, ownColumn: number, otherStage: Pick<ItemRow, "otherStage">): ItemRow | null {
  if (whole === null || givenIn(grid, item, code, whole).length === 0) return null;
  return { ...item, valueColumn: whole, unread: [], fromWhole: { ownColumn }, ...otherStage };
}
