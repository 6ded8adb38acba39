import { INDICATOR_CODES } from "../types";
import type { SectionCounts } from "./sectionCounts";
import { missingStages, notComputable } from "./notComputable";
import type { Area, AreaVerdict, CoefficientGroup, ItemResult } from "../types";
import { cvReason } from "./cvReason";
import { appendAll } from "../appendAll";

/** Codes of the coefficients over their limit, e.g. `L3_primary_cv` (cvReason; rules.md §3; undefined CVs are not counted). */
export function cvReasons(coefficients: readonly CoefficientGroup[]): string[] {
  const reasons: string[] = [];
  pushCvReasons(reasons, coefficients);
  return reasons;
}

/** cvReasons appended to `reasons`: resourcesVerdict lists them after sections_failing without a list of their own. */
function pushCvReasons(reasons: string[], coefficients: readonly CoefficientGroup[]): void {
  for (const g of coefficients) {
    // met is the one comparison of CV and limit (coefficientGroups.ts); null for an undefined CV.
    for (const code of INDICATOR_CODES) if (g.indicators[code].met === false) reasons.push(cvReason(code, g.stage));
  }
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
  // Pushed into the two lists the result holds, rather than joined from a list per reason (seven arrays per county).
  const reasons: string[] = [];
  if (sections.passing < sections.judged) reasons.push("sections_failing");
  pushCvReasons(reasons, coefficients);
  const notMet = reasons.length;
  const pending: string[] = [];
  if (sections.judged === 0) pending.push("sections_none_evaluable");
  if (sections.unjudged > 0) pending.push("sections_not_evaluable");
  appendAll(pending, missingStages(coefficients));
  appendAll(reasons, pending);
  const verdict = notMet > 0 ? "not_met" : pending.length > 0 ? "not_assessed" : "met";
  return { area: "resources", verdict, reasons, pending, caveats: notComputable(coefficients) };
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
  // notMet is no part of the result otherwise: it is the reasons when nothing is pending.
  return { area, verdict, reasons: notAssessed.length === 0 ? notMet : notMet.concat(notAssessed), pending: notAssessed };
}
