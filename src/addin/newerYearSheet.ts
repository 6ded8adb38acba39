import type { Issue } from "../engine/types";
import type { ReadOptions, ReadResult } from "../workbook/read/readWorkbook";
import type { WorkbookSource } from "../workbook/types";
import { CachedSource } from "./cachedSource";
import { otherSchoolSheets } from "./otherSchoolSheets";
import { ownChoice } from "./ownChoice";

type Read = (source: WorkbookSource, options: ReadOptions) => Promise<ReadResult>;
type ReadOk = Extract<ReadResult, { ok: true }>;

/** The year notes of a read: where the year it states stands (the title's cell; none when it came from the sheet's name). */
const YEAR_NOTES: ReadonlySet<string> = new Set(["read_year_from_title", "read_year_from_sheet_name"]);
/** The reader's notes on the school sheets it left unread (pickSchoolSheets' unreadIssues, and copyIssues for a copy of the sheet read): the CLI's words, true of a chosen sheet that is its own choice. */
const UNREAD_NOTES: ReadonlySet<string> = new Set(["read_other_school_sheets", "read_hidden_school_sheets", "read_sheet_copy", "read_sheet_copy_differs"]);
/** Said when the reader reads several sheets together (stage sheets, parts of one list, a sheet per county): the sheet chosen is then one of them only. */
const TOGETHER_NOTES: ReadonlySet<string> = new Set(["read_stage_sheet", "read_combined_sheet", "read_sheet_part", "read_county_sheet"]);

/**
 * A sheet the user chose (`options.sheet`), said as the CLI, choosing alone, would say it: when no
 * other sheet could be a school sheet (otherSchoolSheets), nothing, and the reader's own choice is
 * not asked. Otherwise, from that choice (ownChoice: once per look at the sheets): a later year's
 * sheet it would read (addin_sheet_newer_year_exists: the user may have chosen last year's by
 * habit); the same sheet, read alone: its notes on the school sheets left unread; another: the
 * other school sheets named (addin_sheet_other_school_sheets); the years all the school sheets
 * state (sheetYears), not the chosen one's alone. The read as it was otherwise.
 *
 * @example withNewerYearNote(source, read, { sheet: "2023年学校" }, read of 2023) // + addin_sheet_newer_year_exists { sheet: 2023年学校, year: 2023, newer: 2024年学校, latest: 2024 }
 * @example withNewerYearNote(source of [学校, 学校备份], read, { sheet: "学校" }, read of 学校) // + read_other_school_sheets { sheet: 学校, others: 学校备份 }
 */
export async function withNewerYearNote(source: WorkbookSource, read: Read, options: ReadOptions, chosen: ReadResult): Promise<ReadResult> {
  if (!chosen.ok || options.sheet === undefined) return chosen;
  // An uncached source (the ribbon's) reads each sheet once for both the look at the others and the reader's own choice.
  const cached = source instanceof CachedSource ? source : new CachedSource(source);
  const others = await otherSchoolSheets(cached, chosen);
  if (others.length === 0) return chosen;
  const own = await ownChoice(cached, read);
  // The years of every school sheet, as the reader's own look at them found them: those a year chosen may pick.
  return own.ok ? { ...chosen, issues: [...sheetNotes(chosen, own, others), ...chosen.issues], sheetYears: own.sheetYears } : chosen;
}

/** What is said of the sheet chosen, from the reader's own choice `own` and the `others` that could be school sheets. */
function sheetNotes(chosen: ReadOk, own: ReadOk, others: readonly string[]): Issue[] {
  const { sheet } = chosen.mapping;
  const [year, latest] = [chosen.input.year, own.input.year];
  if (year !== null && latest !== null && latest > year && own.mapping.sheet !== sheet) return [newerYearNote(chosen, own.mapping.sheet, year, latest)];
  if (own.mapping.sheet === sheet && !own.issues.some((i) => TOGETHER_NOTES.has(i.code))) return own.issues.filter((i) => UNREAD_NOTES.has(i.code));
  const cell = chosen.mapping.columns[0]?.headerCell ?? null;
  return [{ code: "addin_sheet_other_school_sheets", severity: "warning", cell, params: { sheet, others: others.join(", ") } }];
}

/** The later year's sheet (`newer`, of `latest`) the reader would read, said at the chosen sheet's year (its title's cell; none when the year came from its name). */
function newerYearNote(chosen: ReadOk, newer: string, year: number, latest: number): Issue {
  const cell = chosen.issues.find((i) => YEAR_NOTES.has(i.code))?.cell ?? null;
  const params = { sheet: chosen.mapping.sheet, year, newer, latest };
  return { code: "addin_sheet_newer_year_exists", severity: "warning", cell, params };
}
