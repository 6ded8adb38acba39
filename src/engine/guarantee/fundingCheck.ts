import { STAGES, type CellRef, type SchoolRecord, type SchoolType, type Stage } from "../types";
import type { Profile } from "../../profiles/schema";
import { amountShort } from "../tolerance";
import { groupFlag, groupShared, stageStudents } from "./recordValues";
import { addStageStudents, emptyStageSums, requiredFor, stageSumsOf, totalStudents } from "./stageSums";

type Funding = Profile["guarantee"]["funding"];

/** G6 for one school (rules.md §4 item 6, §7). */
export interface FundingFinding {
  readonly fundedStudents: number;
  /** Yuan the norm requires in the year. */
  readonly required: number;
  /** max(0, required − publicFunding); null when publicFunding is not given. */
  readonly shortfall: number | null;
  readonly cells: readonly CellRef[];
}

/**
 * Students a school is funded for: the tier with the lowest `below` that exceeds the students
 * gives `fundedAs` (whatever order the profile lists the tiers in); no tier, the students
 * themselves. Seed 000 (Sichuan, rules.md §4 item 6): under 100 → 100, 100–299 → 300, 300–499 → 500.
 *
 * @example fundedStudents(120, [{ below: 100, fundedAs: 100 }, { below: 300, fundedAs: 300 }]) // 300
 */
export function fundedStudents(students: number, tiers: Funding["tiers"]): number {
  // The applicable tier with the lowest bound (the first of equals), in one loop: this runs for every school.
  let low: Funding["tiers"][number] | undefined;
  for (const t of tiers) if (t.below > students && (low === undefined || t.below < low.below)) low = t;
  return low === undefined ? students : low.fundedAs;
}

/**
 * Whether the small-school tiers apply (rules.md §4 item 6: rural schools and teaching points):
 * to every school, or only to rural schools and teaching points.
 * @example tiersApply(national funding, "teaching_point", [urban row]) // true; ("primary", [urban row]) // false
 */
export function tiersApply(funding: Funding, type: SchoolType, records: readonly SchoolRecord[]): boolean {
  return !funding.tiersRuralOnly || type === "teaching_point" || groupFlag(records, "rural");
}

/**
 * The yuan a school's norm requires (requiredFor), from its students per stage as a Map.
 *
 * @example requiredFunding(new Map([["primary", 99]]), 100, { primary: 800, junior: 1040 }) // 80000
 */
export function requiredFunding(students: ReadonlyMap<Stage, number>, funded: number, norm: Readonly<Record<Stage, number>>): number {
  return requiredFor(stageSumsOf(students), funded, norm);
}

/**
 * G6 for one school, null when the profile has no norm or a stage's students are unknown. Boarding
 * students add `boardingExtra` each; a blank boarding count is read as no boarders unless the school
 * is flagged 寄宿制, in which case the requirement is unknown. rules.md §4 item 6, §7 ("norm ×
 * funded students − actual, never negative"; float noise is no shortfall).
 *
 * @example Sichuan, rural 初中 of 120 students, 40 boarding, 300 000 yuan: funded as 300 →
 * 1040 × 300 + 300 × 40 = 324 000 required, shortfall 24 000
 */
export function fundingFinding(type: SchoolType, records: readonly SchoolRecord[], profile: Profile): FundingFinding | null {
  const funding = profile.guarantee.funding;
  const students = stageStudents(records);
  if (funding.norm === null || students === null || students.size === 0) return null;
  const boarding = groupShared(records, "boardingStudents");
  if (boarding === null && groupFlag(records, "boarding") && funding.boardingExtra > 0) return null;
  const counts = emptyStageSums();
  for (const [stage, t] of students) addStageStudents(counts, STAGES.indexOf(stage), t.value);
  const total = totalStudents(counts);
  const funded = tiersApply(funding, type, records) ? fundedStudents(total, funding.tiers) : total;
  const required = requiredFor(counts, funded, funding.norm) + funding.boardingExtra * (boarding?.value ?? 0);
  const actual = groupShared(records, "publicFunding");
  const cells = [...[...students.values()].flatMap((t) => t.cells), ...(boarding?.cells ?? []), ...(actual?.cells ?? [])];
  return { fundedStudents: funded, required, shortfall: actual === null ? null : amountShort(required, actual.value), cells };
}
