import { sameCounty } from "../../engine/countyFigures";
import type { OverviewCounty, OverviewEntry } from "./overviewEntry";

/** One row of the overview's county table: a county of a workbook, or a workbook without one (not evaluated, or no county in scope). */
export interface OverviewRow {
  readonly entry: OverviewEntry;
  readonly county: OverviewCounty | null;
}

/** Rows of one county (a name, compared by sameCounty) or a row naming none, alone (name null). */
export interface CountyGroup {
  readonly name: string | null;
  readonly rows: readonly OverviewRow[];
}

/**
 * The evaluated workbooks' rows by county, in the order each county first appears: rows naming one
 * county (sameCounty: 南湖 is 南湖区) together under the first name, a row naming none and a
 * workbook with no county each a group of its own (nothing says two unnamed rows are one county).
 * The one grouping the overview's row order, 全市合计's count of counties and the batch's note of a
 * county in two workbooks all take, so that they agree. Workbooks not evaluated are in none.
 * @example countyGroups([南湖区 (a), 坏.xlsx failed, 北岭县 (b), 南湖 (c)]) // [南湖区: a, c], [北岭县: b]
 */
export function countyGroups(entries: readonly OverviewEntry[]): CountyGroup[] {
  const groups: { readonly name: string | null; readonly rows: OverviewRow[] }[] = [];
  for (const entry of entries) {
    if (!entry.outcome.ok) continue;
    if (entry.outcome.counties.length === 0) groups.push({ name: null, rows: [{ entry, county: null }] });
    for (const county of entry.outcome.counties) {
      const name = county.county;
      const group = name === null ? undefined : groups.find((g) => g.name !== null && sameCounty(g.name, name));
      if (group) group.rows.push({ entry, county });
      else groups.push({ name, rows: [{ entry, county }] });
    }
  }
  return groups;
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
  const failed = entries.filter((e) => !e.outcome.ok).map((entry) => ({ entry, county: null }));
  return [...countyGroups(entries).flatMap((g) => g.rows), ...failed];
}
