import { dirname, extname, join, relative, resolve, sep } from "node:path";
import type { FilePaths } from "./evaluateOne";
import { OVERVIEW_STEM, RESULT_SUFFIX, type InputFile } from "./expandInputs";
import type { ArgError } from "./parseArgs";

/** One workbook of a batch: where it is, how the overview names it, where its results go. */
export interface BatchFile extends FilePaths {
  /** 甲县, 北山县/学校基本情况 (found in a county's folder), or longer where that alone would repeat; the result files are named after it. */
  readonly label: string;
  /** The input as the overview names it: a real path (甲县.xlsx, 北山县/学校基本情况.xlsx), unique in the batch. */
  readonly shown: string;
}

/** Where a batch writes: each workbook's results in the output folder, and the overview beside them. */
export interface BatchPaths {
  readonly files: readonly BatchFile[];
  readonly overview: string;
  /** The overview's JSON, with `--json`. */
  readonly overviewJson: string | null;
}

/** The deepest folder holding every path. @example commonFolder(["/c/a/x.xlsx", "/c/b/x.xlsx"]) // "/c" */
function commonFolder(paths: readonly string[]): string {
  let common = dirname(paths[0] ?? "");
  while (!paths.every((p) => p.startsWith(common.endsWith(sep) ? common : common + sep))) common = dirname(common);
  return common;
}

/** Indexes of the values that occur more than once, compared as a file system that ignores case would. */
function repeated(values: readonly string[]): Set<number> {
  const count = new Map<string, number>();
  for (const v of values) count.set(v.toLowerCase(), (count.get(v.toLowerCase()) ?? 0) + 1);
  return new Set(values.flatMap((v, i) => ((count.get(v.toLowerCase()) ?? 0) > 1 ? [i] : [])));
}

/** Replaces the labels at the repeated indexes by `widen`, keeping the others. */
function widenRepeated(labels: readonly string[], widen: (i: number) => string): string[] {
  const clash = repeated(labels.map(flat));
  return labels.map((label, i) => (clash.has(i) ? widen(i) : label));
}

const flat = (label: string): string => label.split("/").join("-");
const posix = (path: string): string => path.split(sep).join("/");

/** The repeats numbered in order, the first keeping its name: 甲-学校, 甲-学校-2. */
function numbered(labels: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return labels.map((label) => {
    const key = flat(label).toLowerCase();
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return n === 1 ? label : `${label}-${n}`;
  });
}

/**
 * Labels that give every result file a name of its own: as found; where two would give one result
 * name (甲县.xlsx in two folders), the path from the folder all share; then the extension where it
 * tells them apart (北山县-xlsx beside 北山县-xlsm); then a number (甲/学校 beside 甲-学校: 甲-学校-2).
 */
function uniqueLabels(files: readonly InputFile[], common: string): string[] {
  const bare = (path: string) => path.slice(0, path.length - extname(path).length);
  const labels = widenRepeated(files.map((f) => f.label), (i) => posix(relative(common, bare(files[i]?.path ?? ""))));
  const withExt = labels.map((label, i) => `${label}-${extname(files[i]?.path ?? "").slice(1)}`);
  const [clash, clashWithExt] = [repeated(labels.map(flat)), repeated(withExt.map(flat))];
  return numbered(labels.map((label, i) => (clash.has(i) && !clashWithExt.has(i) ? (withExt[i] ?? label) : label)));
}

/** The names the overview shows: as found, with the extension; the path from the folder all share where two would read alike. */
function shownNames(files: readonly InputFile[], common: string): string[] {
  const named = files.map((f) => f.label + extname(f.path));
  const clash = repeated(named);
  return named.map((name, i) => (clash.has(i) ? posix(relative(common, files[i]?.path ?? "")) : name));
}

/** `--out` and `--json` name folders in a batch: a file name there would have every county overwrite the last. */
function folderOption(option: string, value: string | null, fileExt: string): ArgError | null {
  return value !== null && value.toLowerCase().endsWith(fileExt) ? { code: "cli_err_batch_needs_folder", params: { option, value } } : null;
}

/**
 * Result paths of a batch: `<out>/<label>-评估结果.xlsx` (out/ by default; a label's folders joined by
 * "-"), `<json>/<label>.json`, and `<out>/评估总览.xlsx` (and `<json>/评估总览.json`).
 * @example batchPaths([{ path: "/d/甲县.xlsx", label: "甲县" }], null, "r", "/w") // { files: [{ input: "/d/甲县.xlsx", label: "甲县", shown: "甲县.xlsx", out: "/w/out/甲县-评估结果.xlsx", json: "/w/r/甲县.json" }], overview: "/w/out/评估总览.xlsx", overviewJson: "/w/r/评估总览.json" }
 */
export function batchPaths(inputs: readonly InputFile[], out: string | null, json: string | null, cwd: string): BatchPaths | ArgError {
  const bad = folderOption("--out", out, ".xlsx") ?? folderOption("--json", json, ".json");
  if (bad) return bad;
  const outDir = resolve(cwd, out ?? "out");
  const jsonDir = json === null ? null : resolve(cwd, json);
  const common = commonFolder(inputs.map((f) => f.path));
  const [labels, shown] = [uniqueLabels(inputs, common), shownNames(inputs, common)];
  const files = inputs.map((f, i) => {
    const label = labels[i] ?? f.label;
    const name = flat(label);
    return { input: f.path, label, shown: shown[i] ?? label, out: join(outDir, name + RESULT_SUFFIX), json: jsonDir === null ? null : join(jsonDir, `${name}.json`) };
  });
  return { files, overview: join(outDir, `${OVERVIEW_STEM}.xlsx`), overviewJson: jsonDir === null ? null : join(jsonDir, `${OVERVIEW_STEM}.json`) };
}
