import { promises as fs } from "node:fs";
import { join, resolve } from "node:path";
import type { ArgError } from "./parseArgs";

/** The workbooks a command line names, and whether they make a batch. */
export interface Inputs {
  /** Absolute paths, each once, in the order given (a folder's workbooks by name). */
  readonly files: readonly string[];
  /** Several inputs, or a folder: each workbook gets its own results in the output folder, plus an overview. */
  readonly batch: boolean;
  /** Names left out of a folder: Excel's lock files and this tool's own result workbooks. */
  readonly skipped: readonly string[];
}

/** What this tool writes into an output folder, which a later batch over the same folder must not read as a county's data. */
export const RESULT_SUFFIX = "-评估结果.xlsx";
export const OVERVIEW_NAME = "评估总览.xlsx";

/** Excel's lock file of an open workbook (~$县.xlsx) and this tool's own results are not inputs. */
function skippedName(name: string): boolean {
  return name.startsWith("~$") || name.endsWith(RESULT_SUFFIX) || name === OVERVIEW_NAME;
}

async function isFolder(path: string): Promise<boolean> {
  // A path that does not exist is taken as a file, so that opening it says it is missing.
  return fs.stat(path).then((s) => s.isDirectory(), () => false);
}

/** A folder's .xlsx workbooks, not its subfolders', sorted by name as a Chinese reader sorts them. */
async function folderWorkbooks(folder: string): Promise<{ files: string[]; skipped: string[] }> {
  const names = (await fs.readdir(folder)).filter((n) => n.toLowerCase().endsWith(".xlsx")).sort((a, b) => a.localeCompare(b, "zh"));
  const files: string[] = [];
  for (const name of names) if (!skippedName(name) && !(await isFolder(join(folder, name)))) files.push(join(folder, name));
  return { files, skipped: names.filter(skippedName) };
}

/**
 * Expands the inputs of `npm run evaluate`: none → the sample; a folder → its .xlsx workbooks.
 * @example expandInputs(["某市"], "/w", sample) // { files: ["/w/某市/甲县.xlsx", "/w/某市/乙县.xlsx"], batch: true, skipped: [] }
 */
export async function expandInputs(inputs: readonly string[], cwd: string, samplePath: string): Promise<Inputs | ArgError> {
  if (inputs.length === 0) return { files: [samplePath], batch: false, skipped: [] };
  const files: string[] = [];
  const skipped: string[] = [];
  let folders = 0;
  for (const given of inputs) {
    const path = resolve(cwd, given);
    if (!(await isFolder(path))) {
      files.push(path);
      continue;
    }
    folders++;
    const found = await folderWorkbooks(path);
    if (found.files.length === 0) return { code: "cli_err_folder_empty", params: { folder: given } };
    files.push(...found.files);
    skipped.push(...found.skipped);
  }
  return { files: [...new Set(files)], batch: inputs.length > 1 || folders > 0, skipped };
}
