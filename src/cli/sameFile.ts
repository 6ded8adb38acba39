import { promises as fs } from "node:fs";
import { basename, dirname, join } from "node:path";
import { targetOf } from "./writeAll";

/**
 * A path with its links resolved: the file's own real path; for a name not written yet, where
 * writeAll will write it (targetOf: a dangling link's target), its folder's real path joined with
 * its name (recursively). A loop of links is left as it is: writing through it fails anyway.
 */
async function realPath(path: string): Promise<string> {
  const real = await fs.realpath(path).catch(() => null);
  if (real !== null) return real;
  const target = await targetOf(path).catch(() => path);
  if (target !== path) return realPath(target);
  const parent = dirname(path);
  return parent === path ? path : join(await realPath(parent), basename(path));
}

/** Device and inode, which a hard link shares with its file and a name differing only in case shares on a file system that ignores case; null when absent. */
async function identity(path: string): Promise<string | null> {
  const stat = await fs.stat(path, { bigint: true }).catch(() => null);
  return stat === null ? null : `${stat.dev}:${stat.ino}`;
}

/**
 * Whether two paths name one file: the same real path (a symbolic link to it), or, where both
 * exist, the same device and inode (a hard link; on Windows and macOS, a name in other case).
 * Comparing the strings let `--out s.xlsx` replace the workbook read through link.xlsx.
 * @example await sameFile("/w/link.xlsx", "/w/s.xlsx") // true, link.xlsx -> s.xlsx
 */
export async function sameFile(a: string, b: string): Promise<boolean> {
  if ((await realPath(a)) === (await realPath(b))) return true;
  const [ia, ib] = [await identity(a), await identity(b)];
  return ia !== null && ia === ib;
}

/**
 * Whether two files to be written would be one: sameFile, or real paths differing only in case,
 * which Windows and macOS take for one name (as batchPaths compares result names).
 * @example await samePlace("/w/r.out", "/w/R.OUT") // true
 */
export async function samePlace(a: string, b: string): Promise<boolean> {
  if (await sameFile(a, b)) return true;
  return (await realPath(a)).toLowerCase() === (await realPath(b)).toLowerCase();
}
