import ExcelJS from "exceljs";
import { promises as fs } from "node:fs";
import { dirname, isAbsolute, relative, resolve, sep } from "node:path";
import { isWorkbookName } from "./expandInputs";

/** The first line of an overview's document description: what follows it are the folders and workbooks its batch was given (sourcePaths), one per line. */
const RECORD_HEAD = "youzhi-junheng batch sources:";

/**
 * The folders a batch read, as its overview records them in its document properties (description):
 * a later batch into the same --out reads them back (otherBatchSources). Absolute, as the folders
 * typed (数据来源) depend on where the command ran.
 * @example sourcesRecord(["/data/青州市"]) // "youzhi-junheng batch sources:\n/data/青州市"
 */
export function sourcesRecord(folders: readonly string[]): string {
  return [RECORD_HEAD, ...folders].join("\n");
}

/**
 * The folders an overview's description records; null when it records none (an overview written
 * before the record was kept, or a description someone else wrote).
 * @example recordedSources("youzhi-junheng batch sources:\n/data/青州市") // ["/data/青州市"]; recordedSources("") // null
 */
export function recordedSources(description: string | undefined): string[] | null {
  const [head, ...folders] = (description ?? "").split("\n");
  return head === RECORD_HEAD ? folders.filter((f) => f !== "") : null;
}

/** The folders the overview at `path` records; none when there is no overview, it cannot be read, or it records none. */
async function overviewSources(path: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  const read = await wb.xlsx.readFile(path).then(() => true, () => false);
  return read ? (recordedSources(wb.description) ?? []) : [];
}

/** The folders 评估总览.json at `path` records (its `sources`); none when there is none, it cannot be read, or it records none. */
async function jsonSources(path: string | null): Promise<string[]> {
  const text = path === null ? null : await fs.readFile(path, "utf8").catch(() => null);
  const sources: unknown = text === null ? null : (JSON.parse(text) as { sources?: unknown } | null)?.sources;
  return Array.isArray(sources) ? sources.filter((s): s is string => typeof s === "string") : [];
}

/** Another batch's overview where this batch would write its own. */
export interface OtherBatch {
  /** The option that chose the folder holding it: --out for 评估总览.xlsx, --json for 评估总览.json. */
  readonly option: "--out" | "--json";
  /** That overview's path. */
  readonly overview: string;
  /** The folders it records that this batch does not read. */
  readonly sources: string[];
}

/**
 * Whether folder `inner` is `outer` or lies inside it (absolute paths).
 * @example within("/data/某市/北山县", "/data/某市") // true; within("/data/某市二", "/data/某市") // false
 */
function within(inner: string, outer: string): boolean {
  const path = relative(outer, inner);
  return path === "" || (path !== ".." && !path.startsWith(`..${sep}`) && !isAbsolute(path));
}

/**
 * Whether two sources (folders, or workbooks named by themselves: sourcePaths) are of one batch. A
 * folder and the folders inside it are one source; a workbook named is one with the other
 * workbooks of its folder (甲县.xlsx, then 乙县.xlsx beside it) and with a folder holding it, but
 * not with a folder beside it or under its own (云州市 inside the folder of 甲县.xlsx).
 * @example sameSource("/w/甲县.xlsx", "/w/乙县.xlsx") // true; sameSource("/w/甲县.xlsx", "/w/云州市") // false; sameSource("/w/云州市", "/w") // true
 */
function sameSource(a: string, b: string): boolean {
  const [fileA, fileB] = [isWorkbookName(a), isWorkbookName(b)];
  if (fileA && fileB) return dirname(a) === dirname(b);
  if (fileA || fileB) return fileA ? within(a, b) : within(b, a);
  return within(a, b) || within(b, a);
}

/**
 * The recorded sources not of this batch's, each once (sameSource): a recorded folder is this
 * batch's when it is one of `ours`, lies inside one (北山县 named by its files, then 某市
 * --recursive), or holds one (某市, then 北山县 alone: a partial re-run of the same city; or the
 * parent of the earlier city's folder, which reads that city again). Only a source apart from all
 * of ours (a sibling city, a folder under the named workbooks' own) is another batch's.
 */
function notOurs(theirs: readonly string[], ours: readonly string[]): string[] {
  const apart = (f: string) => !ours.some((o) => sameSource(resolve(f), o));
  return [...new Set(theirs.filter(apart))];
}

/**
 * Another batch (another city's) whose overview stands at `overview` (in --out) or `overviewJson`
 * (in --json), which this batch reading `folders` (folders and workbooks named: sourcePaths) would overwrite, and whose other results it would
 * call its own leftovers; --out's is said first. Null for the same folders again (a re-run; a
 * folder and those inside it are one source: notOurs), or
 * when the earlier overview records none. Which option chose the folder is said, as the two can differ.
 * @example await otherBatch("/w/out/评估总览.xlsx", "/w/json/评估总览.json", ["/data/云州市"]) // { option: "--json", overview: "/w/json/评估总览.json", sources: ["/data/青州市"] } when only the JSON is 青州市's
 */
export async function otherBatch(overview: string, overviewJson: string | null, folders: readonly string[]): Promise<OtherBatch | null> {
  const ours = folders.map((f) => resolve(f));
  const out = notOurs(await overviewSources(overview), ours);
  if (out.length > 0) return { option: "--out", overview, sources: out };
  const json = notOurs(await jsonSources(overviewJson).catch(() => []), ours);
  return overviewJson !== null && json.length > 0 ? { option: "--json", overview: overviewJson, sources: json } : null;
}
