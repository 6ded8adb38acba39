import type { Issue } from "../../engine/types";
import { profileReason } from "../../messages/profileMessages";
import { overrideEntries, type OverrideEntry } from "../../profiles/overrideEntries";
import { ProfileError, type ProfileProblem } from "../../profiles/ProfileError";
import { BUILT_IN_PROFILES, resolveProfile } from "../../profiles/resolveProfile";
import type { Profile } from "../../profiles/schema";
import { issueAtCell } from "./issue";
import { ruleOverride } from "./ruleOverride";

function commonPrefix(a: string, b: string): number {
  const x = a.split(".");
  const y = b.split(".");
  let n = 0;
  while (n < x.length && n < y.length && x[n] === y[n]) n++;
  return n;
}

/** The setting a profile problem path comes from: the one sharing the longest leading part of the path. */
function culprit(entries: readonly OverrideEntry[], problemPath: string): OverrideEntry | undefined {
  return [...entries].sort((a, b) => commonPrefix(b.path, problemPath) - commonPrefix(a.path, problemPath))[0];
}

/** Problems by the setting they come from (culprit). */
function byCulprit(entries: readonly OverrideEntry[], problems: readonly ProfileProblem[]): Map<OverrideEntry, ProfileProblem[]> {
  const out = new Map<OverrideEntry, ProfileProblem[]>();
  for (const p of problems) {
    const e = culprit(entries, p.path);
    if (e !== undefined) out.set(e, [...(out.get(e) ?? []), p]);
  }
  return out;
}

/** The issue for one rejected setting: the keys its group still lacks, or why its value is refused. */
function rejection(e: OverrideEntry, problems: readonly ProfileProblem[]): Issue {
  const missing = problems.filter((p) => p.code === "profile_missing").map((p) => p.path);
  const other = problems.find((p) => p.code !== "profile_missing");
  if (other === undefined && missing.length > 0) return issueAtCell("read_rule_incomplete", "error", e.cell, { path: e.name ?? e.path, paths: missing.join("\n") });
  // The reason as the catalogue words it (profile_reason_…), never the validator's English.
  // With the reason's own params (a mistyped item key's suggestion), which the catalogue words it with.
  return issueAtCell("read_rule_invalid", "error", e.cell, { ...other?.params, path: e.name ?? e.path, profileProblem: profileReason(other?.code ?? "invalid") });
}

/** The problems of `entries` laid over `base`, or none when they resolve. */
function problemsOver(base: Profile, entries: readonly OverrideEntry[], lookup: (id: string) => unknown): readonly ProfileProblem[] {
  try {
    resolveProfile({ extends: base.id, ...ruleOverride(entries) }, lookup);
    return [];
  } catch (error) {
    if (!(error instanceof ProfileError)) throw new Error("rule sheet validation failed", { cause: error });
    return error.problems;
  }
}

/**
 * A 规则 sheet's override checked against the profile it is laid over — the one the user chose
 * (--profile id or file, the pane's 评估规则), not national-2017: each setting `base` rejects
 * (a value out of range, a group left incomplete, a county item's unit changed) is an error at
 * its cell and left out, until the rest resolve; the run goes on with the others. An override
 * not read from a sheet (no cells: a test's or a caller's own object) is returned as it is.
 *
 * @example fitRuleSettings(sichuan, rows guarantee.funding.norm.primary | 900) // kept: Sichuan gives the junior norm (1040)
 * @example fitRuleSettings(national, rows guarantee.funding.norm.primary | 900) // refused at 规则!B2: read_rule_incomplete (junior missing)
 */
export function fitRuleSettings(base: Profile, override: unknown, lookup: (id: string) => unknown = (id) => BUILT_IN_PROFILES[id]): { override: unknown; issues: Issue[] } {
  const entries = overrideEntries(override);
  if (!entries.some((e) => e.cell !== null)) return { override, issues: [] };
  const issues: Issue[] = [];
  let kept = entries;
  for (let problems = problemsOver(base, kept, lookup); problems.length > 0 && kept.length > 0; problems = problemsOver(base, kept, lookup)) {
    const bad = byCulprit(kept, problems);
    for (const [e, its] of bad) issues.push(rejection(e, its));
    kept = kept.filter((e) => !bad.has(e));
  }
  return { override: ruleOverride(kept), issues };
}
