import { promises as fs } from "node:fs";
import { resolve } from "node:path";
import { resolveFileProfile } from "../profiles/resolveFileProfile";
import { BUILT_IN_PROFILES, DEFAULT_PROFILE_ID, resolveProfile } from "../profiles/resolveProfile";
import type { Profile } from "../profiles/schema";
import { jsonSyntaxOffset } from "./jsonSyntaxOffset";
import { nearestName } from "./nearestName";
import { errnoCode, errorText } from "./Run";

/** The profile chosen on the command line, with what a 规则 sheet override needs to extend it. */
export interface ChosenProfile {
  readonly profile: Profile;
  /** Resolves profile ids for `extends`: the built-in ones, plus a file profile under its own id. */
  readonly lookup: (id: string) => unknown;
  /** The file the profile was read from, as the user gave it (the results name it); null for a built-in one. */
  readonly file: string | null;
}

/** Why the command line's profile cannot be used: unknown id, unreadable file, or invalid data (a ProfileError). */
export class ProfileChoiceError extends Error {
  constructor(
    readonly code:
      | "cli_err_profile_unknown"
      | "cli_err_profile_unknown_near"
      | "cli_err_profile_file"
      | "cli_err_profile_missing"
      | "cli_err_profile_folder"
      | "cli_err_profile_no_access"
      | "cli_err_profile_json"
      | "cli_err_profile_json_unplaced"
      | "cli_err_profile_empty"
      | "cli_err_profile_encoding"
      | "cli_err_profile_json_comment"
      | "cli_err_profile_json_comma",
    readonly params: Readonly<Record<string, string>>,
    options?: { cause?: unknown },
  ) {
    super(`${code}: ${JSON.stringify(params)}`, options);
    this.name = "ProfileChoiceError";
  }
}

const builtIn = (id: string): unknown => BUILT_IN_PROFILES[id];

/** What the user reads for a profile file that cannot be read: missing, a folder, not to be read, or another failure with Node's error on its own line. */
function readFailure(path: string, cause: unknown): ProfileChoiceError {
  const code = errnoCode(cause);
  if (code === "ENOENT" || code === "ENOTDIR") return new ProfileChoiceError("cli_err_profile_missing", { file: path }, { cause });
  if (code === "EISDIR") return new ProfileChoiceError("cli_err_profile_folder", { file: path }, { cause });
  if (code === "EACCES" || code === "EPERM") return new ProfileChoiceError("cli_err_profile_no_access", { file: path, reason: errorText(cause) }, { cause });
  return new ProfileChoiceError("cli_err_profile_file", { file: path, reason: errorText(cause) }, { cause });
}

/** The offset Node's parser names ("… at position 28", or the end for "Unexpected end of JSON input"); null when it names none. */
function parserOffset(text: string, error: unknown): number | null {
  const said = errorText(error);
  const position = /position (\d+)/.exec(said)?.[1];
  if (position !== undefined) return Number(position);
  return /Unexpected end of JSON input/.test(said) ? text.length : null;
}

/**
 * Line and column (1-based) of a JSON syntax error, so that the user finds it in an editor: from
 * jsonSyntaxOffset, which places at the parser's offset every error the parser names one for, and
 * also those Node 20 names none for (an unexpected token); the parser's offset only where the scan
 * gives up (nesting too deep); null when neither knows.
 * @example jsonErrorAt('{"a":1,\n', new SyntaxError("Expected double-quoted property name in JSON at position 8")) // { line: "2", column: "1" }
 * @example jsonErrorAt("{'a':1}", new SyntaxError("Unexpected token ''', \"{'a':1}\" is not valid JSON")) // { line: "1", column: "2" }
 */
export function jsonErrorAt(text: string, error: unknown): { line: string; column: string } | null {
  const offset = jsonSyntaxOffset(text) ?? parserOffset(text, error);
  return offset === null ? null : lineColumn(text, offset);
}

/** Line and column (1-based) of an offset in the text. */
function lineColumn(text: string, offset: number): { line: string; column: string } {
  const before = text.slice(0, offset).split(/\r\n|\r|\n/);
  return { line: String(before.length), column: String((before.at(-1)?.length ?? 0) + 1) };
}

/**
 * The message for a file that is not JSON, with where when that is known (never a guessed place).
 * The two mistakes of a hand-edited file JSON forbids get their own words, as "a missing quote,
 * comma or bracket?" would send the user looking for something to add: a comment, and a comma
 * after the last entry, placed at the comma itself rather than at the bracket after it.
 */
function jsonFailure(path: string, text: string, cause: unknown): ProfileChoiceError {
  const mistake = jsonMistake(text);
  if (mistake !== null) return new ProfileChoiceError(mistake.code, { file: path, ...lineColumn(text, mistake.at) }, { cause });
  const at = jsonErrorAt(text, cause);
  if (at === null) return new ProfileChoiceError("cli_err_profile_json_unplaced", { file: path }, { cause });
  return new ProfileChoiceError("cli_err_profile_json", { file: path, ...at }, { cause });
}

/**
 * A comment (// or /*) or a comma before } or ] where the scan stops, with the offset to name; null for any other error.
 * @example jsonMistake('{"a": 1,\n}') // { code: "cli_err_profile_json_comma", at: 7 }
 * @example jsonMistake('{\n  // 本县\n}') // { code: "cli_err_profile_json_comment", at: 4 }
 */
export function jsonMistake(text: string): { code: "cli_err_profile_json_comment" | "cli_err_profile_json_comma"; at: number } | null {
  const stop = jsonSyntaxOffset(text);
  if (stop === null) return null;
  if (text.startsWith("//", stop) || text.startsWith("/*", stop)) return { code: "cli_err_profile_json_comment", at: stop };
  if (text[stop] !== "}" && text[stop] !== "]") return null;
  const comma = text.slice(0, stop).trimEnd().length - 1;
  return text[comma] === "," ? { code: "cli_err_profile_json_comma", at: comma } : null;
}

/**
 * The file's text, or why it cannot be taken as UTF-8: a file saved as GBK (记事本's ANSI on a
 * Chinese Windows) or UTF-16 (its "Unicode") would otherwise be read with its Chinese names turned
 * to mojibake, and those names would head every result sheet.
 */
function utf8Text(path: string, bytes: Uint8Array): string {
  const utf16 = bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch (cause) {
    throw new ProfileChoiceError("cli_err_profile_encoding", { file: path }, { cause });
  }
  // UTF-16 without its mark decodes as UTF-8 with a NUL beside each ASCII character.
  if (utf16 || text.includes("\u0000")) throw new ProfileChoiceError("cli_err_profile_encoding", { file: path });
  // Notepad on Windows saves UTF-8 with a byte order mark, which JSON.parse refuses.
  return text.replace(/^\uFEFF/, "");
}

async function readProfileFile(path: string, cwd: string): Promise<unknown> {
  const bytes = await fs.readFile(resolve(cwd, path)).catch((cause: unknown) => {
    throw readFailure(path, cause);
  });
  const json = utf8Text(path, bytes);
  if (json.trim() === "") throw new ProfileChoiceError("cli_err_profile_empty", { file: path });
  try {
    return JSON.parse(json) as unknown;
  } catch (cause) {
    throw jsonFailure(path, json, cause);
  }
}

/**
 * Whether anything is at the path: a profile saved as 本县规则.txt, or under no extension, is the
 * file the user named, not an unknown id (and a folder is said to be one by readFailure).
 */
async function exists(path: string): Promise<boolean> {
  return fs.stat(path).then(
    () => true,
    () => false,
  );
}

/** An id neither built in nor a file, with the built-in one it most likely meant when one is a slip away (nearestName: national2017 → national-2017). */
function unknownProfile(id: string): ProfileChoiceError {
  const ids = Object.keys(BUILT_IN_PROFILES);
  const near = nearestName(id, ids);
  const params = { id, profiles: ids.join(", ") };
  return near === null ? new ProfileChoiceError("cli_err_profile_unknown", params) : new ProfileChoiceError("cli_err_profile_unknown_near", { ...params, near });
}

/**
 * A built-in id, or a JSON file (named .json, or any file or folder that exists; validated, with an id and name of its own; it may `extends` a built-in one), relative to `cwd`;
 * messages name it as given, and so do the results (`file`). Throws a
 * ProfileError listing every problem, or a ProfileChoiceError for an unknown id / unreadable file.
 */
export async function chooseProfile(spec: string | null, cwd: string = process.cwd()): Promise<ChosenProfile> {
  const id = spec ?? DEFAULT_PROFILE_ID;
  if (builtIn(id) !== undefined) return { profile: resolveProfile(builtIn(id)), lookup: builtIn, file: null };
  if (!/\.json$/i.test(id) && !(await exists(resolve(cwd, id)))) throw unknownProfile(id);
  const raw = await readProfileFile(id, cwd);
  const profile = resolveFileProfile(raw);
  const lookup = (other: string): unknown => (other === profile.id ? raw : builtIn(other));
  return { profile, lookup, file: id };
}
