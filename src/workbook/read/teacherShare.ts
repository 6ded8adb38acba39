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
  return shareInColumn(grid, role, count, at) && !largeSchool(grid, at.row, at.roles);
}

/**
 * The pupils of a school too large to share teachers (SHARING_SCHOOL_MAX_STUDENTS) whose teacher count
 * is a share read at smaller schools of its column (teacherShare but for the school's size): the cell
 * is refused on its own, said with the school's size, while the 教学点's halves are read (reviewer R3
 * of s49, D1: one 0.5 at a 中心小学 of 301 pupils had six 教学点's 0.5 refused with it). Null otherwise.
 * @example largeSchoolShare(grid, 体育、艺术教师 role, 0.5, 中心小学's row of 301 pupils) // 301 in a column of six 教学点 at 0.5
 * @example largeSchoolShare(grid, 体育、艺术教师 role, 0.5, 杏花教学点's row of 40 pupils) // null
 */
export function largeSchoolShare(grid: Grid, role: ColumnRole, count: number, at: ShareRow): number | null {
  return shareInColumn(grid, role, count, at) ? schoolSize(grid, at.row, at.roles) : null;
}

/**
 * Whether `count` is a share of a teacher for the column's field (a half; a third or a quarter of
 * teachers who go from school to school), in a column that is not of rates.
 */
function shareInColumn(grid: Grid, role: ColumnRole, count: number, at: ShareRow): boolean {
  if (!TEACHER_COUNT_FIELDS.has(role.key)) return false;
  const shares = SHARED_FIELDS.has(role.key) ? [1 / 2, ...SPLIT_SHARES] : [1 / 2];
  return nearShare(count, shares) && !rateColumn(grid, role.column, at.roles);
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
  return schoolSize(grid, row, roles) !== null;
}

/**
 * The row's largest 在校生数 (合计 or a stage's) when above SHARING_SCHOOL_MAX_STUDENTS, else null (a
 * small school, or its size unknown).
 * @example schoolSize(grid, 2, roles) // 301 for 河口乡中心小学 | 301
 */
function schoolSize(grid: Grid, row: number, roles: readonly ColumnRole[]): number | null {
  const sizes = roles.flatMap((role) => {
    if (role.key !== "students") return [];
    const read = cellNumber(valueAt(grid, row, role.column), role);
    return read.status === "number" && read.base > SHARING_SCHOOL_MAX_STUDENTS ? [read.base] : [];
  });
  return sizes.length === 0 ? null : Math.max(...sizes);
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
 * (a half, a third, a quarter: ANY_SHARE), or most of them sit at schools too large to share teachers
 * (SHARING_SCHOOL_MAX_STUDENTS, by the 在校生数 of `roles`: the grid's one roles array; one such among
 * 教学点's halves is refused alone, reviewer R3 of s49, D1). A sheet of only 教学点 sharing their 走教 PE teachers
 * holds 0.5 in most rows and nothing else under 1 (s49 H1: refused whole after eee583f, read
 * before); a column of rates holds 0.85, 0.92, 0.973, which no split of a teacher gives, or 0.25,
 * 0.33, 0.5 at schools of 700–1,200 pupils (reviewer R1 of s49).
 * @example rateColumn(column of 0.28, 0.25, 0.33, 0.3) // true; rateColumn(column of 2, 0.33, 3, 1) // false
 * @example rateColumn(column of 0.5, 0.5, 0.5, 1) // false; rateColumn(column of 0.5, 0.5, 0.85, 1) // true
 * @example rateColumn(column of 0.25, 0.33, 0.5 at schools of 1200, 800, 700 pupils) // true
 * @example rateColumn(column of 0.5 at six 教学点 of 28–55 pupils and at a school of 301) // false
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
 * Whether two or more of the column's numbers, and more than half, are strictly between 0 and 1, and
 * one of them at least is no share of a teacher, or more than half of them sit at schools too large
 * to share teachers (rateColumn, uncached; `roles` give the 在校生数). One share at a larger school
 * among 教学点's shares leaves the column of teachers shared, that cell refused alone
 * (largeSchoolShare: reviewer R3 of s49, D1).
 */
function mostlyFractions(grid: Grid, column: number, roles: readonly ColumnRole[]): boolean {
  let [numbers, fractions, noShare, atLarge] = [0, 0, 0, 0];
  grid.values.forEach((values, index) => {
    const read = parseCellNumber(values[column - grid.left] ?? null, "count");
    if (read.status !== "number") return;
    numbers++;
    if (read.value <= 0 || read.value >= 1) return;
    fractions++;
    if (!nearShare(read.value, ANY_SHARE)) noShare++;
    else if (largeSchool(grid, grid.top + index, roles)) atLarge++;
  });
  return fractions >= 2 && fractions * 2 > numbers && (noShare > 0 || atLarge * 2 > fractions);
}
