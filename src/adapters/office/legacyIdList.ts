import { message } from "../../messages/catalogue";
import { isResultRole, RESULT_ROLES, type ResultRole } from "../../workbook/types";
import { roleSheetNames } from "../../workbook/write/excelNames";
import type { DocumentSettings } from "./documentSettings";
import type { SheetMark } from "./sheetTags";

/**
 * Document-settings key under which versions before sheet markers listed the result sheets they
 * wrote, as `{ role, id }`, on hosts without custom properties (ExcelApi below 1.12, so Excel
 * 2019). Worksheet ids change between sessions (office-js-docs#297, office-js#1390), so an
 * entry may name a user's sheet, and after a reopen none names the sheet it was written for: a
 * sheet answers to the entry with its id, else to its role's sheet name (entryFor); either way it
 * is a result only when its A1 still holds its role's title, and replaceable only under its
 * role's own sheet name.
 */
export const SETTINGS_KEY = "yzjh.resultSheets";

/** One entry of that list. */
export interface ListedSheet {
  readonly role: ResultRole;
  readonly id: string;
}

const LANGS = ["zh", "en"] as const;

function isEntry(entry: unknown): entry is ListedSheet {
  const e = entry as { role?: unknown; id?: unknown } | null;
  return typeof e === "object" && e !== null && typeof e.id === "string" && isResultRole(e.role);
}

/** The entries of the list in `settings`; none when there is no list or it is not one. */
export function readIdList(settings: DocumentSettings | null | undefined): ListedSheet[] {
  const stored = settings?.get(SETTINGS_KEY);
  return Array.isArray(stored) ? stored.filter(isEntry).map((e) => ({ role: e.role, id: e.id })) : [];
}

/** A role's titles (cell A1) in either language. */
function roleTitles(role: ResultRole): string[] {
  return LANGS.map((lang) => message(`out_title_${role}`, {}, lang));
}

/**
 * The entry a sheet answers to: the one with its id, else — the list being there proves that an
 * older version wrote results into this workbook, and ids change between sessions, so after a
 * reopen none matches — the role whose sheet name it has (listedMark still asks A1 for the role's
 * title). Null without a list, or for a sheet with neither.
 *
 * @example entryFor({ id: "{00000000-0001-0000-0000-000000000000}", name: "汇总" }, [{ role: "summary", id: "{040E0F18-…}" }]) // { role: "summary", id: "{00000000-0001-…}" }
 */
export function entryFor(sheet: { readonly id: string; readonly name: string }, list: readonly ListedSheet[]): ListedSheet | null {
  if (list.length === 0) return null;
  const listed = list.find((e) => e.id === sheet.id);
  if (listed !== undefined) return listed;
  const role = RESULT_ROLES.find((r) => roleSheetNames(r).includes(sheet.name));
  return role === undefined ? null : { role, id: sheet.id };
}

/**
 * What an entry naming `sheet` says: a result sheet if A1 holds the role's title (else the id now
 * names someone else's sheet, and the entry says nothing); replaceable only if the sheet also
 * still has the role's name, else it is the user's snapshot, kept and not offered as data.
 *
 * @example listedMark({ name: "汇总" }, { role: "summary", id: "{1}" }, "县域义务教育优质均衡发展评估汇总") // { result: true, replaceable: true }
 * @example listedMark({ name: "汇总2023" }, { role: "summary", id: "{1}" }, "县域义务教育优质均衡发展评估汇总") // { result: true, replaceable: false }
 * @example listedMark({ name: "县级指标" }, { role: "summary", id: "{1}" }, "项目") // { result: false, replaceable: false }
 */
export function listedMark(sheet: { readonly name: string }, entry: ListedSheet, a1: unknown): SheetMark {
  const titled = typeof a1 === "string" && roleTitles(entry.role).includes(a1.trim());
  return { result: titled, replaceable: titled && roleSheetNames(entry.role).includes(sheet.name) };
}

/**
 * The entries still worth keeping once the replaceable sheets are replaced: one for each sheet that
 * answers to the list (entryFor) and stays as a result (a snapshot, or an older version's result
 * kept because nothing shows it unchanged), under the id the sheet has now. Ids change between
 * sessions, so an entry kept under the id it was saved with would, after a reopen, name no sheet
 * and be dropped here: the kept result would turn into a sheet of the user's on the next run.
 * Entries of replaced sheets, of sheets gone, and of ids that now name a user's sheet are dropped;
 * an empty list means the key can go.
 *
 * @example standingEntries([{ role: "summary", id: "{old-session}" }], [{ id: "{7}", name: "汇总" }], [{ result: true, replaceable: false }]) // [{ role: "summary", id: "{7}" }]
 */
export function standingEntries(list: readonly ListedSheet[], sheets: readonly { readonly id: string; readonly name: string }[], marks: readonly SheetMark[]): ListedSheet[] {
  return sheets.flatMap((sheet, i) => {
    const entry = entryFor(sheet, list);
    const mark = marks[i];
    // A sheet with a marker of its own (which names a run) is known by it: the list never needs it.
    return entry !== null && mark !== undefined && mark.result && !mark.replaceable && mark.run === undefined ? [{ role: entry.role, id: sheet.id }] : [];
  });
}

/**
 * After a successful write, the list keeps only the sheets that stay as results (the user's
 * renamed snapshots, an older version's results kept), by their ids of this session: the replaced
 * ones are gone, and an entry whose id now names a user's sheet must not outlive the run. No list
 * left, no key. Only staged in `settings`: true when that changed what is stored, and the caller
 * saves (once, with the sink's other records). An older version's results are kept for good, so
 * most runs of such a workbook find the list as it was, and have nothing to save.
 * @example pruneIdList(settings listing [{ role: "summary", id: "{old}" }], [{ id: "{7}", name: "汇总" }], [{ result: true, replaceable: false }]) // true, [{ role: "summary", id: "{7}" }] staged (standingEntries)
 * @example pruneIdList(settings listing [{ role: "summary", id: "{1}" }], [{ id: "{1}", name: "汇总" }], [{ result: true, replaceable: true }]) // true, the key removed: the sheet is replaced
 * @example pruneIdList(settings listing [{ role: "summary", id: "{7}" }], [{ id: "{7}", name: "汇总" }], [{ result: true, replaceable: false }]) // false: the list stands as it is
 */
export function pruneIdList(settings: DocumentSettings, sheets: readonly { readonly id: string; readonly name: string }[], marks: readonly SheetMark[]): boolean {
  const stored = settings.get(SETTINGS_KEY);
  if (stored === null || stored === undefined) return false;
  const standing = standingEntries(readIdList(settings), sheets, marks);
  if (standing.length === 0) settings.remove(SETTINGS_KEY);
  else if (JSON.stringify(standing) === JSON.stringify(stored)) return false;
  else settings.set(SETTINGS_KEY, standing);
  return true;
}
