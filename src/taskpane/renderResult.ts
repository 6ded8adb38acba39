import type { Issue } from "../engine/types";
import type { CountyGlance } from "../addin/glance";
import { message } from "../messages/catalogue";
import type { Lang } from "../messages/types";
import { el, link } from "./dom";

const MAX_ISSUES = 50;

const percent = (v: number | null, lang: Lang) => (v === null ? message("addin_no_value", {}, lang) : `${(v * 100).toFixed(1)}%`);

function tile(label: string, value: string, sub: string, kind: "good" | "bad" | "" = "", wide = false): HTMLElement {
  return el("div", { className: `tile ${kind} ${wide ? "wide" : ""}`.trim() }, el("div", { className: "label", text: label }), el("div", { className: "value", text: value }), el("div", { className: "sub", text: sub }));
}

/** One county's verdict at a glance: areas met, schools passing against the target, CVs over the limit. */
export function renderGlance(g: CountyGlance, lang: Lang, many: boolean): HTMLElement {
  const t = (code: string, params: Record<string, string | number> = {}) => message(code, params, lang);
  const box = el("div");
  if (many) box.appendChild(el("p", { className: "county", text: t("addin_county", { county: g.county ?? t("addin_county_all") }) }));
  const targetText = g.target ? t("addin_target", { year: g.target.year, share: percent(g.target.share, lang) }) : t("addin_no_target");
  // 1 of 1 passing reads as 100%: the sections that could not be evaluated are said beside it.
  const target = g.unjudged > 0 ? targetText + t("addin_unjudged", { unjudged: g.unjudged }) : targetText;
  const cv = g.cvOver.map((c) => t("addin_cv_over_item", { stage: t(`stage_${c.stage}`), code: c.code, cv: c.cv.toFixed(3), limit: c.limit.toFixed(2) }));
  box.appendChild(
    el(
      "div",
      { className: "tiles" },
      tile(t("addin_areas_met"), t("addin_areas_met_value", { met: g.areasMet, total: g.areasTotal }), "", g.areasMet === g.areasTotal ? "good" : "bad"),
      tile(t("addin_schools_passing"), t("addin_schools_passing_value", { passing: g.passing, evaluated: g.evaluated, share: percent(g.share, lang) }), target, g.targetMet === false ? "bad" : g.targetMet ? "good" : ""),
      tile(t("addin_cv_over"), String(g.cvOver.length), cv.length > 0 ? cv.join(t("out_sep_clause")) : t("addin_cv_over_none"), g.cvOver.length > 0 ? "bad" : "good", true),
    ),
  );
  const verdict = g.recognised === null ? "addin_recognised_pending" : g.recognised ? "addin_recognised_yes" : "addin_recognised_no";
  box.appendChild(el("p", { className: "verdict", text: t(verdict) }));
  return box;
}

/** Data problems, each with its cell as a link that selects it. */
export function renderIssues(list: HTMLElement, issues: readonly Issue[], lang: Lang, select: (cell: string) => void): void {
  list.replaceChildren();
  if (issues.length === 0) {
    list.appendChild(el("li", { text: message("addin_issues_none", {}, lang) }));
    return;
  }
  for (const issue of issues.slice(0, MAX_ISSUES)) {
    const li = el("li", {}, el("span", { className: `sev ${issue.severity}`, text: message(`out_severity_${issue.severity}`, {}, lang) }));
    if (issue.cell) li.appendChild(link(issue.cell, () => select(issue.cell as string), "link cell"));
    li.appendChild(document.createTextNode(message(issue.code, issue.params, lang)));
    list.appendChild(li);
  }
  if (issues.length > MAX_ISSUES) list.appendChild(el("li", { text: message("addin_issues_more", { count: issues.length - MAX_ISSUES }, lang) }));
}
