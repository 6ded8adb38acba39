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

/** A stage cell saying the county has no schools of a stage (无初中, 本县无初中, 没有小学学校): the stage named is group 1. */
const STAGE_ABSENT = /^(?:本县|全县|县域|我县|该县)?(?:无|没有)(小学|初中)(?:学校|学段)?$/;
const STAGE_WORD: Readonly<Record<Stage, string>> = { primary: "小学", junior: "初中" };

/**
 * Whether a stage cell says the stage has none or the item does not apply to it (/, —, 无, 不适用, 不涉及),
 * or, in the column of `stage`, that the county has no schools of that stage (无初中, 本县无初中:
 * STAGE_ABSENT; not in the other stage's column, where it answers nothing of that stage): a statement
 * about that stage, unlike a blank cell, which may hold a value typed one column over. A veto row's
 * 无 | 无初中 was refused at the 初中 cell and the veto held 待评估 (s52 H1), where / was left out.
 * @example markedNone("/") // true; markedNone("不适用") // true; markedNone(null) // false; markedNone("%") // false
 * @example markedNone("本县无初中", "junior") // true; markedNone("无初中", "primary") // false; markedNone("无初中") // false
 */
export function markedNone(text: string | null, stage?: Stage): boolean {
  const t = text === null ? null : normaliseText(text);
  if (t === null) return false;
  return noneMarkOf(t) !== null || NOT_APPLICABLE.test(t) || (stage !== undefined && STAGE_ABSENT.exec(t)?.[1] === STAGE_WORD[stage]);
}
