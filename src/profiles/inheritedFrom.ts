import { isPlain } from "./deepMerge";
import type { ProfileProblem } from "./ProfileError";
import { valueAt } from "./profileProblems";

/**
 * The id of the profile up `raw`'s extends chain that wrote the setting at `path`, when `raw`
 * itself does not: null when `raw` writes it, or no parent found by `lookup` does.
 * @example inheritedFrom({ extends: "national-2017", guarantee: { schoolSize: { single: 2500 } } }, ["guarantee", "schoolSize", "relaxedOld", "single"], lookup) // "national-2017"
 */
export function inheritedFrom(raw: unknown, path: readonly string[], lookup: (id: string) => unknown): string | null {
  if (!isPlain(raw) || valueAt(raw, path) !== undefined) return null;
  const seen: string[] = [];
  for (let id = raw.extends; typeof id === "string" && !seen.includes(id); ) {
    const parent = lookup(id);
    if (!isPlain(parent)) return null;
    if (valueAt(parent, path) !== undefined) return id;
    seen.push(id);
    id = parent.extends;
  }
  return null;
}

/** The problems said otherwise when the setting they are at was inherited, and the code they are said with then. */
const INHERITED: Readonly<Record<string, string>> = {
  profile_relaxed_cap_below: "profile_relaxed_cap_inherited",
  profile_large_class_not_over_cap: "profile_large_class_inherited",
  profile_super_large_not_over_large: "profile_super_large_inherited",
};

/**
 * A setting out of order with one the file raised, which the file did not write itself, said as
 * inherited, from which profile: a raised guarantee.schoolSize.single under the 2400 its base relaxes
 * old schools to, or a raised guarantee.classSize.junior of 56 at the inherited 大班额 56. "放宽后的
 * 规模上限 2400 小于…" or "大班额起点 56 人不大于…" alone reads as if the user had written it and leaves
 * them searching their file for it. Other problems pass unchanged.
 * @example inheritedProblem({ path: "guarantee.schoolSize.relaxedOld.single", code: "profile_relaxed_cap_below", … }, raw, lookup) // { …, code: "profile_relaxed_cap_inherited", params: { …, from: "national-2017" } }
 */
export function inheritedProblem(problem: ProfileProblem, raw: unknown, lookup: (id: string) => unknown): ProfileProblem {
  const code = INHERITED[problem.code];
  if (code === undefined) return problem;
  const from = inheritedFrom(raw, problem.path.split("."), lookup);
  return from === null ? problem : { ...problem, code, params: { ...problem.params, from } };
}
