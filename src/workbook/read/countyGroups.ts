import { sameLayout, type LeftOut } from "./countyYearSheets";
import type { Candidate } from "./pickSheets";
import { otherCounty } from "./sheetCounty";

/** The school sheets of one county: its name (null: no sheet of the group names one) and its sheets, in the workbook's order. */
export interface CountyGroup {
  readonly county: string | null;
  readonly sheets: readonly Candidate[];
}

/** The county sheets of the anchor's county are read under: the anchor's, else the first sheet's naming one (as countyYearSheets' oneCounty). */
function chosenCounty(sheets: readonly Candidate[], anchor: Candidate): string | null {
  return anchor.title.county?.county ?? sheets.find((c) => c.title.county !== null)?.title.county?.county ?? null;
}

/** The group a sheet naming `county` belongs to (one naming none: the anchor's county's). */
function groupOf(groups: readonly { county: string | null; sheets: Candidate[] }[], county: string | null): { county: string | null; sheets: Candidate[] } | undefined {
  return county === null ? groups[0] : groups.find((g) => g.county === null || !otherCounty(g.county, county));
}

/**
 * The school sheets by county, the anchor's county first: a city workbook keeping a sheet per
 * county (北山县, 南湖县, each titled for its county) is each county's list, evaluated side by side
 * (workbooks.md: several counties in one input are evaluated separately). A sheet left out for
 * naming another county (countyYearSheets) joins when it is laid out as the anchor (sameLayout):
 * a sheet of another layout is not known to be a county's list and stays left out.
 *
 * @example countyGroups([北山县], [南湖县 left out (county)], 北山县) // groups: [北山县: 北山县], [南湖县: 南湖县]; leftOut: []
 * @example countyGroups([北山县小学, 北山县初中, 小学 (no county)], [], 北山县小学) // one group, 北山县: all three
 */
export function countyGroups(kept: readonly Candidate[], leftOut: readonly LeftOut[], anchor: Candidate): { groups: CountyGroup[]; leftOut: LeftOut[] } {
  const joins = (l: LeftOut) => l.why === "county" && sameLayout(l.candidate, anchor);
  const sheets = [...kept, ...leftOut.filter(joins).map((l) => l.candidate)];
  const groups = [{ county: chosenCounty(sheets, anchor), sheets: [] as Candidate[] }];
  for (const c of sheets) {
    const county = c.title.county?.county ?? null;
    const group = groupOf(groups, county);
    if (group === undefined) groups.push({ county, sheets: [c] });
    else group.sheets.push(c);
  }
  return { groups: groups.map((g) => ({ county: g.county, sheets: g.sheets })), leftOut: leftOut.filter((l) => !joins(l)) };
}
