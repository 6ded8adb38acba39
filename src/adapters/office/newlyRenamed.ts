import type { SheetsWritten } from "../../workbook/types";
import type { SheetMark } from "./sheetTags";

/** A sheet as the survey found it: its name, its marks as read, and whether this write replaces it (after keepEdited). */
export interface FoundSheet {
  readonly name: string;
  readonly mark: SheetMark;
  readonly replaceable: boolean;
}

/**
 * The result sheets the user renamed (or copied) since the last run, to be named in the closing
 * line (SheetsWritten.renamed): those written by a run whose results this write replaces. One
 * renamed before that run was named by it, and is left out: the closing line names a kept sheet
 * once, not on every run while it exists (it is still kept, never replaced). When no result this
 * write replaces carries a run (the user deleted the last run's, or none was written since the
 * markers), nothing says which run was the last, and every renamed one is named.
 *
 * @example newlyRenamed([{ name: "汇总备份", mark: { …, renamedFrom: { role: "summary", name: "汇总" }, run: "a" }, replaceable: false }, { name: "差异系数", mark: { …, run: "b" }, replaceable: true }]) // []: 汇总备份 is run a's, renamed before run b, which named it
 */
export function newlyRenamed(sheets: readonly FoundSheet[]): NonNullable<SheetsWritten["renamed"]> {
  const lastRuns = new Set(sheets.flatMap((s) => (s.replaceable && s.mark.run !== undefined ? [s.mark.run] : [])));
  return sheets.flatMap((s) => {
    const from = s.mark.renamedFrom;
    if (from === undefined) return [];
    return lastRuns.size === 0 || (s.mark.run !== undefined && lastRuns.has(s.mark.run)) ? [{ name: s.name, role: from.role }] : [];
  });
}
