import { sameCounty } from "../../engine/countyFigures";

/**
 * Rows grouped by their county (null: a sheet without a 县区 column), counties in order of first
 * appearance and each group in sheet order. A figure computed from two cells (G8 from two amounts
 * of pay, G11 from head counts: rules.md §4 items 8 and 11) is each county's own, so its cells are
 * paired within one county of a city's list, never across counties. A county is matched however
 * its name is written (sameCounty: 示例县 is 示例), as the school sheets' counties are.
 *
 * @example groupByCounty([{ county: "A" }, { county: "B" }, { county: "A" }]) // [["A", [1st, 3rd]], ["B", [2nd]]]
 */
export function groupByCounty<T extends { readonly county: string | null }>(rows: readonly T[]): [string | null, T[]][] {
  const groups = new Map<string | null, T[]>();
  for (const row of rows) {
    // 示例县 and 示例 are one county written two ways (sameCounty): the first spelling names the group.
    const key = [...groups.keys()].find((k) => sameCounty(k, row.county)) ?? row.county;
    const group = groups.get(key);
    if (group === undefined) groups.set(row.county, [row]);
    else group.push(row);
  }
  return [...groups];
}
