import { constants, promises as fs } from "node:fs";
import { dirname, extname } from "node:path";
import { errnoCode, errorText } from "./Run";

/**
 * Why a result cannot be written where the command line puts it: a message code of
 * src/messages/cliMessages.ts with its params; `usage` when the command line itself names an
 * impossible place (a folder for a file, a file for a folder: exit 2), not when the disk refuses.
 */
export interface WriteProblem {
  readonly code: string;
  readonly params: Readonly<Record<string, string | number>>;
  readonly usage: boolean;
}

type Shown = (path: string) => string;

/**
 * A result workbook named other than .xlsx: the file written is an .xlsx all the same, which
 * Excel opens as .xls only after a warning that its format and extension do not match, refuses as
 * .xlsm, and shows as garbage as .csv; without an extension it opens in nothing by a double click.
 * Said with the name to use instead.
 * @example outExtensionProblem("/w/结果.xls", (p) => p) // { code: "cli_err_out_extension", params: { file: "/w/结果.xls", suggestion: "/w/结果.xlsx" }, usage: true }
 * @example outExtensionProblem("/w/结果.XLSX", (p) => p) // null
 */
export function outExtensionProblem(out: string, shown: Shown): WriteProblem | null {
  if (extname(out).toLowerCase() === ".xlsx") return null;
  // Only a file type's letters are replaced: 2024.县 is a name, to which .xlsx is added.
  const ext = /\.[A-Za-z0-9]{1,5}$/.exec(out)?.[0] ?? "";
  const stem = out.slice(0, out.length - ext.length);
  // 县.xlsx.bak: the name before the extension is the workbook's already.
  const suggestion = extname(stem).toLowerCase() === ".xlsx" ? stem : `${stem}.xlsx`;
  return { code: "cli_err_out_extension", params: { file: shown(out), suggestion: shown(suggestion) }, usage: true };
}

async function statOrNull(path: string): Promise<Awaited<ReturnType<typeof fs.stat>> | null> {
  return fs.stat(path).catch((error: unknown) => {
    if (errnoCode(error) === "ENOENT" || errnoCode(error) === "ENOTDIR") return null;
    throw error;
  });
}

/** A folder that exists (or can be made) and may be written in, for `file`: the first ancestor that exists must be a writable folder. */
async function folderProblem(folder: string, file: string, shown: Shown): Promise<WriteProblem | null> {
  const stat = await statOrNull(folder);
  if (stat === null) return dirname(folder) === folder ? null : folderProblem(dirname(folder), file, shown);
  if (!stat.isDirectory()) return { code: "cli_err_out_parent_file", params: { file: shown(file), parent: shown(folder) }, usage: true };
  return fs.access(folder, constants.W_OK).then(
    () => null,
    (cause: unknown) => ({ code: "cli_err_out_no_access", params: { file: shown(folder), reason: errorText(cause) }, usage: false }),
  );
}

/**
 * Whether a result file can be written, checked before the input is read so that a bad `--out`
 * or `--json` writes nothing (it used to write the workbook, then fail on the JSON): not a folder,
 * no file where a folder must be, and an existing file opened for writing (read-only, or locked
 * by Excel on Windows). Null: it can.
 * @example await outputProblem("/w/afile/r.json", shown) // { code: "cli_err_out_parent_file", params: { file: "afile/r.json", parent: "afile" }, usage: true }
 */
export async function outputProblem(path: string, shown: Shown): Promise<WriteProblem | null> {
  try {
    const stat = await statOrNull(path);
    if (stat?.isDirectory()) return { code: "cli_err_out_folder", params: { file: shown(path) }, usage: true };
    if (stat === null) return await folderProblem(dirname(path), path, shown);
    // "r+" neither creates nor truncates: it asks only whether the file may be written.
    await (await fs.open(path, "r+")).close();
    return null;
  } catch (cause) {
    return { code: "cli_err_out_no_access", params: { file: shown(path), reason: errorText(cause) }, usage: false };
  }
}

/**
 * Whether a batch's output folder (`--out`, `--json`) can hold its results: an existing file there
 * would fail every county in turn. Null: it can.
 * @example await outputFolderProblem("--json", "notes.txt", "/w/notes.txt", shown) // { code: "cli_err_batch_needs_folder", … }
 */
export async function outputFolderProblem(option: string, value: string, folder: string, shown: Shown): Promise<WriteProblem | null> {
  try {
    const stat = await statOrNull(folder);
    if (stat !== null && !stat.isDirectory()) return { code: "cli_err_batch_needs_folder", params: { option, value }, usage: true };
    return await folderProblem(folder, folder, shown);
  } catch (cause) {
    return { code: "cli_err_out_no_access", params: { file: shown(folder), reason: errorText(cause) }, usage: false };
  }
}

/** What the user reads when a write failed after the checks (the disk filled, a file was locked meanwhile): in their language, the raw error on a line of its own. */
export function writeFailure(cause: unknown, path: string, shown: Shown): WriteProblem {
  const code = errnoCode(cause);
  const params = { file: shown(path), reason: errorText(cause) };
  if (code === "EACCES" || code === "EPERM" || code === "EBUSY" || code === "EROFS") return { code: "cli_err_out_no_access", params, usage: false };
  if (code === "ENOSPC" || code === "EDQUOT") return { code: "cli_err_out_disk_full", params, usage: false };
  return { code: "cli_err_write", params, usage: false };
}
