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

/** Counted schools of each status per column (status s of column c at c × 4 + s): what columnCounts tallies into. */
const BY_STATUS = new Int32Array(SIX * 4);

/**
 * The counts of `table` (ColumnCounts) into `out`, in one pass over the counted schools: each
 * check adds one to its column's tally of its status, an index rather than comparisons (a county
 * mixes passes and failures in no order, and each comparison was a branch or an add of its own).
 */
export function columnCounts(table: CheckTable, out: ColumnCounts): ColumnCounts {
  const { counted, status } = table;
  const by = BY_STATUS;
  by.fill(0);
  let schools = 0;
  for (let s = 0, at = 0; s < table.size; s++, at += SIX) {
    if (counted[s] !== 1) continue;
    schools++;
    bump(by, status[at] ?? 0);
    bump(by, 4 + (status[at + 1] ?? 0));
    bump(by, 8 + (status[at + 2] ?? 0));
    bump(by, 12 + (status[at + 3] ?? 0));
    bump(by, 16 + (status[at + 4] ?? 0));
    bump(by, 20 + (status[at + 5] ?? 0));
  }
  for (let c = 0; c < SIX; c++) {
    out.checked[c] = schools - (by[4 * c + STATUS.NONE] ?? 0);
    out.failing[c] = by[4 * c + STATUS.FAIL] ?? 0;
    out.unknown[c] = by[4 * c + STATUS.UNKNOWN] ?? 0;
  }
  return out;
}

/** One more at `i`. */
function bump(counts: Int32Array, i: number): void {
  counts[i] = (counts[i] ?? 0) + 1;
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
