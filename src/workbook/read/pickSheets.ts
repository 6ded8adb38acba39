import { RESULT_ROLES } from "../types";
import { message } from "../../messages/catalogue";
import type { Grid } from "../types";
import { findHeader, type HeaderBand } from "./findHeader";
import { matchColumns, type ColumnFixes, type MatchedColumns } from "./matchColumns";

/** A sheet that could be the school sheet. */
export interface Candidate {
  readonly grid: Grid;
  readonly band: HeaderBand;
  readonly matched: MatchedColumns;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

const RESULT_NAMES = RESULT_ROLES.flatMap((role) => (["zh", "en"] as const).map((lang) => message(`out_sheet_${role}`, {}, lang)));
const RESULT_SHEET = new RegExp(`^(${RESULT_NAMES.map(escape).join("|")})( ?\\(\\d+\\)|\\d+)?$`);

/** Whether a sheet name is one the product writes its results to (such sheets are read only when nothing else qualifies). */
export function isResultSheet(name: string): boolean {
  return RESULT_SHEET.test(name);
}

export function candidateOf(grid: Grid, fixes: ColumnFixes): Candidate | null {
  const band = findHeader(grid);
  return band === null ? null : { grid, band, matched: matchColumns(band, fixes, grid.hiddenColumns) };
}

function usable(c: Candidate): boolean {
  const keys = new Set(c.matched.roles.map((r) => r.key));
  return keys.has("name") && (keys.has("students") || keys.has("seniorStudents"));
}

function rank(c: Candidate): number {
  return (usable(c) ? 1000 : 0) - (isResultSheet(c.grid.sheet) ? 500 : 0) + c.matched.roles.length;
}

/** The best school sheet: one with name and student columns, a sheet of the user's before a result sheet, then the most recognised columns. */
export function bestCandidate(candidates: readonly Candidate[]): Candidate | null {
  return [...candidates].sort((a, b) => rank(b) - rank(a))[0] ?? null;
}

export function hasNameAndStudents(c: Candidate): boolean {
  return usable(c);
}
