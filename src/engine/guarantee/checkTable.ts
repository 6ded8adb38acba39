import { stageIndex } from "../types";
import type { CellRef, Issue, Stage } from "../types";
import { CHECKED_ITEMS, STATUS, statusCode, statusName, type CheckStatus, type CheckedItem } from "./checkStatus";
import type { SchoolCheck } from "./schoolCheck";
import type { SchoolChecks, TeacherCounts } from "./schoolFindings";

/**
 * Every school's checks of one county in flat arrays, one row per school: what the county items
 * read (schoolDataItem.ts). The fast path (fastSchoolChecks) writes its rows number by number; a
 * school it leaves to the reference path is written from its SchoolChecks (putChecks), cells
 * included. Flat arrays instead of an object per check keep a county of thousands of schools to a
 * handful of allocations, and the items' loops to reads of adjacent numbers.
 */

/** Column of each checked item: its place in CHECKED_ITEMS. */
export const CHECK: Readonly<Record<CheckedItem, number>> = Object.fromEntries(CHECKED_ITEMS.map((item, column) => [item, column])) as Record<CheckedItem, number>;
/** The teacher counts behind G9 and G12, in the order of their columns. */
export const TEACHER = { teachers: 0, certified: 1, trained: 2 } as const;

const ITEMS = CHECKED_ITEMS.length;
/** Teacher counts per school: count t of school s at [s × TEACHER_COUNTS + t]. */
export const TEACHER_COUNTS = 3;
const COUNTS = TEACHER_COUNTS;

const NO_CELLS: readonly CellRef[] = Object.freeze([]);

export interface CheckTable {
  readonly size: number;
  /** Schools the arrays have room for (≥ size: a table is reused from county to county, see emptyCheckTable). */
  readonly capacity: number;
  /** Each school's name (the group's name). */
  readonly names: string[];
  /** 1 when the school counts for the items (its role is not "none"). */
  readonly counted: Uint8Array;
  /**
   * The stages (bit 1 << index in STAGES) that the school's check of an item judged per stage
   * (G7: the county gives a figure per stage) speaks for; 0 when it has no such check. Written by
   * the reference path only: the fast path checks no such item.
   */
  readonly stages: Uint8Array;
  /**
   * 1 when the school's G3 rests on a count of compliant rooms estimated from the total area that
   * may be too high (RoomFinding.estimated), else 0; written by both paths.
   */
  readonly roomsEstimated: Uint8Array;
  /** STATUS of item column c of school s at [s × 6 + c]. */
  readonly status: Uint8Array;
  /** The check's own figure at the same place; meaningful only where `given` is 1 (checkValue gives null elsewhere): a reused table keeps old figures there (emptyCheckTable). */
  readonly value: Float64Array;
  readonly given: Uint8Array;
  /** TEACHER count t of school s at [s × 3 + t]; meaningful only where `teacherGiven` is 1, as `value`. */
  readonly teacher: Float64Array;
  readonly teacherGiven: Uint8Array;
  /** Cells of checks and teacher counts, at the same places; written by the reference path only. */
  readonly cells: (readonly CellRef[] | undefined)[];
  readonly teacherCells: (readonly CellRef[] | undefined)[];
  /** The schools' data problems, in school order. */
  readonly issues: Issue[];
}

/**
 * A table for `size` schools, every check NONE. One literal (not a class): V8 keeps a literal's
 * hidden class, whereas a class's final one dies with its last instance at each collection and
 * takes the code that knew it along.
 * @example checkTable(3).status.length // 18
 */
export function checkTable(size: number): CheckTable {
  // One buffer for all the typed arrays: each typed array with a buffer of its own would be one more allocation outside the heap (see emptyCheckTable).
  const wide = 8 * size * (ITEMS + COUNTS);
  const buffer = new ArrayBuffer(wide + size * (3 + 2 * ITEMS + COUNTS));
  return {
    size,
    capacity: size,
    names: new Array<string>(size).fill(""),
    counted: new Uint8Array(buffer, wide, size),
    status: new Uint8Array(buffer, wide + size, size * ITEMS),
    value: new Float64Array(buffer, 0, size * ITEMS),
    given: new Uint8Array(buffer, wide + size * (1 + ITEMS), size * ITEMS),
    teacher: new Float64Array(buffer, 8 * size * ITEMS, size * COUNTS),
    teacherGiven: new Uint8Array(buffer, wide + size * (1 + 2 * ITEMS), size * COUNTS),
    stages: new Uint8Array(buffer, wide + size * (1 + 2 * ITEMS + COUNTS), size),
    roomsEstimated: new Uint8Array(buffer, wide + size * (2 + 2 * ITEMS + COUNTS), size),
    cells: [],
    teacherCells: [],
    issues: [],
  };
}

/**
 * A table for `size` schools, every check NONE: in the memory of `reuse` (the previous county's
 * table, its used rows cleared) when it has room, else a new one. The typed arrays of a new table
 * are one allocation outside the heap, which costs more than a small county's checks. The names,
 * cells and issues are new arrays: the issues leave with the county's result. The figures and the
 * teacher counts are not cleared, only their flags (`given`, `teacherGiven`): a figure is read only
 * where its flag is 1 (checkValue, teacherCount, rateTally), and every writer sets the flag with the
 * figure. Each fill is a call into the runtime of ≈ 1,000 instructions before its first store, and
 * the figures are the largest arrays: 48 bytes a school, written byte by byte (rep stosb) above 2 KB.
 * @example emptyCheckTable(2, checkTable(5)).capacity // 5
 */
export function emptyCheckTable(size: number, reuse: CheckTable | undefined): CheckTable {
  if (reuse === undefined || reuse.capacity < size) return checkTable(size);
  const used = reuse.size;
  reuse.counted.fill(0, 0, used);
  reuse.status.fill(0, 0, used * ITEMS);
  reuse.given.fill(0, 0, used * ITEMS);
  reuse.teacherGiven.fill(0, 0, used * COUNTS);
  reuse.stages.fill(0, 0, used);
  reuse.roomsEstimated.fill(0, 0, used);
  const { counted, status, value, given, teacher, teacherGiven, stages, roomsEstimated } = reuse;
  return { size, capacity: reuse.capacity, names: new Array<string>(size).fill(""), counted, status, value, given, teacher, teacherGiven, stages, roomsEstimated, cells: [], teacherCells: [], issues: [] };
}

/**
 * Writes one check (the fast path): `value` NaN for a check without a figure. A figure is never
 * a value that is not a number: usableRecord leaves such values out before either path reads them.
 * @example putCheck(table, 0, CHECK.G4, STATUS.FAIL, 130) // school 0 is 130 students over the cap
 */
export function putCheck(table: CheckTable, school: number, item: number, status: number, value: number): void {
  const at = school * ITEMS + item;
  table.status[at] = status;
  table.value[at] = Number.isNaN(value) ? 0 : value;
  table.given[at] = Number.isNaN(value) ? 0 : 1;
}

/** Writes one teacher count: `value` NaN when the school lacks it. */
export function putTeacherCount(table: CheckTable, school: number, count: number, value: number): void {
  const at = school * COUNTS + count;
  table.teacher[at] = Number.isNaN(value) ? 0 : value;
  table.teacherGiven[at] = Number.isNaN(value) ? 0 : 1;
}

/** Writes a school's row from its SchoolChecks (the reference path), every column and cell, and keeps its issues. */
export function putChecks(table: CheckTable, school: number, found: SchoolChecks): void {
  table.names[school] = found.name;
  table.counted[school] = found.role === "none" ? 0 : 1;
  table.stages[school] = 0;
  // Only a school checked on G3 (one that counts) has its rooms' estimate noted.
  table.roomsEstimated[school] = found.checks.G3 !== undefined && found.guarantee.roomsShortLowerBound !== null ? 1 : 0;
  for (let c = 0; c < ITEMS; c++) putFoundCheck(table, school, c, found.checks[CHECKED_ITEMS[c] as CheckedItem]);
  putFoundCounts(table, school, found.teachers);
  for (const issue of found.issues) table.issues.push(issue);
}

/**
 * One check of the reference path into column `c` of row `school` (putChecks), its cells kept and
 * its stages added to the row's; an absent check is written as none. Apart so that putChecks reads
 * as the row's parts.
 */
function putFoundCheck(table: CheckTable, school: number, c: number, check: SchoolCheck | undefined): void {
  const at = school * ITEMS + c;
  if (check?.stages !== undefined) table.stages[school] = (table.stages[school] ?? 0) | stageMask(check.stages);
  table.status[at] = check === undefined ? STATUS.NONE : statusCode(check.status);
  table.value[at] = check?.value ?? 0;
  table.given[at] = check?.value === null || check === undefined ? 0 : 1;
  table.cells[at] = check?.cells;
}

/** A school's teacher counts of the reference path into row `school` (putChecks), their cells kept; a missing count is written as not given. */
function putFoundCounts(table: CheckTable, school: number, found: TeacherCounts): void {
  const { teachers, certified, trained } = found;
  const counts = [teachers, certified, trained];
  for (let t = 0; t < COUNTS; t++) {
    const count = counts[t] ?? null;
    const at = school * COUNTS + t;
    table.teacher[at] = count?.value ?? 0;
    table.teacherGiven[at] = count === null ? 0 : 1;
    table.teacherCells[at] = count?.cells;
  }
}

/**
 * The bits of `stages` (1 << index in STAGES).
 * @example stageMask(["junior"]) // 0b10
 */
export function stageMask(stages: readonly Stage[]): number {
  let bits = 0;
  for (const s of stages) bits |= 1 << stageIndex(s);
  return bits;
}

/** Whether any check or teacher count has cells: none when every school was checked on the fast path. */
export function hasCells(table: CheckTable): boolean {
  return table.cells.length > 0 || table.teacherCells.length > 0;
}

/** The cells of a check (none on the fast path). */
export function checkCells(table: CheckTable, school: number, item: number): readonly CellRef[] {
  return table.cells[school * ITEMS + item] ?? NO_CELLS;
}

/** The cells of a teacher count (none on the fast path). */
export function teacherCountCells(table: CheckTable, school: number, count: number): readonly CellRef[] {
  return table.teacherCells[school * COUNTS + count] ?? NO_CELLS;
}

/** A check's status (STATUS). */
export function statusAt(table: CheckTable, school: number, item: number): number {
  return table.status[school * ITEMS + item] ?? STATUS.NONE;
}

/** A check's figure; null when it has none. */
export function checkValue(table: CheckTable, school: number, item: number): number | null {
  const at = school * ITEMS + item;
  return table.given[at] === 1 ? (table.value[at] ?? 0) : null;
}

/** A teacher count; null when the school lacks it. */
export function teacherCount(table: CheckTable, school: number, count: number): number | null {
  const at = school * COUNTS + count;
  return table.teacherGiven[at] === 1 ? (table.teacher[at] ?? 0) : null;
}

/**
 * One row as plain values, without cells (for tests and debugging): the checks present by item,
 * the teacher counts, and whether G3 rests on an estimate of compliant rooms.
 * @example rowOf(table, 0) // { name: "红星小学", counted: true, checks: { G3: { status: "pass", value: 0 }, … }, teachers: [40, 38, 36], roomsEstimated: false }
 */
export function rowOf(table: CheckTable, school: number): { name: string; counted: boolean; checks: Record<string, { status: CheckStatus; value: number | null }>; teachers: (number | null)[]; roomsEstimated: boolean } {
  const checks: Record<string, { status: CheckStatus; value: number | null }> = {};
  for (let c = 0; c < ITEMS; c++) {
    const status = statusAt(table, school, c);
    if (status !== STATUS.NONE) checks[CHECKED_ITEMS[c] as string] = { status: statusName(status), value: checkValue(table, school, c) };
  }
  const teachers = [0, 1, 2].map((t) => teacherCount(table, school, t));
  return { name: table.names[school] ?? "", counted: table.counted[school] === 1, checks, teachers, roomsEstimated: table.roomsEstimated[school] === 1 };
}
