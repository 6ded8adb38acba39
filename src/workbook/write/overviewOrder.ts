import { sameCounty } from "../../engine/countyFigures";
import type { OverviewCounty, OverviewEntry } from "./overviewEntry";

/** One row of the overview's county table: a county of a workbook, or a workbook without one (not evaluated, or no county in scope). */
export interface OverviewRow {
  readonly entry: OverviewEntry;
  readonly county: OverviewCounty | null;
}

/**
 * The overview's rows in the order a city reads them: the workbooks' order (the batch's, a folder's
 * files as a Chinese reader sorts them), except that a county's rows stand together at its first
 * (南湖区 from two workbooks, one under 各区/, side by side to be compared), and the workbooks not
 * evaluated come last, where the evaluated ones do not break around them. Counties are not sorted
 * by name: code-point order is not the order a Chinese reader expects, and the files' is the
 * user's own. Names are one county as the batch's note says it (sameCounty: 南湖 is 南湖区).
 * @example overviewRows([南湖区 (a), 坏.xlsx failed, 北岭县 (b), 南湖区 (c)]) // 南湖区 a, 南湖区 c, 北岭县 b, 坏.xlsx
 */
export function overviewRows(entries: readonly OverviewEntry[]): OverviewRow[] {
  const groups: { readonly name: string | null; readonly rows: OverviewRow[] }[] = [];
  for (const entry of entries) {
    if (!entry.outcome.ok) continue;
    if (entry.outcome.counties.length === 0) groups.push({ name: null, rows: [{ entry, county: null }] });
    for (const county of entry.outcome.counties) {
      const group = county.county === null ? undefined : groups.find((g) => g.name !== null && sameCounty(g.name, county.county));
      if (group) group.rows.push({ entry, county });
      else groups.push({ name: county.county, rows: [{ entry, county }] });
    }
  }
  const failed = entries.filter((e) => !e.outcome.ok).map((entry) => ({ entry, county: null }));
  return [...groups.flatMap((g) => g.rows), ...failed];
}
