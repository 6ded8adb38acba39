import type { Profile } from "../profiles/schema";
import type { Issue, SchoolRecord } from "./types";

/**
 * A warning, once, when the profile leaves out schools not run by the county (rules.md §2 "Scope":
 * scope.includeNonCountyRun false) but no school says whether the county runs it (no 隶属关系 /
 * 是否县属 / 举办者 column, or none filled in): the switch then leaves nothing out, which the user
 * must not take for a county with only county-run schools. `sheet` names the sheets the schools
 * were read from.
 *
 * The same for private schools (scope.includePrivate false, no 办学性质 / 举办者 saying 民办): scope_private_unusable.
 *
 * @example scopeSwitchIssues([第1小学 with flags {}], includeNonCountyRun false) // [scope_county_run_unusable { sheet: "学校" }]
 */
export function scopeSwitchIssues(records: readonly SchoolRecord[], profile: Profile): Issue[] {
  return [...unusable(records, !profile.scope.includeNonCountyRun, "countyRun", "scope_county_run_unusable"), ...unusable(records, !profile.scope.includePrivate, "private", "scope_private_unusable")];
}

/** The warning `code` when the switch is off (`off`) and no record carries `flag`: none else. */
function unusable(records: readonly SchoolRecord[], off: boolean, flag: "countyRun" | "private", code: string): Issue[] {
  if (!off || records.length === 0 || records.some((r) => r.flags[flag] !== undefined)) return [];
  const sheets = [...new Set(records.map((r) => r.source?.sheet ?? ""))].filter((s) => s !== "");
  return [{ code, severity: "warning", cell: null, params: { sheet: sheets.join("、") } }];
}
