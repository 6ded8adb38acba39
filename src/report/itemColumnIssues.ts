import { itemsLeftPending } from "../engine/guarantee/itemNeeds";
import type { Evaluation, Issue, ItemResult } from "../engine/types";
import { pendingParam } from "../messages/needsText";
import type { Profile } from "../profiles/schema";
import type { ColumnMapping } from "../workbook/read/readWorkbook";
import { issueAtCell } from "../workbook/read/issue";
import { headerCell } from "../workbook/read/mappingExtent";

/** An item 待评估 for want of any data: neither school columns nor a county figure judged it. */
const unassessed = (item: ItemResult): boolean => item.verdict === "not_assessed" && item.basis === "none";

/**
 * One warning naming the items that school columns would decide (G3, G5, G6, G7, G9, G12, Q4) left
 * 待评估 because the sheet has none of the columns they read, each with what it lacks
 * (itemsLeftPending), and the sheet, at the header's first cell (headerCell). Without it the result said only 无数据, and the reader reports
 * missing columns for L1–L7 alone; the pane says the same before evaluating (optionalHint). An item
 * a county figure answered, or one whose columns are there but blank, is not this warning's.
 *
 * @example itemColumnIssues(mapping of 学校 without 最大班额 or buckets, evaluation with G5 not_assessed/none, national)
 * // [{ code: "read_item_columns_missing", severity: "warning", cell: "学校!A1", params: { sheet: "学校", count: 1, pendingItems: "G5=largestClass|@class_buckets" } }]
 */
export function itemColumnIssues(mapping: ColumnMapping | null, evaluation: Evaluation, profile: Profile): Issue[] {
  if (mapping === null) return [];
  const unjudged = new Set(evaluation.counties.flatMap((c) => c.items.filter(unassessed).map((i) => i.code)));
  const pending = itemsLeftPending(profile, new Set(mapping.columns.map((c) => c.field))).filter((p) => unjudged.has(p.item));
  return pending.length === 0 ? [] : [issueAtCell("read_item_columns_missing", "warning", headerCell(mapping), { sheet: mapping.sheet, count: pending.length, pendingItems: pendingParam(pending) })];
}
