import { promises as fs } from "node:fs";
import { basename, join, resolve } from "node:path";
import type { ArgError } from "./parseArgs";

/** A line for stderr (and the overview's notes) about what a batch did not read: a message code and the names it lists. */
export interface InputNote {
  readonly code: string;
  readonly items: readonly string[];
}

/** The workbooks a command line names, and whether they make a batch. */
export interface Inputs {
  /** Absolute paths, each once, in the order given (a folder's workbooks by name). */
  readonly files: readonly string[];
  /** Several inputs, or a folder: each workbook gets its own results in the output folder, plus an overview. */
  readonly batch: boolean;
  /** What was left out, said: lock files, this tool's results, subfolders not walked, empty folders. */
  readonly notes: readonly InputNote[];
}

/** What this tool writes into an output folder, which a later batch over the same folder must not read as a county's data. */
export const RESULT_SUFFIX = "-评估结果.xlsx";
export const OVERVIEW_STEM = "评估总览";

/**
 * Files a county may have sent as its workbook: .xlsx and .xlsm are read; .xls and WPS's .et are
 * taken too, so that the overview says to save them as .xlsx instead of leaving the county out unseen.
 */
const WORKBOOK_EXTENSIONS = [".xlsx", ".xlsm", ".xls", ".et"];

function isWorkbookName(name: string): boolean {
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

async function isFolder(path: string): Promise<boolean> {
  // A path that does not exist is taken as a file, so that opening it says it is missing.
  return fs.stat(path).then((s) => s.isDirectory(), () => false);
}

interface Found {
  files: string[];
  skipped: string[];
  subfolders: string[];
}

/** A folder's workbooks, sorted by name as a Chinese reader sorts them; with `recursive`, its subfolders' too. */
async function folderWorkbooks(folder: string, recursive: boolean, found: Found): Promise<void> {
  const entries = (await fs.readdir(folder, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name, "zh"));
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      if (recursive) await folderWorkbooks(path, true, found);
      else found.subfolders.push(entry.name);
    } else if (isWorkbookName(entry.name)) {
      if (isLockFile(entry.name) || isOwnResult(entry.name)) found.skipped.push(entry.name);
      else found.files.push(path);
    }
  }
}

/** A file named on the command line: lock files and this tool's results are skipped here too (a shell's `*.xlsx` names them). */
function takeFile(path: string, found: Found): void {
  const name = basename(path);
  if (isLockFile(name) || isOwnResult(name)) found.skipped.push(name);
  else found.files.push(path);
}

/**
 * Expands the inputs of `npm run evaluate`: none → the sample; a folder → its workbooks (with
 * `recursive`, its subfolders' too). What is left out is said in `notes`; a folder without a
 * workbook is a note, unless no input holds any, which is an error.
 * @example expandInputs(["某市"], "/w", sample, false) // { files: ["/w/某市/甲县.xlsx", "/w/某市/乙县.xlsx"], batch: true, notes: [] }
 */
export async function expandInputs(inputs: readonly string[], cwd: string, samplePath: string, recursive: boolean): Promise<Inputs | ArgError> {
  if (inputs.length === 0) return { files: [samplePath], batch: false, notes: [] };
  const found: Found = { files: [], skipped: [], subfolders: [] };
  const notes: InputNote[] = [];
  let folders = 0;
  for (const given of inputs) {
    const path = resolve(cwd, given);
    if (!(await isFolder(path))) {
      takeFile(path, found);
      continue;
    }
    folders++;
    const before = found.files.length;
    await folderWorkbooks(path, recursive, found);
    if (found.files.length === before) notes.push({ code: "cli_batch_folder_empty", items: [given] });
  }
  const skipped = [...new Set(found.skipped)];
  if (found.files.length === 0 && skipped.length > 0) return { code: "cli_err_only_skipped", params: { files: skipped.join(" ") } };
  if (found.files.length === 0) return { code: "cli_err_no_workbooks", params: { inputs: inputs.join(" ") } };
  if (skipped.length > 0) notes.push({ code: "cli_batch_skipped", items: skipped });
  if (found.subfolders.length > 0) notes.push({ code: "cli_batch_subfolders", items: found.subfolders });
  return { files: [...new Set(found.files)], batch: inputs.length > 1 || folders > 0, notes };
}
