import { ADDED_TO } from "./indicatorMeta";
import { shortfallOverShare } from "./shortfall";
import type { CombinedNeed, IndicatorCode, IndicatorResult, SectionResult, SharedNeed } from "./types";

/** One section of a combined school as the whole-school amounts need it: its share, students and results. */
interface SharePart {
  readonly section: SectionResult;
  readonly share: number;
  readonly students: number;
}

/**
 * What the school must add so that one part reaches `level`: the part's gap to it over its share
 * (shortfallOverShare, the one rule the ways to pass use too: never negative, noise as 0, rooms
 * rounded up past noise).
 * @example L6 at 2500 yuan, 210 junior students, 290 931.99 yuan (231 ÷ 397 of 500 000) → (525 000 − 290 931.99) ÷ (231 ÷ 397) = 402 272.73 yuan
 */
function partAddition(code: IndicatorCode, level: number, part: SharePart, result: IndicatorResult): number {
  return shortfallOverShare(code, level, part.students, result.numerator, part.share);
}

/** The step a failing part's way to pass takes for `code`, with the level it asks (standard or floor); null when it asks nothing. */
function planStep(part: SharePart, result: IndicatorResult): { level: number; amount: number } | null {
  const step = part.section.pass === false ? part.section.passPlan?.steps.find((s) => s.code === result.code) : undefined;
  if (step === undefined || step.amount === 0) return null;
  return { level: step.target === "floor" ? result.floor : result.standard, amount: step.amount };
}

/**
 * The school's need for one indicator from the parts that share it (`parts`, each with its result
 * in `results`): only what reaches them by their shares; a stage giving its own figure adds to it alone.
 */
function sharedNeed(code: IndicatorCode, parts: readonly SharePart[], results: readonly IndicatorResult[]): SharedNeed {
  // The school adds what its neediest part asks: what reaches that part by its share reaches the others by theirs.
  const toStandard = Math.max(...parts.map((p, i) => partAddition(code, results[i]?.standard ?? 0, p, results[i] as IndicatorResult)));
  const planned = parts.flatMap((p, i) => {
    const step = planStep(p, results[i] as IndicatorResult);
    return step === null ? [] : [{ addition: partAddition(code, step.level, p, results[i] as IndicatorResult), amount: step.amount }];
  });
  const byPlan = planned.length === 0 ? null : Math.max(...planned.map((p) => p.addition));
  const sectionsByPlan = planned.length === 0 ? null : planned.reduce((sum, p) => sum + p.amount, 0);
  const sharedBy = parts.map((p) => p.section.stage);
  return { toStandard, sectionsToStandard: results.reduce((sum, r) => sum + r.shortfall, 0), byPlan, sectionsByPlan, sharedBy };
}

/**
 * The parts that take `code` from the school's shared value (SplitInfo.shared); none when one of
 * them has no result for it (its value missing: the sections' table says so), as any amount
 * without it would fall short unseen.
 */
function sharingParts(code: IndicatorCode, parts: readonly SharePart[]): SharePart[] {
  const sharing = parts.filter((p) => p.section.split?.shared.includes(code) === true);
  return sharing.every((p) => p.section.indicators[code] !== undefined) ? sharing : [];
}

/** A part that fails and has no way to pass (its verdict made with values missing: evaluateSection verdictOf). */
function withoutPlan(part: SharePart): boolean {
  return part.section.pass === false && part.section.passPlan === null;
}

function combinedNeed(parts: readonly SharePart[]): CombinedNeed {
  const head = (parts[0] as SharePart).section;
  const indicators: Partial<Record<IndicatorCode, SharedNeed>> = {};
  for (const code of Object.keys(ADDED_TO) as IndicatorCode[]) {
    const sharing = sharingParts(code, parts);
    if (sharing.length > 0) indicators[code] = sharedNeed(code, sharing, sharing.map((p) => p.section.indicators[code] as IndicatorResult));
  }
  const sharers = new Set(Object.values(indicators).flatMap((n) => n.sharedBy));
  const sectionsWithoutPlan = parts.filter((p) => withoutPlan(p) && sharers.has(p.section.stage)).map((p) => p.section.stage);
  const shares = Object.fromEntries(parts.map((p) => [p.section.stage, p.share]));
  return { recordId: head.recordId, name: head.name, county: head.county, shares, indicators, sectionsWithoutPlan };
}

/** The in-scope sections with students that a combined school's shared values were split into, by school. */
function splitParts(sections: readonly SectionResult[]): Map<string, SharePart[]> {
  const bySchool = new Map<string, SharePart[]>();
  for (const section of sections) {
    if (section.split === null || !section.included || section.students === null || !(section.students > 0)) continue;
    const part = { section, share: section.split.share, students: section.students };
    bySchool.set(section.split.recordId, [...(bySchool.get(section.split.recordId) ?? []), part]);
  }
  return bySchool;
}

/**
 * What each combined school must add as a whole to the indicators its sections share (L4–L7 when
 * only whole-school values are given, split by weighted students: rules.md §2 "Combined schools").
 * Every amount the school adds is split again by the same shares, so a section short of x gets it
 * only when the school adds x ÷ its share; the school must add what its neediest section asks:
 * max over sections of (level × students ÷ scale − numerator) ÷ share, rooms rounded up (rules.md
 * §7), to standard and for its failing sections' ways to pass. A part of the numerator the stage
 * gives itself (its own indoor sports rooms, which L4 is net of) stays in its gap as it is. Never less than the sections' own m²
 * and yuan added up (each section's x ≤ share × the school's amount, and the shares add up to at
 * most 1), nor fewer rooms than any one section asks; rooms rounded up per section may add up to more.
 *
 * A stage giving its own figure for what an indicator adds to (its own equipment beside the
 * school's) adds to that figure alone, and its need stays its own; the school's value is then
 * shared by the other stage only, and the school adds that stage's gap over its share. rules.md §2
 * does not say how a whole-school figure relates to a stage's own; the engine gives the sharing stage
 * its share of the whole-school figure as it stands, and the conservative reading follows it: what
 * the school adds reaches that stage by its share only (never less than its shortfall; SharedNeed.sharedBy
 * names it). A failing section with no way to pass (values missing) is named in `sectionsWithoutPlan`,
 * and the `byPlan` amounts of the indicators it shares leave out what it would ask.
 *
 * @example 九年一贯制 with 166 primary and 210 junior students (shares 166 ÷ 397, 231 ÷ 397) and 500 000 yuan of
 * equipment (L6 standards 2000 / 2500): to standard max(2000 × 397, 2500 × 210 × 397 ÷ 231) − 500 000 = 402 272.73
 * yuan, where the sections' shortfalls add up to 122 931.99 + 234 068.01 = 357 000
 * @example the same school, its primary section giving its own 100 000 yuan: L6 shared by the junior section alone,
 * (2500 × 210 − 500 000 × 231 ÷ 397) × 397 ÷ 231 = 402 272.73 yuan (sharedBy ["junior"]), not the primary's
 * (2000 × 166 − 100 000) × 397 ÷ 166 = 554 843.37, whose 232 000 yuan it adds to its own figure
 */
export function combinedNeeds(sections: readonly SectionResult[]): CombinedNeed[] {
  return [...splitParts(sections).values()].map(combinedNeed);
}
