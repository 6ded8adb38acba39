import { basename, extname, join, resolve } from "node:path";
import type { FilePaths } from "./evaluateOne";
import { OVERVIEW_NAME, RESULT_SUFFIX } from "./expandInputs";
import type { ArgError } from "./parseArgs";
import { shownPath } from "./Run";

/** Where a batch writes: each workbook's results in the output folder, and the overview beside them. */
export interface BatchPaths {
  readonly files: readonly FilePaths[];
  readonly overview: string;
}

/** Stem of an input file's name: 甲县 for /data/甲县.xlsx. */
function stem(path: string): string {
  return basename(path, extname(path));
}

/** `--out` and `--json` name folders in a batch: a file name there would have every county overwrite the last. */
function folderOption(option: string, value: string | null, fileExt: string): ArgError | null {
  return value !== null && value.toLowerCase().endsWith(fileExt) ? { code: "cli_err_batch_needs_folder", params: { option, value } } : null;
}

/**
 * Result paths of a batch: `<out>/<name>-评估结果.xlsx` (out/ by default), `<json>/<name>.json`, and
 * `<out>/评估总览.xlsx`. Two inputs of the same name (甲县.xlsx in two folders) are refused: their
 * results would overwrite each other.
 * @example batchPaths(["/d/甲县.xlsx"], null, "r", "/w") // { files: [{ input: "/d/甲县.xlsx", out: "/w/out/甲县-评估结果.xlsx", json: "/w/r/甲县.json" }], overview: "/w/out/评估总览.xlsx" }
 */
export function batchPaths(inputs: readonly string[], out: string | null, json: string | null, cwd: string): BatchPaths | ArgError {
  const bad = folderOption("--out", out, ".xlsx") ?? folderOption("--json", json, ".json");
  if (bad) return bad;
  const outDir = resolve(cwd, out ?? "out");
  const jsonDir = json === null ? null : resolve(cwd, json);
  const seen = new Map<string, string>();
  for (const input of inputs) {
    const first = seen.get(stem(input));
    if (first !== undefined) return { code: "cli_err_batch_same_name", params: { first: shownPath(cwd, first), second: shownPath(cwd, input) } };
    seen.set(stem(input), input);
  }
  const files = inputs.map((input) => ({ input, out: join(outDir, stem(input) + RESULT_SUFFIX), json: jsonDir === null ? null : join(jsonDir, `${stem(input)}.json`) }));
  return { files, overview: join(outDir, OVERVIEW_NAME) };
}
