import type { Profile } from "../profiles/schema";
import type { SchoolFlags, SchoolType, ScopeReason } from "./types";

/** What decides whether a section is in the resource-allocation scope. */
export interface ScopeInput {
  readonly type: SchoolType;
  readonly flags: SchoolFlags;
  /** The section's students; null when unknown (a teaching point is then kept, so that the gap is reported). */
  readonly students: number | null;
}

/**
 * Why a section is out of the resource-allocation scope, or null when it is in (rules.md §2
 * "Scope"): special-education and vocational schools (profile switches), teaching points under
 * the profile's minimum (50), private and not-county-run schools when the profile excludes them,
 * and types that are not compulsory-education schools.
 *
 * @example scopeExclusion({ type: "teaching_point", flags: {}, students: 49 }, national) // "small_teaching_point"
 */
export function scopeExclusion(input: ScopeInput, profile: Profile): ScopeReason | null {
  return scopeReason(input.type, input.flags, input.students, profile);
}

/**
 * scopeExclusion with its input as arguments: the fast path asks for every section and need not
 * build an object to ask.
 * @example scopeReason("teaching_point", {}, 49, national) // "small_teaching_point"
 */
export function scopeReason(type: SchoolType, flags: SchoolFlags, students: number | null, profile: Profile): ScopeReason | null {
  const { scope } = profile;
  if (type === "special" && scope.excludeSpecial) return "special_education";
  if (type === "vocational" && scope.excludeVocational) return "vocational";
  if (type === "other") return "other_type";
  if (type === "teaching_point" && students !== null && students < scope.teachingPointMinStudents) return "small_teaching_point";
  if (flags.private === true && !scope.includePrivate) return "private";
  if (flags.countyRun === false && !scope.includeNonCountyRun) return "not_county_run";
  return null;
}
