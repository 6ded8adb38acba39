import { dirname, extname, join, relative, resolve, sep } from "node:path";
import type { FilePaths } from "./evaluateOne";
import { OVERVIEW_STEM, RESULT_SUFFIX, type InputFile, type InputNote } from "./expandInputs";
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
  /** Result names that needed a number to be told apart, said on stderr and in the overview's notes. */
  readonly notes: readonly InputNote[];
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

/** Where a result name was given a number: the file, its result's name, and the file that keeps the name unnumbered. */
interface Numbered {
  readonly index: number;
  readonly label: string;
  readonly holder: number;
}

const keyOf = (label: string): string => flat(label).toLowerCase();
const depthOf = (label: string): number => label.split("/").length;

/**
 * The extension where it tells same-named files of one depth apart (北山县-xlsm beside 北山县), on
 * every file of the name but its one .xlsx: a copy sent as .xls or CSV, which gives no result of its
 * own, does not rename the workbook's. The label as it is elsewhere.
 */
function withExtensions(labels: readonly string[], files: readonly InputFile[]): string[] {
  const ext = (i: number) => extname(files[i]?.path ?? "");
  const withExt = labels.map((label, i) => `${label}-${ext(i).slice(1)}`);
  const sameDepth = (i: number) => `${depthOf(labels[i] ?? "")}/`;
  const key = (l: string, i: number) => sameDepth(i) + flat(l);
  const [clash, clashWithExt] = [repeated(labels.map(key)), repeated(withExt.map(key))];
  const xlsx = labels.map((l, i) => (ext(i).toLowerCase() === ".xlsx" ? key(l, i) : null));
  const onlyXlsx = (i: number) => xlsx[i] !== null && xlsx.filter((k) => k === xlsx[i]).length === 1;
  return labels.map((label, i) => (clash.has(i) && !clashWithExt.has(i) && !onlyXlsx(i) ? (withExt[i] ?? label) : label));
}

/** Gives file `i` its label's name where no file has it yet; false where one has. */
function claim(label: string, i: number, holders: Map<string, number>): boolean {
  if (holders.has(keyOf(label))) return false;
  holders.set(keyOf(label), i);
  return true;
}

/** The next free numbered name of a label whose name is taken: 甲-学校-2, or -3 where a file has 甲-学校-2 itself. */
function nextFree(label: string, holders: ReadonlyMap<string, number>): string {
  let n = 2;
  while (holders.has(keyOf(`${label}-${n}`))) n++;
  return `${label}-${n}`;
}

/**
 * Result names given shallowest first, so that a file's name never depends on the files below it
 * (北山县-学校基本情况.xlsx keeps its name whether or not --recursive finds 北山县/学校基本情况.xlsx):
 * within one depth the first of a name keeps it, and each later one, or one whose name a file above
 * already has, takes the next free number (甲-学校-2).
 */
function numbered(labels: readonly string[]): { labels: string[]; numbered: Numbered[] } {
  const out = [...labels];
  const holders = new Map<string, number>();
  const given: Numbered[] = [];
  for (const depth of [...new Set(labels.map(depthOf))].sort((a, b) => a - b)) {
    const tier = labels.flatMap((label, i) => (depthOf(label) === depth ? [i] : []));
    const waiting = tier.filter((i) => !claim(labels[i] ?? "", i, holders));
    for (const i of waiting) {
      const label = nextFree(labels[i] ?? "", holders);
      holders.set(keyOf((out[i] = label)), i);
      given.push({ index: i, label, holder: holders.get(keyOf(labels[i] ?? "")) ?? i });
    }
  }
  return { labels: out, numbered: given.sort((x, y) => x.index - y.index) };
}

/**
 * Labels that give every result file a name of its own: as found; where two would give one result
 * name (甲县.xlsx in two folders), the path from the folder all share; then the extension where it
 * tells apart files of one depth (北山县-xlsm beside 北山县, the .xlsx keeping its name); then a number, never on a file
 * whose name a deeper one shares (甲-学校 beside 甲/学校: 甲/学校 gets 甲-学校-2).
 */
function uniqueLabels(files: readonly InputFile[], common: string): { labels: string[]; numbered: Numbered[] } {
  const bare = (path: string) => path.slice(0, path.length - extname(path).length);
  const labels = widenRepeated(files.map((f) => f.label), (i) => posix(relative(common, bare(files[i]?.path ?? ""))));
  return numbered(withExtensions(labels, files));
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
 * @example batchPaths([{ path: "/d/甲县.xlsx", label: "甲县" }], null, "r", "/w") // { files: [{ input: "/d/甲县.xlsx", label: "甲县", shown: "甲县.xlsx", out: "/w/out/甲县-评估结果.xlsx", json: "/w/r/甲县.json" }], overview: "/w/out/评估总览.xlsx", overviewJson: "/w/r/评估总览.json", notes: [] }
 */
export function batchPaths(inputs: readonly InputFile[], out: string | null, json: string | null, cwd: string): BatchPaths | ArgError {
  const bad = folderOption("--out", out, ".xlsx") ?? folderOption("--json", json, ".json");
  if (bad) return bad;
  const outDir = resolve(cwd, out ?? "out");
  const jsonDir = json === null ? null : resolve(cwd, json);
  const common = commonFolder(inputs.map((f) => f.path));
  const [unique, shown] = [uniqueLabels(inputs, common), shownNames(inputs, common)];
  const files = inputs.map((f, i) => {
    const label = unique.labels[i] ?? f.label;
    const name = flat(label);
    return { input: f.path, label, shown: shown[i] ?? label, out: join(outDir, name + RESULT_SUFFIX), json: jsonDir === null ? null : join(jsonDir, `${name}.json`) };
  });
  const notes = unique.numbered.map((n) => ({ code: "cli_batch_result_numbered", items: [shown[n.index] ?? n.label, flat(n.label) + RESULT_SUFFIX, shown[n.holder] ?? ""] }));
  return { files, overview: join(outDir, `${OVERVIEW_STEM}.xlsx`), overviewJson: jsonDir === null ? null : join(jsonDir, `${OVERVIEW_STEM}.json`), notes };
}
