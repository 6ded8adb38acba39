import type { IndicatorCode, PassPlan, SectionResult, Stage } from "../../engine/types";
import { ownCost, sharedBuilds, type SharedBuild } from "./sharedBuilds";

/**
 * What one county's failing sections of one stage need to pass, their 达标方案 added up
 * (rules.md §7, the cheapest way to pass), as against the shortfalls to the full standard.
 */
export interface PlanTotals {
  readonly stage: Stage;
  /** In-scope sections that fail, evaluable or failed by what they have. */
  readonly failing: number;
  /** Failing sections without a plan (not evaluable: data missing), whose needs are not in the sums. */
  readonly withoutPlan: number;
  /**
   * Teachers of the L1, L2 and L3 steps (whole, as the steps count them), apart: one new teacher
   * can count for L1 (all teachers) and L3 (senior-titled ones) at once, so their sum would be only
   * an upper bound of the teachers needed.
   */
  readonly l1Teachers: number;
  readonly l2Teachers: number;
  readonly l3Teachers: number;
  /** m² of teaching rooms (L4) and of sports grounds (L5): priced apart, so kept apart. */
  readonly teachingArea: number;
  readonly sportsArea: number;
  /** Yuan of equipment (L6). */
  readonly yuan: number;
  /** Multimedia rooms (L7). */
  readonly rooms: number;
  /** The plans' estimated costs added up when every plan has one, else null (unpriced says how many lack it). */
  readonly cost: number | null;
  /** Plans without an estimated cost (the profile lacks a unit cost one of their steps needs). */
  readonly unpriced: number;
}

type Amounts = Pick<PlanTotals, "l1Teachers" | "l2Teachers" | "l3Teachers" | "teachingArea" | "sportsArea" | "yuan" | "rooms">;

const FIELD: Record<IndicatorCode, keyof Amounts> = {
  L1: "l1Teachers",
  L2: "l2Teachers",
  L3: "l3Teachers",
  L4: "teachingArea",
  L5: "sportsArea",
  L6: "yuan",
  L7: "rooms",
};

/**
 * A combined school's section counts what the whole school adds for its step (schoolAmount), as
 * its cost does: 438.08 m² of the 初中's share is 969.09 m² built, and the cost column is of those.
 */
function addSteps(sums: Record<keyof Amounts, number>, plan: PassPlan): void {
  for (const step of plan.steps) sums[FIELD[step.code]] += step.schoolAmount ?? step.amount;
}

/** Less what a failing section of an earlier stage of the same school builds already (sharedBuilds): the stages' rows add up to each build once. */
function takeShared(sums: Record<keyof Amounts, number>, builds: readonly SharedBuild[]): void {
  for (const build of builds) sums[FIELD[build.code]] -= build.amount;
}

/**
 * The 达标方案 of a county's failing sections of `stage`, added up by indicator (L4 and L5 m² are
 * priced apart, L1–L3 teachers overlap); a section
 * failed although data are missing has no plan and is counted in withoutPlan instead. A step of a
 * combined school's section on a shared resource counts what the whole school adds
 * (PassPlanStep.schoolAmount), which is what its cost is of, so that each column times its unit
 * cost still adds up to the cost column. A build both stages of a combined school ask (the same
 * shared value) is counted once: the later stage's row (the county's section order, as the sections'
 * table lists them) counts only what its build adds to the earlier one's (sharedBuilds), so that
 * adding the stages' rows counts it once, as the 合校 table does.
 * @example 北岭中学 L6 860 000, 南沟中学 716 325, 西坡中学 437 025 (no unit costs, L6 priced 1 yuan a yuan)
 * // { failing: 3, withoutPlan: 0, yuan: 2 013 350, cost: 2 013 350, unpriced: 0, l1Teachers: 0, … }
 */
export function planTotals(sections: readonly SectionResult[], stage: Stage): PlanTotals {
  const shared = sharedBuilds(sections);
  const failing = sections.filter((s) => s.included && s.stage === stage && s.pass === false);
  const planned = failing.flatMap((s) => (s.passPlan === null ? [] : [{ plan: s.passPlan, shared: shared.get(s) ?? [] }]));
  const sums = { l1Teachers: 0, l2Teachers: 0, l3Teachers: 0, teachingArea: 0, sportsArea: 0, yuan: 0, rooms: 0 };
  for (const p of planned) {
    addSteps(sums, p.plan);
    takeShared(sums, p.shared);
  }
  const costs = planned.map((p) => ownCost(p.plan.totalCost, p.shared));
  const unpriced = costs.filter((c) => c === null).length;
  const cost = unpriced > 0 ? null : costs.reduce<number>((a, c) => a + (c ?? 0), 0);
  return { stage, failing: failing.length, withoutPlan: failing.length - planned.length, ...sums, cost, unpriced };
}
