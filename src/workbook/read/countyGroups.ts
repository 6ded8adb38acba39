import { sameLayout, type LeftOut } from "./countyYearSheets";
import type { Candidate } from "./pickSheets";
import { otherCounty } from "./sheetCounty";

/** The school sheets of one county: its name (null: no sheet of the group names one) and its sheets, in the workbook's order. */
export interface CountyGroup {
  readonly county: string | null;
  readonly sheets: readonly Candidate[];
}

/** A sheet of one kind of school (教学点, 村小, 特殊教育学校): a part of a list, whose title may be the city's template. */
const KIND_PART = /教学点|村小|完小|特教|特殊教育/;

/**
 * The counties the school lists are of: those named by a sheet that is not of one kind of school
 * (北山县, 学校基本情况 titled 广汉市…), or whose name holds the county (广汉市教学点).
 *
 * @example schoolCounties([北山县 (北山县), 教学点 (某市)]) // {北山县}
 */
function schoolCounties(sheets: readonly Candidate[]): Set<string> {
  const names = sheets.flatMap((c) => {
    const county = c.title.county?.county;
    return county !== undefined && (!KIND_PART.test(c.grid.sheet) || c.grid.sheet.includes(county)) ? [county] : [];
  });
  return new Set(names);
}

/**
 * The county a sheet is of: its title's, but a city (…市) that is none of the school counties names
 * none (某市2024年教学点… is the city's template, not a county; a county-level city, 广汉市, that a
 * county's sheet names is a county).
 */
function countyOf(c: Candidate, counties: ReadonlySet<string>): string | null {
  const county = c.title.county?.county ?? null;
  return county !== null && county.endsWith("市") && counties.size > 0 && !counties.has(county) ? null : county;
}

/** The group a sheet naming `county` belongs to (one naming none: the anchor's county's). */
function groupOf(groups: readonly { county: string | null; sheets: Candidate[] }[], county: string | null): { county: string | null; sheets: Candidate[] } | undefined {
  return county === null ? groups[0] : groups.find((g) => g.county === null || !otherCounty(g.county, county));
}

/** Whether a sheet's rows say their own county (a 县区 column): then no county need be known for the sheet. */
function hasCountyColumn(c: Candidate): boolean {
  return c.matched.roles.some((r) => r.key === "county");
}

/** Sheets by county, the anchor's county first: each sheet to the group its county names (countyOf). */
function grouped(sheets: readonly Candidate[], anchor: Candidate): { county: string | null; sheets: Candidate[] }[] {
  const counties = schoolCounties(sheets);
  const first = countyOf(anchor, counties) ?? sheets.map((c) => countyOf(c, counties)).find((c) => c !== null) ?? null;
  const groups = [{ county: first, sheets: [] as Candidate[] }];
  for (const c of sheets) {
    const county = countyOf(c, counties);
    const group = groupOf(groups, county);
    if (group === undefined) groups.push({ county, sheets: [c] });
    else group.sheets.push(c);
  }
  return groups;
}

/**
 * The school sheets by county, the anchor's county first: a city workbook keeping a sheet per
 * county (北山县, 南湖县, each titled for its county) is each county's list, evaluated side by side
 * (workbooks.md: several counties in one input are evaluated separately). A sheet left out for
 * naming another county (countyYearSheets) joins when it is laid out as the anchor (sameLayout):
 * a sheet of another layout is not known to be a county's list and stays left out. Beside sheets
 * of several counties, a sheet naming none (教学点 titled 某市…) without a 县区 column is of a
 * county not known: `unknown`, left out rather than given to the first county by guess.
 *
 * @example countyGroups([北山县], [南湖县 left out (county)], 北山县) // groups: [北山县: 北山县], [南湖县: 南湖县]; leftOut: []
 * @example countyGroups([北山县小学, 北山县初中, 小学 (no county)], [], 北山县小学) // one group, 北山县: all three
 * @example countyGroups([北山县, 南湖县, 教学点 (某市…)], [], 北山县) // groups: [北山县], [南湖县]; unknown: [教学点]
 */
export function countyGroups(kept: readonly Candidate[], leftOut: readonly LeftOut[], anchor: Candidate): { groups: CountyGroup[]; leftOut: LeftOut[]; unknown: Candidate[] } {
  const joins = (l: LeftOut) => l.why === "county" && sameLayout(l.candidate, anchor);
  const sheets = [...kept, ...leftOut.filter(joins).map((l) => l.candidate)];
  const groups = grouped(sheets, anchor);
  const counties = schoolCounties(sheets);
  const unknown = groups.length < 2 ? [] : sheets.filter((c) => c !== anchor && countyOf(c, counties) === null && !hasCountyColumn(c));
  const first = groups[0];
  if (first !== undefined) first.sheets = first.sheets.filter((c) => !unknown.includes(c));
  return { groups: groups.map((g) => ({ county: g.county, sheets: g.sheets })), leftOut: leftOut.filter((l) => !joins(l)), unknown };
}
