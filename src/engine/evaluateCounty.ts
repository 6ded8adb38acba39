import type { Profile } from "../profiles/schema";
import { appendAll } from "./appendAll";
import { coefficientGroups } from "./coefficientGroups";
import { countyFigureChoice } from "./countyFigures";
import { fastCountyAreas } from "./guarantee/fastCountyAreas";
import { recordRoles } from "./guarantee/schoolRole";
import { withLateProperties } from "./lateProperties";
import { shortfallTotals } from "./shortfallTotals";
import { sectionResults, type CountySections } from "./table/sectionTables";
import { countyVerdict } from "./verdict/countyVerdict";
import type { SectionCounts } from "./verdict/sectionCounts";
import { tableSums } from "./table/tableSums";
import type { CountyEvaluation, CountyFigure, Issue, SectionResult } from "./types";

export interface CountyInput extends CountySections {
  readonly county: string | null;
  /** All figures of the input; those that apply to this county are picked here. */
  readonly figures: readonly CountyFigure[];
  /** Whether this is the input's only county group (then every figure applies to it). */
  readonly singleCounty: boolean;
  readonly year: number | null;
  /** false: every school checked by the reference path (see EvaluateOptions). */
  readonly fast?: boolean;
}

/**
 * One county's evaluation: coefficients and shortfall totals from its section table, then the
 * guarantee / quality / recognition items and the verdict. The figures that apply to the county
 * (countyFigureChoice) are handed on as they are: the guarantee code reads no figure's county
 * (CountyAreasInput.figures: each applies), so no copy relabelled with this one is made (seven
 * spread copies per county of the usual sheet). `sections` (one SectionResult per section, with its cells and pass
 * plan), `schoolGuarantee` and `items` are built when first read, by the reference (object) path whose
 * results the fast paths reproduce; the verdict reads the items' verdicts (itemVerdicts). The columns and the table may be reused for the next county
 * once this returns: nothing built here keeps them.
 */
export function evaluateCounty(input: CountyInput, profile: Profile): { county: CountyEvaluation; issues: Issue[] } {
  const { county, records, table } = input;
  const { figures, issues } = countyFigureChoice(county, input.figures, input.singleCounty);
  // One pass over the table for the coefficients, the shortfall totals and the section counts; taken out of the (reused) sums before the areas run.
  const sums = tableSums(table);
  const coefficients = coefficientGroups(county, table, profile, sums);
  const totals = shortfallTotals(table, sums);
  const counts: SectionCounts = { judged: sums.judged, passing: sums.passing, unjudged: sums.unjudged, noStudents: sums.noStudents };
  const roles = recordRoles(table, records.length);
  const areas = fastCountyAreas({ county, records, roles, figures, profile }, input.fast === false ? null : input.columns);
  const verdict = countyVerdict({ sections: table, coefficients, items: areas.items, veto: areas.veto, profile, year: input.year, counts });
  const sections = () => records.flatMap((r) => sectionResults(r, profile).map((s) => s.section));
  const result = countyResult(county, coefficients, areas, sections, totals, verdict);
  // The county's areas' issues are a new list of its own (the check table's): taken as they are when the figures say nothing.
  if (issues.length === 0) return { county: result, issues: areas.issues };
  appendAll(issues, areas.issues);
  return { county: result, issues };
}

/** What countyResult reads of the county's guarantee / quality / recognition items (fastCountyAreas). */
type CountyAreas = Pick<ReturnType<typeof fastCountyAreas>, "schoolGuarantee" | "builtItems" | "veto">;

/** What a late part of a county's result holds before it is built: replaced at once by its getter (withLateProperties). */
const NOT_BUILT: readonly never[] = Object.freeze([]);

/**
 * The county's result as one literal, its lazy parts made getters that settle on the first read
 * (withLateProperties, whose getters are shared: a literal's own getters kept every county's items
 * alive through two young collections). Apart from evaluateCounty so that the evaluation reads as
 * its steps; it takes the shortfall totals rather than the table, so that nothing kept for a
 * getter holds the table, which the caller may reuse.
 */
function countyResult(county: string | null, coefficients: CountyEvaluation["coefficients"], areas: CountyAreas, sections: () => SectionResult[], totals: CountyEvaluation["shortfallTotals"], verdict: Pick<CountyEvaluation, "passing" | "areas" | "recognised">): CountyEvaluation {
  const result: CountyEvaluation = {
    county,
    sections: NOT_BUILT,
    coefficients,
    schoolGuarantee: NOT_BUILT,
    // The items themselves (figures, failing schools, parts, cells): the reference path's, built on first read; the verdict read only their verdicts (itemVerdicts).
    items: NOT_BUILT,
    veto: areas.veto,
    shortfallTotals: totals,
    passing: verdict.passing,
    areas: verdict.areas,
    recognised: verdict.recognised,
  };
  return withLateProperties(result, { sections, schoolGuarantee: areas.schoolGuarantee, items: areas.builtItems });
}
