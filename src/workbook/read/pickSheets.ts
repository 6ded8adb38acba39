import type { Stage } from "../../engine/types";
import type { Grid } from "../types";
import { resultRoleOfName } from "../write/excelNames";
import { findHeader, type HeaderBand } from "./findHeader";
import { matchColumns, type ColumnFixes, type MatchedColumns } from "./matchColumns";
import { sheetCounty, type NamedCounty } from "./sheetCounty";
import { sheetStage } from "./sheetStage";
import { titleYear, type TitleYear } from "./titleYear";

/** What a sheet's title lines (or else its name) say of it, read once per sheet. */
export interface SheetTitle {
  readonly year: TitleYear | null;
  readonly county: NamedCounty | null;
  readonly stage: Stage | null;
}

/** A sheet that could be the school sheet. */
export interface Candidate {
  readonly grid: Grid;
  readonly band: HeaderBand;
  readonly matched: MatchedColumns;
  readonly title: SheetTitle;
}

/** Whether a sheet name is one the product writes its results to, numbered or not (such sheets are read only when nothing else qualifies). */
export function isResultSheet(name: string): boolean {
  return resultRoleOfName(name) !== null;
}

export function candidateOf(grid: Grid, fixes: ColumnFixes): Candidate | null {
  const band = findHeader(grid);
  if (band === null) return null;
  const title = { year: titleYear(grid, band.top), county: sheetCounty(grid, band), stage: sheetStage(grid, band) };
  return { grid, band, matched: matchColumns(band, fixes, grid.hiddenColumns, grid), title };
}

/**
 * A candidate read from a range, with the year and county its title states over `titled` (the
 * title lines above the range stacked over it, titleAbove.ts): the same as when the whole sheet is
 * read (a range A3:AJ43 under 示例县2024年… in A1 is of 示例县, 2024). A title line inside the range
 * is the table's own and stays; one above it comes before the sheet's name, as on a whole sheet.
 * Its stage is still read from the range.
 *
 * @example retitled(candidate of A3:B5 (year null, county null), A1:B5) // year 2024 at A1, county 示例县 at A1
 */
export function retitled(c: Candidate, titled: Grid): Candidate {
  const { year, county } = c.title;
  const ownYear = year !== null && year.cell !== null ? year : titleYear(titled, c.band.top);
  const ownCounty = county !== null && county.cell !== null ? county : sheetCounty(titled, c.band);
  return { ...c, title: { ...c.title, year: ownYear, county: ownCounty } };
}

/** Whether a sheet has a school-name column and a student column, of compulsory (在校生数) or of senior (高中在校生数) students. */
export function hasNameAndAnyStudents(c: Candidate): boolean {
  const keys = new Set(c.matched.roles.map((r) => r.key));
  return keys.has("name") && (keys.has("students") || keys.has("seniorStudents"));
}

function rank(c: Candidate): number {
  return (hasNameAndAnyStudents(c) ? 1000 : 0) - (isResultSheet(c.grid.sheet) ? 500 : 0) + c.matched.roles.length;
}

/** The best school sheet: one with name and student columns, a sheet of the user's before a result sheet, then the most recognised columns. */
export function bestCandidate(candidates: readonly Candidate[]): Candidate | null {
  return [...candidates].sort((a, b) => rank(b) - rank(a))[0] ?? null;
}
