import { INDICATOR_CODES } from "../types";
import type { SectionCounts } from "./sectionCounts";
import { missingStages, notComputable } from "./notComputable";
import type { Area, AreaVerdict, CoefficientGroup, ItemResult } from "../types";
import { cvReason } from "./cvReason";

/** Codes of the coefficients over their limit, e.g. `L3_primary_cv` (cvReason; rules.md §3; undefined CVs are not counted). */
export function cvReasons(coefficients: readonly CoefficientGroup[]): string[] {
  const reasons: string[] = [];
  for (const g of coefficients) {
    // met is the one comparison of CV and limit (coefficientGroups.ts); null for an undefined CV.
    for (const code of INDICATOR_CODES) if (g.indicators[code].met === false) reasons.push(cvReason(code, g.stage));
  }
  return reasons;
}

/**
 * 资源配置 (rules.md §1–3): not met when an in-scope judged section fails the pass rule (one
 * missing data but failed by what it has counts) or a defined coefficient exceeds its limit;
 * otherwise not assessed when no section could be judged, an in-scope section with students
 * could not be (its data is missing, so a pass would be unproven) or a stage has no section at
 * all (missingStages); otherwise met. In-scope sections with no students have nothing to judge and
 * are ignored. `caveats` lists the coefficients judged without (notComputable), whatever the verdict.
 *
 * @example every section passing and the L3 primary CV 0.52 > 0.50 → { verdict: "not_met", reasons: ["L3_primary_cv"], pending: [], caveats: [] }
 */
export function resourcesVerdict(sections: SectionCounts, coefficients: readonly CoefficientGroup[]): AreaVerdict {
  const failing = sections.passing < sections.judged ? ["sections_failing"] : [];
  const notMet = [...failing, ...cvReasons(coefficients)];
  const unproven = sections.unjudged > 0 ? ["sections_not_evaluable"] : [];
  const none = sections.judged === 0 ? ["sections_none_evaluable"] : [];
  const notAssessed = [...none, ...unproven, ...missingStages(coefficients)];
  const verdict = notMet.length > 0 ? "not_met" : notAssessed.length > 0 ? "not_assessed" : "met";
  return { area: "resources", verdict, reasons: [...notMet, ...notAssessed], pending: notAssessed, caveats: notComputable(coefficients) };
}

/**
 * An area judged by its items (rules.md §4–6: all must be met): not met when any item is not met,
 * else not assessed when any is not assessed (or the area has no item), else met. Reasons list the
 * items not met, then those not assessed.
 *
 * @example G3 not met, G11 not assessed, the rest met → { verdict: "not_met", reasons: ["G3", "G11"], pending: ["G11"] }
 */
export function itemAreaVerdict(area: Area, items: readonly ItemResult[]): AreaVerdict {
  const notMet: string[] = [];
  const notAssessed: string[] = [];
  let own = 0;
  // One pass (every county asks for three areas): the area's items not met, then those not assessed.
  for (const i of items) {
    if (i.area !== area) continue;
    own++;
    if (i.verdict === "not_met") notMet.push(i.code);
    else if (i.verdict === "not_assessed") notAssessed.push(i.code);
  }
  const verdict = notMet.length > 0 ? "not_met" : notAssessed.length > 0 || own === 0 ? "not_assessed" : "met";
  return { area, verdict, reasons: notMet.concat(notAssessed), pending: notAssessed };
}
