import { relative } from "node:path";
import { message } from "../messages/catalogue";
import type { Lang } from "../messages/types";

/** Exit codes: 0 evaluated (even with data issues), 1 could not evaluate (in a batch: one file or more), 2 bad command line. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

export interface RunResult {
  readonly exitCode: number;
  readonly stdout: readonly string[];
  readonly stderr: readonly string[];
}

/** One command's output so far: stdout lines kept for the end, stderr lines passed on as they happen. */
export class Run {
  readonly stdout: string[] = [];
  readonly stderr: string[] = [];
  /** The lines of problem() (why something could not be done), for a batch's overview to repeat. */
  readonly problems: string[] = [];
  constructor(
    readonly lang: Lang,
    private readonly onProgress?: (line: string) => void,
  ) {}
  t(code: string, params: Readonly<Record<string, string | number>> = {}): string {
    return message(code, params, this.lang);
  }
  /** A line of stderr, in the run's language unless `lang` says another (the usage after an unknown --lang). */
  err(code: string, params: Readonly<Record<string, string | number>> = {}, lang: Lang = this.lang): string {
    const line = message(code, params, lang);
    this.stderr.push(line);
    this.onProgress?.(line);
    return line;
  }
  /** A line of stderr that says why something could not be done. */
  problem(code: string, params: Readonly<Record<string, string | number>> = {}): void {
    this.problems.push(this.err(code, params).trim());
  }
  fail(exitCode: number): RunResult {
    return { exitCode, stdout: this.stdout, stderr: this.stderr };
  }
}

/** A path as the user would type it: relative under the working directory, absolute elsewhere. @example shownPath("/w", "/w/out/r.xlsx") // "out/r.xlsx" */
export function shownPath(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  return rel === "" || rel.startsWith("..") ? path : rel;
}

/** What a caught value says, for a message's {reason}. @example errorText(new Error("disk")) // "disk" */
export function errorText(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause);
}

/** The code Node gives an I/O failure, for choosing the message. @example errnoCode(Object.assign(new Error("x"), { code: "ENOENT" })) // "ENOENT" */
export function errnoCode(error: unknown): string | undefined {
  // Not instanceof Error: Node's errors come from another realm under jest's module sandbox.
  return typeof error === "object" && error !== null && "code" in error && typeof error.code === "string" ? error.code : undefined;
}
