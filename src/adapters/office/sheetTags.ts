import { isResultRole, type ResultRole } from "../../workbook/types";
import { resultRoleOfName } from "../../workbook/write/excelNames";
import type { ContentStamp } from "./contentDigest";
import type { DocumentSettings } from "./documentSettings";
import { entryFor, listedMark, readIdList, type ListedSheet } from "./legacyIdList";

/** Custom-property key on result sheets (ExcelApi 1.12). */
export const TAG_KEY = "YZJH.resultSheet";
/**
 * A name scoped to each result sheet holding the same marker, on hosts without custom properties
 * (ExcelApi 1.4 has sheet-scoped names). Only there: a sheet's names fail while the user views
 * another workbook (office-js#6365 on Mac, office-js#2078 on Windows).
 */
export const MARKER_NAME = "YZJH_RESULT";
/** Result sheets are written under such a name (writingName), then renamed once complete. */
const WRITING_NAME = /^~yzjh~[a-z0-9]+~\d+$/;

/** Whether a sheet's name is a writing name: a run's sheet not yet complete. @example isWritingName("~yzjh~k3j2h5g8~2") // true; isWritingName("汇总") // false */
export function isWritingName(name: string): boolean {
  return WRITING_NAME.test(name);
}

/** The name a new result sheet carries until it is complete. @example writingName("k3j2h5g8", 2) // "~yzjh~k3j2h5g8~2" */
export function writingName(run: string, index: number): string {
  return `~yzjh~${run}~${index}`;
}

/**
 * What a result sheet carries: its role, the run that wrote it (a random token), and the name it
 * was given. The marker is content of the sheet, so it survives saving, reopening and other
 * Excel versions, where worksheet ids do not; a user's copy of the sheet carries it too, but
 * under another name. `content` stamps the values written (contentDigest.ts): a sheet whose values
 * the user has changed since is theirs to keep (markers written before it have none).
 */
export interface Marker {
  readonly role: ResultRole;
  readonly run: string;
  readonly name: string;
  readonly content?: ContentStamp;
}

/** The custom property of versions before markers: the role and the worksheet id it was written on. */
interface IdTag {
  readonly role: ResultRole;
  readonly id: string;
}

/** A name's string constant as its value (`…`) or, should a host report the formula, as `="…"` with quotes doubled. */
function constantText(text: string): string {
  const formula = /^="((?:[^"]|"")*)"$/.exec(text);
  return formula ? (formula[1] ?? "").replace(/""/g, '"') : text;
}

/** A marker's content stamp, when it is one. */
function stampIn(content: unknown): { content?: ContentStamp } {
  const { rows, columns, digest } = (content ?? {}) as Record<string, unknown>;
  const whole = (n: unknown): n is number => Number.isInteger(n) && (n as number) > 0;
  return whole(rows) && whole(columns) && typeof digest === "string" ? { content: { rows, columns, digest } } : {};
}

/** Parses a marker, or an id tag of the version before; null for anything this add-in did not write. */
export function parseMarker(text: unknown): Marker | IdTag | null {
  if (typeof text !== "string") return null;
  try {
    const tag = JSON.parse(constantText(text)) as Record<string, unknown>;
    if (!isResultRole(tag.role)) return null;
    if (typeof tag.run === "string" && typeof tag.name === "string") return { role: tag.role, run: tag.run, name: tag.name, ...stampIn(tag.content) };
    return typeof tag.id === "string" ? { role: tag.role, id: tag.id } : null;
  } catch {
    return null;
  }
}

/** The marker as a name's formula: a string constant, quotes doubled. @example markerFormula(m) // '="{""role"":""summary"",…}"' */
export function markerFormula(marker: Marker): string {
  return `="${JSON.stringify(marker).replace(/"/g, '""')}"`;
}

/** What the add-in knows of a sheet from its markers. */
export interface SheetMark {
  /** It carries a marker (or the old id list names it, title intact): a result sheet, or a user's copy of one. Never offered as data. */
  readonly result: boolean;
  /** It is a result sheet as written: replaced by the next run. A sheet without either never is. */
  readonly replaceable: boolean;
  /** What a replaceable sheet's marker says its values were when written; absent where it says nothing (older markers). */
  readonly content?: ContentStamp;
  /**
   * A result sheet kept under another name than its marker's (the user renamed or copied it):
   * the role and name it was written with, so that a re-run can say which new sheet took its
   * place. Absent on every other sheet, and on an old id tag's (it holds no name).
   */
  readonly renamedFrom?: { readonly role: ResultRole; readonly name: string };
  /**
   * The run that wrote it (its marker's token), on a sheet with a marker: which results came from
   * the same run, so that a renamed one is said only on the run after it was renamed (newlyRenamed).
   * Absent on an old id tag's sheet (it holds no run) and on any other.
   */
  readonly run?: string;
}

/**
 * Replaceable: a marker whose name is the sheet's (a copy or a renamed sheet has another, and the
 * user keeps it), or a sheet still under its writing name (a run that stopped halfway); or an id
 * tag of the version before naming this very sheet still under a name it gave a sheet of its role
 * (resultRoleOfName's `copy`: 汇总, 汇总 (2); a sheet keeps its id when renamed, and one the user
 * renamed to keep, 汇总2023 or 汇总备份, is theirs, as one with a marker is). A kept sheet with a marker says what it was written as (renamedFrom).
 *
 * @example markOf({ name: "汇总备份", id: "{1}" }, [{ role: "summary", run: "k3j2h5g8", name: "汇总" }]) // { result: true, replaceable: false, renamedFrom: { role: "summary", name: "汇总" }, run: "k3j2h5g8" }
 */
export function markOf(sheet: { readonly name: string; readonly id: string }, found: readonly (Marker | IdTag | null)[]): SheetMark {
  const tags = found.filter((t): t is Marker | IdTag => t !== null);
  const replacing = tags.find((t) => ("id" in t ? t.id === sheet.id && resultRoleOfName(sheet.name, "copy") === t.role : t.name === sheet.name || WRITING_NAME.test(sheet.name)));
  // A sheet still under its writing name is half written: its values are not what the stamp says.
  const content = replacing !== undefined && "content" in replacing && replacing.name === sheet.name ? replacing.content : undefined;
  const renamed = replacing === undefined ? tags.find((t): t is Marker => !("id" in t)) : undefined;
  const own = replacing ?? renamed;
  return {
    result: tags.length > 0,
    replaceable: replacing !== undefined,
    ...(content === undefined ? {} : { content }),
    ...(renamed === undefined ? {} : { renamedFrom: { role: renamed.role, name: renamed.name } }),
    ...(own === undefined || "id" in own ? {} : { run: own.run }),
  };
}

/** Marks result sheets so that a re-run replaces those and no others, and reads the marks back. */
export interface SheetTags {
  /** Queues reading the markers of `sheets` (name and id loaded); call the result after the next sync. */
  queueRead(sheets: readonly Excel.Worksheet[]): () => SheetMark[];
  /**
   * Where markers are custom properties: a sheet without one may carry the sheet-scoped marker of
   * a host before ExcelApi 1.12 (the workbook was last run in Excel 2019), whatever the user
   * renamed it to. One more request reads the own names of every sheet that is not replaceable
   * (the marker, and the names a new table must avoid). A refusal (the user views another
   * workbook) leaves them unmarked, kept and offered as data, never deleted, and their names
   * unknown (null).
   */
  confirm(context: Excel.RequestContext, sheets: readonly Excel.Worksheet[], marks: readonly SheetMark[]): Promise<Confirmed>;
  /** Queues the marker on a sheet just added. */
  mark(sheet: Excel.Worksheet, marker: Marker): void;
}

/** The marks after confirm, and the names scoped to each sheet it read (null: not read, or refused). */
export interface Confirmed {
  readonly marks: SheetMark[];
  readonly scopedNames: (readonly string[] | null)[];
}

type Reading = { readonly isNullObject: boolean; readonly value: unknown } | null;

function valueOf(item: Reading): unknown {
  return item === null || item.isNullObject ? null : item.value;
}

/** A1 of a sheet the old id list names, to check its title; null for the others. */
function queueTitle(sheet: Excel.Worksheet, listed: boolean): Excel.Range | null {
  return listed ? sheet.getRange("A1").load("values") : null;
}

/** Queues reading a sheet's marker where the host keeps it: a custom property (ExcelApi 1.12), else a sheet-scoped name. */
function queueMarker(customProperties: boolean, sheet: Excel.Worksheet): Reading {
  return (customProperties ? sheet.customProperties.getItemOrNullObject(TAG_KEY) : sheet.names.getItemOrNullObject(MARKER_NAME)).load("value");
}

/** A sheet's mark from its own marker, else from the old id list's entry checked against its title (listedMark). */
function sheetMark(sheet: Excel.Worksheet, marker: Reading, entry: ListedSheet | null | undefined, title: Excel.Range | null | undefined): SheetMark {
  const own = markOf(sheet, [parseMarker(valueOf(marker))]);
  return own.result || entry === null || entry === undefined ? own : listedMark(sheet, entry, title?.values[0]?.[0]);
}

/** SheetTags.queueRead: the markers and the titles the old id list needs are queued together, so one sync reads them all. */
function queueMarks(customProperties: boolean, settings: DocumentSettings | undefined, sheets: readonly Excel.Worksheet[]): () => SheetMark[] {
  const list = readIdList(settings);
  const markers = sheets.map((s) => queueMarker(customProperties, s));
  const entries = sheets.map((s) => entryFor(s, list));
  const titles = sheets.map((s, i) => queueTitle(s, entries[i] !== null));
  return () => sheets.map((s, i) => sheetMark(s, markers[i] ?? null, entries[i], titles[i]));
}

/** Queues the own names of each sheet that is not replaceable, only where a sheet-scoped marker of an older host may be among them. */
function queueScopedNames(customProperties: boolean, sheets: readonly Excel.Worksheet[], marks: readonly SheetMark[]): (Excel.NamedItemCollection | null)[] {
  return customProperties ? sheets.map((s, i) => (marks[i]?.replaceable ? null : s.names.load("items/name,items/value"))) : [];
}

/** A sheet's mark, or, when it has none, the older host's sheet-scoped marker among its own names. */
function withScopedMarker(sheet: Excel.Worksheet, own: SheetMark, names: Excel.NamedItemCollection | null | undefined): SheetMark {
  const marker = names?.items.find((item) => item.name.toLowerCase() === MARKER_NAME.toLowerCase());
  return own.result || marker === undefined ? own : markOf(sheet, [parseMarker(marker.value)]);
}

/** SheetTags.confirm: one more request, made only when a sheet's own names may hold a marker; a refusal leaves the marks as they were. */
async function confirmMarks(customProperties: boolean, context: Excel.RequestContext, sheets: readonly Excel.Worksheet[], marks: readonly SheetMark[]): Promise<Confirmed> {
  const unread = { marks: [...marks], scopedNames: sheets.map(() => null) };
  const reading = queueScopedNames(customProperties, sheets, marks);
  if (!reading.some((n) => n !== null)) return unread;
  try {
    await context.sync();
  } catch (error) {
    console.warn("reading the sheets' own names failed: an older Excel's markers are not seen (those sheets are kept), and result tables may keep their writing names", error);
    return unread;
  }
  const scopedNames = reading.map((n) => n?.items.map((item) => item.name) ?? null);
  const confirmed = sheets.map((s, i) => withScopedMarker(s, marks[i] ?? { result: false, replaceable: false }, reading[i]));
  return { marks: confirmed, scopedNames };
}

/** SheetTags.mark: the marker written where the host keeps markers, a sheet-scoped name hidden from the user. */
function addMarker(customProperties: boolean, sheet: Excel.Worksheet, marker: Marker): void {
  if (customProperties) sheet.customProperties.add(TAG_KEY, JSON.stringify(marker));
  else sheet.names.add(MARKER_NAME, markerFormula(marker)).visible = false;
}

/**
 * Markers as a custom property where the host has them (ExcelApi 1.12), else as a hidden
 * sheet-scoped name; and the id list of versions before markers in `settings` (legacyIdList.ts),
 * for sheets that carry no marker.
 */
export function sheetTagsFor(customProperties: boolean, settings?: DocumentSettings): SheetTags {
  return {
    queueRead: (sheets) => queueMarks(customProperties, settings, sheets),
    confirm: (context, sheets, marks) => confirmMarks(customProperties, context, sheets, marks),
    mark: (sheet, marker) => addMarker(customProperties, sheet, marker),
  };
}

/** A token naming one run: eight letters and digits, random. */
export function newRunId(): string {
  const bytes = new Uint8Array(8);
  if (typeof globalThis.crypto?.getRandomValues === "function") globalThis.crypto.getRandomValues(bytes);
  else bytes.forEach((_, i) => (bytes[i] = Math.floor(Math.random() * 256)));
  return Array.from(bytes, (b) => (b % 36).toString(36)).join("");
}
