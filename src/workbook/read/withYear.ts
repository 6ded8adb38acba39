import type { EvaluationInput, Issue } from "../../engine/types";

/** What the reader says of a year taken from a title, which a year the user chose overrides. */
const TITLE_YEAR_NOTES: ReadonlySet<string> = new Set(["read_year_from_title", "read_year_from_sheet_name", "read_year_name_differs"]);

/**
 * The read input with the year the user chose (--year, the task pane's year), if any: that year
 * then answers the target, so the reader's notes that the year was taken from the sheet's title
 * (read_year_from_title, read_year_name_differs) are dropped — they would say 2024 beside results of 2025.
 *
 * @example withYear({ input: { year: 2024, … }, issues: [read_year_from_title] }, 2025) // { input: { year: 2025, … }, issues: [] }
 */
export function withYear(read: { readonly input: EvaluationInput; readonly issues: readonly Issue[] }, year: number | null): { input: EvaluationInput; issues: readonly Issue[] } {
  if (year === null) return { input: read.input, issues: read.issues };
  return { input: { ...read.input, year }, issues: read.issues.filter((i) => !TITLE_YEAR_NOTES.has(i.code)) };
}
