import { noneMarkOf } from "./parseCellNumber";
import { normaliseText } from "./text";
import type { Stage } from "./itemRow";

/** A stage cell saying the item does not concern that stage (优质高中招生名额分配比例 | 不适用 | 55%). */
const NOT_APPLICABLE = /^(不适用|不涉及|无此项|本学段不适用|不统计)$/;

/** A county item of one stage (G7_special_junior, G13_nearby_primary): its own stage column gives it. */
const STAGED_CODE = /_(primary|junior)$/;

/**
 * County items of one stage by what they measure, though their codes name none: 初中三年巩固率
 * (rules.md §5 item 1) and the quality senior-high places allocated to junior schools (§4 item 14).
 */
const ONE_STAGE_ITEMS: Readonly<Record<string, Stage>> = { Q1_consolidation: "junior", G14_quota_share: "junior" };

/** The stage an item concerns alone (ONE_STAGE_ITEMS, or a code ending _primary / _junior), undefined for any other. @example ownStageOf("Q1_consolidation") // "junior" */
export function ownStageOf(code: string): Stage | undefined {
  return (STAGED_CODE.exec(code)?.[1] as Stage | undefined) ?? ONE_STAGE_ITEMS[code];
}

/**
 * Whether a stage cell says the stage has none or the item does not apply to it (/, —, 无, 不适用, 不涉及):
 * a statement about that stage, unlike a blank cell, which may hold a value typed one column over.
 * @example markedNone("/") // true; markedNone("不适用") // true; markedNone(null) // false; markedNone("%") // false
 */
export function markedNone(text: string | null): boolean {
  const t = text === null ? null : normaliseText(text);
  return t !== null && (noneMarkOf(t) !== null || NOT_APPLICABLE.test(t));
}
