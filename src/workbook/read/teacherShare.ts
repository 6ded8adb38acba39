import { TEACHER_COUNT_FIELDS } from "../../engine/types";
import type { Grid } from "../types";
import type { ColumnRole } from "./keys";
import { parseCellNumber } from "./parseCellNumber";

/** How far a typed share may stand from 1 ÷ n: 0.33 and 0.333 are a third; 0.34 and 0.3 are not. */
const SHARE_ROUNDING = 0.004;

/** A third or a quarter of a teacher (走教 among three or four schools, Q2 of s48). */
const SPLIT_SHARES = [1 / 3, 1 / 4];

/**
 * The teachers who go from school to school (走教): PE, music and art teachers, and backbone teachers
 * sent to the village schools (Q2 of s48: 青山教学点 | 骨干 0.33 | 骨干教师走教). Not the whole staff
 * or its 学历 / 证书 / 培训 counts: a school whose staff is a third of a teacher has none of its own,
 * and 0.33 there is a rate.
 */
const SHARED_FIELDS: ReadonlySet<string> = new Set(["peArtTeachers", "backboneTeachers"]);

/**
 * Whether `count`, under 1, is a teacher's share at one of the schools sharing them (走教), read as
 * such (with read_count_share) rather than refused as a rate: half a teacher in any teacher count
 * (reviewer R3 of s46), a third or a quarter in the columns of teachers who go from school to school
 * alone (SHARED_FIELDS: Q2 of s48; in a 专任教师 or 学历 column 0.33 is a rate) — and none in a
 * column whose numbers are mostly fractions under 1, one of them at least no share, which is a
 * column of rates (a 骨干教师 column of 0.28, 0.25, 0.33, 0.3 had 0.25 and 0.33 read as teachers:
 * reviewer R2 of s48; rateColumn; a column of 教学点 at 0.5 each is still read). The reader's grid holds no number formats, so 33 typed in a
 * PE cell formatted as a percentage (stored 0.33) cannot be told from a third: the warning says so.
 * @example teacherShare(grid, 体育、艺术教师 role, 0.33) // true in a column of 2, 3, 0.33, 4
 * @example teacherShare(grid, 专任教师 role, 0.33) // false; teacherShare(grid, 骨干教师 role, 0.33) // false in a column of 0.28, 0.25, 0.33, 0.3
 */
export function teacherShare(grid: Grid, role: ColumnRole, count: number): boolean {
  if (!TEACHER_COUNT_FIELDS.has(role.key)) return false;
  const shares = SHARED_FIELDS.has(role.key) ? [1 / 2, ...SPLIT_SHARES] : [1 / 2];
  return nearShare(count, shares) && !rateColumn(grid, role.column);
}

/** Whether `count` is one of `shares` as typed (0.33 or 0.333 for a third: SHARE_ROUNDING). */
function nearShare(count: number, shares: readonly number[]): boolean {
  return shares.some((share) => Math.abs(count - share) < SHARE_ROUNDING);
}

/** Each grid's columns already looked at: whether they are rate columns. */
const RATE_COLUMNS = new WeakMap<Grid, Map<number, boolean>>();

/**
 * Whether the grid's column holds rates: at least two of its numbers, and more than half of them,
 * are strictly between 0 and 1 (no school has 0.28 teachers; a column of teachers shared holds such
 * a share here and there among whole counts), and one of those at least is no share of a teacher
 * (a half, a third, a quarter: ANY_SHARE). A sheet of only 教学点 sharing their 走教 PE teachers
 * holds 0.5 in most rows and nothing else under 1 (s49 H1: refused whole after eee583f, read
 * before); a column of rates holds 0.85, 0.92, 0.973, which no split of a teacher gives.
 * @example rateColumn(column of 0.28, 0.25, 0.33, 0.3) // true; rateColumn(column of 2, 0.33, 3, 1) // false
 * @example rateColumn(column of 0.5, 0.5, 0.5, 1) // false; rateColumn(column of 0.5, 0.5, 0.85, 1) // true
 */
export function rateColumn(grid: Grid, column: number): boolean {
  let known = RATE_COLUMNS.get(grid);
  if (known === undefined) RATE_COLUMNS.set(grid, (known = new Map<number, boolean>()));
  let rates = known.get(column);
  if (rates === undefined) known.set(column, (rates = mostlyFractions(grid, column)));
  return rates;
}

/** Every share of a teacher read in some column (teacherShare): a column whose fractions are all such is of teachers shared. */
const ANY_SHARE = [1 / 2, ...SPLIT_SHARES];

/** Whether two or more of the column's numbers, and more than half, are strictly between 0 and 1, not all of them shares (rateColumn, uncached). */
function mostlyFractions(grid: Grid, column: number): boolean {
  let [numbers, fractions, unshared] = [0, 0, 0];
  for (const row of grid.values) {
    const read = parseCellNumber(row[column - grid.left] ?? null, "count");
    if (read.status !== "number") continue;
    numbers++;
    if (read.value <= 0 || read.value >= 1) continue;
    fractions++;
    if (!nearShare(read.value, ANY_SHARE)) unshared++;
  }
  return fractions >= 2 && fractions * 2 > numbers && unshared > 0;
}
