import type { AreaVerdict, CountyEvaluation, Issue } from "../../engine/types";
import { figureGaps } from "./unreadFigures";
import { parseCvReason } from "../../engine/verdict/cvReason";
import { message } from "../../messages/catalogue";
import type { FrontEnd, Lang } from "../../messages/types";
import { inlineClauses } from "../../messages/listText";
import type { Profile } from "../../profiles/schema";
import { reasonLabel } from "./writeLabels";
import { unjudgedDetail } from "./unjudgedDetail";
import { itemReasonText } from "./itemReasonText";
import { formatKeepingSides } from "./decimalsKeepingSides";
import { FORMAT, formatNumber } from "./formats";

/** The county an area belongs to and the profile, for the figures its reasons quote; without them reasons are named only. */
export interface ReasonSource {
  readonly county: Pick<CountyEvaluation, "county" | "items" | "schoolGuarantee" | "coefficients" | "passing" | "sections">;
  readonly profile: Profile | undefined;
  /** The run's issues, for the cells of values given but not read (unreadFigures.ts); none when omitted. */
  readonly issues?: readonly Issue[];
  /** The front end the reasons are said in (message's `front`): the command line's when omitted. */
  readonly frontEnd?: FrontEnd;
}

/**
 * An area's reasons as one line: what is not met first, then, labelled as such, what is not yet
 * assessed (the engine's `pending`). When all reasons are of one kind the verdict beside them
 * already says which, so they go unlabelled. `params` fill the reasons' texts (the pass rule's
 * figures of sections_failing: passRuleParams). Given the county, each item says what is not met
 * with its figure, or why it is pending (itemReasonText), a coefficient its value against its
 * limit, and the failing sections their count — an item's title alone reads as met.
 *
 * @example G3 not met (1 school), G1 not given → "G3 音乐、美术专用教室未达标：1 所学校未达标，共缺音乐教室 1 间。待评估：G1 规划布局合理：缺少数据"
 */
export function areaReasonsText(area: AreaVerdict, lang: Lang, params: Readonly<Record<string, string | number>> = {}, source?: ReasonSource): string {
  const text = (code: string) => reasonText(code, lang, params, source);
  const failed = area.reasons.filter((r) => !area.pending.includes(r)).map(text);
  const later = area.pending.map(text);
  if (failed.length === 0 || later.length === 0) return inlineClauses([...failed, ...later], lang);
  return message("out_reasons_with_pending", { failed: inlineClauses(failed, lang), pending: inlineClauses(later, lang) }, lang);
}

function reasonText(code: string, lang: Lang, params: Readonly<Record<string, string | number>>, source: ReasonSource | undefined): string {
  const label = reasonLabel(code, lang, params);
  if (source === undefined) return label;
  const item = source.county.items.find((i) => i.code === code);
  const issues = source.issues ?? [];
  const front = source.frontEnd === undefined ? {} : { frontEnd: source.frontEnd };
  if (item !== undefined) return itemReasonText(item, { schools: source.county.schoolGuarantee, profile: source.profile, lang, ...figureGaps(item, issues), ...front });
  const detail = code === "sections_failing" ? sectionsDetail(source.county, lang) : code === "sections_not_evaluable" ? unjudgedDetail(source.county.sections, lang) : cvDetail(code, source.county, lang);
  return detail === null ? label : message("out_reason_detail", { head: label, detail }, lang);
}

/** How many judged sections fail the pass rule, of how many judged. @example 4 of 37 → "4 个（已判定 37 个）" */
function sectionsDetail(county: ReasonSource["county"], lang: Lang): string | null {
  const { evaluated, passing } = county.passing;
  return evaluated === 0 ? null : message("out_reason_sections", { failing: evaluated - passing, evaluated }, lang);
}

/**
 * A coefficient over its limit (reason `L2_primary_cv`, rules.md §3) with its value and the limit,
 * each on its side of the other (decimalsKeepingSides). @example → "0.532，限值 0.50"
 */
function cvDetail(code: string, county: ReasonSource["county"], lang: Lang): string | null {
  const over = parseCvReason(code);
  if (over === null) return null;
  const stats = county.coefficients.find((g) => g.stage === over.stage)?.indicators[over.code];
  if (stats === undefined || stats.cv === null) return null;
  const cv = formatNumber(stats.cv, formatKeepingSides(FORMAT.cv, [[stats.cv, stats.limit]]));
  return message("out_reason_cv", { cv, limit: formatNumber(stats.limit, FORMAT.limit) }, lang);
}

/**
 * An area's reasons followed by what its verdict stands on that they do not say (cvCaveats: the
 * coefficients it was judged without), set apart: 达标 beside a blank reason read as proven.
 * @example withCaveats("", ["初中差异系数不可计算（仅 1 个学校（学段）），未参与资源配置判定"], "zh") // "初中差异系数不可计算（仅 1 个学校（学段）），未参与资源配置判定"; withCaveats("有学校未达标", ["初中差异系数不可计算（仅 1 个学校（学段）），未参与资源配置判定"], "zh") // "有学校未达标。另：初中差异系数不可计算（仅 1 个学校（学段）），未参与资源配置判定"
 */
export function withCaveats(reasons: string, caveats: readonly string[], lang: Lang): string {
  if (caveats.length === 0) return reasons;
  const said = inlineClauses(caveats, lang);
  return reasons === "" ? said : message("out_reasons_with_caveats", { reasons, caveats: said }, lang);
}
