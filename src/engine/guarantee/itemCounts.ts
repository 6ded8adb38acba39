import { CHECKED_ITEMS, STATUS } from "./checkStatus";
import { TEACHER, TEACHER_COUNTS, type CheckTable } from "./checkTable";

const SIX = CHECKED_ITEMS.length;

/**
 * How many counted schools each column of the check table has checked (`checked[c]`), failing
 * (`failing[c]`) and unknown (`unknown[c]`): what an every-school item's verdict is decided from
 * (itemVerdicts) when no item need be built. columnTallies counts the same and lists the failing
 * schools' names besides, which only the item itself shows.
 * @example two counted schools, G4 pass and fail, G5 unknown and pass → checked [_, 2, 2, …], failing [_, 1, 0, …], unknown [_, 0, 1, …]
 */
export interface ColumnCounts {
  readonly checked: Int32Array;
  readonly failing: Int32Array;
  readonly unknown: Int32Array;
}

/**
 * The counts of `table` (ColumnCounts) into `out`, in one pass over the counted schools. The six
 * columns are written out, their counts in locals (as columnTallies: a loop over the columns
 * reloaded the arrays at every check and took twice as long), and each status is counted by
 * arithmetic on comparisons: a county mixes passes and failures in no order.
 */
export function columnCounts(table: CheckTable, out: ColumnCounts): ColumnCounts {
  const { counted, status } = table;
  let c0 = 0, c1 = 0, c2 = 0, c3 = 0, c4 = 0, c5 = 0;
  let f0 = 0, f1 = 0, f2 = 0, f3 = 0, f4 = 0, f5 = 0;
  let u0 = 0, u1 = 0, u2 = 0, u3 = 0, u4 = 0, u5 = 0;
  for (let s = 0, at = 0; s < table.size; s++, at += SIX) {
    if (counted[s] !== 1) continue;
    const a0 = status[at] ?? 0, a1 = status[at + 1] ?? 0, a2 = status[at + 2] ?? 0, a3 = status[at + 3] ?? 0, a4 = status[at + 4] ?? 0, a5 = status[at + 5] ?? 0;
    c0 += +(a0 !== STATUS.NONE); c1 += +(a1 !== STATUS.NONE); c2 += +(a2 !== STATUS.NONE); c3 += +(a3 !== STATUS.NONE); c4 += +(a4 !== STATUS.NONE); c5 += +(a5 !== STATUS.NONE);
    f0 += +(a0 === STATUS.FAIL); f1 += +(a1 === STATUS.FAIL); f2 += +(a2 === STATUS.FAIL); f3 += +(a3 === STATUS.FAIL); f4 += +(a4 === STATUS.FAIL); f5 += +(a5 === STATUS.FAIL);
    u0 += +(a0 === STATUS.UNKNOWN); u1 += +(a1 === STATUS.UNKNOWN); u2 += +(a2 === STATUS.UNKNOWN); u3 += +(a3 === STATUS.UNKNOWN); u4 += +(a4 === STATUS.UNKNOWN); u5 += +(a5 === STATUS.UNKNOWN);
  }
  put6(out.checked, c0, c1, c2, c3, c4, c5);
  put6(out.failing, f0, f1, f2, f3, f4, f5);
  put6(out.unknown, u0, u1, u2, u3, u4, u5);
  return out;
}

function put6(to: Int32Array, a: number, b: number, c: number, d: number, e: number, f: number): void {
  to[0] = a;
  to[1] = b;
  to[2] = c;
  to[3] = d;
  to[4] = e;
  to[5] = f;
}

/** Room for one county's ColumnCounts. */
export function emptyColumnCounts(): ColumnCounts {
  return { checked: new Int32Array(SIX), failing: new Int32Array(SIX), unknown: new Int32Array(SIX) };
}

/** The county rates' sums (rateCounts), per teacher count (TEACHER: certified, trained): the counted schools, those lacking the count or the teachers, and Σ counts and Σ teachers of the others. */
export interface RateCounts {
  rows: number;
  readonly unknown: Int32Array;
  readonly num: Float64Array;
  readonly den: Float64Array;
}

/** Room for one county's RateCounts. */
export function emptyRateCounts(): RateCounts {
  return { rows: 0, unknown: new Int32Array(TEACHER_COUNTS), num: new Float64Array(TEACHER_COUNTS), den: new Float64Array(TEACHER_COUNTS) };
}

/**
 * The sums of both county rates (certified and trained teachers over all teachers) over the
 * counted schools, into `out`, in one pass: rateTally's sums, added in the same order, without
 * the lists of schools, which only the items show. rules.md §4 items 9 and 12.
 * @example certified 40 + 30 of teachers 40 + 31, a third school without counts → rows 3, unknown[certified] 1, num[certified] 70, den[certified] 71
 */
export function rateCounts(table: CheckTable, out: RateCounts): RateCounts {
  const { counted, teacher, teacherGiven } = table;
  let rows = 0, unknownC = 0, unknownT = 0, numC = 0, numT = 0, denC = 0, denT = 0;
  for (let s = 0, at = 0; s < table.size; s++, at += TEACHER_COUNTS) {
    if (counted[s] !== 1) continue;
    rows++;
    const teachers = teacher[at + TEACHER.teachers] ?? 0;
    const all = teacherGiven[at + TEACHER.teachers] === 1;
    if (all && teacherGiven[at + TEACHER.certified] === 1) {
      numC += teacher[at + TEACHER.certified] ?? 0;
      denC += teachers;
    } else unknownC++;
    if (all && teacherGiven[at + TEACHER.trained] === 1) {
      numT += teacher[at + TEACHER.trained] ?? 0;
      denT += teachers;
    } else unknownT++;
  }
  out.rows = rows;
  putRate(out, TEACHER.certified, unknownC, numC, denC);
  putRate(out, TEACHER.trained, unknownT, numT, denT);
  return out;
}

function putRate(out: RateCounts, count: number, unknown: number, num: number, den: number): void {
  out.unknown[count] = unknown;
  out.num[count] = num;
  out.den[count] = den;
}
