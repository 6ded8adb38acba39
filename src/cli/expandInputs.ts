import { promises as fs } from "node:fs";
import { basename, extname, join, relative, resolve, sep } from "node:path";
import type { ArgError } from "./parseArgs";
import { SAVE_AS_XLSX_EXTENSIONS } from "./saveAsXlsx";

/** A line for stderr (and the overview's notes) about what a batch did not read: a message code and the names it lists. */
export interface InputNote {
  readonly code: string;
  readonly items: readonly string[];
}

/** The workbooks a command line names, and whether they make a batch. */
export interface Inputs {
  /** Each once, in the order given (a folder's workbooks by name). */
  readonly files: readonly InputFile[];
  /** Several inputs, or a folder: each workbook gets its own results in the output folder, plus an overview. */
  readonly batch: boolean;
  /** What was left out, said: lock files, this tool's results, subfolders not walked, empty folders, the other files not read (counted). */
  readonly notes: readonly InputNote[];
}

/** What this tool writes into an output folder, which a later batch over the same folder must not read as a county's data. */
export const RESULT_SUFFIX = "-评估结果.xlsx";
export const OVERVIEW_STEM = "评估总览";

/**
 * Files a county may have sent as its workbook: .xlsx and .xlsm are read; .xls, WPS's .et and the
 * other spreadsheets of SAVE_AS_XLSX_EXTENSIONS (a CSV, .ods, .xlsb …) are taken too, so that the
 * overview says to save them as .xlsx instead of leaving the county out unseen.
 */
const WORKBOOK_EXTENSIONS = [".xlsx", ".xlsm", ".xls", ".et", ...SAVE_AS_XLSX_EXTENSIONS];

/** Files no one sent as data, which the system makes and hides: not counted among the files not read. */
function isSystemFile(name: string): boolean {
  return name.startsWith(".") || ["thumbs.db", "desktop.ini"].includes(name.toLowerCase());
}

/** Whether a file's name is a workbook's (WORKBOOK_EXTENSIONS, in any case). @example isWorkbookName("东湖县.XLSX") // true */
export function isWorkbookName(name: string): boolean {
  return WORKBOOK_EXTENSIONS.some((ext) => name.toLowerCase().endsWith(ext));
}

/** Excel's lock file of an open workbook (~$县.xlsx). */
function isLockFile(name: string): boolean {
  return name.startsWith("~$");
}

/** This tool's results, also as a copy (东城区-评估结果 (1).xlsx) or renamed in upper case. @example isOwnResult("西山县-评估结果.XLSX") // true */
export function isOwnResult(name: string): boolean {
  return name.includes(RESULT_SUFFIX.slice(0, -".xlsx".length)) || name.startsWith(OVERVIEW_STEM);
}

/** How this tool's JSON reports begin (toJsonReport, overviewReport): the profile's id, then its name. */
const OWN_REPORT_HEAD = /^\{\s*"profile":\s*"(?:[^"\\]|\\.)*",\s*"profileName":/u;

/**
 * This tool's JSON report (a county's or the overview's), told by how it begins: a --json folder
 * inside the folder given holds them, and they are no more "other files" than its results are.
 * Only the first bytes are read (a report runs to megabytes); a file that cannot be read is not one.
 * @example await isOwnReport("/c/json/甲县.json") // true for {\n  "profile": "national-2017",\n  "profileName": …
 */
export async function isOwnReport(path: string): Promise<boolean> {
  if (!path.toLowerCase().endsWith(".json")) return false;
  const head = await fs.open(path, "r").then(async (file) => {
    try {
      const { buffer, bytesRead } = await file.read(Buffer.alloc(512), 0, 512, 0);
      return buffer.subarray(0, bytesRead).toString("utf8");
    } finally {
      await file.close();
    }
  }, () => "");
  return OWN_REPORT_HEAD.test(head);
}

/** Whether a path is a folder (through links); a path that is not there is not one. @example await isFolder("某市") // true */
export async function isFolder(path: string): Promise<boolean> {
  // A path that does not exist is taken as a file, so that opening it says it is missing. stat follows links: a county's folder may be one.
  return fs.stat(path).then((s) => s.isDirectory(), () => false);
}

/**
 * Whether a file stands at the path (through links): a folder of a file's name is none, as what stops a write there is said when it is written.
 * @example await isFile("out/评估总览.xlsx") // true after a run; false where a folder of that name stands, or nothing
 */
export async function isFile(path: string): Promise<boolean> {
  return fs.stat(path).then((s) => s.isFile(), () => false);
}

/** One workbook found: its path and how a batch calls it (its path from the folder given, without extension; its name when given itself). */
export interface InputFile {
  readonly path: string;
  readonly label: string;
}

interface Found {
  files: InputFile[];
  skipped: string[];
  subfolders: string[];
  /** Files not read (a .txt, a .docx), by their path from the folder given: counted in one note. */
  others: string[];
  /** Real paths of the folders walked, so that a link back up does not walk for ever. */
  walked: Set<string>;
}

function labelOf(base: string | null, path: string): string {
  const bare = path.slice(0, path.length - extname(path).length);
  return base === null ? basename(bare) : relative(base, bare).split(sep).join("/");
}

/** A file found or named: lock files and this tool's results are skipped, also when named directly (a shell's `*.xlsx` names them). */
function take(path: string, base: string | null, found: Found): void {
  const name = basename(path);
  if (isLockFile(name) || isOwnResult(name)) found.skipped.push(name);
  else found.files.push({ path, label: labelOf(base, path) });
}

/** A folder's workbooks, sorted by name as a Chinese reader sorts them; with `recursive`, its subfolders' too (`base`: the folder given). */
async function folderWorkbooks(folder: string, base: string, recursive: boolean, found: Found): Promise<void> {
  const real = await fs.realpath(folder);
  if (found.walked.has(real)) return;
  found.walked.add(real);
  const names = (await fs.readdir(folder)).sort((a, b) => a.localeCompare(b, "zh"));
  for (const name of names) {
    const path = join(folder, name);
    if (!(await isFolder(path))) {
      if (isWorkbookName(name)) take(path, base, found);
      else if (await isOwnReport(path)) found.skipped.push(name);
      else if (!isSystemFile(name)) found.others.push(relative(base, path).split(sep).join("/"));
    } else if (recursive) await folderWorkbooks(path, base, true, found);
    else if (await holdsWorkbook(path, new Set(found.walked))) found.subfolders.push(name);
  }
}

/** The entries a look into a subfolder reads before it takes the subfolder to hold a workbook. */
const LOOK_AT_MOST = 2000;

/**
 * Whether a folder holds a workbook a batch would read, at any depth: only such a subfolder is
 * named under "加 --recursive 可一并评估" — an empty one (空县/) was, and --recursive then read
 * nothing more. A folder that cannot be read, or holds more than LOOK_AT_MOST entries, is taken to
 * hold one: it is named as before rather than stop the batch (a folder it never asked to read) or
 * walk a large tree. `seen`: real paths already looked into (at first the folders walked), so that a
 * link back up ends and finds nothing --recursive would not already read.
 */
async function holdsWorkbook(folder: string, seen: Set<string>, budget = { left: LOOK_AT_MOST }): Promise<boolean> {
  try {
    const real = await fs.realpath(folder);
    if (seen.has(real)) return false;
    seen.add(real);
    return await anyWorkbookIn(folder, await fs.readdir(folder), seen, budget);
  } catch {
    return true;
  }
}

/** Whether one of a folder's entries `names` is a workbook a batch would read, or a folder holding one (holdsWorkbook). */
async function anyWorkbookIn(folder: string, names: readonly string[], seen: Set<string>, budget: { left: number }): Promise<boolean> {
  for (const name of names) {
    if (--budget.left < 0) return true;
    const path = join(folder, name);
    if (await isFolder(path)) {
      if (await holdsWorkbook(path, seen, budget)) return true;
    } else if (isWorkbookName(name) && !isLockFile(name) && !isOwnResult(name)) return true;
  }
  return false;
}

/** Why nothing could be evaluated: only skipped files, only subfolders (say --recursive), or nothing at all. */
function nothingFound(inputs: readonly string[], found: Found): ArgError {
  const skipped = [...new Set(found.skipped)];
  // One per line: the catalogue lists them in the language's way (paths, folderPaths).
  if (skipped.length > 0) return { code: "cli_err_only_skipped", params: { paths: skipped.join("\n") } };
  if (found.subfolders.length > 0) return { code: "cli_err_only_subfolders", params: { paths: inputs.join("\n"), folderPaths: found.subfolders.join("\n") } };
  return { code: "cli_err_no_workbooks", params: { paths: inputs.join("\n") } };
}

function inputNotes(found: Found, empty: readonly string[]): InputNote[] {
  const notes: InputNote[] = empty.map((folder) => ({ code: "cli_batch_folder_empty", items: [folder] }));
  const skipped = [...new Set(found.skipped)];
  if (skipped.length > 0) notes.push({ code: "cli_batch_skipped", items: skipped });
  if (found.subfolders.length > 0) notes.push({ code: "cli_batch_subfolders", items: found.subfolders });
  if (found.others.length > 0) notes.push({ code: "cli_batch_other_files", items: found.others });
  return notes;
}

/**
 * Expands the inputs of `npm run evaluate`: none → the sample; a folder → its workbooks (with
 * `recursive`, its subfolders' too). What is left out is said in `notes`; a folder without a
 * workbook is a note, unless no input holds any, which is an error.
 * @example expandInputs(["某市"], "/w", sample, false) // { files: [{ path: "/w/某市/甲县.xlsx", label: "甲县" }, …], batch: true, notes: [] }
 */
export async function expandInputs(inputs: readonly string[], cwd: string, samplePath: string, recursive: boolean): Promise<Inputs | ArgError> {
  if (inputs.length === 0) return { files: [{ path: samplePath, label: labelOf(null, samplePath) }], batch: false, notes: [] };
  const found: Found = { files: [], skipped: [], subfolders: [], others: [], walked: new Set() };
  const empty: string[] = [];
  let folders = 0;
  for (const given of inputs) {
    const path = resolve(cwd, given);
    if (!(await isFolder(path))) {
      take(path, null, found);
      continue;
    }
    folders++;
    const before = found.files.length;
    await folderWorkbooks(path, path, recursive, found);
    if (found.files.length === before) empty.push(given);
  }
  if (found.files.length === 0) return nothingFound(inputs, found);
  const files = [...new Map(found.files.map((f) => [f.path, f])).values()];
  return { files, batch: inputs.length > 1 || folders > 0, notes: inputNotes(found, empty) };
}
