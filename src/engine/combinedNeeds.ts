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
 * The whole-school amount that gives a section `level` of indicator `code` once split: the
 * section holds share × whole, so whole = level × students ÷ scale ÷ share.
 * @example L6 at 2500 yuan for 210 junior students with a share of 231 ÷ 397 → 2500 × 210 ÷ (231 ÷ 397) = 902 272.73 yuan
 */
function wholeFor(code: IndicatorCode, level: number, part: SharePart): number {
  return (level * part.students) / indicatorScale(code) / part.share;
}

/** What the school must add to `whole` to reach `required`: rooms whole (rounded up past float noise), m² and yuan as they are (rules.md §7). */
function toReach(code: IndicatorCode, required: number, whole: number): number {
  const gap = amountShort(required, whole);
  return gap === 0 || indicatorScale(code) === 1 ? gap : Math.ceil(gap - noise(required));
}

/** The level a failing section's way to pass asks of `code` (its standard or its floor), or null when the way needs nothing of it. */
function planLevel(section: SectionResult, result: IndicatorResult): number | null {
  const step = section.pass === false ? section.passPlan?.steps.find((s) => s.code === result.code) : undefined;
  if (step === undefined || step.amount === 0) return null;
  return step.target === "floor" ? result.floor : result.standard;
}

/** The school's need for one indicator every part has a result for, from the parts' levels (null: a part asks nothing). */
function sharedNeed(code: IndicatorCode, parts: readonly SharePart[], results: readonly IndicatorResult[]): SharedNeed {
  const whole = (results[0]?.numerator ?? 0) / (parts[0]?.share ?? 1);
  const standard = Math.max(...parts.map((p, i) => wholeFor(code, results[i]?.standard ?? 0, p)));
  const planned = parts.flatMap((p, i) => {
    const level = planLevel(p.section, results[i] as IndicatorResult);
    return level === null ? [] : [{ required: wholeFor(code, level, p), amount: p.section.passPlan?.steps.find((s) => s.code === code)?.amount ?? 0 }];
  });
  const byPlan = planned.length === 0 ? null : toReach(code, Math.max(...planned.map((p) => p.required)), whole);
  const sectionsByPlan = planned.length === 0 ? null : planned.reduce((sum, p) => sum + p.amount, 0);
  return { whole, toStandard: toReach(code, standard, whole), sectionsToStandard: results.reduce((sum, r) => sum + r.shortfall, 0), byPlan, sectionsByPlan };
}

/** The indicators every part takes wholly from the school's shared values and has a result for. */
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
 * max over sections of (level × students ÷ scale ÷ share) − whole, rooms rounded up (rules.md §7),
 * to standard and for its failing sections' ways to pass. Never less than the sections' own m²
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
