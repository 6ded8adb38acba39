import type { Candidate } from "./pickSheets";
import { sheetCounty, type NamedCounty } from "./sheetCounty";
import { titleYear, type TitleYear } from "./titleYear";

/** A school sheet left out of the county's school list for the year, and what it says that differs. */
export type LeftOut =
  /** Its title or name states an older year than the latest one of the workbook's school sheets. */
  | { readonly why: "older"; readonly candidate: Candidate; readonly year: TitleYear; readonly latest: number }
  /** Its title or name names another county, and its rows or the chosen sheet's carry no county column. */
  | { readonly why: "county"; readonly candidate: Candidate; readonly county: NamedCounty; readonly chosen: string };

/** The sheets of one county and one year, and those left out. */
export interface CountyYearSheets {
  readonly kept: readonly Candidate[];
  readonly leftOut: readonly LeftOut[];
}

function hasCountyColumn(c: Candidate): boolean {
  return c.matched.roles.some((r) => r.key === "county");
}

/** The sheets of the latest year stated (by title, else name: titleYear); a sheet stating none may be of any year and stays. */
function latestYear(pool: readonly Candidate[]): { kept: Candidate[]; leftOut: LeftOut[] } {
  const years = pool.map((candidate) => ({ candidate, year: titleYear(candidate.grid, candidate.band.top) }));
  const latest = Math.max(...years.flatMap((y) => (y.year === null ? [] : [y.year.year])));
  const leftOut = years.flatMap(({ candidate, year }): LeftOut[] => (year === null || year.year === latest ? [] : [{ why: "older", candidate, year, latest }]));
  return { kept: years.filter((y) => y.year === null || y.year.year === latest).map((y) => y.candidate), leftOut };
}

/**
 * The sheets of the county of `anchor` (the sheet that would be read first): one naming another
 * county is left out unless both it and the anchor carry a county column (then each row says its
 * county). When the anchor names none, the first sheet that names one sets the county.
 */
function oneCounty(kept: readonly Candidate[], anchor: Candidate): { kept: Candidate[]; leftOut: LeftOut[] } {
  const named = kept.map((candidate) => ({ candidate, county: sheetCounty(candidate.grid, candidate.band) }));
  const chosen = named.find((n) => n.candidate === anchor)?.county ?? named.find((n) => n.county !== null)?.county ?? null;
  const rowsSay = (c: Candidate) => hasCountyColumn(c) && hasCountyColumn(anchor);
  const leftOut = named.flatMap(({ candidate, county }): LeftOut[] =>
    chosen !== null && county !== null && county.county !== chosen.county && !rowsSay(candidate) ? [{ why: "county", candidate, county, chosen: chosen.county }] : [],
  );
  const out = new Set(leftOut.map((l) => l.candidate));
  return { kept: kept.filter((c) => !out.has(c)), leftOut };
}

/**
 * The school sheets that may be read together as one county's list for one year: a workbook
 * keeping last year's sheets beside this year's (2023年小学, 2024年小学 …) is read for the latest
 * year stated, and sheets naming two counties (甲县小学, 乙县初中) are not one county's list unless
 * their rows carry a county column. `anchorOf` picks, among the sheets of the latest year, the
 * one whose county is kept (the sheet that would be read first).
 *
 * @example countyYearSheets([2023年小学, 2024年小学, 2024年初中], best) // kept: 2024年小学, 2024年初中; leftOut: 2023年小学 (older, 2023 < 2024)
 */
export function countyYearSheets(pool: readonly Candidate[], anchorOf: (kept: readonly Candidate[]) => Candidate | null): CountyYearSheets {
  const year = latestYear(pool);
  const anchor = anchorOf(year.kept);
  if (anchor === null) return { kept: year.kept, leftOut: year.leftOut };
  const county = oneCounty(year.kept, anchor);
  return { kept: county.kept, leftOut: [...year.leftOut, ...county.leftOut] };
}
