import type { CountyEvaluation, Evaluation, Issue, VetoResult } from "../engine/types";
import { sameCounty } from "../engine/countyFigures";
import { cellPlace } from "../workbook/address";

/**
 * The evaluation with each veto item whose value was given but not read (待评估 with no cell: the
 * reader set it aside with an error or warning naming it as its `countyItem`, or noted that the
 * cell says 暂无数据: read_figure_no_data) given that cell, so
 * that 汇总's 一票否决 table and the JSON report's `veto[].cell` point where to look, as an evidence
 * item's 填报值未能读取 does (unreadFigures.ts). In a list of several counties the reader names the
 * row's county (`figureCounty`); failing that, it goes to the county whose figures lie nearest.
 *
 * @example one county, V_unfilled_posts { present: null, cell: null }, [read_figure_bad_value at 县级指标!B31 { countyItem: V_unfilled_posts }] → V_unfilled_posts { present: null, cell: "县级指标!B31" }
 */
export function withUnreadVetoCells(evaluation: Evaluation, readIssues: readonly Issue[]): Evaluation {
  // 暂无数据 (read_figure_no_data, a note) is pointed at too: the item is pending on that cell, not 未填报 (reviewer R3 of s48, F5).
  const pointed = (i: Issue) => i.code.startsWith("read_") && (i.severity !== "info" || i.code === "read_figure_no_data");
  const unread = readIssues.filter((i) => pointed(i) && i.cell !== null && typeof i.params["countyItem"] === "string" && String(i.params["countyItem"]).startsWith("V_"));
  if (unread.length === 0) return evaluation;
  // Each issue's county found once, not again for every county and veto item.
  const owners = unread.map((i) => ownerOf(i, evaluation.counties));
  const counties = evaluation.counties.map((county) => {
    const own = unread.filter((_, k) => owners[k] === county);
    return { ...county, veto: county.veto.map((v) => withCell(v, own)) };
  });
  return { ...evaluation, counties };
}

/** A veto item 待评估 with no cell, given the cell of the first issue naming it. */
function withCell(veto: VetoResult, issues: readonly Issue[]): VetoResult {
  if (veto.present !== null || veto.cell !== null) return veto;
  const issue = issues.find((i) => i.params["countyItem"] === veto.code);
  return issue === undefined ? veto : { ...veto, cell: issue.cell };
}

/**
 * The county an issue's cell belongs to: the only one; else the county its row names
 * (`figureCounty`, set by the reader); else the one with a figure's cell nearest to it on the
 * same sheet (null: none on that sheet).
 */
function ownerOf(issue: Issue, counties: readonly CountyEvaluation[]): CountyEvaluation | null {
  if (counties.length === 1) return counties[0] ?? null;
  const named = issue.params["figureCounty"];
  if (typeof named === "string") return counties.find((c) => sameCounty(c.county, named)) ?? null;
  const place = cellPlace(issue.cell);
  if (place === null) return null;
  const distances = counties.map((county) => ({ county, distance: nearestRow(county, place.sheet, place.row) }));
  const near = distances.filter((d) => d.distance !== null).sort((a, b) => (a.distance ?? 0) - (b.distance ?? 0));
  return near[0]?.county ?? null;
}

/** How many rows the county's nearest figure cell on `sheet` lies from `row` (veto and item cells), or null: none there. */
function nearestRow(county: CountyEvaluation, sheet: string, row: number): number | null {
  const cells = [...county.veto.map((v) => v.cell), ...county.items.flatMap((i) => i.cells)];
  const rows = cells.flatMap((c) => {
    const p = cellPlace(c);
    return p !== null && p.sheet === sheet ? [Math.abs(p.row - row)] : [];
  });
  return rows.length === 0 ? null : Math.min(...rows);
}
