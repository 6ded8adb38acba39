import type { PassingShare } from "../../engine/types";
import { message } from "../../messages/catalogue";
import type { Lang } from "../../messages/types";
import { targetVerdict } from "./overviewEntry";
import { cell, type CellInput } from "./tableDraft";
import { verdictEmphasis, verdictLabel, type ByAnswer } from "./writeLabels";

/** Reached or not, as a verdicts' row says it: 已达到目标 / 未达到目标. */
export const TARGET_ROW: ByAnswer<string> = { yes: "out_target_reached", no: "out_target_not_reached", unknown: "verdict_not_assessed" };
/** Reached or not, under a column headed 达到目标: 是 / 否. */
export const TARGET_COLUMN: ByAnswer<string> = { yes: "out_yes", no: "out_no", unknown: "verdict_not_assessed" };

/**
 * Whether the share of sections passing reaches the year's target. Without a target in the profile
 * there is nothing to reach and nothing pending: not applicable. With a target but no section
 * evaluated, it is not yet assessed. Reached or not in words of its own (`words`), not the areas'
 * 达标 / 未达标 beside it, so that 汇总 and 评估总览 say it alike.
 *
 * @example targetCell({ target: { year: 2024, share: 0.85 }, met: true, … }, "zh", TARGET_COLUMN) // "是", green
 */
export function targetCell(p: PassingShare, lang: Lang, words: ByAnswer<string>): CellInput {
  const verdict = targetVerdict(p);
  if (verdict === "not_applicable") return cell(message("out_not_applicable", {}, lang), "muted");
  const label = verdict === "not_assessed" ? verdictLabel(verdict, lang) : message(verdict === "met" ? words.yes : words.no, {}, lang);
  return cell(label, verdictEmphasis(verdict));
}
