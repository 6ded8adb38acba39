import { INDICATOR_CODES, type IndicatorCode, type SectionResult, type Stage } from "../../engine/types";

/**
 * Whether a section has no value for an indicator that it should have: in scope, with students or
 * an unknown count (a section of 0 students needs nothing measured). Such a section is left out of
 * that indicator's coefficient (`n`, rules.md §3) and of the county's shortfall totals (rules.md §7).
 * @example lacksIndicator(an in-scope 小学 of 400 students without L6, "L6") // true; of 0 students // false
 */
export function lacksIndicator(section: SectionResult, code: IndicatorCode): boolean {
  return section.included && section.students !== 0 && section.indicators[code] === undefined;
}

/**
 * Whether a section lacks any indicator it should have (lacksIndicator): the county totals leave
 * its needs out, in part (rules.md §7).
 * @example lacksSomeIndicator(an in-scope 小学 of 400 students without L6) // true
 */
export function lacksSomeIndicator(section: SectionResult): boolean {
  return INDICATOR_CODES.some((code) => lacksIndicator(section, code));
}

/**
 * How many of a county's sections of `stage` lack some indicator (lacksSomeIndicator): those whose
 * needs the stage's shortfall totals leave out, as 缺口测算's totals and the JSON report count them.
 * @example incompleteOfStage([甲小学 without L6, 乙小学 complete, 丙中学 without L2], "primary") // 1
 */
export function incompleteOfStage(sections: readonly SectionResult[], stage: Stage): number {
  return sections.filter((s) => s.stage === stage && lacksSomeIndicator(s)).length;
}
