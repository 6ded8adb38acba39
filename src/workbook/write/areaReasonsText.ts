import type { AreaVerdict } from "../../engine/types";
import { message } from "../../messages/catalogue";
import type { Lang } from "../../messages/types";
import { clauseText } from "../../messages/listText";
import { reasonLabel } from "./writeLabels";

/**
 * An area's reasons as one line: what is not met first, then, labelled as such, what is not yet
 * assessed (the engine's `pending`). When all reasons are of one kind the verdict beside them
 * already says which, so they go unlabelled. `params` fill the reasons' texts (the pass rule's
 * figures of sections_failing: passRuleParams).
 *
 * @example G3 not met, G1 and G2 not assessed → "G3 音乐、美术专用教室。待评估：G1 规划布局合理；G2 城乡“四统一”"
 */
export function areaReasonsText(area: AreaVerdict, lang: Lang, params: Readonly<Record<string, string | number>> = {}): string {
  const failed = area.reasons.filter((r) => !area.pending.includes(r)).map((r) => reasonLabel(r, lang, params));
  const later = area.pending.map((r) => reasonLabel(r, lang, params));
  if (failed.length === 0 || later.length === 0) return clauseText([...failed, ...later], lang);
  return message("out_reasons_with_pending", { failed: clauseText(failed, lang), pending: clauseText(later, lang) }, lang);
}
