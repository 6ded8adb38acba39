import { isJudged, type SectionTable } from "../table/sectionTable";
import type { PassingShare } from "../types";
import type { Profile } from "../../profiles/schema";

/**
 * The target share for a year (rules.md §8): the target of that year or, between planned years,
 * of the latest year before it (a 2026 report still answers to the 2025 plan); with year null,
 * the latest target. Null when the profile plans nothing that early, or nothing at all.
 *
 * @example targetFor(sichuan, 2024) // { year: 2024, share: 0.85 }
 */
export function targetFor(profile: Profile, year: number | null): PassingShare["target"] {
  const eligible = profile.targets.filter((t) => year === null || t.year <= year);
  const latest = eligible.reduce<(typeof eligible)[number] | null>((best, t) => (best === null || t.year > best.year ? t : best), null);
  return latest === null ? null : { year: latest.year, share: latest.share };
}

/**
 * Share of sections passing the per-school rule among those in scope and evaluable (rules.md §2,
 * §8). Sections, not schools: the national method counts each section of a combined school as a
 * school of its stage, and so do the coefficients. Compared with the target unrounded.
 *
 * @example 17 of 20 sections pass, target 0.85 → share 0.85, met true
 */
export function passingShare(table: SectionTable, profile: Profile, year: number | null): PassingShare {
  let evaluated = 0;
  let passing = 0;
  for (let row = 0; row < table.size; row++) {
    if (!isJudged(table, row)) continue;
    evaluated++;
    if (table.pass[row] === 1) passing++;
  }
  const share = evaluated === 0 ? null : passing / evaluated;
  const target = targetFor(profile, year);
  const met = target === null || share === null ? null : share >= target.share;
  return { evaluated, passing, share, target, met };
}
