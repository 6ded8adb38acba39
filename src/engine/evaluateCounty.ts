import type { Profile } from "../profiles/schema";
import { coefficientGroups } from "./coefficientGroups";
import { figuresForCounty } from "./countyFigures";
import { evaluateCountyAreas } from "./guarantee/evaluateCountyAreas";
import { shortfallTotals } from "./shortfallTotals";
import { countyVerdict } from "./verdict/countyVerdict";
import type { CountyEvaluation, CountyFigure, Issue, SchoolRecord, SectionResult } from "./types";

export interface CountyInput {
  readonly county: string | null;
  readonly records: readonly SchoolRecord[];
  readonly sections: readonly SectionResult[];
  /** All figures of the input; those that apply to this county are picked here. */
  readonly figures: readonly CountyFigure[];
  /** Whether this is the input's only county group (then every figure applies to it). */
  readonly singleCounty: boolean;
  readonly year: number | null;
}

/**
 * One county's evaluation: coefficients and shortfall totals from its sections, then the
 * guarantee / quality / recognition items and the verdict. The figures that apply to the county
 * (figuresForCounty) are handed on relabelled with this county, so that the guarantee code sees
 * them as the county's own.
 */
export function evaluateCounty(input: CountyInput, profile: Profile): { county: CountyEvaluation; issues: Issue[] } {
  const { county, records, sections } = input;
  const figures = figuresForCounty(county, input.figures, input.singleCounty).map((f) => ({ ...f, county }));
  const coefficients = coefficientGroups(county, sections, profile);
  const areas = evaluateCountyAreas({ county, records, sections, figures, profile });
  const verdict = countyVerdict({ sections, coefficients, items: areas.items, veto: areas.veto, profile, year: input.year });
  const { schoolGuarantee, items, veto } = areas;
  const result: CountyEvaluation = { county, sections, coefficients, schoolGuarantee, items, veto, shortfallTotals: shortfallTotals(sections), ...verdict };
  return { county: result, issues: areas.issues };
}
