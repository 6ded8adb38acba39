import { perObject } from "../../engine/perObject";
import type { Area, CountyEvaluation, Issue } from "../../engine/types";
import { message } from "../../messages/catalogue";
import type { Lang } from "../../messages/types";
import { pendingKind } from "./itemReasonText";
import { figureGaps } from "./unreadFigures";
import { countyLabel } from "./writeLabels";

/** The misspelt name's cell and the names the figures list gives that no school county has (county_figures_unmatched_missing's). */
export interface UnmatchedCounty {
  readonly cell: string;
  readonly counties: string;
}

/**
 * The warning that the figures list names a county the schools do not have while giving `county`
 * none (county_figures_unmatched_missing: 东三县 written for 东山县, engine/countyFigures.ts), as the
 * cell of that name and the names; null for a county it does not name as lacking figures.
 * @example unmatchedCounty("东山县", [county_figures_unmatched_missing { counties: 东三县, missing: 东山县 } at 县级指标!A34]) // { cell: "县级指标!A34", counties: "东三县" }; unmatchedCounty("西河县", same) // null
 */
export function unmatchedCounty(county: string | null, issues: readonly Issue[]): UnmatchedCounty | null {
  const warning = unmatchedWarnings(issues).find((i) => String(i.params["missing"] ?? "").split("、").includes(county ?? ""));
  return warning === undefined || warning.cell === null ? null : { cell: warning.cell, counties: String(warning.params["counties"] ?? "") };
}

/** The list's county_figures_unmatched_missing warnings, found once per list (perObject): every county's areas, veto row and caption ask. */
const unmatchedWarnings = perObject((issues: readonly Issue[]) => issues.filter((i) => i.code === "county_figures_unmatched_missing"));

/**
 * Where an area's items stand 待评估 for want of county figures (缺少数据, or some parts not given)
 * while the figures list names a county the schools do not have and gives this one none
 * (unmatchedCounty): that name's cell and what to do, said once beside the area's reasons — the
 * items themselves have no cell of their own to point at. `code` says it: at length on 汇总
 * (out_note_county_unmatched), in short on the task pane's areas tile (out_short_county_unmatched).
 * None for another county, an area with no such item, or without the warning.
 * @example typo2.xlsx, 东山县's 政府保障程度 with G1 no data, warning { counties: 东三县, missing: 东山县 } at 县级指标!A34 → ["县级指标!A34 的“东三县”与学校数据中的县区都不对应，其指标未用于本县区：若即本县区，请统一名称（见“数据问题”）"]
 */
export function unmatchedCountyNote(county: Pick<CountyEvaluation, "county" | "items">, area: Area, issues: readonly Issue[], lang: Lang, code = "out_note_county_unmatched"): string[] {
  const unmatched = unmatchedCounty(county.county, issues);
  if (unmatched === null || !lacksFigures(county, area, issues)) return [];
  return [message(code, { ...unmatched }, lang)];
}

/**
 * 政府保障与质量's caption of a county's table: its name, and where its items lack figures while the
 * figures list names a county the schools do not have (unmatchedCounty), that name's cell and what
 * to do, once above the table — the items' 依据 say only 无数据, with no cell of their own to point at.
 * Just the name for another county, one whose items have their figures, or without the warning.
 * @example typo2.xlsx, 东山县 with G1 no data, warning { counties: 东三县, missing: 东山县 } at 县级指标!A34 → "东山县 · 下表待评估的县级指标项目：县级指标!A34 的“东三县”与学校数据中的县区都不对应，其指标未用于本县区；若即本县区，请统一名称（见“数据问题”）"; 西河县 → "西河县"
 */
export function unmatchedCountyCaption(county: Pick<CountyEvaluation, "county" | "items">, issues: readonly Issue[], lang: Lang): string {
  const name = countyLabel(county.county, lang);
  const unmatched = unmatchedCounty(county.county, issues);
  if (unmatched === null || !lacksFigures(county, null, issues)) return name;
  return message("out_caption_county_unmatched", { county: name, ...unmatched }, lang);
}

/** Whether an item of the area (null: of any) is 待评估 for figures not given (pendingKind no_data or parts_missing), not for a value at a cell of its own. */
function lacksFigures(county: Pick<CountyEvaluation, "items">, area: Area | null, issues: readonly Issue[]): boolean {
  return county.items.some((i) => (area === null || i.area === area) && i.verdict === "not_assessed" && ["no_data", "parts_missing"].includes(pendingKind(i, figureGaps(i, issues))));
}
