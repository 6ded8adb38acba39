import type { Profile } from "../profiles/schema";
import type { IndicatorCode, PassPlanStep } from "./types";

/** A kind of need: one of the profile's unit costs, or yuan (L6's need, priced 1 yuan a yuan). */
export type NeedKind = keyof NonNullable<Profile["unitCosts"]> | "yuan";

/**
 * The kind of need each indicator's step asks for, one per unit cost (rules.md §7; profile
 * unitCosts): teachers (L1, L2 and L3 alike, one price per teacher), m² of teaching rooms (L4),
 * m² of sports ground (L5), yuan of equipment (L6), rooms (L7). The two kinds of m² stay apart:
 * they are priced apart, so fewer m² in all need not cost less.
 */
export const NEED_KIND: Readonly<Record<IndicatorCode, NeedKind>> = {
  L1: "teacher",
  L2: "teacher",
  L3: "teacher",
  L4: "teachingAreaM2",
  L5: "sportsAreaM2",
  L6: "yuan",
  L7: "multimediaRoom",
};
/** The kinds of need, each once, in NEED_KIND's order of first use: teacher, teachingAreaM2, sportsAreaM2, yuan, multimediaRoom. */
const KINDS: readonly NeedKind[] = [...new Set(Object.values(NEED_KIND))];

/**
 * What a plan asks for of each kind (in KINDS order), as its steps state it (whole teachers and rooms, m², yuan).
 * @example planNeeds([L2 1 teacher, L3 2 teachers, L6 75 200 yuan]) // [3, 0, 0, 75200, 0]
 */
export function planNeeds(steps: readonly PassPlanStep[]): number[] {
  return KINDS.map((kind) => steps.reduce((sum, s) => (NEED_KIND[s.code] === kind ? sum + s.amount : sum), 0));
}

/**
 * Whether needs `a` dominate needs `b` (Pareto): no more of any kind and strictly less of one, so
 * that `a` costs less than `b` whatever the (positive) unit costs are. Each step's amount is
 * computed the same way from the same numbers in every candidate of a section, and teachers are
 * whole, so equal needs compare equal exactly and no tolerance is wanted.
 * @example dominates([1, 0, 0, 0, 0], [1, 0, 0, 75200, 0]) // true; dominates([0, 60, 0, 0, 0], [1, 0, 0, 0, 0]) // false
 */
export function dominates(a: readonly number[], b: readonly number[]): boolean {
  let less = false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x > y) return false;
    if (x < y) less = true;
  }
  return less;
}

/** Whether two plans' needs (planNeeds) are the same of every kind. @example sameNeeds(planNeeds([L1 1 teacher]), planNeeds([L3 1 teacher])) // true */
export function sameNeeds(a: readonly number[], b: readonly number[]): boolean {
  return a.every((n, i) => n === b[i]);
}

/**
 * The plans no other plan dominates, in their given order, each with its needs (planNeeds, for
 * sameNeeds) (rules.md §7: a plan that needs at least as much of everything as another, and more
 * of something, is never the cheapest way).
 * @example undominated([relax L2: 1 teacher + 75 200 yuan, relax L6: 1 teacher]) // [{ plan: relax L6, needs: [1, 0, 0, 0, 0] }]
 */
export function undominated<P extends { readonly steps: readonly PassPlanStep[] }>(plans: readonly P[]): { plan: P; needs: number[] }[] {
  const all = plans.map((plan) => ({ plan, needs: planNeeds(plan.steps) }));
  return all.filter(({ needs }) => !all.some((other) => dominates(other.needs, needs)));
}
