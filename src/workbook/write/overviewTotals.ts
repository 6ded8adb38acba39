import type { Area } from "../../engine/types";
import { countMessage } from "../../messages/countMessage";
import { message } from "../../messages/catalogue";
import type { Lang } from "../../messages/types";
import type { OverviewCounty, OverviewEntry } from "./overviewEntry";
import { countyGroups } from "./overviewOrder";
import { shareRangeCell } from "./shareRangeText";
import { cell, type CellInput } from "./tableDraft";

const AREAS: readonly Area[] = ["resources", "guarantee", "quality", "recognition"];

/** The city's figures added up from its county rows (cityTotals). */
export interface CityTotals {
  /** The county rows (a county in two workbooks has two). */
  readonly counties: number;
  /** The counties the named rows are: rows of one name (南湖 and 南湖区) once. */
  readonly distinct: number;
  /** The rows naming no county (（未注明县区）): which county each is, nothing says. */
  readonly unnamed: number;
  readonly workbooksFailed: number;
  readonly areasMet: Readonly<Record<Area, number>>;
  /** Counties whose share reaches their year's target whatever their unjudged sections turn out to be, of those with a target. */
  readonly targetMet: number;
  readonly withTarget: number;
  readonly recognised: number;
  readonly inScope: number;
  readonly passing: number;
  readonly unjudged: number;
  /** Passing of those judged, over every county (null when none was judged, not 0). */
  readonly share: number | null;
  readonly errors: number;
  readonly warnings: number;
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

/** How many counties the rows name: their groups (countyGroups) of a name; a row naming none is no known county, counted apart (CityTotals.unnamed). */
function distinctCounties(entries: readonly OverviewEntry[]): number {
  return countyGroups(entries).filter((g) => g.name !== null).length;
}

function meeting(counties: readonly OverviewCounty[], area: Area): number {
  return counties.filter((c) => c.areas.some((a) => a.area === area && a.verdict === "met")).length;
}

/**
 * The city's figures added up from its county rows (rules.md passing share: passing ÷ judged, here
 * over every county's judged sections): counties evaluated, those meeting each area, their target
 * and recognised, sections in scope, passing and not judged. A county in two workbooks counts
 * twice, as its two rows do (the batch's note names it); `distinct` says how many counties the named rows are, `unnamed` how many rows name none. Each workbook's issues once, though a city
 * list's repeat on each of its counties' rows. Null when no county was evaluated: nothing to add up.
 * @example counties of 12+5 sections in scope, 9+1 passing of 10+5 judged → inScope 17, passing 10, share 10 / 15
 */
export function cityTotals(entries: readonly OverviewEntry[]): CityTotals | null {
  const evaluated = entries.flatMap((e) => (e.outcome.ok ? [e.outcome] : []));
  const counties = evaluated.flatMap((o) => o.counties);
  if (counties.length === 0) return null;
  const judged = sum(counties.map((c) => c.passing.evaluated));
  const passing = sum(counties.map((c) => c.passing.passing));
  return {
    counties: counties.length,
    distinct: distinctCounties(entries),
    unnamed: counties.filter((c) => c.county === null).length,
    workbooksFailed: entries.length - evaluated.length,
    areasMet: { resources: meeting(counties, "resources"), guarantee: meeting(counties, "guarantee"), quality: meeting(counties, "quality"), recognition: meeting(counties, "recognition") },
    targetMet: counties.filter((c) => c.passing.met === true).length,
    withTarget: counties.filter((c) => c.passing.target !== null).length,
    recognised: counties.filter((c) => c.recognised === true).length,
    inScope: sum(counties.map((c) => c.passing.inScope)),
    passing,
    unjudged: sum(counties.map((c) => c.passing.unjudged)),
    share: judged === 0 ? null : passing / judged,
    errors: sum(evaluated.map((o) => o.errors)),
    warnings: sum(evaluated.map((o) => o.warnings)),
  };
}

/**
 * How many counties 全市合计's rows are. A county in two workbooks has two rows, and a row naming no
 * county (（未注明县区）) is no known county, each counted in the fractions: the cell says so, where
 * "6 个县区" for a city of five with one unnamed workbook read as six counties.
 * @example rows 南湖区, 南湖, 北山县, unnamed, unnamed → "5 行（2 个县区，有县区出现在多个工作簿中；另有 2 行未注明县区）"
 */
export function countiesText(t: Pick<CityTotals, "counties" | "distinct" | "unnamed">, lang: Lang): string {
  const named = t.counties - t.unnamed;
  if (t.unnamed === 0) return t.distinct === t.counties ? countMessage("out_overview_totals_counties", t.counties, { n: t.counties }, lang) : countMessage("out_overview_totals_rows", t.distinct, { rows: t.counties, n: t.distinct }, lang);
  if (named === 0) return countMessage("out_overview_totals_all_unnamed", t.counties, { rows: t.counties }, lang);
  const part = t.distinct === named ? countMessage("out_overview_totals_counties", t.distinct, { n: t.distinct }, lang) : countMessage("out_overview_totals_named_repeated", t.distinct, { n: t.distinct }, lang);
  return countMessage("out_overview_totals_rows_unnamed", t.unnamed, { rows: t.counties, named: part, unnamed: t.unnamed }, lang);
}

/**
 * 全市合计 as one row in the county table's columns (overviewSheet countyTable: 工作簿, 县区, 年度,
 * four areas, 参评, 达标, 无法评估, 达标比例, range (the city's, as a county's), 目标年度, 目标比例, 达到目标, 认定, 未达标项目,
 * 待评估项目, 说明, 数据错误, 数据警告, 结果), so that it reads under the counties' figures and
 * widens no column: counties meeting an area or recognised as "met/evaluated", their target as
 * "reached/with a target".
 * A table of its own, not the county table's last row, which a sort or a filter would move.
 * `t` is cityTotals of the batch, worked out once for the sheet's tables and the JSON (null: no row).
 * @example totalsRow(cityTotals(11 counties, 1 meeting 资源配置), 2024, "zh") // ["全市", "11 个县区", 2024, "1/11", …]
 */
export function totalsRow(t: CityTotals | null, year: number | null, lang: Lang): CellInput[] | null {
  if (t === null) return null;
  const of = (k: number) => cell(`${k}/${t.counties}`, k === t.counties ? "good" : null);
  const counties = countiesText(t, lang);
  // Of the counties with a target only; none with one (a profile without yearly targets): blank, as 0/11 would read as missed.
  const target = t.withTarget === 0 ? null : cell(`${t.targetMet}/${t.withTarget}`, t.targetMet === t.withTarget ? "good" : null);
  // The city's range as a county row's (shareRangeCell), over all its sections; the counties' targets may differ, so no one target decides its decimals.
  const range = shareRangeCell({ passing: t.passing, unjudged: t.unjudged, inScope: t.inScope, target: null }, lang);
  const figures = [t.inScope, t.passing, t.unjudged, t.share, range, null, null, target, of(t.recognised)];
  return [message("out_overview_totals_scope", {}, lang), counties, year, ...AREAS.map((area) => of(t.areasMet[area])), ...figures, null, null, null, t.errors, t.warnings, null];
}
