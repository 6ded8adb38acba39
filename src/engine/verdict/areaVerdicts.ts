import type { SectionCounts } from "./sectionCounts";
import { missingStages, notComputable } from "./notComputable";
import type { Area, AreaVerdict, CoefficientGroup, ItemVerdict } from "../types";
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
  for (let g = 0; g < coefficients.length; g++) pushGroupCvReasons(reasons, coefficients[g] as CoefficientGroup);
}

/**
 * The coefficients of one group over their limit (met is the one comparison of CV and limit,
 * coefficientGroups.ts; null for an undefined CV), in INDICATOR_CODES order. Written out rather
 * than a loop over the codes: `indicators[code]` with a code that changes from one turn to the
 * next is a megamorphic keyed load, which cost more than the rest of the verdict's checks.
 */
function pushGroupCvReasons(reasons: string[], { stage, indicators }: CoefficientGroup): void {
  const { L1, L2, L3, L4, L5, L6, L7 } = indicators;
  if (L1.met === false) reasons.push(cvReason("L1", stage));
  if (L2.met === false) reasons.push(cvReason("L2", stage));
  if (L3.met === false) reasons.push(cvReason("L3", stage));
  if (L4.met === false) reasons.push(cvReason("L4", stage));
  if (L5.met === false) reasons.push(cvReason("L5", stage));
  if (L6.met === false) reasons.push(cvReason("L6", stage));
  if (L7.met === false) reasons.push(cvReason("L7", stage));
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
 * The three areas judged by their items (rules.md §4–6: all must be met) — guarantee, quality,
 * recognition: each not met when any of its items is not met, else not assessed when any is not
 * assessed (or the area has no item), else met; its reasons list the items not met, then those not
 * assessed. One pass over the items rather than one per area: every county asks for the three.
 *
 * @example itemAreaVerdicts([G3 not met, G11 not assessed, the rest met])[0] // { verdict: "not_met", reasons: ["G3", "G11"], pending: ["G11"] }
 */
export function itemAreaVerdicts(items: readonly ItemVerdict[]): [AreaVerdict, AreaVerdict, AreaVerdict] {
  const guarantee: string[] = [];
  const guaranteePending: string[] = [];
  const quality: string[] = [];
  const qualityPending: string[] = [];
  const recognition: string[] = [];
  const recognitionPending: string[] = [];
  let [ownGuarantee, ownQuality, ownRecognition] = [0, 0, 0];
  for (let n = 0; n < items.length; n++) {
    const i = items[n] as ItemVerdict;
    const area = i.area;
    if (area === "guarantee") {
      ownGuarantee++;
      sortItem(i, guarantee, guaranteePending);
    } else if (area === "quality") {
      ownQuality++;
      sortItem(i, quality, qualityPending);
    } else if (area === "recognition") {
      ownRecognition++;
      sortItem(i, recognition, recognitionPending);
    }
  }
  return [areaOfItems("guarantee", guarantee, guaranteePending, ownGuarantee), areaOfItems("quality", quality, qualityPending, ownQuality), areaOfItems("recognition", recognition, recognitionPending, ownRecognition)];
}

/** An item listed by its verdict: its code in `notMet` or in `notAssessed`, nowhere when met. */
function sortItem(i: ItemVerdict, notMet: string[], notAssessed: string[]): void {
  if (i.verdict === "not_met") notMet.push(i.code);
  else if (i.verdict === "not_assessed") notAssessed.push(i.code);
}

/** The verdict of an area of `own` items from its items not met (`reasons`, to which those not assessed are then added) and not assessed (`pending`). */
function areaOfItems(area: Area, reasons: string[], pending: string[], own: number): AreaVerdict {
  const verdict = reasons.length > 0 ? "not_met" : pending.length > 0 || own === 0 ? "not_assessed" : "met";
  appendAll(reasons, pending);
  return { area, verdict, reasons, pending };
}
