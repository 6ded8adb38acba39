import type { Profile } from "../profiles/schema";
import { shortfallAmount } from "./shortfall";
import { INDICATOR_CODES, type IndicatorCode, type IndicatorResult, type PassPlan, type PassPlanStep } from "./types";

type UnitCosts = NonNullable<Profile["unitCosts"]>;
type AllIndicators = Readonly<Record<IndicatorCode, IndicatorResult>>;

/** Which unit cost prices each indicator's need; L6's need is already in yuan. */
const UNIT_COST_KEY: Readonly<Record<Exclude<IndicatorCode, "L6">, keyof UnitCosts>> = {
  L1: "teacher",
  L2: "teacher",
  L3: "teacher",
  L4: "teachingAreaM2",
  L5: "sportsAreaM2",
  L7: "multimediaRoom",
};

/**
 * Yuan per unit of need (teacher, m², room, yuan), or null when the profile has no price
 * (rules.md §7, the cheapest way to pass).
 * @example unitCost("L6", null) // 1; unitCost("L1", { teacher: 120000, … }) // 120000
 */
export function unitCost(code: IndicatorCode, costs: Profile["unitCosts"]): number | null {
  if (code === "L6") return 1;
  return costs === null ? null : costs[UNIT_COST_KEY[code]];
}

function step(r: IndicatorResult, target: PassPlanStep["target"], students: number, costs: Profile["unitCosts"]): PassPlanStep {
  const amount = shortfallAmount(r.code, target === "floor" ? r.floor : r.standard, students, r.numerator);
  const unit = unitCost(r.code, costs);
  return { code: r.code, target, amount, cost: amount === 0 ? 0 : unit === null ? null : amount * unit };
}

/** The plan that relaxes `relaxed` to its floor and brings every other indicator to standard. */
function planRelaxing(relaxed: IndicatorCode, all: AllIndicators, students: number, profile: Profile): Omit<PassPlan, "basis"> {
  const relaxTarget = profile.passRule.minMet >= INDICATOR_CODES.length ? "standard" : "floor";
  const steps = INDICATOR_CODES.map((code) => step(all[code], code === relaxed ? relaxTarget : "standard", students, profile.unitCosts));
  const kept = steps.filter((s) => s.amount > 0 || s.code === relaxed);
  const costs = kept.map((s) => s.cost);
  const totalCost = costs.every((c): c is number => c !== null) ? costs.reduce((a, b) => a + b, 0) : null;
  return { relaxed, steps: kept, totalCost };
}

/**
 * Codes ordered by relative gap 1 − value ÷ standard, largest first. Ratios equal up to floating
 * point noise are a tie and keep the L1 … L7 order: 1530 ÷ 400 ÷ 4.5 = 0.8500000000000001 and
 * 1700 ÷ 2000 = 0.85 are both exactly at 85%, and the noise alone put L6 before L4. Each ratio is
 * rounded once to 12 significant digits (noise is below that, real differences far above it) and
 * the rounded keys compared, so that the order is a true order: "equal within noise" compared pair
 * by pair is not transitive.
 */
function byGap(all: AllIndicators): IndicatorCode[] {
  const key = (code: IndicatorCode) => Number(all[code].ratio.toPrecision(12));
  return [...INDICATOR_CODES].sort((a, b) => key(a) - key(b));
}

/**
 * The cheapest way for a failing section to pass (rules.md §7): for each indicator k, bring every
 * other indicator to standard and k to at least its floor (85%); amounts as in shortfallAmount
 * (whole teachers / rooms, m², yuan; k to its floor). With the profile's unit costs for every
 * candidate, the plan of least total cost wins (basis "cost"; ties go to the larger gap);
 * otherwise the indicator with the largest relative gap 1 − value ÷ standard is relaxed (basis
 * "largest_gap").
 *
 * Overlap is ignored: one new PE teacher with a degree counts for L1 and L3, and indoor sports
 * rooms built count for L5 (and, before the deduction, for L4), so a plan may overstate the need.
 * With a profile `minMet` below 6 the plan still passes but may not be the cheapest; with 7 the
 * relaxed indicator must reach its standard too.
 *
 * @example L2 at 0.8 (floor 0.85) and L6 at 1800 (floor 1700), 376 students, no unit costs:
 * gaps L2 0.2 > L6 0.1, so relax L2: L2 to 0.85 → ceil(3.196 − 3) = 1 teacher; L6 to 2000 →
 * 752 000 − 676 800 = 75 200 yuan.
 */
export function cheapestPassPlan(all: AllIndicators, students: number, profile: Profile): PassPlan {
  const order = byGap(all);
  const plans = order.map((code) => planRelaxing(code, all, students, profile));
  if (plans.some((p) => p.totalCost === null)) return { ...plans[0]!, basis: "largest_gap" };
  const cheapest = plans.reduce((best, p) => ((p.totalCost ?? 0) < (best.totalCost ?? 0) ? p : best));
  return { ...cheapest, basis: "cost" };
}
