import type { Issue, ItemResult } from "../../engine/types";

/**
 * The cells of an item's values that were given but could not be read: an item 待评估 whose
 * missing part (a null in ItemResult.parts) an error or warning names as its `countyItem` — the
 * reader's (read_figure_bad_value, read_figure_number_not_credible …) or the engine's
 * (county_figure_ratio_above_one) — so that the result says the value at its cell was not read,
 * not that there is no data. An engine issue is the item's when its cell is among the item's
 * cells; a reader issue names no county, so in a list of several counties it is matched by the
 * county item alone.
 *
 * @example unreadCells(R1 not assessed, parts { R1_recognition: null }, [county_figure_ratio_above_one at 县级指标!B27 { countyItem: R1_recognition }]) // ["县级指标!B27"]
 */
export function unreadCells(item: ItemResult, issues: readonly Issue[]): string[] {
  return cellsOf(item, issues, (i) => i.severity !== "info" && !UNCOMPUTED.test(i.code));
}

/** A head count read but giving no figure (0 teachers eligible, a stage blank): said by rotationFigures.ts. */
const UNCOMPUTED = /^read_figure_rotation_/;

/**
 * The cells of an item's counts that were read but from which its figure could not be computed
 * (G11 with 0 eligible teachers: read_figure_rotation_no_eligible at its count's cell): an item
 * 待评估 whose result then says 无法计算 with those cells, not 无数据 (reviewer R4, finding 5).
 *
 * @example uncomputedCells(G11 not assessed, parts { G11_rotation_rate: null }, [read_figure_rotation_no_eligible at 县级指标!B11 { countyItem: G11_rotation_rate }]) // ["县级指标!B11"]
 */
export function uncomputedCells(item: ItemResult, issues: readonly Issue[]): string[] {
  return cellsOf(item, issues, (i) => i.severity !== "info" && UNCOMPUTED.test(i.code));
}

/**
 * The cells of an item's rows that are there with no value (read_figure_blank): an item 待评估
 * whose result then says 未填 with those cells, where the value is to be typed.
 *
 * @example blankCells(G14 not assessed, parts { G14_quota_share: null }, [read_figure_blank at 县级指标!B15 { countyItem: G14_quota_share }]) // ["县级指标!B15"]
 */
export function blankCells(item: ItemResult, issues: readonly Issue[]): string[] {
  return cellsOf(item, issues, (i) => i.code === "read_figure_blank");
}

/**
 * The cells where the county wrote that it has no figure yet (read_figure_no_data: 暂无数据, 尚未统计):
 * an item 待评估 whose result then says 暂无数据 with those cells, not 填报值未能读取.
 *
 * @example noDataCells(G15 not assessed, parts { G15_migrant_share: null, … }, [read_figure_no_data at 县级指标!B18 { countyItem: G15_migrant_share }]) // ["县级指标!B18"]
 */
export function noDataCells(item: ItemResult, issues: readonly Issue[]): string[] {
  // read_figure_other_stage_no_data: 暂无数据 in the other stage's cell of an item of one stage, its own blank.
  return cellsOf(item, issues, (i) => i.code === "read_figure_no_data" || i.code === "read_figure_other_stage_no_data");
}

/** What left an item 待评估 that its result names instead of 缺少数据 (each empty / null when not the case). */
export interface FigureGaps {
  /** Values given but not read (unreadCells). */
  readonly unread: readonly string[];
  /** Counts read but giving no figure (uncomputedCells). */
  readonly uncomputed: readonly string[];
  /** Rows there with their value blank (blankCells). */
  readonly blank: readonly string[];
  /** Cells saying there is no figure yet (noDataCells). */
  readonly noData: readonly string[];
  /** The school sheet lacking the item's columns (columnsMissingIn). */
  readonly columnsMissingIn: string | null;
}

/**
 * All that unreadFigures finds of an item, for the results that say why it is 待评估 (汇总's
 * reasons, the task pane's areas tile, 政府保障与质量's 依据), so that each says the same.
 * @example figureGaps(G14 not assessed, [read_figure_blank at 县级指标!B15 { countyItem: G14_quota_share }]) // { unread: [], uncomputed: [], blank: ["县级指标!B15"], noData: [], columnsMissingIn: null }
 */
export function figureGaps(item: ItemResult, issues: readonly Issue[]): FigureGaps {
  return { unread: unreadCells(item, issues), uncomputed: uncomputedCells(item, issues), blank: blankCells(item, issues), noData: noDataCells(item, issues), columnsMissingIn: columnsMissingIn(item, issues) };
}

/** The cells of the issues `keep` takes that name a missing part of an item 待评估 (unreadCells). */
function cellsOf(item: ItemResult, issues: readonly Issue[], keep: (issue: Issue) => boolean): string[] {
  if (item.verdict !== "not_assessed") return [];
  const missing = new Set(Object.entries(item.parts).flatMap(([key, value]) => (value === null ? [key] : [])));
  const cells = issues.flatMap((i) => {
    const key = i.params["countyItem"];
    if (!keep(i) || i.cell === null || typeof key !== "string" || !missing.has(key)) return [];
    const own = i.code.startsWith("read_") || item.cells.includes(i.cell);
    return own ? [i.cell] : [];
  });
  return [...new Set(cells)];
}

/**
 * The sheet whose missing columns leave an item 待评估 (read_item_columns_missing lists it with
 * what it lacks), or null: the result then points there rather than saying 缺少数据.
 *
 * @example columnsMissingIn(G5 not assessed, [read_item_columns_missing { sheet: 学校, pendingItems: "G5=largestClass|@class_buckets" }]) // "学校"
 */
export function columnsMissingIn(item: ItemResult, issues: readonly Issue[]): string | null {
  if (item.verdict !== "not_assessed") return null;
  const issue = issues.find((i) => i.code === "read_item_columns_missing" && String(i.params["pendingItems"] ?? "").split("\n").some((line) => line.startsWith(`${item.code}=`)));
  return issue === undefined ? null : String(issue.params["sheet"] ?? "");
}
