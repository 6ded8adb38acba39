import type { IndicatorCode, PassPlan, SectionResult, Stage } from "../../engine/types";
import { message } from "../../messages/catalogue";
import type { Lang } from "../../messages/types";
import { FORMAT, formatNeed, shortfallUnit } from "./formats";
import { amountText, passPlanText } from "./passPlanText";

/**
 * Part of a section's whole-school build that a row listed before it already counts: the same
 * build of a combined school's shared value (rules.md §2 "Combined schools"), asked by both stages'
 * ways to pass.
 */
export interface SharedBuild {
  readonly code: IndicatorCode;
  /** The stage of the row that counts it. */
  readonly countedWith: Stage;
  /** What of this row's whole-school amount (PassPlanStep.schoolAmount) that row's build already gives. */
  readonly amount: number;
  /** Its part of this row's cost, null when the step is unpriced. */
  readonly cost: number | null;
  /** Whether that is all of this row's build (the earlier row asks as much or more): this row then adds nothing to it. */
  readonly all: boolean;
}

/** What a school's rows listed so far build of each shared value: the largest amount, and the stage of the row asking it. */
type Counted = Map<IndicatorCode, { amount: number; stage: Stage }>;

/**
 * Each section's builds that an earlier row of the same combined school counts already, by
 * section, in `sections`' order: a county's sections as the engine gives them (the order every
 * table lists them in), so that 缺口测算's rows, its plan totals, the city's 未达标学校 and the JSON
 * report all count the same builds on the same row. Only a section with a way to pass counts (one
 * in scope that fails: evaluateSection gives no other a plan), so callers pass them unfiltered.
 * Every build of a shared value reaches each stage by its share, so the school builds the larger
 * of what its stages' ways to pass ask (combinedNeeds byPlan), not their sum: a row asking b where
 * an earlier row asks a counts only b − min(a, b), its cost likewise (the unit cost is one for both
 * rows), and the rows' costs add up to the school's.
 * @example 红旗学校 小学 L5 800 m² (cost 160 000), then 初中 L5 969.09 m² (cost 193 818)
 * // the 初中: [{ code: "L5", countedWith: "primary", amount: 800, cost: 160 000, all: false }] (its row counts 169.09 m², 33 818 yuan)
 */
export function sharedBuilds(sections: readonly SectionResult[]): Map<SectionResult, SharedBuild[]> {
  const bySchool = new Map<string, Counted>();
  const shared = new Map<SectionResult, SharedBuild[]>();
  for (const section of sections) {
    if (section.split === null || section.passPlan === null) continue;
    const counted = bySchool.get(section.split.recordId) ?? new Map();
    bySchool.set(section.split.recordId, counted);
    const builds = section.passPlan.steps.flatMap((step) => {
      const school = step.schoolAmount;
      if (school === undefined || !(school > 0)) return [];
      const before = counted.get(step.code);
      if (before === undefined || before.amount < school) counted.set(step.code, { amount: school, stage: before?.stage ?? section.stage });
      if (before === undefined) return [];
      const amount = Math.min(school, before.amount);
      return [{ code: step.code, countedWith: before.stage, amount, cost: step.cost === null ? null : (step.cost * amount) / school, all: before.amount >= school }];
    });
    if (builds.length > 0) shared.set(section, builds);
  }
  return shared;
}

/**
 * A row's cost without what an earlier row of its school counts already (sharedBuilds): the
 * 估算费用 column then adds up to what the schools pay. Null when the plan is unpriced.
 * @example ownCost(193 818, [{ cost: 160 000, … }]) // 33 818
 */
export function ownCost(totalCost: number | null, builds: readonly SharedBuild[]): number | null {
  return totalCost === null ? null : builds.reduce((left, b) => left - (b.cost ?? 0), totalCost);
}

/**
 * What the row says of each build an earlier row counts: the same build, how much of it is
 * counted there (all of it when the earlier row asks as much or more) and, when priced, its cost
 * and that this row's cost leaves it out. A yuan amount (L6) is its own cost: not said twice, as
 * passPlanText does not.
 * @example sharedBuildsText([{ code: "L5", countedWith: "primary", amount: 800, cost: 160 000, all: false }], "zh")
 * // "（L5 与小学为同一次整校建设：其中 800.00 ㎡（约 160,000 元）已计入小学一行，本行估算费用不再计入）"
 * @example sharedBuildsText([{ code: "L6", countedWith: "primary", amount: 73 000, cost: 73 000, all: true }], "zh")
 * // "（L6 与小学为同一次整校建设：所需 73,000 元已全部计入小学一行，本行估算费用不再计入）"
 */
export function sharedBuildsText(builds: readonly SharedBuild[], lang: Lang): string {
  return builds.map((b) => buildText(b, lang)).join("");
}

/**
 * A row's way to pass as 缺口测算, 未达标学校 and the overview's JSON word it: passPlanText, then
 * what of its builds an earlier row of its school counts already (sharedBuildsText), so that no
 * writer gives the plan without saying which of its cost its row leaves out (ownCost).
 * @example planRowText(红旗学校 初中's plan, [{ code: "L5", countedWith: "primary", amount: 1653.75, cost: 330 750, all: false }], "zh", "85%")
 * // "L5 补足到85%：1244.84 ㎡（整校需补 2753.73 ㎡，…）（L5 与小学为同一次整校建设：其中 1653.75 ㎡（约 330,750 元）已计入小学一行，本行估算费用不再计入）"
 */
export function planRowText(plan: PassPlan, shared: readonly SharedBuild[], lang: Lang, floor: string): string {
  return passPlanText(plan, lang, floor) + sharedBuildsText(shared, lang);
}

function buildText(b: SharedBuild, lang: Lang): string {
  const amount = amountText(b.code, b.amount, lang);
  const priced = b.cost !== null && shortfallUnit(b.code) !== "yuan";
  const params = { code: b.code, stage: b.countedWith, amount: priced ? amount + message("out_plan_cost", { cost: formatNeed(b.cost ?? 0, FORMAT.yuan) }, lang) : amount };
  const key = b.all ? "out_plan_same_build_all" : "out_plan_same_build";
  return message(b.cost === null ? key : `${key}_cost`, params, lang);
}
