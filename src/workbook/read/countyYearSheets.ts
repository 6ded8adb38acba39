import type { Candidate } from "./pickSheets";
import { otherCounty, type NamedCounty } from "./sheetCounty";
import type { TitleYear } from "./titleYear";

/** A school sheet left out of the county's school list for the year, and what it says that differs. */
export type LeftOut =
  /** Its title or name states an older year than the latest one of the workbook's school sheets. */
  | { readonly why: "older"; readonly candidate: Candidate; readonly year: TitleYear; readonly latest: number }
  /** Its title or name states another year than the one the user chose (--year, the task pane's 评估年度), which other sheets state. */
  | { readonly why: "chosen"; readonly candidate: Candidate; readonly year: TitleYear; readonly chosen: number }
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

/** Two sheets of the same layout: the same indicator columns present (a 小学 sheet's 专科 and an 初中 sheet's 本科 column both give L1). */
export function sameLayout(a: Candidate, b: Candidate): boolean {
  return [...a.matched.missing].sort().join() === [...b.matched.missing].sort().join();
}

function latestOf(years: readonly { readonly year: TitleYear | null }[]): number | null {
  const stated = years.flatMap((y) => (y.year === null ? [] : [y.year.year]));
  return stated.length === 0 ? null : Math.max(...stated);
}

/**
 * The sheets of the latest year stated (by title, else name: titleYear) among the sheets of the
 * best sheet's layout (`best`), else among all; a sheet stating none may be of any year and stays.
 * A sheet of another layout sets no year: a later year's forecast or 整改计划 (学校名称 | 在校生数
 * only) must not put the full data sheet aside; a later sheet of another layout stays (not read
 * unless it is the best).
 */
function latestYear(pool: readonly Candidate[], best: Candidate | null): { kept: Candidate[]; leftOut: LeftOut[] } {
  const years = pool.map((candidate) => ({ candidate, year: candidate.title.year }));
  const latest = latestOf(years.filter((y) => best === null || sameLayout(y.candidate, best))) ?? latestOf(years);
  const older = (year: TitleYear | null): year is TitleYear => latest !== null && year !== null && year.year < latest;
  const leftOut = years.flatMap(({ candidate, year }): LeftOut[] => (older(year) && latest !== null ? [{ why: "older", candidate, year, latest }] : []));
  return { kept: years.filter((y) => !older(y.year)).map((y) => y.candidate), leftOut };
}

/** The sheets of the best sheet's layout (all when there is no best, or none of its layout states a year): whose years count, as in latestYear. */
function yearSetters(pool: readonly Candidate[], best: Candidate | null): readonly Candidate[] {
  const alike = best === null ? pool : pool.filter((c) => sameLayout(c, best));
  return alike.some((c) => c.title.year !== null) ? alike : pool;
}

/** The years the sheets state, in order, each with its sheets in the pool's order. */
function yearsOf(sheets: readonly Candidate[]): { year: number; sheets: string[] }[] {
  const byYear = new Map<number, string[]>();
  for (const c of sheets) if (c.title.year !== null) byYear.set(c.title.year.year, [...(byYear.get(c.title.year.year) ?? []), c.grid.sheet]);
  return [...byYear].sort(([a], [b]) => a - b).map(([year, names]) => ({ year, sheets: names }));
}

/**
 * The sheets of the year the user chose, when a sheet of the best's layout states it: a sheet stating
 * another year (later or earlier) is left out, a sheet stating none stays. Null when no year is
 * chosen or none of those sheets states it (then the latest year is read: latestYear).
 */
function chosenYear(pool: readonly Candidate[], best: Candidate | null, chosen: number | null): { kept: Candidate[]; leftOut: LeftOut[] } | null {
  if (chosen === null || !yearsOf(yearSetters(pool, best)).some((y) => y.year === chosen)) return null;
  const other = (year: TitleYear | null): year is TitleYear => year !== null && year.year !== chosen;
  const leftOut = pool.flatMap((candidate): LeftOut[] => (other(candidate.title.year) ? [{ why: "chosen", candidate, year: candidate.title.year, chosen }] : []));
  return { kept: pool.filter((c) => !other(c.title.year)), leftOut };
}

/**
 * The years the school sheets state (of the best sheet's layout, as yearNotStated counts them),
 * ascending: the years there are school lists of, for the user to choose among (the task pane's 评估年度).
 *
 * @example statedYears([2023年学校, 2024年学校, 学校说明 (no year)], 2024年学校) // [2023, 2024]
 */
export function statedYears(pool: readonly Candidate[], best: Candidate | null): number[] {
  return yearsOf(yearSetters(pool, best)).map((y) => y.year);
}

/**
 * The years stated by the school sheets (of the best sheet's layout: a later forecast is no year of
 * the data), each with its sheets, when the user chose a year none states and they state several:
 * which of them to read is then not known, and reading the latest would judge another year's
 * schools. Null when the year is stated, none is chosen, or the sheets state at most one year
 * (the chosen year then only sets the target, warned of: read_year_chosen_differs).
 *
 * @example yearNotStated([2024年学校, 2025年学校], 2024年学校, 2023) // [{ year: 2024, sheets: ["2024年学校"] }, { year: 2025, sheets: ["2025年学校"] }]
 * @example yearNotStated([2024年学校, 2025年学校], 2024年学校, 2024) // null
 */
export function yearNotStated(pool: readonly Candidate[], best: Candidate | null, chosen: number | null): { year: number; sheets: string[] }[] | null {
  const years = yearsOf(yearSetters(pool, best));
  return chosen === null || years.length < 2 || years.some((y) => y.year === chosen) ? null : years;
}

/**
 * The sheets of the county of `anchor` (the sheet that would be read first): one naming another (otherCounty)
 * county is left out unless both it and the anchor carry a county column (then each row says its
 * county). When the anchor names none, the first sheet that names one sets the county.
 */
function oneCounty(kept: readonly Candidate[], anchor: Candidate): { kept: Candidate[]; leftOut: LeftOut[] } {
  const named = kept.map((candidate) => ({ candidate, county: candidate.title.county }));
  const chosen = named.find((n) => n.candidate === anchor)?.county ?? named.find((n) => n.county !== null)?.county ?? null;
  const rowsSay = (c: Candidate) => hasCountyColumn(c) && hasCountyColumn(anchor);
  const leftOut = named.flatMap(({ candidate, county }): LeftOut[] =>
    chosen !== null && county !== null && otherCounty(county.county, chosen.county) && !rowsSay(candidate) ? [{ why: "county", candidate, county, chosen: chosen.county }] : [],
  );
  const out = new Set(leftOut.map((l) => l.candidate));
  return { kept: kept.filter((c) => !out.has(c)), leftOut };
}

/**
 * The school sheets that may be read together as one county's list for one year: a workbook
 * keeping last year's sheets beside this year's (2023年小学, 2024年小学 …) is read for the year
 * the user chose (`chosen`, when a sheet states it: chosenYear), else for the latest
 * year stated among the sheets laid out as the best one (`anchorOf` the whole pool), and sheets naming two counties (甲县小学, 乙县初中) are not one county's list unless
 * their rows carry a county column. `anchorOf` picks, among the sheets of the latest year, the
 * one whose county is kept (the sheet that would be read first).
 *
 * @example countyYearSheets([2023年小学, 2024年小学, 2024年初中], best) // kept: 2024年小学, 2024年初中; leftOut: 2023年小学 (older, 2023 < 2024)
 * @example countyYearSheets([2023年小学, 2024年小学, 2024年初中], best, 2023) // kept: 2023年小学; leftOut: 2024年小学, 2024年初中 (chosen 2023)
 */
export function countyYearSheets(pool: readonly Candidate[], anchorOf: (kept: readonly Candidate[]) => Candidate | null, chosen: number | null = null): CountyYearSheets {
  const best = anchorOf(pool);
  const year = chosenYear(pool, best, chosen) ?? latestYear(pool, best);
  const anchor = anchorOf(year.kept);
  if (anchor === null) return { kept: year.kept, leftOut: year.leftOut };
  const county = oneCounty(year.kept, anchor);
  return { kept: county.kept, leftOut: [...year.leftOut, ...county.leftOut] };
}
