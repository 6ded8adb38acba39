import { promises as fs } from "node:fs";
import { BUILT_IN_PROFILES, DEFAULT_PROFILE_ID, resolveProfile } from "../profiles/resolveProfile";
import type { Profile } from "../profiles/schema";
import { errorText } from "./Run";

/** The profile chosen on the command line, with what a 规则 sheet override needs to extend it. */
export interface ChosenProfile {
  readonly profile: Profile;
  /** Resolves profile ids for `extends`: the built-in ones, plus a file profile under its own id. */
  readonly lookup: (id: string) => unknown;
}

/** Why the command line's profile cannot be used: unknown id, unreadable file, or invalid data (a ProfileError). */
export class ProfileChoiceError extends Error {
  constructor(
    readonly code: "cli_err_profile_unknown" | "cli_err_profile_file",
    readonly params: Readonly<Record<string, string>>,
    options?: { cause?: unknown },
  ) {
    super(`${code}: ${JSON.stringify(params)}`, options);
    this.name = "ProfileChoiceError";
  }
}

const builtIn = (id: string): unknown => BUILT_IN_PROFILES[id];

async function readProfileFile(path: string): Promise<unknown> {
  try {
    return JSON.parse(await fs.readFile(path, "utf8")) as unknown;
  } catch (cause) {
    const reason = errorText(cause);
    throw new ProfileChoiceError("cli_err_profile_file", { file: path, reason }, { cause });
  }
}

/**
 * A built-in id, or a JSON file (validated; it may `extends` a built-in one). Throws a
 * ProfileError listing every problem, or a ProfileChoiceError for an unknown id / unreadable file.
 */
export async function chooseProfile(spec: string | null): Promise<ChosenProfile> {
  const id = spec ?? DEFAULT_PROFILE_ID;
  if (builtIn(id) !== undefined) return { profile: resolveProfile(builtIn(id)), lookup: builtIn };
  if (!/\.json$/i.test(id)) throw new ProfileChoiceError("cli_err_profile_unknown", { id, profiles: Object.keys(BUILT_IN_PROFILES).join(", ") });
  const raw = await readProfileFile(id);
  const profile = resolveProfile(raw);
  const lookup = (other: string): unknown => (other === profile.id ? raw : builtIn(other));
  return { profile, lookup };
}
