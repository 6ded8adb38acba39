import type { Profile } from "../profiles/schema";
import { coefficientGroups } from "./coefficientGroups";
import { ambiguousCounties, figuresForCounty, sharedFigures } from "./countyFigures";
import { fastCountyAreas } from "./guarantee/fastCountyAreas";
import { recordRoles } from "./guarantee/schoolRole";
import { settle } from "./settle";
import { shortfallTotals } from "./shortfallTotals";
import { sectionResults, type CountySections } from "./table/sectionTables";
import { countyVerdict } from "./verdict/countyVerdict";
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
 * (figuresForCounty) are handed on relabelled with this county, so that the guarantee code sees
 * them as the county's own. `sections` (one SectionResult per section, with its cells and pass
 * plan) and `schoolGuarantee` are built when first read, by the reference (object) path whose
 * results the fast paths reproduce. The columns and the table may be reused for the next county
 * once this returns: nothing built here keeps them.
 */
export function evaluateCounty(input: CountyInput, profile: Profile): { county: CountyEvaluation; issues: Issue[] } {
  const { county, records, table } = input;
  const picked = figuresForCounty(county, input.figures, input.singleCounty);
  const figures = picked.map((f): CountyFigure => ({ ...f, county }));
  const coefficients = coefficientGroups(county, table, profile);
  const roles = recordRoles(table, records.length);
  const areas = fastCountyAreas({ county, records, roles, figures, profile }, input.fast === false ? null : input.columns);
  const verdict = countyVerdict({ sections: table, coefficients, items: areas.items, veto: areas.veto, profile, year: input.year });
  const sections = () => records.flatMap((r) => sectionResults(r, profile).map((s) => s.section));
  const result = countyResult(county, coefficients, areas, sections, shortfallTotals(table), verdict);
  return { county: result, issues: [...ambiguousCounties(county, input.figures, input.singleCounty), ...sharedFigures(county, picked, input.singleCounty), ...areas.issues] };
}

/** What countyResult reads of the county's guarantee / quality / recognition items (fastCountyAreas). */
type CountyAreas = Pick<ReturnType<typeof fastCountyAreas>, "schoolGuarantee" | "withCells" | "veto">;

/**
 * The county's result as one literal with the lazy parts as getters that settle on the first read:
 * no spread, and no property redefined on an object already built (see settle). Apart from
 * evaluateCounty so that the evaluation reads as its steps; it takes the shortfall totals rather than
 * the table, so that no getter's scope holds the table, which the caller may reuse.
 */
function countyResult(county: string | null, coefficients: CountyEvaluation["coefficients"], areas: CountyAreas, sections: () => SectionResult[], totals: CountyEvaluation["shortfallTotals"], verdict: Pick<CountyEvaluation, "passing" | "areas" | "recognised">): CountyEvaluation {
  return {
    county,
    get sections() {
      return settle(this, "sections", sections());
    },
    coefficients,
    get schoolGuarantee() {
      return settle(this, "schoolGuarantee", areas.schoolGuarantee());
    },
    // The items with the cells of their failing schools: each such item is a copy with a getter of its own (withLateCells), a slow object costlier than the rest of a small county's items.
    get items() {
      return settle(this, "items", areas.withCells());
    },
    veto: areas.veto,
    shortfallTotals: totals,
    passing: verdict.passing,
    areas: verdict.areas,
    recognised: verdict.recognised,
  };
}
