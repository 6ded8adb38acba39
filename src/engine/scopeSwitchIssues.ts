import type { Profile } from "../profiles/schema";
import { schoolCell, schoolRowItem } from "./guarantee/schoolPlaces";
import { scopeReason } from "./scope";
import type { Issue, SchoolRecord } from "./types";

/**
 * A warning, once, when the profile leaves out schools not run by the county (rules.md §2 "Scope":
 * scope.includeNonCountyRun false) but no school says whether the county runs it (no 隶属关系 /
 * 是否县属 / 举办者 column, or none filled in): the switch then leaves nothing out, which the user
 * must not take for a county with only county-run schools. `sheet` names the sheets the schools
 * were read from.
 *
 * The same for private schools (scope.includePrivate false, no 办学性质 / 举办者 saying 民办): scope_private_unusable.
 * And a note, once, when the switch is on and schools say they are 民办 / not county-run: they are
 * evaluated with nothing said otherwise, where provinces differ (rules.md §2): scope_private_counted,
 * scope_not_county_run_counted (countedIssue).
 *
 * @example scopeSwitchIssues([第1小学 with flags {}], includeNonCountyRun false) // [scope_county_run_unusable { sheet: "学校" }]
 */
export function scopeSwitchIssues(records: readonly SchoolRecord[], profile: Profile): Issue[] {
  const { includeNonCountyRun, includePrivate } = profile.scope;
  return [
    ...unusable(records, !includeNonCountyRun, "countyRun", "scope_county_run_unusable"),
    ...unusable(records, !includePrivate, "private", "scope_private_unusable"),
    ...countedIssue(records, profile, includePrivate, (r) => r.flags.private === true, "scope_private_counted"),
    ...countedIssue(records, profile, includeNonCountyRun, (r) => r.flags.countyRun === false, "scope_not_county_run_counted"),
  ];
}

/**
 * The note `code` when the switch is on (`on`) and some records are of the kind it could leave
 * out (`flagged`: 民办, not county-run): how many schools, each by its first row (schoolRowItem,
 * one name however many rows its sections take), at the first one's 在校生数 (schoolCell). Not a school another
 * rule leaves out (a 民办 special-education school: scopeReason); a teaching point is asked
 * without its students, as a small one is left out whatever its 办学性质.
 *
 * @example countedIssue([博雅实验学校 (民办) at 学校!10, 城关小学 at 学校!5], national, true, private, "scope_private_counted")
 *   // [{ code: "scope_private_counted", severity: "info", cell: "学校!C10", params: { count: 1, schoolRows: "博雅实验学校@10" } }]
 */
function countedIssue(records: readonly SchoolRecord[], profile: Profile, on: boolean, flagged: (r: SchoolRecord) => boolean, code: string): Issue[] {
  if (!on) return [];
  const kept = records.filter((r) => flagged(r) && scopeReason(r.type, r.flags, null, profile) === null);
  const first = kept[0];
  if (first === undefined) return [];
  const sheet = first.source?.sheet ?? null;
  const names = new Map<string, string>();
  for (const r of kept) if (!names.has(`${r.county ?? ""}\n${r.name}`)) names.set(`${r.county ?? ""}\n${r.name}`, schoolRowItem(r.name, r.source, sheet));
  const cell = schoolCell([first], { fields: ["students"], blankFirst: false });
  return [{ code, severity: "info", cell, params: { count: names.size, schoolRows: [...names.values()].join("\n") } }];
}

/** The warning `code` when the switch is off (`off`) and no record carries `flag`: none else. */
function unusable(records: readonly SchoolRecord[], off: boolean, flag: "countyRun" | "private", code: string): Issue[] {
  if (!off || records.length === 0 || records.some((r) => r.flags[flag] !== undefined)) return [];
  const sheets = [...new Set(records.map((r) => r.source?.sheet ?? ""))].filter((s) => s !== "");
  return [{ code, severity: "warning", cell: null, params: { sheet: sheets.join("、") } }];
}
