import { isPlain } from "./deepMerge";
import { ProfileError, type ProfileProblem } from "./ProfileError";
import { BUILT_IN_PROFILES, resolveProfile } from "./resolveProfile";
import type { Profile } from "./schema";

/**
 * A file must not pass for the profile it extends: an id and name inherited, or a built-in id,
 * would name national-2017 in every result while its verdicts differ.
 */
function ownIdProblems(raw: unknown): ProfileProblem[] {
  if (!isPlain(raw)) return [];
  const missing = (["id", "name"] as const).filter((key) => raw[key] === undefined);
  const problems: ProfileProblem[] = missing.map((path) => ({ path, code: "profile_file_own_id", message: `the file gives no ${path} of its own`, cell: null }));
  if (typeof raw.id === "string" && raw.id in BUILT_IN_PROFILES) problems.push({ path: "id", code: "profile_file_built_in_id", message: "a built-in profile's id", cell: null });
  return [...problems, ...halfNameProblems(raw.name)];
}

/**
 * A name not given in both languages ({ zh } alone, or {}): the one left out would be inherited,
 * and the results in that language (an English run's 汇总, the city overview) would name the
 * profile extended.
 */
function halfNameProblems(name: unknown): ProfileProblem[] {
  if (!isPlain(name)) return [];
  const missing = (["zh", "en"] as const).filter((lang) => name[lang] === undefined);
  return missing.map((lang) => ({ path: `name.${lang}`, code: "profile_file_own_name", message: `the file gives no ${lang} name of its own`, cell: null }));
}

/**
 * A profile read from a file: resolveProfile, and an id and name of its own (not a built-in id),
 * every problem of both at once in one ProfileError.
 * @example resolveFileProfile({ extends: "national-2017", cvLimits: { primary: 0.25, junior: 0.2 } }) // throws: id, name profile_file_own_id
 */
export function resolveFileProfile(raw: unknown): Profile {
  const own = ownIdProblems(raw);
  let profile: Profile;
  try {
    profile = resolveProfile(raw);
  } catch (error) {
    if (error instanceof ProfileError && own.length > 0) throw new ProfileError([...own, ...error.problems], { cause: error });
    throw error;
  }
  if (own.length > 0) throw new ProfileError(own);
  return profile;
}
