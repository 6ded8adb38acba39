import type { EvaluationInput, Issue } from "../../engine/types";

/**
 * The read input with the year the user chose (--year, the task pane's year), if any: that year
 * then answers the target, so the reader's note that the year was taken from the sheet's title
 * (read_year_from_title) is dropped — it would say 2024 beside results of 2025.
 *
 * @example withYear({ input: { year: 2024, … }, issues: [read_year_from_title] }, 2025) // { input: { year: 2025, … }, issues: [] }
 */
export function withYear(read: { readonly input: EvaluationInput; readonly issues: readonly Issue[] }, year: number | null): { input: EvaluationInput; issues: readonly Issue[] } {
  if (year === null) return { input: read.input, issues: read.issues };
  return { input: { ...read.input, year }, issues: read.issues.filter((i) => i.code !== "read_year_from_title") };
}
