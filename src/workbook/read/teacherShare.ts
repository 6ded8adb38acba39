import { TEACHER_COUNT_FIELDS } from "../../engine/types";
import type { Grid } from "../types";
import type { ColumnRole } from "./keys";
import { cellNumber } from "./cellNumber";
import { parseCellNumber } from "./parseCellNumber";
import { valueAt } from "./rowMeta";

/** How far a typed share may stand from 1 ÷ n: 0.33 and 0.333 are a third; 0.34 and 0.3 are not. */
const SHARE_ROUNDING = 0.004;

/**
 * The most pupils a school sharing its teachers (走教) may have. 走教 serves 教学点 and small village
 * schools (乡村小规模学校: under 100 pupils, MoE 2018); the bound is set above the largest school of
 * one class per grade (6 × 45 = 270 pupils in a 小学 at the standard class size), as a school of two
 * classes in a grade has lessons enough for a teacher of its own. A quarter of a 骨干 teacher at a
 * school of 700–1,200 pupils is a rate (reviewer R1 of s49: 0.25, 0.33, 0.5 read as teachers there).
 */
export const SHARING_SCHOOL_MAX_STUDENTS = 300;

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
 * reviewer R2 of s48; rateColumn; a column of 教学点 at 0.5 each is still read) — and none at a school
 * too large to share teachers (SHARING_SCHOOL_MAX_STUDENTS: reviewer R1 of s49). The reader's grid holds no number formats, so 33 typed in a
 * PE cell formatted as a percentage (stored 0.33) cannot be told from a third: the warning says so.
 * @example teacherShare(grid, 体育、艺术教师 role, 0.33, 杏花村教学点's row of 63 pupils) // true in a column of 2, 3, 0.33, 4
 * @example teacherShare(grid, 骨干教师 role, 0.25, 城关小学's row of 1200 pupils) // false
 * @example teacherShare(grid, 专任教师 role, 0.33) // false; teacherShare(grid, 骨干教师 role, 0.33) // false in a column of 0.28, 0.25, 0.33, 0.3
 */
export function teacherShare(grid: Grid, role: ColumnRole, count: number, at: ShareRow): boolean {
  if (!TEACHER_COUNT_FIELDS.has(role.key)) return false;
  const shares = SHARED_FIELDS.has(role.key) ? [1 / 2, ...SPLIT_SHARES] : [1 / 2];
  return nearShare(count, shares) && !largeSchool(grid, at.row, at.roles) && !rateColumn(grid, role.column, at.roles);
}

/** Where a share is read: its row, and the sheet's columns (whose 在校生数 say how large the school is). */
export interface ShareRow {
  readonly row: number;
  readonly roles: readonly ColumnRole[];
}

/**
 * Whether the row's school has more pupils than a school sharing its teachers (SHARING_SCHOOL_MAX_STUDENTS),
 * by the largest of its 在校生数 cells (合计 or a stage's); false when none can be read (the size unknown).
 * @example largeSchool(grid, 2, roles) // true for 城关小学 | 在校生数 1200; false for 杏花村教学点 | 63, or a blank 在校生数
 */
function largeSchool(grid: Grid, row: number, roles: readonly ColumnRole[]): boolean {
  return roles.some((role) => {
    if (role.key !== "students") return false;
    const read = cellNumber(valueAt(grid, row, role.column), role);
    return read.status === "number" && read.base > SHARING_SCHOOL_MAX_STUDENTS;
  });
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
 * (a half, a third, a quarter: ANY_SHARE) or sits at a school too large to share teachers
 * (SHARING_SCHOOL_MAX_STUDENTS, by the 在校生数 of `roles`: the grid's one roles array). A sheet of only 教学点 sharing their 走教 PE teachers
 * holds 0.5 in most rows and nothing else under 1 (s49 H1: refused whole after eee583f, read
 * before); a column of rates holds 0.85, 0.92, 0.973, which no split of a teacher gives, or 0.25,
 * 0.33, 0.5 at schools of 700–1,200 pupils (reviewer R1 of s49).
 * @example rateColumn(column of 0.28, 0.25, 0.33, 0.3) // true; rateColumn(column of 2, 0.33, 3, 1) // false
 * @example rateColumn(column of 0.5, 0.5, 0.5, 1) // false; rateColumn(column of 0.5, 0.5, 0.85, 1) // true
 * @example rateColumn(column of 0.25, 0.33, 0.5 at schools of 1200, 800, 700 pupils) // true
 */
export function rateColumn(grid: Grid, column: number, roles: readonly ColumnRole[]): boolean {
  let known = RATE_COLUMNS.get(grid);
  if (known === undefined) RATE_COLUMNS.set(grid, (known = new Map<number, boolean>()));
  let rates = known.get(column);
  if (rates === undefined) known.set(column, (rates = mostlyFractions(grid, column, roles)));
  return rates;
}

/** Every share of a teacher read in some column (teacherShare): a column whose fractions are all such is of teachers shared. */
const ANY_SHARE = [1 / 2, ...SPLIT_SHARES];

/**
 * Whether two or more of the column's numbers, and more than half, are strictly between 0 and 1, not all
 * of them shares at schools small enough to share teachers (rateColumn, uncached; `roles` give the 在校生数).
 */
function mostlyFractions(grid: Grid, column: number, roles: readonly ColumnRole[]): boolean {
  let [numbers, fractions, unshared] = [0, 0, 0];
  grid.values.forEach((values, index) => {
    const read = parseCellNumber(values[column - grid.left] ?? null, "count");
    if (read.status !== "number") return;
    numbers++;
    if (read.value <= 0 || read.value >= 1) return;
    fractions++;
    if (!nearShare(read.value, ANY_SHARE) || largeSchool(grid, grid.top + index, roles)) unshared++;
  });
  return fractions >= 2 && fractions * 2 > numbers && unshared > 0;
}
