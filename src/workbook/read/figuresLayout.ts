import type { Issue } from "../../engine/types";
import type { Grid } from "../types";
import { issueAt } from "./issue";
import { nearbyBothStages, specialFundingBothStages } from "./figureWording";
import { analysePath, matchAlias } from "./matchHeaderPath";
import { matchCountyItem } from "./matchCountyItem";
import { payAmountKind } from "./payAmounts";
import { rotationCountKind } from "./rotationCounts";
import { HEADING_NUMBER, cellText, normaliseText } from "./text";

/** Where a county figures sheet keeps its items and values. */
export interface Layout {
  readonly headerRow: number | null;
  readonly itemColumn: number | null;
  readonly valueColumn: number | null;
  readonly countyColumn: number | null;
  readonly unitColumn: number | null;
  /** Columns headed as a standard or target (标准值, 目标): never a value. */
  readonly standardColumns: readonly number[];
  /**
   * A column between the item and the value columns, unnamed (项目 merged over A:B) or headed as
   * one (子项, 分项, 指标, 学段: SUB_ITEM_HEADER): a sub-item's name under an item merged down over
   * its rows, or written on each row or its first only (教师交流轮岗 over 交流轮岗比例 / 骨干教师占比).
   */
  readonly subItemColumn: number | null;
  /** The notes column (备注, 说明): never read as a value, looked at when the value is blank. */
  readonly noteColumn: number | null;
  /** The value header says %, so a bare 95 of a ratio item means 95%. */
  readonly percentHeader: boolean;
  /** Columns headed 小学 / 初中 (项目 | 小学 | 初中): an item judged per stage (G7, G13) takes each stage's value from its own (stageColumnsOf). */
  readonly stageColumns: StageColumns;
  /** What is said about the header: the year column chosen, or no value column. */
  readonly notes: readonly Issue[];
}

const ITEM_HEADER = /^(项目|指标|内容|名称|评估项目|指标名称|项目名称|评估内容|评估指标|监测指标)$/;
// Not 自评结论: it holds the county's verdict (达标), not the value; a 项目 | 自评结论 | 数值 sheet reads 数值.
const VALUE_HEADER = /^(数值|值|数据|结果|自评结果|自评情况|自评值|自评数据|达成情况|现状值|填报值|实际值|完成值|达成值|完成情况|情况|评估结果|县域数值|指标值|现状|本县|监测值|评估值)/;
/** A standard the county is judged against, not its value (标准值 | 本县现状: the first filled cell is the standard). */
const STANDARD_HEADER = /标准|目标|要求/;
/** A sub-item column's header right of the item column (项目 | 子项 | 数值, 项目 | 指标 | 数值 | 单位). */
const SUB_ITEM_HEADER = /^(子项|子项目|分项|分项目|分项指标|细项|明细|指标|子指标|具体指标|二级指标|指标名称|学段|分学段)$/;
/** A year column of a 项目 | 2022年 | 2023年 | 2024年 header. */
const YEAR_HEADER = /^((?:19|20)\d{2})(年|年度)?(\([^()]*\))?$/;

/** The columns of a header headed by a stage, each null when the header has none. */
export interface StageColumns {
  readonly primary: number | null;
  readonly junior: number | null;
  /** A column of the whole county beside them (项目 | 小学 | 初中 | 全县, or 合计): its figure is the county's own. */
  readonly whole: number | null;
}

const NO_STAGES: StageColumns = { primary: null, junior: null, whole: null };

export const NO_LAYOUT: Layout = { headerRow: null, itemColumn: null, valueColumn: null, countyColumn: null, unitColumn: null, standardColumns: [], subItemColumn: null, noteColumn: null, percentHeader: false, stageColumns: NO_STAGES, notes: [] };

/** A header naming one stage alone, with an aside (小学, 初中阶段, 小学（%）). */
const STAGE_HEADER = /^(小学|初中)(阶段|学段|部分?)?(\([^()]*\))?$/;

/** A header of the whole county's column beside stage columns (全县, 全区, 县域, 合计, 总计, 全县合计（%）). */
const WHOLE_HEADER = /^(全县|全区|全市|全旗|县域|全县域|合计|总计|总体|整体|全县合计|全区合计|全县\(市、?区\)|义务教育|义务教育阶段)(\([^()]*\))?$/;

/**
 * The columns right of the item column headed 小学 and 初中 (项目 | 小学 | 初中), the first of each:
 * a value of each stage for an item judged per stage (rules.md §4 items 7 and 13); and beside
 * either, the first headed as the whole county's (WHOLE_HEADER), which an item of the whole county
 * is read from (countyItemByStage.ts).
 * @example stageColumnsOf([{ c: 0, t: "项目" }, { c: 1, t: "小学" }, { c: 2, t: "初中" }], 0) // { primary: 1, junior: 2, whole: null }
 * @example stageColumnsOf([{ c: 0, t: "项目" }, { c: 1, t: "小学" }, { c: 2, t: "初中" }, { c: 3, t: "全县" }], 0) // { primary: 1, junior: 2, whole: 3 }
 */
export function stageColumnsOf(cells: readonly { c: number; t: string }[], itemColumn: number): StageColumns {
  const stage = (name: string) => cells.find((x) => x.c > itemColumn && STAGE_HEADER.exec(x.t)?.[1] === name)?.c ?? null;
  const [primary, junior] = [stage("小学"), stage("初中")];
  // 全县 alone heads no stage sheet: it is then a value column like any other (read_figure_no_value_column).
  const whole = primary === null && junior === null ? null : (cells.find((x) => x.c > itemColumn && WHOLE_HEADER.test(x.t))?.c ?? null);
  return { primary, junior, whole };
}

/** Whether a header has a 小学 or an 初中 column (stageColumnsOf). @example hasStageColumn({ primary: 1, junior: null }) // true */
function hasStageColumn(stages: StageColumns): boolean {
  return stages.primary !== null || stages.junior !== null;
}

function headerTexts(grid: Grid, row: number): { c: number; t: string }[] {
  return (grid.values[row - grid.top] ?? []).map((v, i) => ({ c: grid.left + i, t: normaliseText(cellText(v) ?? "") }));
}

function findColumn(cells: readonly { c: number; t: string }[], test: (t: string) => boolean): number | null {
  return cells.find((x) => x.t !== "" && test(x.t))?.c ?? null;
}

/** A column of notes, whatever it starts with (情况说明, 数据来源): never the value. */
const NOTE_HEADER = /说明|备注|来源|依据|附注/;

/** Whether a header, unit or item name says percent (%, ％ after NFKC, 百分). @example saysPercent("数值（%）") // true */
export function saysPercent(text: string): boolean {
  return /%|百分/.test(text.normalize("NFKC"));
}

/**
 * A county column's header: 县区 by the school sheet's aliases, or a city list's own words for it
 * (县市区, 区县, 县（市、区）, 地区). Not 单位, which heads the unit column of a 项目 | 单位 | 数值 list.
 * @example isCountyHeader("县（市、区）") // true
 */
export function isCountyHeader(t: string): boolean {
  return matchAlias(analysePath([t]).segments)?.key === "county" || /^(县区|县市区|区县|县\(市、?区\)|地区)$/.test(normaliseText(t));
}

function isValueHeader(t: string): boolean {
  return VALUE_HEADER.test(t) && !STANDARD_HEADER.test(t) && !NOTE_HEADER.test(t);
}

/** The latest year's column of a header naming years, with that year; null when no cell names a year. */
export function latestYearColumn(cells: readonly { c: number; t: string }[]): { column: number; year: number } | null {
  let best: { column: number; year: number } | null = null;
  for (const { c, t } of cells) {
    const year = Number(YEAR_HEADER.exec(t)?.[1] ?? NaN);
    if (Number.isInteger(year) && (best === null || year > best.year)) best = { column: c, year };
  }
  return best;
}

function valueOf(grid: Grid, row: number, cells: readonly { c: number; t: string }[]): Pick<Layout, "valueColumn" | "notes"> {
  const valueColumn = findColumn(cells, isValueHeader);
  if (valueColumn !== null) return { valueColumn, notes: [] };
  const year = latestYearColumn(cells);
  if (year !== null) return { valueColumn: year.column, notes: [issueAt("read_figure_latest_year", "info", grid.sheet, row, year.column, { year: year.year })] };
  const itemColumn = findColumn(cells, (t) => ITEM_HEADER.test(t)) ?? grid.left;
  const found = (grid.values[row - grid.top] ?? []).flatMap((v) => cellText(v) ?? []).join(" | ");
  return { valueColumn: null, notes: [issueAt("read_figure_no_value_column", "warning", grid.sheet, row, itemColumn, { found })] };
}

/**
 * The sub-item column: the first column right of the item column headed as one (SUB_ITEM_HEADER),
 * before the value column when there is one; else the first unnamed column strictly between the
 * item and the value columns; or null.
 */
function subItemColumnOf(cells: readonly { c: number; t: string }[], itemColumn: number, valueColumn: number | null): number | null {
  const between = cells.filter((x) => x.c > itemColumn && (valueColumn === null || x.c < valueColumn));
  const headed = between.find((x) => SUB_ITEM_HEADER.test(x.t))?.c ?? null;
  if (headed !== null || valueColumn === null) return headed;
  return between.find((x) => x.t === "")?.c ?? null;
}

/**
 * Whether a header holds items kept in pairs side by side (项目 | 数值 | 项目 | 数值): a second item
 * header after a value header. 项目 | 指标 | 数值 is one item column and its sub-item column.
 */
function pairsHeader(cells: readonly { c: number; t: string }[]): boolean {
  const items = cells.filter((x) => ITEM_HEADER.test(x.t));
  const [first, second] = items;
  if (first === undefined || second === undefined) return false;
  return cells.some((x) => x.c > first.c && x.c < second.c && (isValueHeader(x.t) || YEAR_HEADER.test(x.t)));
}

/** The evaluation's areas, with an aside in brackets (社会认可度（10分）). */
const AREA_NAME = /^(资源配置|政府保障程度|教育质量|社会认可度)(\([^()]*\))?$/;

/**
 * An area of the evaluation heading a group of items (一、政府保障程度, 教育质量), numbered as a
 * block heading is (HEADING_NUMBER): never an item of its own, though 社会认可度 is also the name of R1.
 * @example isAreaName("一、政府保障程度") // true; isAreaName("初中三年巩固率") // false
 */
function isAreaName(text: string): boolean {
  return AREA_NAME.test(normaliseText(text.normalize("NFKC").trim().replace(HEADING_NUMBER, "")));
}

/** Whether a name gives what is read as a county figure: an item, a stage-less G7 / G13, an amount of pay or a head count. */
function namesItem(text: string): boolean {
  return matchCountyItem(text) !== null || specialFundingBothStages(text) || nearbyBothStages(text) || payAmountKind(text) !== null || rotationCountKind(text) !== null;
}

/** The filled cells of a column under the header row, as text. */
function columnTexts(grid: Grid, headerRow: number, column: number): string[] {
  return grid.values.slice(headerRow - grid.top + 1).flatMap((r) => cellText(r[column - grid.left]) ?? []);
}

/**
 * The item column of a header naming items twice before its value (评估内容 | 评估指标 | 本县现状,
 * 项目 | 内容 | 数值, 项目 | 子项 | 数值): the second when the first only groups the items, naming
 * areas (政府保障程度, 教育质量: isAreaName) or nothing read, and the second names items; else the
 * first, the second then being its sub-item column when headed as one (就近划片入学比例 | 小学).
 */
function itemColumnOf(grid: Grid, row: number, cells: readonly { c: number; t: string }[], first: number, valueColumn: number | null): number {
  const second = cells.find((x) => x.c > first && (valueColumn === null || x.c < valueColumn) && (ITEM_HEADER.test(x.t) || SUB_ITEM_HEADER.test(x.t)));
  if (second === undefined) return first;
  const groups = columnTexts(grid, row, first).every((t) => isAreaName(t) || !namesItem(t));
  return groups && columnTexts(grid, row, second.c).some(namesItem) ? second.c : first;
}

function layoutAt(grid: Grid, row: number, firstItemColumn: number): Layout {
  const cells = headerTexts(grid, row);
  const { valueColumn, notes } = valueOf(grid, row, cells);
  const itemColumn = itemColumnOf(grid, row, cells, firstItemColumn, valueColumn);
  const valueText = cells.find((x) => x.c === valueColumn)?.t ?? "";
  const stageColumns = stageColumnsOf(cells, itemColumn);
  return {
    headerRow: row,
    itemColumn,
    valueColumn,
    countyColumn: findColumn(cells, isCountyHeader),
    unitColumn: findColumn(cells, (t) => /^(单位|计量单位)$/.test(t)),
    standardColumns: cells.filter((x) => x.c !== itemColumn && STANDARD_HEADER.test(x.t)).map((x) => x.c),
    subItemColumn: subItemColumnOf(cells, itemColumn, valueColumn),
    noteColumn: findColumn(cells, (t) => NOTE_HEADER.test(t) && !ITEM_HEADER.test(t) && !isValueHeader(t)),
    percentHeader: saysPercent(valueText),
    stageColumns,
    // 项目 | 小学 | 初中: the stage columns are the value columns, read as such (rowItems.ts byStage).
    notes: hasStageColumn(stageColumns) ? notes.filter((n) => n.code !== "read_figure_no_value_column") : notes,
  };
}

/**
 * The 项目 | 数值 header row in the top 10 rows (with optional 县区 and 单位 columns): the value
 * column is headed 数值, 本县现状, 实际值, 监测值 … and never 标准 / 目标 / 要求; a header of years
 * (2022年 | 2023年 | 2024年) gives the latest year's column, said at its header; an item column
 * without a value column is said with a warning, and each row's value is then looked for
 * (readCountyFigures); a column headed 子项 / 分项 / 指标 / 学段 right of the item column holds
 * sub-items (subItemColumnOf); of two item columns before the value (评估内容 | 评估指标 | 本县现状),
 * the first naming areas (政府保障程度) or no item is a group column, the second the items'
 * (itemColumnOf). NO_LAYOUT when no row has an item header.
 *
 * @example layoutOf(grid of 评估项目 | 标准值 | 本县现状) // { headerRow: 1, itemColumn: 0, valueColumn: 2, standardColumns: [1], … }
 * @example layoutOf(grid of 评估内容 | 评估指标 | 标准值 | 本县现状; 政府保障程度 | 规划布局合理 | 达标 | 是) // { itemColumn: 1, valueColumn: 3, standardColumns: [2], … }
 */
export function layoutOf(grid: Grid): Layout {
  for (let row = grid.top; row < grid.top + Math.min(10, grid.values.length); row++) {
    const cells = headerTexts(grid, row);
    const itemColumn = findColumn(cells, (t) => ITEM_HEADER.test(t));
    // 项目 | 数值 | 项目 | 数值: pairs side by side, each row's items read with the value after each (readCountyFigures).
    if (pairsHeader(cells)) return { ...NO_LAYOUT, headerRow: row };
    if (itemColumn !== null) return layoutAt(grid, row, itemColumn);
  }
  return NO_LAYOUT;
}
