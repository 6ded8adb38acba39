import type { CountyEvaluation, IndicatorCode, PassPlan, SectionResult, Stage } from "../../engine/types";
import { INDICATOR_CODES } from "../../engine/types";
import { incompleteOfStage } from "./lacksIndicator";
import { sharedBuilds, type SharedBuild } from "./sharedBuilds";

/**
 * A stage's shortfall totals as the county's 缺口测算 gives them (县域指标缺口合计: every indicator
 * raised to standard, passing schools included, rules.md §7), with how many of its sections lack
 * some indicator and are not in them.
 */
export interface OverviewShortfall {
  readonly stage: Stage;
  readonly byIndicator: Readonly<Record<IndicatorCode, number>>;
  readonly incomplete: number;
}

/**
 * A failing school section as the county's 学校达标 and 缺口测算 say it: the indicators below the
 * standard (at the floor or above it, 达85%未达标) and below the floor (低于85%), and the way to pass.
 * A few strings and numbers: the batch keeps these, never the section (whose record reaches back
 * to the workbook read).
 */
export interface FailingSection {
  readonly school: string;
  readonly stage: Stage;
  /** Failed by the indicators it has, others missing (学校结论 未达标（数据不全）). */
  readonly incomplete: boolean;
  /** Below standard, not below the floor: 达85%未达标. */
  readonly atFloor: readonly IndicatorCode[];
  /** Below the floor: 低于85%. */
  readonly below: readonly IndicatorCode[];
  readonly plan: PassPlan | null;
  /** Its plan's builds an earlier failing section of its combined school counts already (sharedBuilds); absent when none. */
  readonly shared?: readonly SharedBuild[];
  /** Its row (1-based) on the result workbook's 学校达标, when that was written; else null. */
  readonly row: number | null;
}

/**
 * The county's shortfall totals per stage (CountyEvaluation.shortfallTotals), copied with the
 * count of sections they leave out (incompleteOfStage), as 缺口测算's totals table has them.
 * @example overviewShortfalls(北山县) // [{ stage: "primary", byIndicator: { L1: 0, L2: 10, …, L7: 21 }, incomplete: 0 }, { stage: "junior", … }]
 */
export function overviewShortfalls(county: CountyEvaluation): OverviewShortfall[] {
  return county.shortfallTotals.map((t) => ({ stage: t.stage, byIndicator: { ...t.byIndicator }, incomplete: incompleteOfStage(county.sections, t.stage) }));
}

/** The codes of a section's indicators with a status, in L1…L7 order. */
function withStatus(section: SectionResult, status: "floor" | "below"): IndicatorCode[] {
  return INDICATOR_CODES.filter((code) => section.indicators[code]?.status === status);
}

/**
 * The county's failing sections (in scope, pass false: 学校结论 未达标, with or without 数据不全), in
 * the order its 学校达标 lists them. `firstRow` is the 1-based row of the county's first section on
 * that sheet (the rows run on, one per section read, in or out of scope), null when the result
 * workbook was not written.
 * @example failingSections(county of [甲小学 pass, 乙小学 fail on L7 below], 10) // [{ school: "乙小学", below: ["L7"], atFloor: [], row: 11, … }]
 */
export function failingSections(county: CountyEvaluation, firstRow: number | null): FailingSection[] {
  const shared = sharedBuilds(county.sections);
  return county.sections.flatMap((s, i): FailingSection[] => {
    if (!s.included || s.pass !== false) return [];
    const row = firstRow === null ? null : firstRow + i;
    const builds = shared.get(s);
    return [{ school: s.name, stage: s.stage, incomplete: !s.evaluable, atFloor: withStatus(s, "floor"), below: withStatus(s, "below"), plan: s.passPlan, ...(builds === undefined ? {} : { shared: builds }), row }];
  });
}
