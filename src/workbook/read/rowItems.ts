import type { Grid } from "../types";
import type { Layout } from "./figuresLayout";
import { stageCode } from "./stagelessFigures";
import { matchCountyItem } from "./matchCountyItem";
import { valueAt } from "./rowMeta";
import { payAmountKind } from "./payAmounts";
import { cellText } from "./text";
import { namesBothParts, pieceOf, respectiveParts, sameForBoth, splitValues, withoutScope } from "./twoParts";
import type { ItemRow } from "./itemRow";
import { rowCells } from "./rowCells";
import { countyItemByStage } from "./countyItemByStage";
import { markedNone } from "./ownStageOf";
import { namedItem } from "./namedItem";
import { itemAt } from "./itemAt";

/**
 * The items of a row: under a 项目 | 数值 header, the item in the item column; without one, each
 * recognised item name and its value among the cells up to the next item name, so that a list
 * kept in pairs side by side (初中三年巩固率 | 96% | 社会认可度 | 90%) is read whole.
 */
export function rowItems(grid: Grid, row: number, layout: Layout): ItemRow[] {
  const cells = rowCells(grid, row);
  if (layout.itemColumn !== null) {
    const item = namedItem(grid, row, layout, layout.itemColumn, cells);
    return item === null ? [] : byStage(grid, layout, item);
  }
  // An amount of pay names no county item (G8 is their ratio) but is read as one: payFigures.
  const named = cells.filter((x) => matchCountyItem(x.t) !== null || payAmountKind(x.t) !== null);
  return named.flatMap((itemCell, k) => {
    const next = named[k + 1]?.c ?? Infinity;
    return itemAt(grid, row, layout, itemCell, cells.filter((x) => x.c < next)) ?? [];
  });
}

/**
 * A stage-less G7 or G13 row under 小学 / 初中 columns (Layout.stageColumns) with a value in either
 * as one item per stage column, each read from its own cell (就近划片入学比例 | 100% | 94% → primary
 * 1, junior 0.94): the columns give the stages the item's name does not. Both stages' values in one
 * stage cell, the other blank (小学100%，初中96.8% | blank), are the row's whole value (givesBothParts);
 * beside a value in the other cell, refused there (bothStagesTyped). Any other row as it is.
 */
function byStage(grid: Grid, layout: Layout, item: ItemRow): ItemRow[] {
  const { stageless } = item;
  if (stageless === null) return countyItemByStage(grid, layout, item, layout.stageColumns);
  // Each stage cell's text read once, for whether it is filled, gives both stages, or its own under its label.
  const stages = (["primary", "junior"] as const).flatMap((stage) => {
    const column = layout.stageColumns[stage];
    return column === null ? [] : [{ stage, column, text: cellText(valueAt(grid, item.row, column)) }];
  });
  const filled = stages.filter(({ text }) => text !== null);
  if (filled.length === 0) return [item];
  // A 全县 cell beside values by stage is not read: said (wholeBeside), not dropped unseen (reviewer R2 of s49).
  const whole = layout.stageColumns.whole;
  const beside = whole !== null && cellText(valueAt(grid, item.row, whole)) !== null ? { wholeBeside: whole } : {};
  // 小学100%，初中96.8% in one stage cell, the other blank: both stages' values typed in one cell,
  // read whole as under a 数值 column (twoPartFigures), not refused as the 小学 value (s49 H2).
  const [lone] = filled;
  if (filled.length === 1 && lone !== undefined && givesBothParts(item, lone.text ?? "")) return [{ ...item, valueColumn: lone.column, unread: [], ...beside }];
  return stages.map(({ stage, column, text }, k) => {
    const code = stageCode(stageless, stage);
    // Both stages' values in this cell beside a value in the other's: refused, told to keep its own stage's only (valueOf).
    const other = filled.find((s) => s.column !== column);
    const both = other !== undefined && givesBothParts(item, text ?? "") ? { bothStagesTyped: { own: stage, otherColumn: other.column } } : {};
    const labelled = ownLabelled(item, code, text);
    const own = labelled === undefined ? {} : { ownLabelled: labelled };
    // / in a stage cell says that stage gives no figure, as beside an item of one stage (ownMarked): said, not refused.
    const marked = markedNone(text) ? { stageMarked: stage } : {};
    return { ...item, code, stageless: null, parts: null, valueColumn: column, unread: [], ...both, ...own, ...marked, ...(k === 0 ? beside : {}) };
  });
}

/**
 * A stage cell's one value typed under its own stage's label and nothing else (初中96.8% in the 初中
 * cell, 小学6500元 in the 小学 cell): the value without the label, which the column already says; it
 * was refused as no ratio, told 改填比例 (reviewer R2 of s49). Undefined for any other text: another
 * stage's label (小学100% in the 初中 cell), a qualified one (初中约96.8%), or none.
 *
 * @example ownLabelled(义务教育就近入学比例 row, "G13_nearby_junior", "初中96.8%") // "96.8%"
 * @example ownLabelled(义务教育就近入学比例 row, "G13_nearby_junior", "小学100%") // undefined
 */
function ownLabelled(item: ItemRow, code: string, text: string | null): string | undefined {
  if (item.parts === null || text === null || splitValues(text).length !== 1) return undefined;
  const piece = pieceOf(text, item.parts);
  return piece?.label?.code === code && piece.value !== text ? piece.value : undefined;
}

/**
 * Whether a two-part item's cell gives both parts (twoPartFigures reads it whole): one value 均为
 * both, values 分别 in the order named, or two values or more (小学100%，初中96.8%; 100%、96.8%); not
 * a single value (100%), which a stage cell gives its own stage.
 * @example givesBothParts(义务教育就近入学比例 row, "小学100%，初中96.8%") // true; (…, "100%") // false
 */
function givesBothParts(item: ItemRow, text: string): boolean {
  if (item.parts === null) return false;
  const named = withoutScope(text, item.parts);
  const both = sameForBoth(named, item.parts) ?? respectiveParts(named, item.parts, namesBothParts(item.text, item.parts));
  return both !== null || splitValues(named).length >= 2;
}
