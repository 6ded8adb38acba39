import { promises as fs } from "node:fs";
import { basename, dirname, join } from "node:path";

/** A file to write: where, and how to write its content to a given path. */
export interface Output {
  readonly path: string;
  readonly write: (path: string) => Promise<void>;
}

/** A write that failed, with the file it was for (the cause is Node's error). */
export class OutputWriteError extends Error {
  constructor(
    readonly path: string,
    options: { cause: unknown },
  ) {
    super(`cannot write ${path}`, options);
    this.name = "OutputWriteError";
  }
}

/** A temporary name beside the file, so that the rename stays on one disk and replaces the file at once. */
const tempOf = (path: string): string => join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);

async function step<T>(path: string, action: () => Promise<T>): Promise<T> {
  try {
    return await action();
  } catch (cause) {
    throw new OutputWriteError(path, { cause });
  }
}

/**
 * Writes every output or none (README: nothing is written when the command fails): each to a
 * temporary file beside it, all renamed to their names only once all were written; on a failure
 * the temporaries and the folders made for them are removed, and an OutputWriteError names the file.
 * @example await writeAll([{ path: "out/r.xlsx", write: (p) => sink.save(p) }, { path: "out/r.json", write: (p) => writeJson(p, report) }])
 */
export async function writeAll(outputs: readonly Output[]): Promise<void> {
  const made: string[] = [];
  const temps: string[] = [];
  try {
    for (const output of outputs) {
      const first = await step(output.path, () => fs.mkdir(dirname(output.path), { recursive: true }));
      if (first !== undefined) made.push(first);
      temps.push(tempOf(output.path));
      await step(output.path, () => output.write(tempOf(output.path)));
    }
    for (const output of outputs) await step(output.path, () => fs.rename(tempOf(output.path), output.path));
  } catch (error) {
    await Promise.all(temps.map((temp) => fs.rm(temp, { force: true }).catch(() => undefined)));
    // Folders made by this call hold nothing but its own temporaries.
    for (const folder of made.reverse()) await fs.rm(folder, { recursive: true, force: true }).catch(() => undefined);
    throw error;
  }
}
