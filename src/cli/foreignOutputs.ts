import JSZip from "jszip";
import { promises as fs } from "node:fs";
import { PRODUCT_CREATOR } from "../adapters/xlsx/XlsxWorkbookSink";
import type { BatchPaths } from "./batchPaths";
import { isFile, isOwnReport } from "./expandInputs";
import type { WriteProblem } from "./outputProblem";

/** The author a workbook's document properties name (docProps/core.xml), read without loading its sheets; null when it is no readable .xlsx or names none. */
async function workbookCreator(path: string): Promise<string | null> {
  const zip = await fs.readFile(path).then((bytes) => JSZip.loadAsync(bytes)).catch(() => null);
  const core = (await zip?.file("docProps/core.xml")?.async("string").catch(() => null)) ?? null;
  return core === null ? null : (/<dc:creator>([^<]*)<\/dc:creator>/u.exec(core)?.[1] ?? null);
}

/**
 * Whether the file at `path` is one this tool wrote (a result workbook or overview: its author is
 * ours, which Excel keeps when the user saves it again; a JSON report: how it begins).
 * @example await isOwnOutput("out/甲县-评估结果.xlsx") // true for an earlier run's result; false for a user's workbook saved under that name
 */
async function isOwnOutput(path: string): Promise<boolean> {
  return path.toLowerCase().endsWith(".json") ? isOwnReport(path) : (await workbookCreator(path)) === PRODUCT_CREATOR;
}

/**
 * The files already where this batch writes (the overview, its JSON, each workbook's result and
 * report) that this tool did not write: the user's own 评估总览.xlsx, or a workbook of theirs
 * named 甲县-评估结果.xlsx. A batch picks these names itself, so a re-run into the folder of
 * the data (--out 某市) or a folder holding the user's files would replace them unasked; an
 * earlier run's results are ours and are replaced as before.
 * @example await foreignOutputs(paths) // ["/data/某市/评估总览.xlsx"] when the city's folder, given as --out, holds the statistician's own overview
 */
export async function foreignOutputs(paths: BatchPaths): Promise<string[]> {
  const all = [paths.overview, paths.overviewJson, ...paths.files.flatMap((f) => [f.out, f.json])].flatMap((p) => (p === null ? [] : [p]));
  const foreign = await Promise.all(all.map(async (p) => ((await isFile(p)) && !(await isOwnOutput(p)) ? [p] : [])));
  return foreign.flat();
}

/**
 * The refusal of a batch that would overwrite files this tool did not write (foreignOutputs),
 * before anything is read (exit 2, as a --out holding another city's overview): named, so that
 * the user moves them or chooses another --out / --json. Null when there are none.
 * @example foreignOutputProblem(["/w/out/评估总览.xlsx"], (p) => p.slice(3), (items) => items.join("、")) // { code: "cli_err_batch_foreign_output", params: { files: "out/评估总览.xlsx", count: 1 }, usage: true }
 */
export function foreignOutputProblem(files: readonly string[], shown: (p: string) => string, list: (items: readonly string[]) => string): WriteProblem | null {
  if (files.length === 0) return null;
  return { code: "cli_err_batch_foreign_output", params: { files: list(files.map(shown)), count: files.length }, usage: true };
}
