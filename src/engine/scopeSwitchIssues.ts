import type { Profile } from "../profiles/schema";
import { sectionBaseName } from "./guarantee/schoolGroups";
import { schoolCell, schoolRowItem } from "./guarantee/schoolPlaces";
import { defaultStage } from "./recordSections";
import { scopeReason } from "./scope";
import { combinedStages } from "./splitShares";
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
  // One pass for both kinds first: most inputs have neither, and each kind's own pass read every record's flags.
  const counted = anyFlagged(records) ? [...countedIssue(records, profile, includePrivate, "private", "scope_private_counted"), ...countedIssue(records, profile, includeNonCountyRun, "notCountyRun", "scope_not_county_run_counted")] : [];
  return [
    ...unusable(records, !includeNonCountyRun, "countyRun", "scope_county_run_unusable"),
    ...unusable(records, !includePrivate, "private", "scope_private_unusable"),
    ...counted,
  ];
}

/**
 * The note `code` when the switch is on (`on`) and some records are of the kind it could leave
 * out (`flagged`: 民办, not county-run) and are evaluated: how many schools, each by its first row
 * (schoolRowItem), at the first one's 在校生数 (schoolCell). A school's rows count once however
 * they are named (schoolKey: 博雅实验学校（小学部） / （初中部）, as the reader names sections whose
 * shared cells are given once), named without the 部 suffix when it has more than one (as
 * SchoolGroup). Not a record the evaluation leaves out for another reason (inScope: a 民办
 * special-education school, a 民办 教学点 under 50 students).
 *
 * @example countedIssue([博雅实验学校 (民办) at 学校!10, 城关小学 at 学校!5], national, true, private, "scope_private_counted")
 *   // [{ code: "scope_private_counted", severity: "info", cell: "学校!C10", params: { count: 1, schoolRows: "博雅实验学校@10" } }]
 */
function countedIssue(records: readonly SchoolRecord[], profile: Profile, on: boolean, kind: CountedKind, code: string): Issue[] {
  if (!on) return [];
  const kept = flaggedInScope(records, profile, kind);
  const first = kept[0];
  if (first === undefined) return [];
  const sheet = first.source?.sheet ?? null;
  const schools = new Map<string, SchoolRecord[]>();
  for (const r of kept) {
    const key = schoolKey(r);
    const rows = schools.get(key);
    if (rows === undefined) schools.set(key, [r]);
    else rows.push(r);
  }
  const items = [...schools.values()].map((rows) => schoolRowItem(schoolName(rows), (rows[0] as SchoolRecord).source, sheet));
  const cell = schoolCell([first], { fields: ["students"], blankFirst: false });
  return [{ code, severity: "info", cell, params: { count: schools.size, schoolRows: items.join("\n") } }];
}

/**
 * Whether some record is flagged 民办 or not county-run (in scope or not): whether countedIssue
 * need look at all.
 * @example anyFlagged([城关小学, 博雅 (民办)]) // true
 */
function anyFlagged(records: readonly SchoolRecord[]): boolean {
  for (let i = 0; i < records.length; i++) {
    const { flags } = records[i] as SchoolRecord;
    if (flags.private === true || flags.countyRun === false) return true;
  }
  return false;
}

/** The kinds of school a scope switch may leave out (countedIssue): 民办, not run by the county. */
type CountedKind = "private" | "notCountyRun";

/**
 * The records of `kind` that the evaluation keeps in scope, in order. A loop over the records with
 * the kind as an argument, not a filter with a predicate made per call: this runs in every
 * evaluation, and a closure made per call loses its optimised code at each full collection (see
 * countyAreas).
 * @example flaggedInScope([博雅 (民办), 城关小学], national, "private") // [博雅]
 */
function flaggedInScope(records: readonly SchoolRecord[], profile: Profile, kind: CountedKind): SchoolRecord[] {
  const kept: SchoolRecord[] = [];
  for (let i = 0; i < records.length; i++) {
    const r = records[i] as SchoolRecord;
    const flagged = kind === "private" ? r.flags.private === true : r.flags.countyRun === false;
    if (flagged && inScope(r, profile)) kept.push(r);
  }
  return kept;
}

/**
 * Whether the evaluation keeps a record in scope: scopeReason with the students its section is
 * evaluated with (evaluateSection's stated students: the stage's own, else the row's). A combined
 * school's sections share its type and flags, and students decide only for a 教学点, so one answer serves each.
 * @example inScope(小太阳教学点 (教学点, 30 students), national) // false (small_teaching_point); with 60 students // true
 */
function inScope(r: SchoolRecord, profile: Profile): boolean {
  const stage = r.stage ?? (combinedStages(r.type).length === 0 ? defaultStage(r.type) : null);
  const students = (stage === null ? undefined : r.stageFields?.[stage]?.students) ?? r.fields.students;
  return scopeReason(r.type, r.flags, students?.value ?? null, profile) === null;
}

/**
 * One school's key: its county and its name without a 部 suffix (sectionBaseName, the engine's
 * grouping of a school's section rows), trimmed.
 * @example schoolKey(博雅实验学校（初中部） of 清河县) // "清河县\n博雅实验学校"
 */
function schoolKey(r: SchoolRecord): string {
  return `${r.county ?? ""}\n${sectionBaseName(r.name) ?? r.name.trim()}`;
}

/** A school's name as a list gives it: its one row's name, or its rows' name without the 部 suffix (as SchoolGroup). @example schoolName([博雅实验学校（小学部）, 博雅实验学校（初中部）]) // "博雅实验学校" */
function schoolName(rows: readonly SchoolRecord[]): string {
  const first = rows[0] as SchoolRecord;
  return rows.length > 1 ? (sectionBaseName(first.name) ?? first.name) : first.name;
}

/** The warning `code` when the switch is off (`off`) and no record carries `flag`: none else. */
function unusable(records: readonly SchoolRecord[], off: boolean, flag: "countyRun" | "private", code: string): Issue[] {
  if (!off || records.length === 0 || records.some((r) => r.flags[flag] !== undefined)) return [];
  const sheets = [...new Set(records.map((r) => r.source?.sheet ?? ""))].filter((s) => s !== "");
  return [{ code, severity: "warning", cell: null, params: { sheet: sheets.join("、") } }];
}
