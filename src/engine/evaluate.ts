import type { Profile } from "../profiles/schema";
import { evaluateCounty } from "./evaluateCounty";
import { evaluateSection } from "./evaluateSection";
import { recordSections } from "./recordSections";
import type { Evaluation, EvaluationInput, Issue, SchoolRecord, SectionResult } from "./types";

/** Counties in order of first appearance among the records; records without a county form one group (null). */
export function countyOrder(records: readonly SchoolRecord[]): (string | null)[] {
  return [...new Set(records.map((r) => r.county))];
}

/** Items grouped by county in one pass (a county-by-county filter would cost records × counties). */
function byCounty<T extends { readonly county: string | null }>(items: readonly T[]): Map<string | null, T[]> {
  const groups = new Map<string | null, T[]>();
  for (const item of items) {
    const group = groups.get(item.county);
    if (group) group.push(item);
    else groups.set(item.county, [item]);
  }
  return groups;
}

/** Every section of every record, evaluated, with the section-level issues in record order. */
function evaluateSections(records: readonly SchoolRecord[], profile: Profile): { sections: SectionResult[]; issues: Issue[] } {
  const results = records.flatMap((r) => recordSections(r, profile)).map((s) => evaluateSection(s, profile));
  return { sections: results.map((r) => r.section), issues: results.flatMap((r) => r.issues) };
}

/**
 * Evaluates a county (or several) under a rule profile (rules.md §1–7): splits combined schools
 * into sections, evaluates each section's 7 indicators and pass rule, then per county (in order
 * of first appearance) the difference coefficients per stage, the shortfall totals, the
 * guarantee / quality / recognition and veto items, and the verdict. Pure: no I/O; data problems
 * are returned as issues (section issues first, then each county's).
 *
 * @example evaluate({ records, countyFigures: [], year: 2024 }, builtInProfile("national-2017")).counties[0].coefficients
 */
export function evaluate(input: EvaluationInput, profile: Profile): Evaluation {
  const { sections, issues } = evaluateSections(input.records, profile);
  const counties = countyOrder(input.records);
  const recordsOf = byCounty(input.records);
  const sectionsOf = byCounty(sections);
  const results = counties.map((county) =>
    evaluateCounty(
      {
        county,
        records: recordsOf.get(county) ?? [],
        sections: sectionsOf.get(county) ?? [],
        figures: input.countyFigures,
        singleCounty: counties.length === 1,
        year: input.year,
      },
      profile,
    ),
  );
  return { profileId: profile.id, year: input.year, counties: results.map((r) => r.county), issues: [...issues, ...results.flatMap((r) => r.issues)] };
}
