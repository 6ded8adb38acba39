import type { Issue } from "../../engine/types";
import { a1, qualified } from "../address";
import type { Grid } from "../types";
import { issueAt } from "./issue";
import type { StagelessItem } from "./stagelessFigures";
import type { ItemUnit } from "./matchCountyItem";
import { valueAt } from "./rowMeta";
import { normaliseText } from "./text";
import type { ItemRow } from "./itemRow";
import { shownText } from "./rowCells";

/**
 * A value not read: read_figure_bad_value, or for a part of a two-part cell that gives the other part
 * a value of its own (`beside`: 小学6500元，初中约7000元; 小学100%，初中约96.8%; 交流轮岗12%，骨干约25%)
 * read_figure_part_bad_value, which names the part and asks to rewrite that part only, keeping the
 * other's value: "请在该单元格改填…" would lose it (reviewer R3 of s46, finding 6, first mended for
 * G7 alone, a special case of every two-part item).
 *
 * @example badValueIssue(…, G7 row at B2, "G7_special_junior", "初中约7000元", "yuan", null, true) // read_figure_part_bad_value at B2 { item, text: "初中约7000元", expected: "yuan", countyItem: "G7_special_junior" }
 */
export function badValueIssue(sheet: string, item: ItemRow, column: number, code: string, text: string, expected: string, whole: StagelessItem | null, beside: boolean): Issue {
  const params = { item: item.text, text, expected, ...itemParams(whole, code) };
  return issueAt(beside ? "read_figure_part_bad_value" : "read_figure_bad_value", "error", sheet, item.row, column, params);
}

/**
 * A stage cell of a stage-less G7 or G13 row giving both stages' values beside a value in the other
 * stage's cell (小学100%，初中96.8% | 96.8%): which of the two the other stage's is cannot be told, so
 * the cell is refused and told to keep its own stage's value only (read_figure_stage_cell_both).
 * @example 义务教育就近入学比例 | 小学100%，初中96.8% | 96.8% → read_figure_stage_cell_both at B2 { stageInText: "primary", otherCell: "县级指标!C2" }
 */
export function bothStagesIssue(grid: Grid, item: ItemRow, column: number, code: string): Issue {
  const typed = item.bothStagesTyped;
  // Called only for a cell byStage marked: without the mark the message would name no stage and the cell itself as the other.
  if (typed === undefined) throw new Error(`bothStagesIssue: row ${item.row} (${item.text}) has no both-stages cell`);
  const cell = qualified(grid.sheet, a1(item.row, column));
  const otherCell = qualified(grid.sheet, a1(item.row, typed.otherColumn));
  const params = { item: item.text, text: shownText(valueAt(grid, item.row, column)), cell, stageInText: typed.own, otherCell, countyItem: code };
  return issueAt("read_figure_stage_cell_both", "error", grid.sheet, item.row, column, params);
}

/** The labels naming a stage-less G7 or G13 row by what it covers, both stages (county_G7_special_both in src/messages/labels.ts). */
const BOTH_STAGES_LABEL: Readonly<Record<StagelessItem, string>> = { G7: "G7_special_both", G13: "G13_nearby_both" };

/**
 * The item an issue of a row names: its code (`countyItem`, which ties a cell not read to its
 * item's missing part: unreadFigures.ts) and, for a stage-less G7 or G13 row read whole, the label
 * of both stages (`itemLabel`, which the English text names it by): such a row is read under its
 * primary code (readAs) but stands for both stages (reviewer R2 of s46, finding 4: "Special
 * education, primary" for 特殊教育学校生均公用经费).
 *
 * @example itemParams("G7", "G7_special_primary") // { countyItem: "G7_special_primary", itemLabel: "G7_special_both" }
 * @example itemParams(null, "G12_certificate_rate") // { countyItem: "G12_certificate_rate" }
 */
export function itemParams(stageless: StagelessItem | null, code: string): { countyItem: string; itemLabel?: string } {
  return stageless === null ? { countyItem: code } : { countyItem: code, itemLabel: BOTH_STAGES_LABEL[stageless] };
}

/**
 * What a row's value should be: for a stage-less row read whole, a value per stage or one for both
 * (G7 kind_yuan_stages, G13 kind_ratio_stages: the user is not left to pick one of two values, nor
 * told to retype a cell that gives one per stage); else expectedKind.
 *
 * @example rowExpected("G7", "G7_special_primary", "yuan", "特殊教育学校生均公用经费") // "yuan_stages"
 * @example rowExpected("G13", "G13_nearby_primary", "ratio", "义务教育就近入学比例") // "ratio_stages"
 * @example rowExpected(null, "G7_special_junior", "yuan", "特殊教育学校初中生均公用经费") // "yuan"
 */
export function rowExpected(stageless: StagelessItem | null, code: string, unit: ItemUnit, name: string): string {
  return stageless === "G7" ? "yuan_stages" : stageless === "G13" ? "ratio_stages" : expectedKind(code, unit, name);
}

/**
 * What an unreadable value should be (read_figure_bad_value's {expected}): the item's unit, but 有 / 无
 * for a veto item that asks whether the bad thing exists (有编不补 | 有（？）), as its answers are; 是 / 否
 * where its name asks 是否.
 *
 * @example expectedKind("V_unfilled_posts", "boolean", "有编不补、长期聘用编外教师") // "existence"
 * @example expectedKind("G8_pay_ratio", "number", "教师平均工资收入水平不低于当地公务员") // "pay_ratio"
 * @example expectedKind("V_key_schools", "boolean", "是否设置重点校") // "boolean"; expectedKind("Q8_workload", "boolean", "无过重课业负担") // "boolean"
 */
export function expectedKind(code: string, unit: ItemUnit, name: string): string {
  const own = OWN_KINDS[code];
  if (own !== undefined) return own;
  return unit === "boolean" && code.startsWith("V_") && !normaliseText(name).includes("是否") ? "existence" : unit;
}

/** Number items whose value is asked for by what it is (kind_pay_ratio: 教师与公务员平均工资之比，如 1.03), not as "a number". */
const OWN_KINDS: Readonly<Record<string, string>> = { G8_pay_ratio: "pay_ratio", Q9_difference_rate: "difference_rate", Q6_moral_culture: "rating" };
