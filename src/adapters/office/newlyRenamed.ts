import type { SheetsWritten } from "../../workbook/types";
import type { DocumentSettings } from "./documentSettings";
import type { SheetMark } from "./sheetTags";

/** A sheet as the survey found it: its name, its marks as read, and whether this write replaces it (after keepEdited). */
export interface FoundSheet {
  readonly name: string;
  readonly mark: SheetMark;
  readonly replaceable: boolean;
}

/**
 * Document-settings key of the renamed (or copied) result sheets the last write found: each by its
 * name and the run its marker names. What was there then was said then (or on a run before), so a
 * re-run says only the others: a sheet renamed or copied since, whichever run wrote it.
 */
export const SAID_KEY = "yzjh.renamedResults";

/** One renamed result as the record holds it. */
interface SaidSheet {
  readonly run: string;
  readonly name: string;
}

const keyOf = (s: SaidSheet) => `${s.run}\u0000${s.name}`;

/**
 * The record in `settings`, as keys (keyOf); null when there is none (a workbook last evaluated before it was kept) or it is not one.
 * @example readSaid(settings holding yzjh.renamedResults = [{ run: "a", name: "汇总备份" }, { run: 3 }]) // Set { "a\u0000汇总备份" }: the malformed entry left out
 * @example readSaid(settings without the key) // null
 */
export function readSaid(settings: DocumentSettings | null): ReadonlySet<string> | null {
  const stored = settings?.get(SAID_KEY);
  if (!Array.isArray(stored)) return null;
  const entries = stored.filter((e): e is SaidSheet => typeof (e as SaidSheet | null)?.run === "string" && typeof (e as SaidSheet | null)?.name === "string");
  return new Set(entries.map(keyOf));
}

/** The renamed results among `sheets` (a marker of a run, kept under another name). */
function renamedOnes(sheets: readonly FoundSheet[]): SaidSheet[] {
  return sheets.flatMap((s) => (s.mark.renamedFrom === undefined || s.mark.run === undefined ? [] : [{ run: s.mark.run, name: s.name }]));
}

/**
 * The result sheets the user renamed (or copied) since the last run, to be named in the closing
 * line (SheetsWritten.renamed). With the record of the last write (`said`, readSaid): those it did
 * not find, so that a sheet is named once however many runs it stays, a copy of a sheet already
 * named is named in its turn, and a run all of whose sheets the user renamed or changed names its
 * renamed ones once. Without a record (a workbook last evaluated before there was one): those
 * written by a run whose results this write replaces; one renamed before that run was named by it,
 * and is left out; when no result this write replaces carries a run, nothing says which run was
 * the last, and every renamed one is named (the record then written stops it the next time).
 *
 * @example newlyRenamed([{ name: "汇总备份", mark: { …, renamedFrom: { role: "summary", name: "汇总" }, run: "a" }, replaceable: false }, { name: "汇总备份 (2)", mark: { …, renamedFrom: { role: "summary", name: "汇总" }, run: "a" }, replaceable: false }], new Set(["a\u0000汇总备份"])) // [{ name: "汇总备份 (2)", role: "summary" }]: the copy, made since
 */
export function newlyRenamed(sheets: readonly FoundSheet[], said: ReadonlySet<string> | null = null): NonNullable<SheetsWritten["renamed"]> {
  const lastRuns = new Set(sheets.flatMap((s) => (s.replaceable && s.mark.run !== undefined ? [s.mark.run] : [])));
  const unsaid = (s: FoundSheet, run: string) => (said === null ? lastRuns.size === 0 || lastRuns.has(run) : !said.has(keyOf({ run, name: s.name })));
  return sheets.flatMap((s) => {
    const from = s.mark.renamedFrom;
    if (from === undefined) return [];
    // A renamed result always has its marker's run (renamedFrom comes from a marker); the check is for the type.
    return s.mark.run !== undefined && unsaid(s, s.mark.run) ? [{ name: s.name, role: from.role }] : [];
  });
}

/**
 * After a successful write, the record holds the renamed results it found (all said by now); staged
 * in `settings` only when that differs from what was read, so most runs change nothing. True when
 * staged: the caller saves (once, with the sink's other records).
 * @example recordSaid(settings, [汇总备份 (run "a", renamed), 汇总 (2) (run "a", renamed)], Set { "a\u0000汇总备份" }) // true: [{ run: "a", name: "汇总备份" }, { run: "a", name: "汇总 (2)" }] staged
 * @example recordSaid(settings, [汇总备份 (run "a", renamed)], Set { "a\u0000汇总备份" }) // false: the record is unchanged
 */
export function recordSaid(settings: DocumentSettings, sheets: readonly FoundSheet[], said: ReadonlySet<string> | null): boolean {
  const now = renamedOnes(sheets);
  const same = now.length === (said?.size ?? 0) && now.every((s) => said?.has(keyOf(s)) === true);
  if (same) return false;
  settings.set(SAID_KEY, now);
  return true;
}
