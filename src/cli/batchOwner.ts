import ExcelJS from "exceljs";
import { promises as fs } from "node:fs";
import { resolve } from "node:path";

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

/**
 * The folders an earlier batch read whose overview stands at `overview` (or `overviewJson`) and
 * which this batch (reading `folders`) does not: another city's batch into the same --out or
 * --json, whose overview and same-named results this one would overwrite, and whose other results
 * it would call its own leftovers. None for the same folders again (a re-run), or when the earlier
 * overview records none.
 * @example await otherBatchSources("/w/out/评估总览.xlsx", null, ["/data/云州市"]) // ["/data/青州市"] when 青州市's batch wrote it
 */
export async function otherBatchSources(overview: string, overviewJson: string | null, folders: readonly string[]): Promise<string[]> {
  const ours = new Set(folders.map((f) => resolve(f)));
  const theirs = [...(await overviewSources(overview)), ...(await jsonSources(overviewJson).catch(() => []))];
  return [...new Set(theirs.filter((f) => !ours.has(resolve(f))))];
}
