import { STAGES, stageIndex, type Stage } from "../types";

/**
 * Students per stage of one school: sums by STAGES index, and the stages in the order they were
 * first counted (`order[0 … count)`), the order the reference's Map of stage students keeps. The
 * funding requirement (requiredFor) sums in that order, so the reference (from its Map) and the
 * fast path (from the columns, into one reused StageSums) get the same doubles.
 */
export interface StageSums {
  readonly order: Int8Array;
  count: number;
  readonly sums: Float64Array;
}

/** @example emptyStageSums().count // 0 */
export function emptyStageSums(): StageSums {
  return { order: new Int8Array(STAGES.length), count: 0, sums: new Float64Array(STAGES.length) };
}

/** Empties `into` for the next school. */
export function resetStageSums(into: StageSums): StageSums {
  into.count = 0;
  into.sums.fill(0);
  return into;
}

/**
 * Adds students to stage `s` (a STAGES index), noting the stage when first seen.
 * @example addStageStudents(emptyStageSums(), 1, 210).order[0] // 1
 */
export function addStageStudents(into: StageSums, s: number, students: number): StageSums {
  let seen = false;
  for (let k = 0; k < into.count && !seen; k++) seen = into.order[k] === s;
  if (!seen) into.order[into.count++] = s;
  into.sums[s] = (into.sums[s] ?? 0) + students;
  return into;
}

/** @example stageSumsOf(new Map([["junior", 210], ["primary", 166]])).order // [1, 0] */
export function stageSumsOf(students: ReadonlyMap<Stage, number>): StageSums {
  const sums = emptyStageSums();
  for (const [stage, n] of students) addStageStudents(sums, stageIndex(stage), n);
  return sums;
}

/**
 * The students of all stages, summed from 0 in stage order.
 * @example totalStudents(stageSumsOf(new Map([["primary", 60], ["junior", 30]]))) // 90
 */
export function totalStudents({ order, count, sums }: StageSums): number {
  let total = 0;
  for (let k = 0; k < count; k++) total += sums[order[k] ?? 0] ?? 0;
  return total;
}

/**
 * Yuan required: Σ norm[stage] × students[stage], scaled by funded ÷ actual students, so that a
 * combined school's tier uplift is shared between its stages in proportion to their students; a
 * school with no students gets its tier at the lowest norm of its stages. rules.md §4 item 6 and
 * the seed 000 norms (小学 800, 初中 1040).
 *
 * A school without any stage has no norm: asking is a mistake of the caller, and throws.
 *
 * @example requiredFor(stageSumsOf(new Map([["primary", 60], ["junior", 30]])), 100, { primary: 800, junior: 1040 }) // (800 × 60 + 1040 × 30) × 100 ÷ 90 = 88000
 */
export function requiredFor({ order, count, sums }: StageSums, funded: number, norm: Readonly<Record<Stage, number>>): number {
  if (count === 0) throw new Error("requiredFor: the school has no stage, so no funding norm applies");
  let total = 0;
  let weighted = 0;
  let least = Infinity;
  for (let k = 0; k < count; k++) {
    const s = order[k] ?? 0;
    const n = sums[s] ?? 0;
    const rate = norm[STAGES[s] as Stage];
    total += n;
    weighted += rate * n;
    least = Math.min(least, rate);
  }
  return total === 0 ? least * funded : (weighted * funded) / total;
}
