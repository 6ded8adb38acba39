import type { Issue } from "../engine/types";
import type { ReadOptions, ReadResult } from "../workbook/read/readWorkbook";
import type { WorkbookSource } from "../workbook/types";

type Read = (source: WorkbookSource, options: ReadOptions) => Promise<ReadResult>;

/** The year notes of a read: where the year it states stands (the title's cell; none when it came from the sheet's name). */
const YEAR_NOTES: ReadonlySet<string> = new Set(["read_year_from_title", "read_year_from_sheet_name"]);

/**
 * A sheet the user chose (`options.sheet`) read while the school sheet the reader would choose
 * itself (pickSchoolSheets: the latest year's) is of a later year: said, since the CLI, choosing
 * alone, would have read the later one (read_sheet_older_year) and the user may have chosen last
 * year's by habit. The read as it was otherwise; the reader's own choice is asked of the same
 * source, so a cached one (CachedSource) reads no sheet twice.
 *
 * @example withNewerYearNote(source, read, { sheet: "2023年学校" }, read of 2023) // + addin_sheet_newer_year_exists { sheet: 2023年学校, year: 2023, newer: 2024年学校, latest: 2024 }
 */
export async function withNewerYearNote(source: WorkbookSource, read: Read, options: ReadOptions, chosen: ReadResult): Promise<ReadResult> {
  if (!chosen.ok || options.sheet === undefined || chosen.input.year === null) return chosen;
  const own = await read(source, {});
  if (!own.ok || own.input.year === null || own.input.year <= chosen.input.year || own.mapping.sheet === chosen.mapping.sheet) return chosen;
  const cell = chosen.issues.find((i) => YEAR_NOTES.has(i.code))?.cell ?? null;
  const params = { sheet: chosen.mapping.sheet, year: chosen.input.year, newer: own.mapping.sheet, latest: own.input.year };
  const note: Issue = { code: "addin_sheet_newer_year_exists", severity: "warning", cell, params };
  return { ...chosen, issues: [note, ...chosen.issues] };
}
