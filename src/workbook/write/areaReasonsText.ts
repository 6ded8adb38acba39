import type { AreaVerdict, ItemResult } from "../../engine/types";
import { message } from "../../messages/catalogue";
import type { Lang } from "../../messages/types";
import { clauseText } from "./listText";
import { reasonLabel } from "./writeLabels";

/**
 * Reasons of 资源配置 that say something could not be judged rather than that it failed
 * (src/engine/verdict/areaVerdicts.ts, resourcesVerdict: the not-assessed reasons).
 */
const PENDING_REASONS: ReadonlySet<string> = new Set(["sections_not_evaluable", "sections_none_evaluable"]);

/**
 * An area's reasons as one line: what is not met first, then, labelled as such, what is not yet
 * assessed. The engine lists both kinds in one array (failed first); each item's own verdict tells
 * them apart. When all reasons are of one kind the verdict beside them already says which, so
 * they go unlabelled.
 *
 * @example G3 not met, G1 and G2 not assessed → "G3 音乐、美术专用教室。待评估：G1 规划布局合理；G2 城乡“四统一”"
 */
export function areaReasonsText(area: AreaVerdict, items: readonly ItemResult[], lang: Lang): string {
  const verdicts = new Map(items.map((i) => [i.code, i.verdict]));
  const pending = (code: string) => PENDING_REASONS.has(code) || verdicts.get(code) === "not_assessed";
  const failed = area.reasons.filter((r) => !pending(r)).map((r) => reasonLabel(r, lang));
  const later = area.reasons.filter(pending).map((r) => reasonLabel(r, lang));
  if (failed.length === 0 || later.length === 0) return clauseText([...failed, ...later], lang);
  return message("out_reasons_with_pending", { failed: clauseText(failed, lang), pending: clauseText(later, lang) }, lang);
}
