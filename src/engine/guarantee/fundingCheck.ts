import { STAGES, type CellRef, type Issue, type SchoolRecord, type SchoolType, type Stage } from "../types";
import type { Profile } from "../../profiles/schema";
import { amountShort } from "../tolerance";
import { groupFlag, groupShared, stageStudents } from "./recordValues";
import { addStageStudents, emptyStageSums, requiredFor, totalStudents, type StageSums } from "./stageSums";
import { schoolIssue } from "./schoolCheck";

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
 * Whether a school's tier hinges on a rurality its rows do not state: the tiers apply to rural
 * schools only, the school is not a teaching point, none of its rows says whether it is rural (a
 * workbook without a 城乡分类 column), and a tier would raise its students. Its funded students
 * are then unknown, not those of an urban school (rules.md §4 item 6).
 * @example Sichuan, 初中 of 394 students, rurality not given → true (500 if rural, 394 if not); of 620 → false
 */
export function tierUnknown(funding: Funding, type: SchoolType, records: readonly SchoolRecord[], total: number): boolean {
  if (!funding.tiersRuralOnly || type === "teaching_point" || records.some((r) => r.flags.rural !== undefined)) return false;
  return fundedStudents(total, funding.tiers) > total;
}

/**
 * The students the norm pays for: the school's total, raised to its tier where the tiers apply;
 * null when that depends on a rurality the rows do not give (tierUnknown).
 * @example Sichuan, rural 初中 of 120 students → 300
 */
export function fundedFor(funding: Funding, type: SchoolType, records: readonly SchoolRecord[], students: StageSums): number | null {
  const total = totalStudents(students);
  if (tierUnknown(funding, type, records, total)) return null;
  return tiersApply(funding, type, records) ? fundedStudents(total, funding.tiers) : total;
}

/**
 * Yuan required: the norm for the funded students (requiredFor) plus the extra per boarder; null
 * when a boarding school does not give its boarders and the profile pays extra for them (the
 * requirement cannot be stated). Shared by fundingFinding and the fast path.
 *
 * @example Sichuan, 初中 funded as 300, 40 boarders: 1040 × 300 + 300 × 40 // 324000
 */
export function requiredYuan(funding: Funding, norm: Readonly<Record<Stage, number>>, records: readonly SchoolRecord[], students: StageSums, funded: number, boarders: number | null): number | null {
  if (boarders === null && groupFlag(records, "boarding") && funding.boardingExtra > 0) return null;
  return requiredFor(students, funded, norm) + funding.boardingExtra * (boarders ?? 0);
}

/**
 * G6 for one school, null when the profile has no norm, a stage's students are unknown or the
 * funded students hinge on an unstated rurality (tierUnknown). Boarding
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
  const counts = emptyStageSums();
  for (const [stage, t] of students) addStageStudents(counts, STAGES.indexOf(stage), t.value);
  const funded = fundedFor(funding, type, records, counts);
  if (funded === null) return null;
  const required = requiredYuan(funding, funding.norm, records, counts, funded, boarding?.value ?? null);
  if (required === null) return null;
  const actual = groupShared(records, "publicFunding");
  const cells = [...[...students.values()].flatMap((t) => t.cells), ...(boarding?.cells ?? []), ...(actual?.cells ?? [])];
  return { fundedStudents: funded, required, shortfall: actual === null ? null : amountShort(required, actual.value), cells };
}

/**
 * The warning for a school whose G6 is not judged because its tier hinges on an unstated rurality
 * (tierUnknown), at its first students cell; null for any other school.
 * @example Sichuan, 青山乡中学 of 394 students, no 城乡分类 → funding_rurality_unknown { students: 394, funded: 500 }
 */
export function ruralityIssue(name: string, type: SchoolType, records: readonly SchoolRecord[], profile: Profile): Issue | null {
  const funding = profile.guarantee.funding;
  const students = stageStudents(records);
  if (funding.norm === null || students === null) return null;
  let total = 0;
  for (const t of students.values()) total += t.value;
  if (!tierUnknown(funding, type, records, total)) return null;
  const cell = students.values().next().value?.cells[0] ?? null;
  return schoolIssue("funding_rurality_unknown", cell, { school: name, students: total, funded: fundedStudents(total, funding.tiers) });
}
