import { INDICATOR_CODES, STAGES } from "../types";
import { offHeapFloat64, offHeapUint8 } from "./offHeap";
import { SectionTableBuilder, type SectionTable } from "./sectionTable";

const K = INDICATOR_CODES.length;
const SLOTS = STAGES.length * K;

/**
 * What a county's coefficients (rules.md §3), shortfall totals (§7) and section counts (§1, §8)
 * sum from its section table, summed in one pass over its rows. Slot s × 7 + k is stage s,
 * indicator k (INDICATOR_CODES order). Each slot adds its rows in table order, as weightedCv and
 * the sums over the sections add them: the same numbers to the last bit.
 */
export interface TableSums {
  /** Points per slot: in scope, students > 0, the indicator computed. */
  readonly count: Float64Array;
  /** Σ students of the slot's points. */
  readonly totalStudents: Float64Array;
  /** Σ numerator of the slot's points. */
  readonly totalNumerators: Float64Array;
  /** Σ shortfall to standard per slot, over in-scope sections where the indicator was computed (any students). */
  readonly shortfall: Float64Array;
  /** Per stage: in-scope sections with students > 0 or an unknown count (a group's `schools`). */
  readonly inScope: Float64Array;
  /** Per stage: 1 when the stage has an in-scope section at all (stagesPresent). */
  readonly present: Uint8Array;
  /** sectionCounts' figures: in scope and decided, of which passing, in scope undecided with students, in scope with 0 students. */
  readonly judged: number;
  readonly passing: number;
  readonly unjudged: number;
  readonly noStudents: number;
  /** Per stage: the rows with points (in scope, students > 0, whatever they computed), in table order, the first `points[s]` of `pointRows[s]`. */
  readonly pointRows: readonly Int32Array[];
  readonly points: Float64Array;
}

type Writable = { -readonly [P in keyof TableSums]: TableSums[P] };

/*
 * One set of sums for the whole module, reused from county to county: a county's figures are taken
 * out of them (coefficientGroups, shortfallTotals, countyVerdict) before the next county is summed.
 * Module constants, not arrays reached through an object: TurboFan then addresses each slot
 * directly, where an array read from an object is checked (its kind, its length) at every read
 * inside the loop. New arrays and fills per county (each fill a call into the runtime) cost more
 * than the loops over their 14 slots.
 */
const count = new Float64Array(SLOTS);
const totalStudents = new Float64Array(SLOTS);
const totalNumerators = new Float64Array(SLOTS);
const needs = new Float64Array(SLOTS);
// Off the heap (offHeap.ts): arrays of 2 would be kept in their objects, their address loaded again at every read.
const inScope = offHeapFloat64(STAGES.length);
const present = offHeapUint8(STAGES.length);
const points = offHeapFloat64(STAGES.length);
// Grown (doubled) as a county needs: kept from county to county.
const pointRows: Int32Array[] = STAGES.map(() => new Int32Array(64));
const SUMS: Writable = { count, totalStudents, totalNumerators, shortfall: needs, inScope, present, judged: 0, passing: 0, unjudged: 0, noStudents: 0, pointRows, points };

/*
 * The sums of a table summed while it is built (countySections), so that no pass over its rows is
 * needed afterwards: `building` is that table, `keptEdits` its edit count when it was finished
 * (-1 while rows are still being added). Any other table, or this one edited since, is summed
 * afresh by tableSums.
 */
let building: SectionTableBuilder | null = null;
let keptEdits = -1;

/** The sums emptied (and kept for no table): loops, not fill(), which calls into the runtime for 14 slots. */
function cleared(): Writable {
  building = null;
  for (let slot = 0; slot < SLOTS; slot++) {
    count[slot] = 0;
    totalStudents[slot] = 0;
    totalNumerators[slot] = 0;
    needs[slot] = 0;
  }
  for (let s = 0; s < STAGES.length; s++) {
    inScope[s] = 0;
    present[s] = 0;
    points[s] = 0;
  }
  SUMS.judged = SUMS.passing = SUMS.unjudged = SUMS.noStudents = 0;
  return SUMS;
}

/**
 * Starts summing `table` (empty) as it is built: its rows are added in table order, by addRows
 * and, for a fast-path row, addFastRow and addPoint as the row is written.
 */
export function beginSums(table: SectionTableBuilder): void {
  cleared();
  building = table;
  keptEdits = -1;
}

/** Whether `table`'s rows are being summed as they are written (beginSums). */
export function summing(table: SectionTableBuilder): boolean {
  return building === table;
}

/** `table` is built: tableSums returns the sums kept while building it, as long as it is not edited. */
export function endSums(table: SectionTableBuilder): void {
  if (building === table) keptEdits = table.edits;
}

/**
 * The sums of `table` (see TableSums), in one pass over its rows: where three passes (the
 * coefficients' points, the shortfalls, the section counts) each read every row's scope, stage
 * and computed flags again. A table whose sums were kept while it was built (beginSums … endSums,
 * not edited since) is not read again. Valid until the next call: the sums are the module's, reused.
 *
 * @example tableSums(two in-scope primary sections of 500 and 300 students, L1 numerators 30 and 15, L1 shortfalls 2 and 1, both passing)
 *   // count[0] 2, totalStudents[0] 800, totalNumerators[0] 45, shortfall[0] 3, inScope[0] 2, present[0] 1, judged 2, passing 2
 */
export function tableSums(table: SectionTable): TableSums {
  if (building === table && keptEdits === building.edits) return SUMS;
  cleared();
  addRows(table, 0, table.size);
  return SUMS;
}

/** Rows `from` … `to` − 1 of `table` added to the sums, in table order. */
export function addRows(table: SectionTable, from: number, to: number): void {
  const { exclusion, stage, students, pass } = table;
  for (let row = from; row < to; row++) {
    // Out of scope: no point, no shortfall, not counted (isIncluded).
    if (exclusion[row] !== null) continue;
    const s = stage[row] ?? 0;
    const p = students[row] ?? NaN;
    present[s] = 1;
    // countsAsSchool: an unknown count is a school whose data is missing; 0 students is none.
    if (!(p <= 0)) inScope[s] = (inScope[s] ?? 0) + 1;
    countRow(SUMS, pass[row] ?? -1, p);
    if (p > 0) addPointRow(s, row);
    addRow(table, row, s * K, p > 0);
  }
}

/**
 * A fast-path row (in scope, students > 0, decided: `pass` 0 or 1) of stage `s` counted as it is
 * written, as addRows counts it; its indicators follow by addPoint.
 */
export function addFastRow(s: number, pass: number, row: number): void {
  addPointRow(s, row);
  present[s] = 1;
  inScope[s] = (inScope[s] ?? 0) + 1;
  SUMS.judged++;
  if (pass === 1) SUMS.passing++;
}

/** `row` (of stage `s`, in scope, students > 0) added to the stage's point rows. */
function addPointRow(s: number, row: number): void {
  const n = points[s] ?? 0;
  let rows = pointRows[s] ?? new Int32Array(0);
  if (n >= rows.length) {
    const grown = new Int32Array(2 * rows.length + 64);
    grown.set(rows);
    rows = pointRows[s] = grown;
  }
  rows[n] = row;
  points[s] = n + 1;
}

/** One computed indicator of an in-scope row with students > 0 added to `slot`, as addRow adds it. */
export function addPoint(slot: number, students: number, numerator: number, shortfall: number): void {
  needs[slot] = (needs[slot] ?? 0) + shortfall;
  count[slot] = (count[slot] ?? 0) + 1;
  totalStudents[slot] = (totalStudents[slot] ?? 0) + students;
  totalNumerators[slot] = (totalNumerators[slot] ?? 0) + numerator;
}
/** sectionCounts' classification of an in-scope row: judged (and passing), else 0 students, else unjudged. */
function countRow(sums: Writable, pass: number, students: number): void {
  if (pass !== -1) {
    sums.judged++;
    if (pass === 1) sums.passing++;
  } else if (students === 0) sums.noStudents++;
  else sums.unjudged++;
}

/**
 * An in-scope row's computed indicators added to the slots from `base`: each shortfall, and when
 * the row has students (`points`) one more point with its students and numerator.
 */
function addRow(table: SectionTable, row: number, base: number, points: boolean): void {
  const { computed, numerator, shortfall } = table;
  const p = table.students[row] ?? NaN;
  const at = row * K;
  for (let k = 0; k < K; k++) {
    if (computed[at + k] !== 1) continue;
    const slot = base + k;
    needs[slot] = (needs[slot] ?? 0) + (shortfall[at + k] ?? NaN);
    if (!points) continue;
    count[slot] = (count[slot] ?? 0) + 1;
    totalStudents[slot] = (totalStudents[slot] ?? 0) + p;
    totalNumerators[slot] = (totalNumerators[slot] ?? 0) + (numerator[at + k] ?? NaN);
  }
}
