import type { EvaluationInput, Issue } from "../../engine/types";
import { targetFor } from "../../engine/verdict/passingShare";
import type { Profile } from "../../profiles/schema";
import { issueAtCell } from "./issue";

/** What the reader says of a year taken from a title, which a year the user chose overrides. */
const TITLE_YEAR_NOTES: ReadonlySet<string> = new Set(["read_year_from_title", "read_year_from_sheet_name", "read_year_name_differs"]);

/**
 * The read input with the year the user chose (--year, the task pane's year), if any: that year
 * then answers the target, so the reader's notes that the year was taken from the sheet's title
 * (read_year_from_title, read_year_name_differs) are dropped — they would say 2024 beside results of
 * 2025. A year chosen other than the one the workbook states is warned of, naming both, at the
 * cell stating it: its data may be of the year stated. The warning names the target the share
 * passing then answers to (read_year_chosen_differs, with the target's year: a 2026 chosen answers
 * to a 2025 plan), or says that `profile` sets none for it (read_year_chosen_differs_no_target):
 * "judged against 2023's target" beside a 汇总 saying 无2023年目标 misled.
 *
 * @example withYear({ input: { year: 2024, … }, issues: [read_year_from_title] }, 2024, sichuan) // { input: { year: 2024, … }, issues: [] }
 * @example withYear({ input: { year: 2024, … }, issues: [read_year_from_title at A1] }, 2025, sichuan) // { input: { year: 2025, … }, issues: [read_year_chosen_differs at A1 { year: 2025, stated: 2024, target: 2025 }] }
 */
export function withYear(read: { readonly input: EvaluationInput; readonly issues: readonly Issue[] }, year: number | null, profile: Profile): { input: EvaluationInput; issues: readonly Issue[] } {
  if (year === null) return { input: read.input, issues: read.issues };
  return { input: { ...read.input, year }, issues: [...chosenDiffers(read.issues, year, profile), ...read.issues.filter((i) => !TITLE_YEAR_NOTES.has(i.code))] };
}

/** The warning that the year chosen is not the one the read note says the workbook states, or none. */
function chosenDiffers(issues: readonly Issue[], year: number, profile: Profile): Issue[] {
  const note = issues.find((i) => i.code === "read_year_from_title" || i.code === "read_year_from_sheet_name");
  const stated = note?.params.year;
  if (note === undefined || typeof stated !== "number" || stated === year) return [];
  const target = targetFor(profile, year);
  if (target === null) return [issueAtCell("read_year_chosen_differs_no_target", "warning", note.cell, { year, stated })];
  return [issueAtCell("read_year_chosen_differs", "warning", note.cell, { year, stated, target: target.year })];
}
