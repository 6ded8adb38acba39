import ExcelJS from "exceljs";
import { promises as fs } from "node:fs";
import { isAbsolute, relative, resolve, sep } from "node:path";

/** The first line of an overview's document description: what follows it are the folders its batch read, one per line. */
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
 * The recorded folders not of this batch's sources, each once. A folder and the folders inside it
 * are one source: a recorded folder is this batch's when it is one of `ours`, lies inside one
 * (北山县 named by its files, then 某市 --recursive), or holds one (某市, then 北山县 alone: a
 * partial re-run of the same city; or the parent of the earlier city's folder, which reads that
 * city again). Only a folder apart from all of ours (a sibling city) is another batch's.
 */
function notOurs(theirs: readonly string[], ours: readonly string[]): string[] {
  const apart = (f: string) => !ours.some((o) => within(resolve(f), o) || within(o, resolve(f)));
  return [...new Set(theirs.filter(apart))];
}

/**
 * Another batch (another city's) whose overview stands at `overview` (in --out) or `overviewJson`
 * (in --json), which this batch reading `folders` would overwrite, and whose other results it would
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
