import type { IndicatorCode, PassPlanStep } from "./types";

/**
 * The kind of need each indicator's step asks for, one per unit cost (rules.md §7; profile
 * unitCosts): teachers (L1, L2 and L3 alike, one price per teacher), m² of teaching rooms (L4),
 * m² of sports ground (L5), yuan of equipment (L6), rooms (L7). The two kinds of m² stay apart:
 * they are priced apart, so fewer m² in all need not cost less.
 */
const KIND: Readonly<Record<IndicatorCode, number>> = { L1: 0, L2: 0, L3: 0, L4: 1, L5: 2, L6: 3, L7: 4 };
const KINDS = 5;

/**
 * What a plan asks for of each kind, as its steps state it (whole teachers and rooms, m², yuan).
 * @example planNeeds([L2 1 teacher, L3 2 teachers, L6 75 200 yuan]) // [3, 0, 0, 75200, 0]
 */
export function planNeeds(steps: readonly PassPlanStep[]): number[] {
  const needs = new Array<number>(KINDS).fill(0);
  for (const s of steps) needs[KIND[s.code]] = (needs[KIND[s.code]] ?? 0) + s.amount;
  return needs;
}

/**
 * Whether needs `a` dominate needs `b` (Pareto): no more of any kind and strictly less of one, so
 * that `a` costs no more than `b` whatever the unit costs are. The candidates of one section
 * differ only in the relaxed indicator's step, each computed the same way from the same numbers,
 * so equal needs compare equal exactly and no tolerance is wanted.
 * @example dominates([1, 0, 0, 0, 0], [1, 0, 0, 75200, 0]) // true; dominates([0, 60, 0, 0, 0], [1, 0, 0, 0, 0]) // false
 */
export function dominates(a: readonly number[], b: readonly number[]): boolean {
  let less = false;
  for (let i = 0; i < a.length; i++) {
    const [x, y] = [a[i] ?? 0, b[i] ?? 0];
    if (x > y) return false;
    if (x < y) less = true;
  }
  return less;
}

/** Whether two plans ask for the same of every kind. @example sameNeeds([L1 1 teacher], [L3 1 teacher]) // true */
export function sameNeeds(a: readonly PassPlanStep[], b: readonly PassPlanStep[]): boolean {
  const [x, y] = [planNeeds(a), planNeeds(b)];
  return x.every((n, i) => n === y[i]);
}

/**
 * The plans no other plan dominates, in their given order (rules.md §7: a plan that needs at
 * least as much of everything as another, and more of something, is never the cheapest way).
 * @example undominated([relax L2: 1 teacher + 75 200 yuan, relax L6: 1 teacher]) // [relax L6]
 */
export function undominated<P extends { readonly steps: readonly PassPlanStep[] }>(plans: readonly P[]): P[] {
  const needs = plans.map((p) => planNeeds(p.steps));
  return plans.filter((_, i) => !needs.some((other) => dominates(other, needs[i] ?? [])));
}
