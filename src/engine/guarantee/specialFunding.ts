import { STAGES } from "../types";
import type { CellRef, Issue, SchoolRecord, Stage } from "../types";
import type { Profile } from "../../profiles/schema";
import { amountShort } from "../tolerance";
import { groupShared, groupStages, groupTotal, stageStudents } from "./recordValues";
import { schoolIssue, type WithIssues } from "./schoolCheck";

/** G7 for one special-education school (rules.md §4 item 7). */
export interface SpecialFundingFinding {
  readonly students: number;
  /** Yuan the per-student thresholds require: Σ threshold[stage] × students[stage]. */
  readonly required: number;
  readonly actual: number;
  /** actual ÷ students; null with no students. */
  readonly perStudent: number | null;
  readonly shortfall: number;
  readonly cells: readonly CellRef[];
}

/**
 * The profile's G7 thresholds by stage (rules.md §4 item 7): the county items of G7 whose code
 * ends in `_primary` / `_junior`.
 * @example specialThresholds(sichuan) // { primary: 6080, junior: 6100 }
 */
export function specialThresholds(profile: Profile): Partial<Record<Stage, number>> {
  const out: Partial<Record<Stage, number>> = {};
  for (const [code, item] of Object.entries(profile.countyItems)) {
    const stage = STAGES.find((s) => code.endsWith(`_${s}`));
    if (item.item === "G7" && stage !== undefined && item.threshold !== null) out[stage] = item.threshold;
  }
  return out;
}

/**
 * The stages a special school's G7 check speaks for: those of its rows that have a threshold;
 * with none known, every stage that has one — the school is then judged at the higher threshold
 * (requirement), which it meets whichever stage it teaches.
 * @example specialStages([a 小学 row], sichuan) // ["primary"]; specialStages([a row without a stage], sichuan) // ["primary", "junior"]
 */
export function specialStages(records: readonly SchoolRecord[], profile: Profile): Stage[] {
  const thresholds = specialThresholds(profile);
  const own = groupStages(records).filter((s) => thresholds[s] !== undefined);
  return own.length > 0 ? own : STAGES.filter((s) => thresholds[s] !== undefined);
}

/**
 * Students and the yuan they require. With students per stage, each stage at its own threshold
 * (a student-weighted threshold, since funding is one budget). Without them, the threshold of the
 * one stage the school has; with none known, the higher threshold — special schools usually teach
 * both stages, and a school meeting the higher one meets either reading (an issue says so when
 * the thresholds differ).
 */
function requirement(name: string, records: readonly SchoolRecord[], thresholds: Partial<Record<Stage, number>>) {
  const perStage = stageStudents(records);
  if (perStage !== null && perStage.size > 0 && [...perStage.keys()].every((s) => thresholds[s] !== undefined)) {
    const entries = [...perStage.entries()];
    const required = entries.reduce((s, [stage, t]) => s + (thresholds[stage] ?? 0) * t.value, 0);
    return { students: entries.reduce((s, [, t]) => s + t.value, 0), required, cells: entries.flatMap(([, t]) => t.cells), issue: null };
  }
  const total = groupTotal(records, "students");
  const stages = groupStages(records).filter((s) => thresholds[s] !== undefined);
  const known = STAGES.map((s) => thresholds[s]).filter((t): t is number => t !== undefined);
  if (total === null || known.length === 0) return null;
  const threshold = stages.length === 1 ? (thresholds[stages[0] as Stage] as number) : Math.max(...known);
  const assumed = stages.length !== 1 && Math.min(...known) !== Math.max(...known);
  const issue = assumed ? schoolIssue("special_funding_stage_assumed", total.cells[0] ?? null, { school: name, threshold }) : null;
  return { students: total.value, required: threshold * total.value, cells: total.cells, issue };
}

/**
 * G7: the school's public funding against its per-student thresholds; null when students,
 * funding or thresholds are missing. Compared as funding ≥ Σ threshold × students, which for one
 * stage is funding ÷ students ≥ threshold. rules.md §4 item 7 (≥ 6000 yuan; seed 000: 6080 / 6100).
 *
 * @example 80 primary students, 486400 yuan, Sichuan (6080): perStudent 6080, shortfall 0
 */
export function specialFundingFinding(name: string, records: readonly SchoolRecord[], profile: Profile): WithIssues<SpecialFundingFinding | null> {
  const need = requirement(name, records, specialThresholds(profile));
  const actual = groupShared(records, "publicFunding");
  const issues: Issue[] = need?.issue ? [need.issue] : [];
  if (need === null || actual === null) return { value: null, issues };
  const perStudent = need.students > 0 ? actual.value / need.students : null;
  const shortfall = amountShort(need.required, actual.value);
  return { value: { students: need.students, required: need.required, actual: actual.value, perStudent, shortfall, cells: [...need.cells, ...actual.cells] }, issues };
}
