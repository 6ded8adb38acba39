import { indicatorScale } from "./indicatorMeta";
import { amountShort, noise } from "./tolerance";
import type { CombinedNeed, IndicatorCode, IndicatorResult, SectionResult, SharedNeed } from "./types";

/** One section of a combined school as the whole-school amounts need it: its share, students and results. */
interface SharePart {
  readonly section: SectionResult;
  readonly share: number;
  readonly students: number;
}

/**
 * What the school must add so that one part reaches `level`: the part's gap to it (level ×
 * students ÷ scale − its numerator) over its share, as every addition is split by that share;
 * with the whole-school figure the gap is taken to, the noise is told by (0 below it).
 * @example L6 at 2500 yuan, 210 junior students, 290 931.99 yuan (231 ÷ 397 of 500 000) → (525 000 − 290 931.99) ÷ (231 ÷ 397) = 402 272.73 yuan
 */
function partGap(code: IndicatorCode, level: number, part: SharePart, result: IndicatorResult): { gap: number; of: number } {
  const required = (level * part.students) / indicatorScale(code);
  return { gap: (required - result.numerator) / part.share, of: required / part.share };
}

/** The largest of the parts' gaps, never negative (noise as 0: amountShort), rooms rounded up past float noise (rules.md §7). */
function largestGap(code: IndicatorCode, gaps: readonly { gap: number; of: number }[]): number {
  const top = gaps.reduce((a, b) => (b.gap > a.gap ? b : a));
  const gap = amountShort(top.of, top.of - top.gap);
  return gap === 0 || indicatorScale(code) === 1 ? gap : Math.ceil(gap - noise(top.of));
}

/** The step a failing part's way to pass takes for `code`, with the level it asks (standard or floor); null when it asks nothing. */
function planStep(part: SharePart, result: IndicatorResult): { level: number; amount: number } | null {
  const step = part.section.pass === false ? part.section.passPlan?.steps.find((s) => s.code === result.code) : undefined;
  if (step === undefined || step.amount === 0) return null;
  return { level: step.target === "floor" ? result.floor : result.standard, amount: step.amount };
}

/** The school's need for one indicator every part has a result for (`results`, part by part). */
function sharedNeed(code: IndicatorCode, parts: readonly SharePart[], results: readonly IndicatorResult[]): SharedNeed {
  const toStandard = largestGap(code, parts.map((p, i) => partGap(code, results[i]?.standard ?? 0, p, results[i] as IndicatorResult)));
  const planned = parts.flatMap((p, i) => {
    const step = planStep(p, results[i] as IndicatorResult);
    return step === null ? [] : [{ gap: partGap(code, step.level, p, results[i] as IndicatorResult), amount: step.amount }];
  });
  const byPlan = planned.length === 0 ? null : largestGap(code, planned.map((p) => p.gap));
  const sectionsByPlan = planned.length === 0 ? null : planned.reduce((sum, p) => sum + p.amount, 0);
  return { toStandard, sectionsToStandard: results.reduce((sum, r) => sum + r.shortfall, 0), byPlan, sectionsByPlan };
}

/** The indicators every part takes from the school's shared values (SplitInfo.shared) and has a result for. */
function sharedCodes(parts: readonly SharePart[]): IndicatorCode[] {
  const first = parts[0]?.section.split?.shared ?? [];
  return first.filter((code) => parts.every((p) => p.section.split?.shared.includes(code) === true && p.section.indicators[code] !== undefined));
}

function combinedNeed(parts: readonly SharePart[]): CombinedNeed {
  const head = (parts[0] as SharePart).section;
  const indicators: Partial<Record<IndicatorCode, SharedNeed>> = {};
  for (const code of sharedCodes(parts)) indicators[code] = sharedNeed(code, parts, parts.map((p) => p.section.indicators[code] as IndicatorResult));
  return { recordId: head.recordId, name: head.name, county: head.county, shares: Object.fromEntries(parts.map((p) => [p.section.stage, p.share])), indicators };
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
 * @example 九年一贯制 with 166 primary and 210 junior students (shares 166 ÷ 397, 231 ÷ 397) and 500 000 yuan of
 * equipment (L6 standards 2000 / 2500): to standard max(2000 × 397, 2500 × 210 × 397 ÷ 231) − 500 000 = 402 272.73
 * yuan, where the sections' shortfalls add up to 122 931.99 + 234 068.01 = 357 000
 */
export function combinedNeeds(sections: readonly SectionResult[]): CombinedNeed[] {
  return [...splitParts(sections).values()].map(combinedNeed);
}
