import { randomBytes } from "node:crypto";
import { promises as fs } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { errnoCode } from "./Run";

/** A file to write: where, and how to write its content to a given path. */
export interface Output {
  readonly path: string;
  readonly write: (path: string) => Promise<void>;
}

/**
 * An earlier result that could not be put back after a failed write: it is still there, under its
 * backup name; `newLeft`: the failed run's new file still stands at the target (it could not be
 * removed either), so that the user must delete it before renaming the backup.
 */
export interface Stranded {
  readonly target: string;
  readonly backup: string;
  readonly newLeft: boolean;
}

/** A write that failed, with the file it was for (the cause is Node's error) and any earlier result left under a backup name. */
export class OutputWriteError extends Error {
  stranded: readonly Stranded[] = [];
  constructor(
    readonly path: string,
    options: { cause: unknown },
  ) {
    super(`cannot write ${path}`, options);
    this.name = "OutputWriteError";
  }
}

/** The file system as writeAll uses it; tests replace a call (a rename that fails) or the platform. */
export interface WriteIo {
  readonly mkdir: (path: string) => Promise<string | undefined>;
  readonly rename: (from: string, to: string) => Promise<void>;
  readonly remove: (path: string, recursive: boolean) => Promise<void>;
  readonly lstat: (path: string) => Promise<{ isDirectory(): boolean; isSymbolicLink(): boolean }>;
  readonly realpath: (path: string) => Promise<string>;
  readonly readlink: (path: string) => Promise<string>;
  readonly platform: NodeJS.Platform;
  readonly wait: (ms: number) => Promise<void>;
}

/** Node's file system, on the platform this runs on. */
export const NODE_WRITE_IO: WriteIo = {
  mkdir: (path) => fs.mkdir(path, { recursive: true }),
  rename: (from, to) => fs.rename(from, to),
  remove: (path, recursive) => fs.rm(path, { force: true, recursive }),
  lstat: (path) => fs.lstat(path),
  realpath: (path) => fs.realpath(path),
  readlink: (path) => fs.readlink(path),
  platform: process.platform,
  wait: (ms) => new Promise((done) => setTimeout(done, ms)),
};

/** Waits before each retry of a rename that Windows refused for a moment (an antivirus or OneDrive holding the file). */
const RETRY_WAITS_MS = [50, 100, 200, 400, 800] as const;
const BRIEFLY_LOCKED = new Set(["EPERM", "EBUSY"]);

/** An output on its way: the file it goes to (through a link) and the temporary holding its content. */
interface Staged {
  readonly path: string;
  readonly target: string;
  readonly temp: string;
}

/** A target being replaced: the earlier file moved aside (null: there was none), and whether the new one is in place. */
interface Placed {
  readonly target: string;
  readonly backup: string | null;
  replaced: boolean;
}

interface Undo {
  readonly made: string[];
  readonly temps: string[];
  readonly placed: Placed[];
}

/**
 * A short name beside `file` (same folder, so renames stay on one disk): the old `.<name>.<pid>.tmp`
 * pushed a name near the 255-byte limit (76 × 县 in UTF-8) over it.
 */
const spareName = (file: string, kind: "tmp" | "bak"): string => join(dirname(file), `.~yzjh-${process.pid}-${randomBytes(4).toString("hex")}.${kind}`);

async function step<T>(path: string, action: () => Promise<T>): Promise<T> {
  try {
    return await action();
  } catch (cause) {
    throw new OutputWriteError(path, { cause });
  }
}

/** A rename, retried briefly on Windows when it is refused with EPERM/EBUSY. */
async function renameRetrying(from: string, to: string, io: WriteIo, attempt = 0): Promise<void> {
  try {
    await io.rename(from, to);
  } catch (error) {
    const wait = RETRY_WAITS_MS[attempt];
    if (io.platform !== "win32" || wait === undefined || !BRIEFLY_LOCKED.has(errnoCode(error) ?? "")) throw error;
    await io.wait(wait);
    await renameRetrying(from, to, io, attempt + 1);
  }
}

/** Null when nothing is at `path`; other failures (no permission) are the write's. */
async function lstatOrNull(path: string, io: WriteIo): Promise<Awaited<ReturnType<WriteIo["lstat"]>> | null> {
  return io.lstat(path).catch((error: unknown) => {
    if (errnoCode(error) === "ENOENT") return null;
    throw error;
  });
}

/**
 * The file a result goes to: through symbolic links (kept, as when Excel saves through one), to
 * where a dangling one points. sameFile resolves names with it too, so that two results are told
 * apart exactly as they will be written (a dangling link out.xlsx -> r.json is r.json).
 * @example await targetOf("/w/out.xlsx") // "/w/r.json" when out.xlsx -> r.json, written or not
 */
export async function targetOf(path: string, io: WriteIo = NODE_WRITE_IO): Promise<string> {
  if (!(await lstatOrNull(path, io))?.isSymbolicLink()) return path;
  return io.realpath(path).catch(async (error: unknown) => {
    // ENOENT: the link points at nothing yet (a loop is ELOOP and fails the write).
    if (errnoCode(error) !== "ENOENT") throw error;
    return targetOf(resolve(dirname(path), await io.readlink(path)), io);
  });
}

/** Makes the output's folder and writes its content to a temporary beside the file it goes to. */
async function stage(output: Output, undo: Undo, io: WriteIo): Promise<Staged> {
  return step(output.path, async () => {
    const made = await io.mkdir(dirname(output.path));
    if (made !== undefined) undo.made.push(made);
    const target = await targetOf(output.path, io);
    const temp = spareName(target, "tmp");
    undo.temps.push(temp);
    await output.write(temp);
    return { path: output.path, target, temp };
  });
}

/** Moves an earlier file aside (to be put back on a later failure); a folder is not moved, so that its rename fails and success never removes it. */
async function setAside(target: string, io: WriteIo): Promise<string | null> {
  const stat = await lstatOrNull(target, io);
  if (stat === null || stat.isDirectory()) return null;
  const backup = spareName(target, "bak");
  await renameRetrying(target, backup, io);
  return backup;
}

async function place(staged: Staged, undo: Undo, io: WriteIo): Promise<void> {
  await step(staged.path, async () => {
    const placed: Placed = { target: staged.target, backup: await setAside(staged.target, io), replaced: false };
    undo.placed.push(placed);
    await renameRetrying(staged.temp, staged.target, io);
    placed.replaced = true;
  });
}

/** Whether a file could be removed. */
const removed = (path: string, io: WriteIo): Promise<boolean> => io.remove(path, false).then(() => true, () => false);

/**
 * Puts back what a failed call changed; each step is attempted, as the failure is already being
 * reported. Answers the earlier results that could not be put back, so that the user is told where
 * they are (their backup name starts with a dot and would otherwise look lost).
 */
async function rollBack(undo: Undo, io: WriteIo): Promise<Stranded[]> {
  const ignore = (): undefined => undefined;
  const stranded: Stranded[] = [];
  for (const { target, backup, replaced } of [...undo.placed].reverse()) {
    // Renaming the backup back replaces the new file; if it cannot, the new file must not stand there as a result.
    if (backup !== null) await renameRetrying(backup, target, io).catch(async () => stranded.push({ target, backup, newLeft: replaced && !(await removed(target, io)) }));
    else if (replaced) await io.remove(target, false).catch(ignore);
  }
  await Promise.all(undo.temps.map((temp) => io.remove(temp, false).catch(ignore)));
  // Folders made by this call hold nothing but its own files.
  for (const folder of [...undo.made].reverse()) await io.remove(folder, true).catch(ignore);
  return stranded;
}

/**
 * Writes every output or none (README: nothing is written when the command fails): each to a
 * temporary file beside it; once all are written, each earlier file is moved aside and the
 * temporary renamed to its name. On any failure the earlier files are put back, the new ones,
 * temporaries and folders made are removed, and an OutputWriteError names the file; on success the
 * earlier files are removed. A symbolic link is written through (the file it points to is replaced).
 * An earlier file that cannot be put back stays under its backup name, listed in the error's `stranded`.
 * Answers the folders it made (the top one of each path made), so that a mistyped folder is not made unseen.
 * @example await writeAll([{ path: "out/r.xlsx", write: (p) => sink.save(p) }, { path: "out/r.json", write: (p) => writeJson(p, report) }]) // ["/w/out"] when out did not exist
 */
export async function writeAll(outputs: readonly Output[], io: WriteIo = NODE_WRITE_IO): Promise<readonly string[]> {
  const undo: Undo = { made: [], temps: [], placed: [] };
  try {
    const staged: Staged[] = [];
    for (const output of outputs) staged.push(await stage(output, undo, io));
    for (const one of staged) await place(one, undo, io);
  } catch (error) {
    const stranded = await rollBack(undo, io);
    if (error instanceof OutputWriteError) error.stranded = stranded;
    throw error;
  }
  await Promise.all(undo.placed.map(({ backup }) => (backup === null ? undefined : io.remove(backup, false).catch(() => undefined))));
  return undo.made;
}
