import type { Area, Issue } from "../engine/types";
import type { CountyGlance, LeftOut } from "../addin/glance";
import { message } from "../messages/catalogue";
import type { Lang } from "../messages/types";
import { clauseText, listText } from "../messages/listText";
import { countMessage } from "../messages/countMessage";
import { areaReasonsShort } from "../workbook/write/areaReasonsShort";
import { shareRangeText } from "../workbook/write/shareRangeText";
import { caveatText } from "../workbook/write/cvCaveats";
import { estimatedPassTexts } from "../workbook/write/estimatedPasses";
import { hiddenRowsTexts } from "../workbook/write/hiddenRowsCaveat";
import { bySeverity } from "../workbook/write/bySeverity";
import { el, link, showMoreButton } from "./dom";
import { shownIssues } from "./shownIssues";
import { cutItems, issueWordings, type IssueWording } from "./issueWording";

const MAX_ISSUES = 50;
/** Issues of one code the list shows before counting the rest of them (shownIssues). */
const PER_KIND = 5;

const percent = (v: number | null, lang: Lang) => (v === null ? message("addin_no_value", {}, lang) : `${(v * 100).toFixed(1)}%`);

type TileKind = "good" | "bad" | "warn" | "";

/** A tile; a sub of several lines puts each on its own (an area and its reasons per line). */
function tile(label: string, value: string, sub: string | readonly string[], kind: TileKind = "", wide = false): HTMLElement {
  const subEl = typeof sub === "string" ? el("div", { className: "sub", text: sub }) : el("div", { className: "sub" }, ...sub.map((line) => el("div", { text: line })));
  return el("div", { className: `tile ${kind} ${wide ? "wide" : ""}`.trim() }, el("div", { className: "label", text: label }), el("div", { className: "value", text: value }), subEl);
}

/**
 * Areas met out of four; under them, one line each, those not met and those still pending, which
 * are not failures (red only for a failure, amber while only pending), each with its reasons in
 * short (areaReasonsShort: 汇总's 说明, grouped) — a verdict without its reason leaves the user to
 * find it on 汇总. Wide when it gives reasons: a half tile at 320 px holds some eight characters a line.
 */
function areasTile(g: CountyGlance, lang: Lang): HTMLElement {
  const t = (code: string, params: Record<string, string | number> = {}) => message(code, params, lang);
  // 资源配置 达标 judged without some coefficients (caveatText, as 汇总 says it), or without school rows a filter hid (hiddenRowsTexts), or an item met only on an estimate (G3): amber, not a green proven.
  const estimated = estimatedPassTexts(g.estimatedPasses ?? [], lang);
  const caveats = [...(g.resourcesCaveats ?? []).map((c) => caveatText(c, lang)), ...hiddenRowsTexts(g.hiddenRows ?? [], lang), ...estimated];
  const kind: TileKind = g.areasNotMet.length > 0 ? "bad" : g.areasPending.length > 0 || caveats.length > 0 ? "warn" : "good";
  const value = t("addin_areas_met_value", { met: g.areasMet, total: g.areasTotal });
  const why = areaLines(g, lang);
  if (why.length > 0) return tile(t("addin_areas_met"), value, caveats.length > 0 ? [...why, clauseText(caveats, lang)] : why, kind, true);
  const named = (code: string, areas: readonly Area[]) => (areas.length === 0 ? [] : [t(code, { areaList: listText(areas.map((a) => t(`area_${a}`)), lang) })]);
  return tile(t("addin_areas_met"), value, clauseText([...named("addin_areas_not_met", g.areasNotMet), ...named("addin_areas_pending", g.areasPending), ...caveats], lang), kind);
}

/** 未达标：资源配置（4 个学校（学段）未达标）, one per area not met, then pending; none without the areas' reasons. */
function areaLines(g: CountyGlance, lang: Lang): string[] {
  const reasons = g.areaReasons;
  if (reasons === undefined) return [];
  const line = (area: Area, code: string) => {
    const verdict = reasons.areas.find((a) => a.area === area);
    const text = verdict === undefined ? "" : areaReasonsShort(verdict, lang, reasons.source);
    return message(code, { area: message(`area_${area}`, {}, lang), reasons: text }, lang);
  };
  return [...g.areasNotMet.map((a) => line(a, "addin_area_not_met_why")), ...g.areasPending.map((a) => line(a, "addin_area_pending_why"))];
}

/**
 * One county's verdict at a glance: the verdict, then areas met, schools passing against the
 * target, CVs over the limit. With several counties each box opens with the county's name and
 * its verdict right under it, so that no verdict reads as the next county's.
 */
export function renderGlance(g: CountyGlance, lang: Lang, many: boolean, schoolsSheet = message("out_sheet_schools", {}, lang)): HTMLElement {
  const t = (code: string, params: Record<string, string | number> = {}) => message(code, params, lang);
  const box = el("div", { className: many ? "county-box" : "" });
  if (many) box.appendChild(el("p", { className: "county", text: t("addin_county", { county: g.county ?? t("addin_county_all") }) }));
  const verdict = g.recognised === null ? "addin_recognised_pending" : g.recognised ? "addin_recognised_yes" : "addin_recognised_no";
  box.appendChild(el("p", { className: `verdict ${g.recognised === null ? "warn" : g.recognised ? "good" : "bad"}`, text: t(verdict) }));
  const areas = areasTile(g, lang);
  box.appendChild(el("div", { className: "tiles" }, areas, passingTile(g, lang, areas.classList.contains("wide")), cvTile(g, lang)));
  if (g.leftOut) box.appendChild(el("p", { className: "basis left-out", text: leftOutLine(g.leftOut, lang, schoolsSheet) }));
  return box;
}

/**
 * The sections read but not in scope, under the tiles: 39 read and 33 / 37 judged leave the user
 * looking for two schools. By reason, in the words the schools sheet gives it (scope_…), a few
 * names each as the issue lists cut them (cutItems), and the sheet that lists them all.
 *
 * @example leftOutLine({ count: 2, groups: [{ reason: "small_teaching_point", names: ["石门教学点"] }, { reason: "special_education", names: ["示例县特殊教育学校"] }], min: 50 }, "zh", "学校达标")
 *   // 另有 2 个学校（学段）未计入，见工作表“学校达标”：石门教学点（不足50人的教学点不参评）；示例县特殊教育学校（特殊教育学校不参评）
 */
export function leftOutLine(leftOut: LeftOut, lang: Lang, sheet: string): string {
  const groups = leftOut.groups.map((group) => {
    const reason = message(`scope_${group.reason}`, { min: leftOut.min ?? "—" }, lang);
    return message("addin_left_out_group", { reason, names: listText(cutItems(group.names, "addin_issue_more_schools", lang), lang) }, lang);
  });
  return countMessage("addin_left_out", leftOut.count, { count: leftOut.count, groups: clauseText(groups, lang), sheet }, lang);
}

/**
 * Sections passing against the target. With sections not judged, 8 / 8 (100.0%) alone reads as the
 * county's share: the tile then shows the range the share lies in once they count (shareRangeText,
 * as the batch overview), amber unless the target is failed whatever they turn out to be, and the
 * judged count beside the target. With none judged the range is 0.0% 至 100.0%, which a glance reads
 * as 0%: the tile says 无法判定 and how many. With fewer judged than not the range spans more than
 * half the scale and says less than the count, which goes first. When failing sections are why
 * 资源配置 is not met, the tile says so first and is red (unless the year's target is met).
 */
function passingTile(g: CountyGlance, lang: Lang, wide: boolean): HTMLElement {
  const t = (code: string, params: Record<string, string | number> = {}) => message(code, params, lang);
  const noTarget = g.year === null ? t("addin_no_target") : t("addin_no_target_year", { year: g.year });
  const closed = g.noStudents === 0 ? "" : t("addin_no_students", { n: g.noStudents });
  const targetText = (g.target ? t("addin_target", { year: g.target.year, share: percent(g.target.share, lang) }) : noTarget) + closed;
  const failing = g.failingBehindResources ?? 0;
  const cause = failing > 0 ? [countMessage("addin_failing_fail_resources", failing, { n: failing }, lang)] : [];
  const sub = (text: string) => (cause.length > 0 ? [...cause, text] : text);
  const bad = g.targetMet === false || (failing > 0 && g.targetMet !== true);
  const range = shareRangeText(g, lang);
  if (range === null) {
    const value = t("addin_schools_passing_value", { passing: g.passing, evaluated: g.evaluated, share: percent(g.share, lang) });
    return tile(t("addin_schools_passing"), value, sub(targetText), bad ? "bad" : g.targetMet ? "good" : "", wide);
  }
  if (g.evaluated === 0) return tile(t("addin_schools_passing"), t("addin_share_unjudgeable", { n: g.unjudged }), targetText, g.targetMet === false ? "bad" : "warn", wide);
  const value = g.evaluated < g.unjudged ? t("addin_share_few", { evaluated: g.evaluated, inScope: g.inScope, range }) : range;
  const judged = t("addin_unjudged", { passing: g.passing, evaluated: g.evaluated, unjudged: g.unjudged });
  return tile(t("addin_schools_passing"), value, sub(targetText + judged), bad ? "bad" : "warn", wide);
}

/**
 * The coefficients over their limit; amber, saying how many, while some could not be computed or
 * were computed without some sections' values: a green 无 would say none is over for coefficients
 * nobody could judge, or judged on part of the schools.
 */
function cvTile(g: CountyGlance, lang: Lang): HTMLElement {
  const t = (code: string, params: Record<string, string | number> = {}) => message(code, params, lang);
  const over = g.cvOver.map((c) => t("addin_cv_over_item", { stage: t(`stage_${c.stage}`), code: c.code, cv: c.cv.toFixed(3), limit: c.limit.toFixed(2) }));
  const lacking = [g.cvUndefined > 0 ? t("addin_cv_undefined", { count: g.cvUndefined }) : "", g.cvPartial > 0 ? t("addin_cv_partial", { count: g.cvPartial }) : ""].filter((x) => x !== "");
  const none = t(lacking.length > 0 ? "addin_cv_over_none_computed" : "addin_cv_over_none");
  const kind: TileKind = g.cvOver.length > 0 ? "bad" : lacking.length > 0 ? "warn" : "good";
  return tile(t("addin_cv_over"), String(g.cvOver.length), clauseText([...(over.length > 0 ? over : [none]), ...lacking], lang), kind, true);
}

/**
 * A cell reference as a link that selects it, breakable only after its sheet's "!" (a <wbr>):
 * taskpane.css keeps `a.cell` whole otherwise, so that 学校基本情况!B6 never wraps inside the name.
 */
function cellLink(cell: string, select: () => void): HTMLAnchorElement {
  const a = link("", select, "link cell");
  const bang = cell.lastIndexOf("!") + 1;
  if (bang === 0) a.textContent = cell;
  else a.append(cell.slice(0, bang), el("wbr"), cell.slice(bang));
  return a;
}

/** Data issues, errors first, each with its cell as a link that selects it. */
export function renderIssues(list: HTMLElement, issues: readonly Issue[], lang: Lang, select: (cell: string) => void): void {
  list.replaceChildren();
  if (issues.length === 0) {
    list.appendChild(el("li", { text: message("addin_issues_none", {}, lang) }));
    return;
  }
  const shown = shownIssues(bySeverity(issues), PER_KIND, MAX_ISSUES);
  const wordings = issueWordings(shown.lines.flatMap((line) => ("more" in line ? [] : [line.issue])), lang);
  let next = 0;
  for (const line of shown.lines) list.appendChild("more" in line ? el("li", { className: "more", text: message("addin_issues_more_of_kind", { count: line.more }, lang) }) : issueItem(line.issue, wordings[next++], lang, select));
  if (shown.rest > 0) list.appendChild(el("li", { className: "more", text: message("addin_issues_more", { count: shown.rest }, lang) }));
}

/** An issue as a line of the list: its severity, its cell as a link that selects it, its text as the pane words it (issueWordings), a cut list with 展开全部 after it. */
function issueItem(issue: Issue, wording: IssueWording | undefined, lang: Lang, select: (cell: string) => void): HTMLLIElement {
  const li = el("li", {}, el("span", { className: `sev ${issue.severity}`, text: message(`out_severity_${issue.severity}`, {}, lang) }));
  // The <wbr> after the link lets the text that follows go to the next line rather than the reference break: the text may open with a quote, which no line may start or end on (“城关一小”).
  if (issue.cell) li.append(cellLink(issue.cell, () => select(issue.cell as string)), el("wbr"));
  const text = document.createTextNode(message(wording?.code ?? issue.code, wording?.params ?? issue.params, lang, "addin"));
  li.appendChild(text);
  const full = wording?.full;
  if (full) li.append(" ", showMoreButton(message("addin_issue_show_all", {}, lang), () => (text.data = message(wording.code, full, lang, "addin"))));
  return li;
}
