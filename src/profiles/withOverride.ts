import { ProfileError } from "./ProfileError";
import { BUILT_IN_PROFILES, resolveProfile } from "./resolveProfile";
import type { Profile } from "./schema";

/**
 * `base` with a workbook's 规则 sheet merged on top (the sheet's settings extend the chosen profile),
 * as the CLI and the add-in both apply it. No override gives `base` itself. Throws a ProfileError
 * when the override is not a set of settings or the merged profile is invalid. `lookup` resolves
 * `extends` (a file profile under its own id, besides the built-in ones).
 *
 * @example withOverride(builtInProfile("national-2017"), { cvLimits: { primary: 0.45 } }).cvLimits.primary // 0.45
 */
export function withOverride(base: Profile, override: unknown, lookup: (id: string) => unknown = (id) => BUILT_IN_PROFILES[id]): Profile {
  if (override === null || override === undefined) return base;
  if (typeof override !== "object" || Array.isArray(override)) {
    throw new ProfileError([{ path: "", code: "profile_override", message: "the rule sheet is not a set of settings", cell: null }]);
  }
  return resolveProfile({ extends: base.id, ...override }, lookup);
}
