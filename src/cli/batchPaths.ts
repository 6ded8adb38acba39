import { basename, dirname, extname, join, relative, resolve, sep } from "node:path";
import type { FilePaths } from "./evaluateOne";
import { OVERVIEW_STEM, RESULT_SUFFIX } from "./expandInputs";
import type { ArgError } from "./parseArgs";

/** One workbook of a batch: where it is, how the overview names it, where its results go. */
export interface BatchFile extends FilePaths {
  /** 甲县 — or 北山县/学校基本情况 when another input has the same name (the path from the folder they share). */
  readonly label: string;
}

/** Where a batch writes: each workbook's results in the output folder, and the overview beside them. */
export interface BatchPaths {
  readonly files: readonly BatchFile[];
  readonly overview: string;
  /** The overview's JSON, with `--json`. */
  readonly overviewJson: string | null;
}

/** Stem of a file's name: 甲县 for /data/甲县.xlsx. */
function stem(path: string): string {
  return basename(path, extname(path));
}

/** The deepest folder holding every path. @example commonFolder(["/c/a/x.xlsx", "/c/b/x.xlsx"]) // "/c" */
function commonFolder(paths: readonly string[]): string {
  let common = dirname(paths[0] ?? "");
  while (!paths.every((p) => p.startsWith(common.endsWith(sep) ? common : common + sep))) common = dirname(common);
  return common;
}

/**
 * How the overview and the result names call each input: its name, or, where two inputs share a
 * name (each county's folder holding 学校基本情况.xlsx), its path from the folder they share.
 */
function labels(inputs: readonly string[]): string[] {
  const count = new Map<string, number>();
  for (const input of inputs) count.set(stem(input), (count.get(stem(input)) ?? 0) + 1);
  const common = commonFolder(inputs);
  return inputs.map((input) => ((count.get(stem(input)) ?? 0) > 1 ? relative(common, join(dirname(input), stem(input))).split(sep).join("/") : stem(input)));
}

/** `--out` and `--json` name folders in a batch: a file name there would have every county overwrite the last. */
function folderOption(option: string, value: string | null, fileExt: string): ArgError | null {
  return value !== null && value.toLowerCase().endsWith(fileExt) ? { code: "cli_err_batch_needs_folder", params: { option, value } } : null;
}

/**
 * Result paths of a batch: `<out>/<label>-评估结果.xlsx` (out/ by default; a label's folders joined by
 * "-"), `<json>/<label>.json`, and `<out>/评估总览.xlsx` (and `<json>/评估总览.json`).
 * @example batchPaths(["/d/甲县.xlsx"], null, "r", "/w") // { files: [{ input: "/d/甲县.xlsx", label: "甲县", out: "/w/out/甲县-评估结果.xlsx", json: "/w/r/甲县.json" }], overview: "/w/out/评估总览.xlsx", overviewJson: "/w/r/评估总览.json" }
 */
export function batchPaths(inputs: readonly string[], out: string | null, json: string | null, cwd: string): BatchPaths | ArgError {
  const bad = folderOption("--out", out, ".xlsx") ?? folderOption("--json", json, ".json");
  if (bad) return bad;
  const outDir = resolve(cwd, out ?? "out");
  const jsonDir = json === null ? null : resolve(cwd, json);
  const names = labels(inputs);
  const files = inputs.map((input, i) => {
    const label = names[i] ?? stem(input);
    const flat = label.split("/").join("-");
    return { input, label, out: join(outDir, flat + RESULT_SUFFIX), json: jsonDir === null ? null : join(jsonDir, `${flat}.json`) };
  });
  return { files, overview: join(outDir, `${OVERVIEW_STEM}.xlsx`), overviewJson: jsonDir === null ? null : join(jsonDir, `${OVERVIEW_STEM}.json`) };
}
