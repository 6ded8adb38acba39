import { deepMerge, isPlain } from "./deepMerge";
import { inheritedProblem } from "./inheritedFrom";
import { changedDefinitions } from "./itemDefinition";
import { mistypedItems } from "./mistypedItems";
import { toProblems } from "./profileProblems";
import { ProfileError, type ProfileProblem } from "./ProfileError";
import { profileSchema, type Profile } from "./schema";
import national from "./data/national-2017.json";
import sichuan from "./data/sichuan-guanghan-2024.json";

/** Profiles shipped with the product, by id. `national-2017` is the default. */
export const BUILT_IN_PROFILES: Readonly<Record<string, unknown>> = {
  "national-2017": national,
  "sichuan-guanghan-2024": sichuan,
};
export const DEFAULT_PROFILE_ID = "national-2017";

/** The problem of an `extends` naming no profile: the id given and the built-in ones, as an unknown --profile says them. */
function unknownParent(id: string): ProfileProblem {
  return { path: "extends", code: "profile_unknown_extends", message: `unknown profile ${id}`, cell: null, params: { id, profiles: Object.keys(BUILT_IN_PROFILES).join(", ") } };
}

/**
 * Follows `extends` chains (detecting cycles) and returns the merged, still unvalidated data, or
 * the problem of a parent that does not exist (the rest is then checked on its own). Each level's
 * changes to the definition of a county item its base defines go to `changed` (changedDefinitions),
 * and so do its county items under a key mistyped from one the base defines (mistypedItems).
 */
function flatten(raw: unknown, lookup: (id: string) => unknown, seen: readonly string[], changed: ProfileProblem[]): unknown {
  if (!isPlain(raw)) return raw;
  const { extends: parentId, ...rest } = raw;
  if (parentId === undefined) return rest;
  if (typeof parentId !== "string" || seen.includes(parentId)) {
    throw new ProfileError([{ path: "extends", code: "profile_extends", message: `cannot extend ${String(parentId)}`, cell: null }]);
  }
  const parent = lookup(parentId);
  if (parent === undefined) return new UnknownParent(unknownParent(parentId), rest);
  const base = flatten(parent, lookup, [...seen, parentId], changed);
  if (base instanceof UnknownParent) return base;
  changed.push(...changedDefinitions(base, rest), ...mistypedItems(base, rest));
  return deepMerge(base, rest);
}

/** A chain that ends in a parent that does not exist: its problem, and the profile's own settings. */
class UnknownParent {
  constructor(
    readonly problem: ProfileProblem,
    readonly rest: unknown,
  ) {}
}

/** The problems of a profile whose parent is unknown: its own values' problems, as no key can be called missing without the base. */
function withoutBase(flat: UnknownParent): ProfileError {
  const parsed = profileSchema.safeParse(flat.rest);
  const own = parsed.success ? [] : toProblems(parsed.error, flat.rest, "profile_missing").filter((p) => p.code !== "profile_missing");
  return new ProfileError([flat.problem, ...own]);
}

/**
 * Validates profile data (resolving `extends` against the built-in profiles or `lookup`).
 * Throws a ProfileError listing every problem with its path; a mistyped key is one of them.
 *
 * @example resolveProfile({ extends: "national-2017", id: "x", cvLimits: { primary: 0.4, junior: 0.4 } })
 */
export function resolveProfile(raw: unknown, lookup: (id: string) => unknown = (id) => BUILT_IN_PROFILES[id]): Profile {
  if (Array.isArray(raw)) throw new ProfileError([{ path: "", code: "profile_not_object", message: "not a JSON object", cell: null }]);
  const changed: ProfileProblem[] = [];
  const merged = flatten(raw, lookup, [], changed);
  if (merged instanceof UnknownParent) throw withoutBase(merged);
  const parsed = profileSchema.safeParse(merged);
  const missing = isPlain(raw) && raw.extends !== undefined ? "profile_missing" : "profile_missing_standalone";
  const problems = parsed.success ? [] : besides(changed, toProblems(parsed.error, merged, missing)).map((p) => inheritedProblem(p, raw, lookup));
  if (!parsed.success || changed.length > 0) throw new ProfileError([...changed, ...problems]);
  return parsed.data;
}

/**
 * The schema's problems but those at or under a path already refused: a unit changed to "percent"
 * is said once, as changed; a mistyped item key once, not again as an item lacking `item` and `unit`.
 */
function besides(refused: readonly ProfileProblem[], problems: readonly ProfileProblem[]): ProfileProblem[] {
  const paths = refused.map((p) => p.path);
  return problems.filter((p) => !paths.some((path) => p.path === path || p.path.startsWith(`${path}.`)));
}

/** A built-in profile by id; throws a ProfileError for an unknown id. */
export function builtInProfile(id: string = DEFAULT_PROFILE_ID): Profile {
  const raw = BUILT_IN_PROFILES[id];
  if (raw === undefined) {
    throw new ProfileError([{ path: "id", code: "profile_unknown", message: `unknown profile ${id}`, cell: null }]);
  }
  return resolveProfile(raw);
}
