import type { z } from "zod";
import { deepMerge } from "./deepMerge";
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

/**
 * One problem per zod issue, and per key for an unknown key (`standards.primary.L8`, not
 * `standards.primary`): the path itself then names what to correct, in any language.
 */
function toProblems(error: z.ZodError, data: unknown): ProfileProblem[] {
  return error.issues.flatMap((i) => {
    const keys = i.code === "unrecognized_keys" ? i.keys.map((k) => [...i.path, k]) : [i.path];
    return keys.map((path) => ({ path: path.map(String).join("."), code: problemCode(i, data), message: i.message, cell: null }));
  });
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((node, key) => (typeof node === "object" && node !== null ? (node as Record<PropertyKey, unknown>)[key] : undefined), data);
}

/**
 * The id's pattern is the one format a user meets: "the format is wrong" alone does not say which
 * format is right. A required key that is absent is "missing", not "of the wrong kind": setting one
 * key of a group the base leaves null (guarantee.funding.norm.primary alone) leaves its siblings
 * unset, and the value given was of the right kind.
 */
function problemCode(issue: z.core.$ZodIssue, data: unknown): string {
  if (issue.code === "invalid_format" && issue.path.length === 1 && issue.path[0] === "id") return "profile_id_format";
  return issue.code === "invalid_type" && valueAt(data, issue.path) === undefined ? "profile_missing" : issue.code;
}

/** Follows `extends` chains (detecting cycles) and returns the merged, still unvalidated data. */
function flatten(raw: unknown, lookup: (id: string) => unknown, seen: readonly string[]): unknown {
  if (typeof raw !== "object" || raw === null) return raw;
  const { extends: parentId, ...rest } = raw as Record<string, unknown>;
  if (parentId === undefined) return rest;
  if (typeof parentId !== "string" || seen.includes(parentId)) {
    throw new ProfileError([{ path: "extends", code: "profile_extends", message: `cannot extend ${String(parentId)}`, cell: null }]);
  }
  const parent = lookup(parentId);
  if (parent === undefined) {
    throw new ProfileError([{ path: "extends", code: "profile_unknown", message: `unknown profile ${parentId}`, cell: null }]);
  }
  return deepMerge(flatten(parent, lookup, [...seen, parentId]), rest);
}

/**
 * Validates profile data (resolving `extends` against the built-in profiles or `lookup`).
 * Throws a ProfileError listing every problem with its path; a mistyped key is one of them.
 *
 * @example resolveProfile({ extends: "national-2017", id: "x", cvLimits: { primary: 0.4, junior: 0.4 } })
 */
export function resolveProfile(raw: unknown, lookup: (id: string) => unknown = (id) => BUILT_IN_PROFILES[id]): Profile {
  const merged = flatten(raw, lookup, []);
  const parsed = profileSchema.safeParse(merged);
  if (!parsed.success) throw new ProfileError(toProblems(parsed.error, merged));
  return parsed.data;
}

/** A built-in profile by id; throws a ProfileError for an unknown id. */
export function builtInProfile(id: string = DEFAULT_PROFILE_ID): Profile {
  const raw = BUILT_IN_PROFILES[id];
  if (raw === undefined) {
    throw new ProfileError([{ path: "id", code: "profile_unknown", message: `unknown profile ${id}`, cell: null }]);
  }
  return resolveProfile(raw);
}
