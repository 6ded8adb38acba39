import { indicatorScale, indicatorValue } from "../indicatorMeta";
import { INDICATOR_CODES, stageIndex, type IndicatorCode, type ScopeReason, type SectionResult } from "../types";

const K = INDICATOR_CODES.length;
const SCALES = Float64Array.from(INDICATOR_CODES, (code) => indicatorScale(code));

/**
 * The sections of one county as columns: what the county's coefficients, shortfall totals,
 * passing share and resource verdict are computed from. One row per section, in record order
 * (a combined school's stages in STAGES order). Absent values are NaN (a number column) or −1
 * (`pass`), never 0, so that a missing value cannot be summed as one; whether an indicator was
 * computed is `computed` (a NaN read from the input stays a NaN result, as on the object path).
 *
 * Columns instead of one SectionResult per section: building and keeping ~15 objects per section
 * (indicators, cells, the pass plan) cost more than the evaluation itself, so the objects are
 * built only when asked for (see evaluateCounty).
 */
export interface SectionTable {
  readonly size: number;
  /** Index of the section's record among the county's records. */
  readonly record: Int32Array;
  /** Index in STAGES. */
  readonly stage: Uint8Array;
  /** Students as stated (NaN when not stated). */
  readonly students: Float64Array;
  /** Why the section is out of scope; null when it is in. Entries from `size` on are left over from rows dropped or reset, and mean nothing. */
  readonly exclusion: (ScopeReason | null)[];
  /** 1 when evaluable (no blocking problem). */
  readonly evaluable: Uint8Array;
  /** 1 pass, 0 fail, −1 not decided. */
  readonly pass: Int8Array;
  /** Numerator of indicator k at `row × 7 + k` (INDICATOR_CODES order); NaN when not computed. */
  readonly numerator: Float64Array;
  /** Shortfall to standard of indicator k at `row × 7 + k`; NaN when not computed. */
  readonly shortfall: Float64Array;
  /** 1 at `row × 7 + k` when indicator k was computed (its numerator may still be NaN, from a NaN in the input). */
  readonly computed: Uint8Array;
  /**
   * Value of indicator k at `row × 7 + k`, (numerator × scale) ÷ students as varianceTerm forms
   * it; meaningful only where `computed` is 1. Kept because the section pass has it already: the
   * coefficients' second pass divided it out again for every point.
   */
  readonly value: Float64Array;
}

/** A table being filled row by row; `capacity` bounds the rows (at most two per record). Reusable: see `reset`. */
export class SectionTableBuilder implements SectionTable {
  size = 0;
  readonly record: Int32Array;
  readonly stage: Uint8Array;
  readonly students: Float64Array;
  readonly exclusion: (ScopeReason | null)[] = [];
  readonly evaluable: Uint8Array;
  readonly pass: Int8Array;
  readonly numerator: Float64Array;
  readonly shortfall: Float64Array;
  readonly computed: Uint8Array;
  readonly value: Float64Array;
  readonly capacity: number;
  /** Counts the changes made through the methods (rows opened, dropped, indicators set): sums kept while the table was built hold while it is unchanged (tableSums). */
  edits = 0;

  constructor(capacity: number) {
    this.capacity = capacity;
    this.record = new Int32Array(capacity);
    this.stage = new Uint8Array(capacity);
    this.students = new Float64Array(capacity);
    this.evaluable = new Uint8Array(capacity);
    this.pass = new Int8Array(capacity);
    this.numerator = new Float64Array(capacity * K).fill(NaN);
    this.shortfall = new Float64Array(capacity * K).fill(NaN);
    this.computed = new Uint8Array(capacity * K);
    // Never cleared: read only where `computed` is 1, which setIndicator sets with it.
    this.value = new Float64Array(capacity * K);
  }

  /** Starts a row (`stage` an index in STAGES); its indicator columns are NaN until set. Returns the row index. */
  open(record: number, stage: number, students: number, exclusion: ScopeReason | null): number {
    const row = this.openWhole(record, stage, students, exclusion);
    // Cleared here rather than for the whole table per county (recycle): most rows are the fast path's, written whole.
    for (let at = row * K; at < (row + 1) * K; at++) {
      this.numerator[at] = NaN;
      this.shortfall[at] = NaN;
      this.computed[at] = 0;
    }
    return row;
  }

  /**
   * open for a row whose 7 indicators the caller sets at once (the fast path: every numerator,
   * value, shortfall and computed flag), so its cells are not cleared first.
   */
  openWhole(record: number, stage: number, students: number, exclusion: ScopeReason | null): number {
    const row = this.size++;
    this.edits++;
    this.record[row] = record;
    this.stage[row] = stage;
    this.students[row] = students;
    this.exclusion[row] = exclusion;
    this.evaluable[row] = 0;
    this.pass[row] = -1;
    return row;
  }

  /** Empties the table for the next county. */
  reset(): this {
    this.truncate(0);
    return this;
  }

  /**
   * Empties the table for the next county without clearing its cells (reset's fills, one call
   * into the runtime per column): every row is cleared as it is opened (open), or written whole
   * (openWhole), and no reader looks past `size`.
   */
  recycle(): this {
    this.size = 0;
    this.edits++;
    return this;
  }

  /** Drops the rows from `size` on (a record the fast path gave up on part-way). */
  truncate(size: number): void {
    this.numerator.fill(NaN, size * K, this.size * K);
    this.shortfall.fill(NaN, size * K, this.size * K);
    this.computed.fill(0, size * K, this.size * K);
    // Dropped rows' exclusions are left where they are, not cut off: cutting the list gives up its memory, and the next county would grow it again step by step. No reader looks past `size`.
    this.size = size;
    this.edits++;
  }

  /** A row from a section evaluated object by object (the reference path). */
  addResult(record: number, s: SectionResult): void {
    const row = this.open(record, stageIndex(s.stage), s.students ?? NaN, s.exclusion);
    this.evaluable[row] = s.evaluable ? 1 : 0;
    this.pass[row] = s.pass === null ? -1 : s.pass ? 1 : 0;
    INDICATOR_CODES.forEach((code, k) => {
      const r = s.indicators[code];
      // The section's own value (evaluateIndicator's indicatorValue), not worked out again.
      if (r !== undefined) this.setComputed(row, k, r.numerator, r.value, r.shortfall);
    });
  }

  /** Indicator k of `row` (opened with its students): its numerator, shortfall and value. */
  setIndicator(row: number, k: number, numerator: number, shortfall: number): void {
    this.setComputed(row, k, numerator, indicatorValue(numerator, SCALES[k] ?? 1, this.students[row] ?? NaN), shortfall);
  }

  /** setIndicator with the value already worked out, (numerator × scale) ÷ students, as the fast path has it. */
  setComputed(row: number, k: number, numerator: number, value: number, shortfall: number): void {
    this.numerator[row * K + k] = numerator;
    this.value[row * K + k] = value;
    this.shortfall[row * K + k] = shortfall;
    this.computed[row * K + k] = 1;
    this.edits++;
  }
}

/**
 * A table of already evaluated sections, their records numbered by position in `records` when
 * given (a section of another record is an error), else in order of first appearance.
 * @example tableOf(sectionsOf(we1Rows())).size // 5
 */
export function tableOf(sections: readonly SectionResult[], records?: readonly { readonly id: string }[]): SectionTable {
  const table = new SectionTableBuilder(sections.length);
  const index = new Map<string, number>(records?.map((r, i) => [r.id, i]));
  for (const s of sections) {
    const i = index.get(s.recordId) ?? (records === undefined ? index.size : -1);
    if (i < 0) throw new Error(`tableOf: section ${s.id} belongs to no given record`);
    index.set(s.recordId, i);
    table.addResult(i, s);
  }
  return table;
}

/** The column index of an indicator. @example indicatorIndex("L3") // 2 */
export function indicatorIndex(code: IndicatorCode): number {
  return INDICATOR_CODES.indexOf(code);
}

/** Whether a row is in the resource-allocation scope. */
export function isIncluded(table: SectionTable, row: number): boolean {
  return table.exclusion[row] === null;
}

/**
 * Whether a row is in scope and decided (the sections the passing share counts): evaluable, or
 * missing indicators while those it has already fail it (evaluateSection).
 */
export function isJudged(table: SectionTable, row: number): boolean {
  return table.exclusion[row] === null && table.pass[row] !== -1;
}
