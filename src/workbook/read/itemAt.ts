import type { Grid } from "../types";
import type { Layout } from "./figuresLayout";
import { itemUnit } from "./matchCountyItem";
import { textAt, valueAt } from "./rowMeta";
import { saysNoRemark } from "./noRemark";
import { saysNoData } from "./noDataAnswer";
import { normaliseText } from "./text";
import { ownPart, wholeItemParts } from "./twoParts";
import type { ItemRow } from "./itemRow";
import { type RowCell, UNIT_ONLY } from "./rowCells";
import { classify } from "./classify";
import { readCell } from "./readCell";

/**
 * Without a value column, the item's value is the first cell right of it that reads as a value of
 * the item's unit (readCell, as under a value column): a unit cell (`%` in B, 97 in C) gives the
 * unit, and a note (2023年调查为80%) is not taken for the value.
 */
function valueBeside(grid: Grid, row: number, right: readonly RowCell[], code: string | null): Pick<ItemRow, "valueColumn" | "unitText" | "unread"> {
  const units = right.filter((x) => UNIT_ONLY.test(normaliseText(x.t)));
  const others = right.filter((x) => !units.includes(x));
  const unitText = units.map((x) => x.t).join(" ");
  const unit = code === null ? null : itemUnit(code);
  if (code === null || unit === null) return { valueColumn: others[0]?.c ?? null, unitText, unread: [] };
  // What valueOf reads under a value column (良好 for 良好以上, 有1起, 96.8%（2024年）) is the value here too.
  const value = others.find((x) => readCell(code, valueAt(grid, row, x.c), unit, false, unitText).converted?.ok === true);
  // 暂无数据 stands where the value would (figureOf says the item has no figure yet), but only when no
  // cell gives one: 暂无数据 | 96.5% under 小学 | 初中 is 96.5%, as / | 96.5% is (reviewer R3 of s48, F1).
  const reads = value ?? others.find((x) => saysNoData(x.t));
  return { valueColumn: reads?.c ?? null, unitText, unread: reads === undefined ? others.map((x) => x.t) : [] };
}

/**
 * One item of a row and its value among `cells` (the value column, else the first right of it that
 * reads as a value), classified by `named` (a sub-item row's: classedName) without a note sending a
 * part to another row (ownPart), and its 单位 cell.
 */
export function itemAt(grid: Grid, row: number, layout: Layout, itemCell: RowCell, cells: readonly RowCell[], sub = "", named = itemCell.t): ItemRow | null {
  // A part the sentence sends to another row (（留守儿童另见下行）) is not this row's: classified without it.
  const name = sub === "" ? ownPart(named) : named;
  const classed = classify(name, sub, layout.unitColumn === null ? "" : (textAt(grid, row, layout.unitColumn) ?? ""));
  const code = classed.code;
  // A sub-item (教师交流轮岗 | 其中骨干教师占比) or a head count names one part, never the item whole.
  // Only for the item itself: 初中三年巩固率（含留守儿童、随迁子女） names G15's words but is Q1.
  const whole = sub === "" && classed.countKind === null && code !== null ? wholeItemParts(name) : null;
  const parts = whole !== null && whole.some((p) => p.code === code) ? whole : null;
  const base = { row, itemColumn: itemCell.c, ...classed, parts, text: itemCell.t };
  if (layout.valueColumn !== null) return { ...base, valueColumn: layout.valueColumn, unitText: "", unread: [] };
  // A 备注 of 无 / 暂无数据 says there is nothing to remark, no value (F7 of s49 H1: 违规择校 | | | 无 was judged 无).
  const remarkOnly = (x: RowCell) => x.c === layout.noteColumn && saysNoRemark(x.t);
  const right = cells.filter((x) => x.c > itemCell.c && x.c !== layout.countyColumn && x.c !== layout.unitColumn && !layout.standardColumns.includes(x.c) && !remarkOnly(x));
  if (right.length === 0) return null;
  const beside = valueBeside(grid, row, right, code);
  return { ...base, ...(beside.valueColumn === null && base.parts !== null ? partsBeside(right, beside) : beside) };
}

/**
 * Without a value column, a whole two-part item's value cell (100%、96.8%): the first cell right of
 * it that states no unit alone, which twoPartFigures splits; `beside` as it is when there is none.
 */
function partsBeside(right: readonly RowCell[], beside: Pick<ItemRow, "valueColumn" | "unitText" | "unread">): Pick<ItemRow, "valueColumn" | "unitText" | "unread"> {
  const first = right.find((x) => !UNIT_ONLY.test(normaliseText(x.t)));
  return first === undefined ? beside : { valueColumn: first.c, unitText: beside.unitText, unread: [] };
}
