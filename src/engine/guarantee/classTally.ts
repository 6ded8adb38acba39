import { FIELD, type RecordColumns, type Source } from "../table/recordColumns";
import { CLASS_BUCKET_SPANS, CLASS_BUCKETS, FIELD_KEYS, STAGES, stageIndex, type SchoolRecord, type Stage } from "../types";
import { stageMask } from "./checkTable";
import { recordStages } from "./recordValues";

/**
 * The fast path's count of a school's classes over a size limit (classCounts.ts is the reference:
 * classData → classesAbove → classesOverCaps → sumCounts), summed into one mutable tally instead
 * of an object per record and slice: the count runs for every school of every county (twice for a
 * rural school where the profile relaxes rooms for small rural schools).
 */

/** The largest class size allowed, per stage or for all. */
export type Limits = number | Readonly<Record<Stage, number>>;

/**
 * A count being summed. `partial` (a slice with incomplete buckets: a problem the reference
 * reports) wins over `unknown` (a slice without class data), which wins over a known count: at
 * least `atLeast` classes over the limit, exactly that many when `exact`.
 */
export class ClassTally {
  state: "known" | "unknown" | "partial" = "known";
  atLeast = 0;
  exact = true;

  reset(): this {
    this.state = "known";
    this.atLeast = 0;
    this.exact = true;
    return this;
  }

  /** Sets a known count; true, for the caller to return. */
  set(atLeast: number, exact: boolean): true {
    this.state = "known";
    this.atLeast = atLeast;
    this.exact = exact;
    return true;
  }

  /** sumCounts with one more count. */
  add(atLeast: number, exact: boolean): void {
    this.atLeast += atLeast;
    this.exact &&= exact;
  }

  mark(state: "unknown" | "partial"): void {
    if (this.state !== "partial") this.state = state;
  }
}

/** Each bucket a row may give (CLASS_BUCKET_SPANS: by smallest size, the finest first), as numbers. */
const SPANS = CLASS_BUCKET_SPANS.length;
const SPAN_FIELD: Int32Array = Int32Array.from(CLASS_BUCKET_SPANS, (b) => FIELD[b.key]);
const SPAN_MIN: Float64Array = Float64Array.from(CLASS_BUCKET_SPANS, (b) => b.min);
const SPAN_MAX: Float64Array = Float64Array.from(CLASS_BUCKET_SPANS, (b) => b.max);
/** The edges buckets start at (the ten buckets' smallest sizes); edge EDGES stands for ∞. */
const EDGE_MINS: readonly number[] = CLASS_BUCKETS.map((b) => b.min);
const EDGES = EDGE_MINS.length;
const SPAN_START: Int32Array = Int32Array.from(CLASS_BUCKET_SPANS, (b) => EDGE_MINS.indexOf(b.min));
const SPAN_END: Int32Array = Int32Array.from(CLASS_BUCKET_SPANS, (b) => (b.max === Infinity ? EDGES : EDGE_MINS.indexOf(b.max + 1)));
/** Scratch: the bucket the partition takes from each edge on (bucketPartition), −1 when none reaches ∞. */
const CHOSEN = new Int32Array(EDGES + 1);
const FIELDS = FIELD_KEYS.length;
/** The numbers of a source that a record does not have: every field absent. */
const ABSENT = new Float64Array(FIELDS).fill(NaN);

/*
 * The slice readers below take a source's numbers and the slice's offset in them, and read them
 * in place rather than through valueAt: a helper that returns a number V8 does not inline into
 * its caller hands that number over in a fresh heap box when it is not a small integer — and an
 * absent value is NaN — which for every bucket of every school was most of what the guarantee
 * checks allocated.
 */

/** The columns of the bucket fields, ascending: what anyBucket reads, written out there as numbers (classTally.test.ts checks them against FIELD). */
export const BUCKET_COLUMNS: readonly number[] = [...SPAN_FIELD].sort((a, b) => a - b);

/** Whether a value is given: a number, not NaN (absent) nor undefined (read past the end, as of NO_NUMBERS). */
function given(value: number | undefined): boolean {
  return value !== undefined && !Number.isNaN(value);
}

/**
 * Whether a slice gives any bucket (standard or merged). Most rows give none — only the largest
 * class, or nothing — and for them this is all partition does: looking up each bucket's column
 * and emptying CHOSEN first made addSlice 4–6 % of an evaluation in the profile (1,000 sections).
 * The fourteen columns (BUCKET_COLUMNS) are written out, straight-line: a loop over runs of
 * columns held in an Int32Array cost ≈ 320 instructions a row — the loop's bounds, the runs'
 * reads and a bounds check per field — for the one row of nearly every school.
 * @example anyBucket(row giving only its largest class, at) // false; with classes_41_45 given → true
 */
export function anyBucket(data: Float64Array, at: number): boolean {
  return (
    given(data[at + 15]) ||
    given(data[at + 16]) ||
    given(data[at + 17]) ||
    given(data[at + 18]) ||
    given(data[at + 19]) ||
    given(data[at + 20]) ||
    given(data[at + 21]) ||
    given(data[at + 22]) ||
    given(data[at + 23]) ||
    given(data[at + 24]) ||
    given(data[at + 35]) ||
    given(data[at + 36]) ||
    given(data[at + 37]) ||
    given(data[at + 38])
  );
}

/**
 * bucketPartition of one slice into CHOSEN, from the last edge down: from each edge, the finest
 * given bucket after which the partition reaches ∞. Returns the buckets given,
 * counted in the same pass: the partition is complete when some are and CHOSEN[0] is not −1.
 */
function partition(data: Float64Array, at: number): number {
  // No bucket: nothing to partition (CHOSEN is read only when some are given).
  if (!anyBucket(data, at)) return 0;
  // A loop, not fill(): the builtin call cost more than the eleven stores, for every slice of every school.
  for (let e = 0; e < EDGES; e++) CHOSEN[e] = -1;
  CHOSEN[EDGES] = SPANS;
  let given = 0;
  for (let b = SPANS - 1; b >= 0; b--) {
    if (Number.isNaN(data[at + (SPAN_FIELD[b] ?? 0)] ?? NaN)) continue;
    given++;
    if (CHOSEN[SPAN_END[b] ?? 0] !== -1) CHOSEN[SPAN_START[b] ?? 0] = b;
  }
  return given;
}

/** The limit of stage index `s`: read by name (a lookup keyed by the stage's name cost more than the count it bounds). */
export function limitOf(limits: Limits, s: number): number {
  return typeof limits === "number" ? limits : s === 0 ? limits.primary : limits.junior;
}

/** One slice's classesAbove for one limit over the partition in CHOSEN (`complete`), written into `out`; false when the slice has no class data. */
function above(data: Float64Array, at: number, limit: number, complete: boolean, out: ClassTally): boolean {
  const largest = data[at + FIELD.largestClass] ?? NaN;
  if (!complete) {
    if (Number.isNaN(largest)) return false;
    return out.set(largest <= limit ? 0 : 1, largest <= limit);
  }
  let definite = 0;
  let undecided = 0;
  for (let e = 0; e < EDGES; e = SPAN_END[CHOSEN[e] ?? 0] ?? EDGES) {
    const b = CHOSEN[e] ?? 0;
    const n = data[at + (SPAN_FIELD[b] ?? 0)] ?? NaN;
    if ((SPAN_MIN[b] ?? 0) > limit) definite += n;
    else if ((SPAN_MAX[b] ?? 0) > limit) undecided += n;
  }
  if (undecided === 0 || largest <= limit) return out.set(definite, true);
  return out.set(Math.max(definite, largest > limit ? 1 : 0), false);
}

// The count of one limit within a slice; reused (counting never nests deeper than one slice).
const one = new ClassTally();

/**
 * classesOverCaps of one slice (record `i` of `source`), added to `tally`: the least count over
 * the limits of the stages in `stages` (bits), exact only when every count is exact and all are
 * equal.
 */
function addSlice(source: Source | null, i: number, stages: number, limits: Limits, tally: ClassTally): void {
  const data = source === null ? ABSENT : source.data;
  const at = source === null ? 0 : i * FIELDS;
  const given = partition(data, at);
  const complete = given > 0 && CHOSEN[0] !== -1;
  if (given > 0 && !complete) return tally.mark("partial");
  let least = Infinity;
  let first = NaN;
  let exact = true;
  for (let s = 0; s < STAGES.length; s++) {
    if ((stages & (1 << s)) === 0) continue;
    if (!above(data, at, limitOf(limits, s), complete, one)) return tally.mark("unknown");
    if (Number.isNaN(first)) first = one.atLeast;
    least = Math.min(least, one.atLeast);
    exact &&= one.exact && one.atLeast === first;
  }
  if (least === Infinity) return tally.mark("unknown");
  tally.add(least, exact);
}

/**
 * Bits of a record's stages (recordStages).
 * @example stageBits(columns, 小学 row, i) // 0b01
 */
export function stageBits(columns: RecordColumns, record: SchoolRecord, i: number): number {
  if (record.stage !== null) return 1 << stageIndex(record.stage);
  const given = columns.stagesGiven[i] ?? 0;
  return given !== 0 ? given : stageMask(recordStages(record));
}

/** Whether a whole-school row has senior students, whose classes its whole-school buckets count too (classSlices). */
function hasSenior(columns: RecordColumns, i: number): boolean {
  return (columns.whole?.data[i * FIELDS + FIELD.seniorStudents] ?? 0) > 0;
}

function hasClassData(source: Source | null, i: number): boolean {
  return source !== null && (!Number.isNaN(source.data[i * FIELDS + FIELD.largestClass] ?? NaN) || anyBucket(source.data, i * FIELDS));
}

/** Whether every stage in `stages` (bits) has its own class data in the record. */
function perStageData(columns: RecordColumns, i: number, stages: number): boolean {
  const given = columns.stagesGiven[i] ?? 0;
  for (let s = 0; s < STAGES.length; s++) {
    if ((stages & (1 << s)) === 0) continue;
    if ((given & (1 << s)) === 0 || !hasClassData(columns.staged[s === 0 ? 0 : 1], i)) return false;
  }
  return stages !== 0;
}

// The count of a slice that counts 高中 classes too, before it is added.
const withSenior = new ClassTally();

/** addSlice of a whole-school row with senior students, as compulsoryCount: a count only when no class is over the limit, else unknown. */
function addWithSenior(source: Source | null, i: number, stages: number, limits: Limits, tally: ClassTally): void {
  addSlice(source, i, stages, limits, withSenior.reset());
  if (withSenior.state !== "known") return tally.mark(withSenior.state);
  if (withSenior.atLeast > 0 || !withSenior.exact) return tally.mark("unknown");
}

/** A record's count over its slices (classSlices), added to `tally`: per stage when every stage has class data, else the row. */
function addRecord(columns: RecordColumns, record: SchoolRecord, i: number, limits: Limits, tally: ClassTally): void {
  const stages = stageBits(columns, record, i);
  const whole = record.stage !== null || !perStageData(columns, i, stages);
  if (whole && record.stage === null && hasSenior(columns, i)) return addWithSenior(columns.whole, i, stages, limits, tally);
  if (whole) return addSlice(columns.whole, i, stages, limits, tally);
  for (let s = 0; s < STAGES.length; s++) {
    if ((stages & (1 << s)) !== 0) addSlice(columns.staged[s === 0 ? 0 : 1], i, 1 << s, limits, tally);
  }
}

// The school count handed back by schoolClassCount.
const school = new ClassTally();

/**
 * The classes over `limits` of a school's rows (records[n] at row indexes[n] of the columns),
 * summed as the reference's sumCounts does. The tally returned is reused by the next call: read it
 * before counting again.
 *
 * @example two 小学 rows with 2 and 1 classes of 46–50 (limit 45) → { state: "known", atLeast: 3, exact: true }
 */
export function schoolClassCount(columns: RecordColumns, records: readonly SchoolRecord[], indexes: readonly number[], limits: Limits): ClassTally {
  school.reset();
  for (let n = 0; n < indexes.length && school.state !== "partial"; n++) addRecord(columns, records[n] as SchoolRecord, indexes[n] ?? 0, limits, school);
  return school;
}

/**
 * schoolClassCount of a school of one row of one stage (STAGES index `s`, record `i`), which most
 * schools are, when that row gives no bucket: its largest class against the stage's limit, as
 * addSlice counts it then (over by at least one, exactly when within the limit), without the
 * calls through addRecord, addSlice, partition and above, which V8 leaves as calls (its inlining
 * budget is spent before them: --trace-turbo-inlining). Null when the row gives buckets: the caller
 * counts as usual. Measured (10 alternating runs a side): about 2 % of an evaluation.
 *
 * @example a 小学 row with largestClass 48, no buckets, limit 45 → { state: "known", atLeast: 1, exact: false }
 */
export function oneRowCount(columns: RecordColumns, i: number, s: number, limits: Limits): ClassTally | null {
  const data = columns.whole.data;
  const at = i * FIELDS;
  if (anyBucket(data, at)) return null;
  school.reset();
  const largest = data[at + FIELD.largestClass] ?? NaN;
  if (Number.isNaN(largest)) school.mark("unknown");
  else school.add(largest <= limitOf(limits, s) ? 0 : 1, largest <= limitOf(limits, s));
  return school;
}
