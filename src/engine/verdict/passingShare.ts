import type { SectionCounts } from "./sectionCounts";
import type { Issue, PassingShare } from "../types";
import type { Profile } from "../../profiles/schema";
import { perObject } from "../perObject";

/**
 * The target share for a year (rules.md §8): the target of that year or, between planned years,
 * of the latest year before it (a 2026 report still answers to the 2025 plan); with year null,
 * the latest target. Null when the profile plans nothing that early, or nothing at all.
 *
 * @example targetFor(sichuan, 2024) // { year: 2024, share: 0.85 }
 */
export function targetFor(profile: Profile, year: number | null): PassingShare["target"] {
  const byYear = latestByYear(profile);
  let latest = byYear.get(year);
  if (latest === undefined) byYear.set(year, (latest = latestTarget(profile, year)));
  // A new object for each county: results share nothing they could change.
  return latest === null ? null : { year: latest.year, share: latest.share };
}

type Target = Profile["targets"][number];

// Found once per profile and year (perObject): every county asks, and the years asked are few.
const latestByYear = perObject((_: Profile) => new Map<number | null, Target | null>());

/** The profile's target of `year` or, failing that, of the latest year before it; with year null, the latest. */
function latestTarget(profile: Profile, year: number | null): Target | null {
  const eligible = profile.targets.filter((t) => year === null || t.year <= year);
  return eligible.reduce<Target | null>((best, t) => (best === null || t.year > best.year ? t : best), null);
}

/**
 * Said once when no year was given and the latest target stands in for it: the sheets name the
 * year in their notes, but a workbook without one was judged against the strictest plan (100% by
 * 2025) without a word in its data problems. None when a year was given or the profile plans none.
 * @example targetYearIssues(sichuan, null) // [{ code: "target_year_assumed", severity: "info", cell: null, params: { year: 2025 } }]
 */
export function targetYearIssues(profile: Profile, year: number | null): Issue[] {
  const target = year === null ? targetFor(profile, null) : null;
  return target === null ? [] : [{ code: "target_year_assumed", severity: "info", cell: null, params: { year: target.year } }];
}

/**
 * Share of sections passing the per-school rule among those in scope and judged (rules.md §2,
 * §8). Sections, not schools: the national method counts each section of a combined school as a
 * school of its stage, and so do the coefficients. In-scope sections with students that could not
 * be judged are counted apart (`unjudged`): the target is met only if it would be met were they
 * all to fail, not met only if it would be missed were they all to pass, and otherwise not yet
 * decided (null) — 1 of 1 judged is no 100% while 4 more are unknown. Compared unrounded. The
 * sections are counted once per county (sectionCounts), for this and resourcesVerdict.
 *
 * @example 17 of 20 sections pass, target 0.85 → inScope 20, share 0.85, met true
 * @example 1 of 1 judged passes, 4 unjudged, target 0.85 → inScope 5, share 1, met null (1 ÷ 5 = 0.2 … 5 ÷ 5 = 1)
 */
export function passingShare(sections: SectionCounts, profile: Profile, year: number | null): PassingShare {
  const { judged: evaluated, passing, unjudged, noStudents } = sections;
  const inScope = evaluated + unjudged;
  const share = evaluated === 0 ? null : passing / evaluated;
  const target = targetFor(profile, year);
  const met = target === null || evaluated === 0 ? null : targetMet(passing, inScope, unjudged, target.share);
  return { evaluated, passing, unjudged, inScope, noStudents, share, target, met };
}

/**
 * The target against the worst and the best the unjudged sections could do.
 * @example targetMet(17, 20, 0, 0.85) // true; targetMet(1, 5, 4, 0.85) // null; targetMet(1, 5, 1, 0.85) // false (2 ÷ 5 at best)
 */
function targetMet(passing: number, total: number, unjudged: number, target: number): boolean | null {
  if (passing / total >= target) return true;
  if ((passing + unjudged) / total < target) return false;
  return null;
}
