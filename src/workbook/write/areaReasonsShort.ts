import type { AreaVerdict, ItemResult } from "../../engine/types";
import { parseCvReason } from "../../engine/verdict/cvReason";
import { message } from "../../messages/catalogue";
import { countMessage } from "../../messages/countMessage";
import { clauseText, listText } from "../../messages/listText";
import type { Lang } from "../../messages/types";
import type { ReasonSource } from "./areaReasonsText";
import { notMetName, pendingKind } from "./itemReasonText";
import { noFundingNorm } from "./noFundingNorm";
import { figureGaps } from "./unreadFigures";
import { unmatchedCountyNote } from "./unmatchedCountyNote";
import { reasonLabel } from "./writeLabels";

/** Subjects a group names before counting the rest (G1、G2、G8 等 8 项). */
const NAMED = 3;

/**
 * One reason in short: what it is about (G6, 小学 L2; null when the kind says it all) and what is
 * wrong, the kind shared by reasons alike (缺少数据); `alone` is said instead when its group has no other.
 */
interface ShortReason {
  readonly subject: string | null;
  readonly kind: string;
  readonly alone?: string;
}

/**
 * An area's reasons in short, for the task pane's 320 px areas tile: the reasons 汇总's 说明 gives
 * at length (areaReasonsText, from the same AreaVerdict and items), grouped by what is wrong so that
 * fourteen items lacking data take one clause, each group naming at most three items. The full text,
 * with figures, cells and the way to fix each, stays on 汇总.
 *
 * @example resources not met on 4 of 37 sections → "4 个学校（学段）未达标"
 * @example national G6 pending → "G6 规则未设生均公用经费标准"
 * @example G1, G2, G8, G10 no data, G3 no columns → "G1、G2、G8 等 4 项缺少数据；G3 缺少所需的列"
 * @example typo2.xlsx's 东山县, G1 and G2 no data, 东三县 at 县级指标!A34 → "G1、G2 缺少数据；县级指标!A34 的“东三县”未对应任何县区"
 */
export function areaReasonsShort(area: AreaVerdict, lang: Lang, source: ReasonSource): string {
  // With none evaluable, that some could not be says it again.
  const codes = area.reasons.includes("sections_none_evaluable") ? area.reasons.filter((c) => c !== "sections_not_evaluable") : area.reasons;
  const shorts = codes.map((code) => shortReason(code, lang, source));
  const kinds = [...new Set(shorts.map((s) => s.kind))];
  const unmatched = unmatchedCountyNote(source.county, area.area, source.issues ?? [], lang, "out_short_county_unmatched");
  return clauseText([...kinds.map((kind) => groupText(shorts.filter((s) => s.kind === kind), lang)), ...unmatched], lang);
}

function groupText(group: readonly ShortReason[], lang: Lang): string {
  const first = group[0] as ShortReason;
  if (group.length === 1 && first.alone !== undefined) return first.alone;
  const subjects = group.flatMap((s) => (s.subject === null ? [] : [s.subject]));
  if (subjects.length === 0) return first.kind;
  const named = listText(subjects.slice(0, NAMED), lang);
  if (subjects.length <= NAMED) return message("out_short_group", { subjects: named, kind: first.kind }, lang);
  return message("out_short_more", { subjects: named, n: subjects.length, kind: first.kind }, lang);
}

function shortReason(code: string, lang: Lang, source: ReasonSource): ShortReason {
  const { county } = source;
  if (code === "sections_failing") return { subject: null, kind: sectionsText("out_short_sections_failing", county.passing.evaluated - county.passing.passing, lang) };
  const { unjudged } = county.passing;
  if (code === "sections_none_evaluable" && unjudged > 0) return { subject: null, kind: sectionsText("out_short_sections_none", unjudged, lang) };
  if (code === "sections_not_evaluable") return { subject: null, kind: sectionsText("out_short_sections_unjudged", unjudged, lang) };
  const cv = parseCvReason(code);
  if (cv !== null) return { subject: `${message(`stage_${cv.stage}`, {}, lang)} ${cv.code}`, kind: message("out_short_cv_over", {}, lang) };
  const item = county.items.find((i) => i.code === code);
  return item === undefined ? { subject: null, kind: reasonLabel(code, lang) } : itemShort(item, lang, source);
}

const sectionsText = (code: string, n: number, lang: Lang) => countMessage(code, n, { n }, lang);

/** An item not met (its name negated when alone), its norm lacking (G6), or why it is pending (pendingKind, as 汇总 says it at length). */
function itemShort(item: ItemResult, lang: Lang, source: ReasonSource): ShortReason {
  if (item.verdict === "not_met") return { subject: item.code, kind: message("out_short_not_met", {}, lang), alone: `${item.code} ${notMetName(item.code, lang)}` };
  if (noFundingNorm(item, source.profile)) return { subject: item.code, kind: message("out_short_no_norm", {}, lang) };
  const kind = pendingKind(item, figureGaps(item, source.issues ?? []));
  return { subject: item.code, kind: message(`out_short_${kind}`, {}, lang) };
}
