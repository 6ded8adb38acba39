import type { EvaluationInput, Issue } from "../../engine/types";
import { issueAtCell } from "./issue";

/** What the reader says of a year taken from a title, which a year the user chose overrides. */
const TITLE_YEAR_NOTES: ReadonlySet<string> = new Set(["read_year_from_title", "read_year_from_sheet_name", "read_year_name_differs"]);

/**
 * The read input with the year the user chose (--year, the task pane's year), if any: that year
 * then answers the target, so the reader's notes that the year was taken from the sheet's title
 * (read_year_from_title, read_year_name_differs) are dropped — they would say 2024 beside results of
 * 2025. A year chosen other than the one the workbook states is warned of, naming both, at the
 * cell stating it (read_year_chosen_differs): its data may be of the year stated.
 *
 * @example withYear({ input: { year: 2024, … }, issues: [read_year_from_title] }, 2024) // { input: { year: 2024, … }, issues: [] }
 * @example withYear({ input: { year: 2024, … }, issues: [read_year_from_title at A1] }, 2025) // { input: { year: 2025, … }, issues: [read_year_chosen_differs at A1 { year: 2025, stated: 2024 }] }
 */
export function withYear(read: { readonly input: EvaluationInput; readonly issues: readonly Issue[] }, year: number | null): { input: EvaluationInput; issues: readonly Issue[] } {
  if (year === null) return { input: read.input, issues: read.issues };
  return { input: { ...read.input, year }, issues: [...chosenDiffers(read.issues, year), ...read.issues.filter((i) => !TITLE_YEAR_NOTES.has(i.code))] };
}

/** The warning that the year chosen is not the one the read note says the workbook states, or none. */
function chosenDiffers(issues: readonly Issue[], year: number): Issue[] {
  const note = issues.find((i) => i.code === "read_year_from_title" || i.code === "read_year_from_sheet_name");
  const stated = note?.params.year;
  if (note === undefined || typeof stated !== "number" || stated === year) return [];
  return [issueAtCell("read_year_chosen_differs", "warning", note.cell, { year, stated })];
}
