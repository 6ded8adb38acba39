import type { Grid } from "../types";
import type { Layout, StageColumns } from "./figuresLayout";
import type { ItemRow } from "./itemRow";
import { givenIn, ownStageItem } from "./ownStageItem";
import { ownStageOf } from "./ownStageOf";

/**
 * A row of an item judged for the whole county (no stage of its own, no head count) under 小学 / 初中
 * columns with a value in each, the two different: one item per column, each read from its own
 * cell. Only the first was read, the other dropped unseen: 违规择校 | 无 | 有 was judged 无 (no veto),
 * 质量监测校际差异率 | 0.11 | 0.16 met. The engine judges a code given twice by the less favourable
 * value, each stage having to meet the item, and a veto 有 is never set aside (figuresByCode), both
 * said at the cells. One value in both (是 | 是, 良好 | 优秀), or a mark of none in one of them (/,
 * 不适用 for a stage the item does not concern), leaves the row as it is. An item of one stage
 * (特殊教育学校初中生均公用经费) is read from its own stage's column when that gives a value.
 * With a column of the whole county beside them (项目 | 小学 | 初中 | 全县, or 合计), an item of the
 * whole county giving a value there is read from that cell alone: it is the county's own figure
 * (社会认可度 | 92% | 84% | 88% is 88%, not judged on 84%: reviewer R3 of s48, F2); not a veto item
 * whose stage cells say otherwise (全县 无, 初中 有: a 有 is never set aside).
 * Cells are compared as a value column reads them (readCell: 有1起 is 有, 0.16（2024年） 0.16); a
 * cell that reads as none of the item's values (见附表) is its own item, refused at its cell, never
 * dropped unseen (reviewer R3 of s48, F3) — so are both stage cells when neither reads.
 *
 * @example 质量监测校际差异率 | 0.11 | 0.16 (stage columns B, C) → two Q9_difference_rate rows, valueColumn B and C
 * @example 社会认可度 | 92% | 84% | 88% (stage columns B, C, 全县 D) → one R1_recognition row, valueColumn D
 * @example 违规择校 | 无 | 无 | 有 (全县 B, stage columns C, D) → two V_school_choice rows, valueColumn B and D
 */
export function countyItemByStage(grid: Grid, layout: Layout, item: ItemRow, stages: StageColumns): ItemRow[] {
  const { code, valueColumn } = item;
  if (code === null || item.countKind !== null || layout.valueColumn !== null) return [item];
  const own = ownStageOf(code);
  if (own !== undefined) return ownStageItem(grid, item, code, stages, own);
  const columns = [stages.whole, stages.primary, stages.junior].filter((c): c is number => c !== null).sort((a, b) => a - b);
  // A value found in another column (备注 right of blank stage cells) is the row's, as before.
  if (valueColumn !== null && !columns.includes(valueColumn)) return [item];
  const stageOf = (c: number) => (c === stages.primary ? "primary" : c === stages.junior ? "junior" : undefined);
  const given = columns.flatMap((c) => givenIn(grid, item, code, c, stageOf(c)));
  const whole = given.find((g) => g.column === stages.whole && g.value !== null);
  if (whole !== undefined && (!code.startsWith("V_") || given.every((g) => g.value === whole.value))) return [{ ...item, valueColumn: whole.column, unread: [] }];
  // One item per value, the first cell of each; a cell not read is its own, to be read or refused there.
  const distinct = given.filter((g, k) => g.value === null || !given.slice(0, k).some((h) => h.value === g.value));
  return distinct.length === 0 ? [item] : distinct.map((g) => ({ ...item, valueColumn: g.column, unread: [] }));
}
