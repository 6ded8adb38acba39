import { RESULT_ROLES, type ResultRole } from "../../workbook/types";
import type { DocumentSettings } from "./documentSettings";

/** Custom-property key on result sheets (ExcelApi 1.12). */
export const TAG_KEY = "YZJH.resultSheet";
/** A name scoped to each result sheet (ExcelApi 1.4, so on every host the add-in runs on) holding the same marker. */
export const MARKER_NAME = "YZJH_RESULT";
/**
 * Document-settings key under which earlier versions listed result-sheet ids on hosts without
 * custom properties. Worksheet ids change between sessions (office-js-docs#297, office-js#1390),
 * so the list could name a user's sheet: it is no longer read, and the sink removes it.
 */
export const SETTINGS_KEY = "yzjh.resultSheets";
/** Result sheets are written under such a name, then renamed once complete: `~yzjh~<run>~<index>`. */
export const WRITING_NAME = /^~yzjh~[a-z0-9]+~\d+$/;

/**
 * What a result sheet carries: its role, the run that wrote it (a random token), and the name it
 * was given. The marker is content of the sheet, so it survives saving, reopening and other
 * Excel versions, where worksheet ids do not; a user's copy of the sheet carries it too, but
 * under another name.
 */
export interface Marker {
  readonly role: ResultRole;
  readonly run: string;
  readonly name: string;
}

/** The custom property of versions before markers: the role and the worksheet id it was written on. */
interface IdTag {
  readonly role: ResultRole;
  readonly id: string;
}

function isRole(role: unknown): role is ResultRole {
  return typeof role === "string" && (RESULT_ROLES as readonly string[]).includes(role);
}

/** A name's string constant as its value (`…`) or, should a host report the formula, as `="…"` with quotes doubled. */
function constantText(text: string): string {
  const formula = /^="((?:[^"]|"")*)"$/.exec(text);
  return formula ? (formula[1] ?? "").replace(/""/g, '"') : text;
}

/** Parses a marker, or an id tag of the version before; null for anything this add-in did not write. */
export function parseMarker(text: unknown): Marker | IdTag | null {
  if (typeof text !== "string") return null;
  try {
    const tag = JSON.parse(constantText(text)) as Record<string, unknown>;
    if (!isRole(tag.role)) return null;
    if (typeof tag.run === "string" && typeof tag.name === "string") return { role: tag.role, run: tag.run, name: tag.name };
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
  /** It carries a marker: a result sheet, or a user's copy of one. Never offered as data. */
  readonly result: boolean;
  /** It is a result sheet as written: replaced by the next run. A sheet without a marker never is. */
  readonly replaceable: boolean;
}

/**
 * Replaceable: a marker whose name is the sheet's (a copy or a renamed sheet has another, and the
 * user keeps it), or a sheet still under its writing name (a run that stopped halfway); or an id
 * tag of the version before naming this very sheet, as that version decided.
 */
export function markOf(sheet: { readonly name: string; readonly id: string }, found: readonly (Marker | IdTag | null)[]): SheetMark {
  const tags = found.filter((t): t is Marker | IdTag => t !== null);
  const replaceable = tags.some((t) => ("id" in t ? t.id === sheet.id : t.name === sheet.name || WRITING_NAME.test(sheet.name)));
  return { result: tags.length > 0, replaceable };
}

/** Marks result sheets so that a re-run replaces those and no others, and reads the marks back. */
export interface SheetTags {
  /** Queues reading the markers of `sheets` (name and id loaded); call the result after the next sync. */
  queueRead(sheets: readonly Excel.Worksheet[]): () => SheetMark[];
  /** Queues the marker on a sheet just added. */
  mark(sheet: Excel.Worksheet, marker: Marker): void;
}

type Reading = { readonly isNullObject: boolean; readonly value: unknown } | null;

function valueOf(item: Reading): unknown {
  return item === null || item.isNullObject ? null : item.value;
}

/**
 * Markers as a hidden sheet-scoped name on every host, and as a custom property too where the
 * host has them (ExcelApi 1.12): either one recognises the sheet. (The settings argument is what
 * the id list of the version before needed; markers live in the sheets and need none.)
 */
export function sheetTagsFor(customProperties: boolean, _settings?: DocumentSettings): SheetTags {
  return {
    queueRead(sheets) {
      const props: Reading[] = sheets.map((s) => (customProperties ? s.customProperties.getItemOrNullObject(TAG_KEY).load("value") : null));
      const names: Reading[] = sheets.map((s) => s.names.getItemOrNullObject(MARKER_NAME).load("value"));
      return () => sheets.map((s, i) => markOf(s, [parseMarker(valueOf(props[i] ?? null)), parseMarker(valueOf(names[i] ?? null))]));
    },
    mark(sheet, marker) {
      if (customProperties) sheet.customProperties.add(TAG_KEY, JSON.stringify(marker));
      sheet.names.add(MARKER_NAME, markerFormula(marker)).visible = false;
    },
  };
}

/** A token naming one run: eight letters and digits, random. */
export function newRunId(): string {
  const bytes = new Uint8Array(8);
  if (typeof globalThis.crypto?.getRandomValues === "function") globalThis.crypto.getRandomValues(bytes);
  else bytes.forEach((_, i) => (bytes[i] = Math.floor(Math.random() * 256)));
  return Array.from(bytes, (b) => (b % 36).toString(36)).join("");
}
