import { promises as fs } from "node:fs";
import { join } from "node:path";
import type { BatchFile, BatchPaths } from "./batchPaths";
import { isFile, isOwnResult, RESULT_SUFFIX, type InputNote } from "./expandInputs";

/** A folder's file names; none where the folder cannot be read (it was just written to, so that is no news to report). */
async function names(folder: string | null): Promise<string[]> {
  if (folder === null) return [];
  return (await fs.readdir(folder).catch(() => [] as string[])).sort((a, b) => a.localeCompare(b, "zh"));
}

/** The names in `folder` that are files: a folder named 丁县-评估结果.xlsx (the user's) is no earlier result. */
async function filesOnly(folder: string, candidates: readonly string[]): Promise<string[]> {
  const kept = await Promise.all(candidates.map(async (n) => ((await isFile(join(folder, n))) ? [n] : [])));
  return kept.flat();
}

/** Where this batch writes (or would have written) anything: the only files of its own it speaks for. */
function batchOutputs(paths: BatchPaths): Set<string> {
  const all = [paths.overview, paths.overviewJson, ...paths.files.flatMap((f) => [f.out, f.json])];
  return new Set(all.flatMap((p) => (p === null ? [] : [p])));
}

/**
 * This tool's files in the output folders that this batch did not write: results whose workbook
 * is gone (or renamed) since an earlier run, and copies of results. Recognised as the folder walk
 * recognises results (isOwnResult); in the JSON folder, a report beside such a result (甲县.json
 * for 甲县-评估结果.xlsx) or an overview's copy. Named, never deleted: they may be the user's.
 */
async function foreignResults(paths: BatchPaths, outDir: string, jsonDir: string | null): Promise<string[]> {
  const ours = batchOutputs(paths);
  const left = await filesOnly(outDir, (await names(outDir)).filter((n) => n.toLowerCase().endsWith(".xlsx") && isOwnResult(n) && !ours.has(join(outDir, n))));
  const stems = new Set(left.filter((n) => n.endsWith(RESULT_SUFFIX)).map((n) => n.slice(0, -RESULT_SUFFIX.length).toLowerCase()));
  const reports = (await names(jsonDir)).filter((n) => n.toLowerCase().endsWith(".json") && (stems.has(n.slice(0, -".json".length).toLowerCase()) || isOwnResult(n)));
  const jsonLeft = jsonDir === null ? [] : (await filesOnly(jsonDir, reports)).map((n) => join(jsonDir, n)).filter((p) => !ours.has(p));
  return [...left.map((n) => join(outDir, n)), ...jsonLeft];
}

/**
 * Results in the output folders that are not this run's, said one by one: a workbook that failed
 * this time beside its result (or JSON report) of an earlier run (cli_batch_stale_result), and any
 * other result of this tool this run did not write (cli_batch_leftover_result): both would
 * otherwise stand beside the new overview as if current. `evaluated[i]` false: file i's results
 * were not written this run; `unwritten[i]`: because they could not be, its workbook evaluated
 * (cli_batch_stale_unwritten, not "could not be evaluated").
 */
export async function leftoverNotes(paths: BatchPaths, evaluated: readonly boolean[], outDir: string, jsonDir: string | null, shown: (p: string) => string, unwritten: readonly boolean[] = []): Promise<InputNote[]> {
  const outputs = (f: BatchFile) => (f.json === null ? [f.out] : [f.out, f.json]);
  const failed = paths.files.filter((_, i) => evaluated[i] === false).flatMap(outputs);
  const notWritten = new Set(paths.files.filter((_, i) => unwritten[i] === true).flatMap(outputs));
  const stale = (await Promise.all(failed.map(async (f) => ((await isFile(f)) ? [f] : [])))).flat();
  const stales = stale.map((f) => ({ code: notWritten.has(f) ? "cli_batch_stale_unwritten" : "cli_batch_stale_result", items: [shown(f)] }));
  const others = (await foreignResults(paths, outDir, jsonDir)).filter((f) => !stale.includes(f));
  return [...stales, ...others.map((f) => ({ code: "cli_batch_leftover_result", items: [shown(f)] }))];
}
