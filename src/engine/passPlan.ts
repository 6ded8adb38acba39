import type { Profile } from "../profiles/schema";
import { NEED_KIND, sameNeeds, undominated } from "./passPlanDominance";
import { shortfallAmount, shortfallOverShare } from "./shortfall";
import { INDICATOR_CODES, type IndicatorCode, type IndicatorResult, type PassPlan, type PassPlanStep, type SplitInfo } from "./types";

type AllIndicators = Readonly<Record<IndicatorCode, IndicatorResult>>;

/**
 * Yuan per unit of need (teacher, m², room, yuan), or null when the profile has no price
 * (rules.md §7, the cheapest way to pass).
 * @example unitCost("L6", null) // 1; unitCost("L1", { teacher: 120000, … }) // 120000
 */
export function unitCost(code: IndicatorCode, costs: Profile["unitCosts"]): number | null {
  const kind = NEED_KIND[code];
  if (kind === "yuan") return 1;
  return costs === null ? null : costs[kind];
}

/**
 * What a combined school must add as a whole for its section to gain what it needs of an
 * indicator taking the section's share of a whole-school value (rules.md §2 "Combined schools",
 * §7): every addition is split by the same share, so the section's gap over its share, rooms
 * rounded up (shortfallOverShare, as combinedNeeds takes it for the whole school). Null for a section of its own, an
 * indicator the stage gives itself, or a share of 1 (the school's addition is the section's).
 * @example 红旗学校 初中, share 330 ÷ 730, L5 to standard 10.2 × 300 − 2621.92 = 438.08 m² → 438.08 ÷ (330 ÷ 730) = 969.09 m²
 */
export function schoolAddition(code: IndicatorCode, level: number, students: number, numerator: number, split: SplitInfo | null): number | null {
  // A share of 1 (the other stages without students) takes all the school adds: nothing to say beside the amount.
  if (split === null || !split.shared.includes(code) || !(split.share > 0) || split.share >= 1) return null;
  return shortfallOverShare(code, level, students, numerator, split.share);
}

function step(r: IndicatorResult, target: PassPlanStep["target"], students: number, costs: Profile["unitCosts"], split: SplitInfo | null): PassPlanStep {
  const level = target === "floor" ? r.floor : r.standard;
  const amount = shortfallAmount(r.code, level, students, r.numerator);
  const unit = unitCost(r.code, costs);
  const school = amount === 0 ? null : schoolAddition(r.code, level, students, r.numerator, split);
  // What is bought is the whole school's addition, of which the section gets its share only.
  const cost = amount === 0 ? 0 : unit === null ? null : (school ?? amount) * unit;
  return school === null ? { code: r.code, target, amount, cost } : { code: r.code, target, amount, schoolAmount: school, cost };
}

/** The plan that relaxes `relaxed` to its floor and brings every other indicator to standard. */
function planRelaxing(relaxed: IndicatorCode, all: AllIndicators, students: number, profile: Profile, split: SplitInfo | null): Omit<PassPlan, "basis"> {
  const relaxTarget = profile.passRule.minMet >= INDICATOR_CODES.length ? "standard" : "floor";
  const steps = INDICATOR_CODES.map((code) => step(all[code], code === relaxed ? relaxTarget : "standard", students, profile.unitCosts, split));
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
 * (whole teachers / rooms, m², yuan; k to its floor). A plan that needs no less of every kind
 * (teachers, m² of rooms, m² of sports ground, yuan, rooms) than another and more of one is set
 * aside first (undominated): it cannot be the cheaper whatever the prices, and leaving at 85% an
 * indicator where that saves nothing (already there, or its floor rounds up to the same whole
 * teachers as its standard) would otherwise be chosen whenever that indicator's gap is largest.
 * When some plan was set aside and those left all need the same, dominance alone chose (basis
 * "dominance", whatever the prices). Otherwise, with the profile's unit costs for each plan left,
 * the least total cost wins (basis "cost"; ties go to the larger gap), and without them the one
 * relaxing the largest relative gap 1 − value ÷ standard (basis "largest_gap"; `weighed` names the
 * plans so weighed, when they need different things, for the writer to say why).
 *
 * Overlap is ignored: one new PE teacher with a degree counts for L1 and L3, and indoor sports
 * rooms built count for L5 (and, before the deduction, for L4), so a plan may overstate the need.
 * With a profile `minMet` below 6 the plan still passes but may not be the cheapest; with 7 the
 * relaxed indicator must reach its standard too.
 *
 * A section of a combined school (`split`) gets its share only of what the school adds to the
 * shared L4–L7, so such a step is priced at what the whole school adds (schoolAddition): a
 * 初中部 with 45% of the school's sports ground needing 438 m² makes the school build 969 m²,
 * which may cost more than the teacher of the other plan. Amounts and dominance stay the section's.
 *
 * @example L2 3 teachers (0.798, floor 0.85) and L6 1800 yuan (floor 1700), 376 students, no unit
 * costs: relaxing L2 needs ceil(3.196 − 3) = 1 teacher + 752 000 − 676 800 = 75 200 yuan; relaxing
 * L6 needs ceil(3.76 − 3) = 1 teacher and nothing for L6 (639 200 ≤ 676 800). The L6 plan needs
 * less, so it is chosen (basis "dominance") although L2's gap 0.202 is larger than L6's 0.1.
 */
export function cheapestPassPlan(all: AllIndicators, students: number, profile: Profile, split: SplitInfo | null = null): PassPlan {
  const plans = byGap(all).map((code) => planRelaxing(code, all, students, profile, split));
  // Never empty: among finitely many plans one is dominated by none.
  const left = undominated(plans);
  const first = left[0]!;
  // Dominance alone decided: say so before prices, which a plan needing only yuan (L6) has without any unit cost.
  if (left.length < plans.length && left.every((p) => sameNeeds(p.needs, first.needs))) return { ...first.plan, basis: "dominance" };
  const kept = left.map((p) => p.plan);
  if (kept.every((p) => p.totalCost !== null)) return { ...cheapestOf(kept), basis: "cost" };
  const weighed = weighedCodes(left);
  return weighed.length > 1 ? { ...first.plan, basis: "largest_gap", weighed } : { ...first.plan, basis: "largest_gap" };
}

/**
 * The relaxed indicators of the plans left after dominance, by gap, one of each distinct need (a
 * plan needing what an earlier one needs weighs nothing new): what the largest gap chose among.
 * @example weighedCodes([relax L6: 2 teachers, relax L1: 94 000 yuan]) // ["L6", "L1"]
 */
function weighedCodes(left: readonly { plan: Omit<PassPlan, "basis">; needs: number[] }[]): IndicatorCode[] {
  return left.filter((p, i) => !left.slice(0, i).some((q) => sameNeeds(q.needs, p.needs))).map((p) => p.plan.relaxed);
}

/** The plan of least total cost, the first of equals (the larger gap); every plan priced. */
function cheapestOf(plans: readonly Omit<PassPlan, "basis">[]): Omit<PassPlan, "basis"> {
  return plans.reduce((best, p) => ((p.totalCost ?? 0) < (best.totalCost ?? 0) ? p : best));
}
