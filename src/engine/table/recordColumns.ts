import { FIELD_KEYS, STAGES, type FieldKey, type SchoolRecord } from "../types";
import { readFields } from "./readFields";

/** Column number of each field (FIELD_KEYS order). */
export const FIELD: Readonly<Record<FieldKey, number>> = Object.fromEntries(FIELD_KEYS.map((k, i) => [k, i])) as Record<FieldKey, number>;

/**
 * The numbers of one source (the whole rows, or one stage of combined rows), dense and record by
 * record: field f of record i at `data[i × FIELD_KEYS.length + f]`, NaN when absent. One
 * allocation per source; a record's fields lie together (five cache lines), which is how every
 * reader takes them — field by field within one record, never one field down all records.
 */
export interface Source {
  readonly data: Float64Array;
}

const FIELDS = FIELD_KEYS.length;

/**
 * The numbers of a county's records as columns, read once: the whole-row fields, and the
 * per-stage fields of combined rows (null while no record has any). Absent values are NaN, and
 * so is a value that is not a finite number: putRecord says so, and countySections then puts the
 * record again without it (usableRecord), so the fast paths only ever read usable records.
 */
export interface RecordColumns {
  readonly size: number;
  /** Rows the columns have room for (≥ size: columns are reused from county to county). */
  readonly capacity: number;
  readonly whole: Source;
  /** Per STAGES index. */
  readonly staged: readonly [Source | null, Source | null];
  /** Bit s set when the record has `stageFields` for STAGES[s]. */
  readonly stagesGiven: Uint8Array;
}

/** A field's value for a record; NaN when absent. */
export function valueAt(source: Source | null, field: number, record: number): number {
  return source === null ? NaN : (source.data[record * FIELDS + field] ?? NaN);
}

function newSource(capacity: number): Source {
  return { data: new Float64Array(FIELDS * capacity).fill(NaN) };
}

type Writable = { -readonly [K in keyof RecordColumns]: RecordColumns[K] } & { staged: [Source | null, Source | null] };

/**
 * The stage rows of the first `used` records back to NaN, and their stage bits to 0. Only a
 * record whose stage bit is set has numbers in that stage's rows (putRecord writes nothing else
 * there), so only its rows are cleared: most records keep no numbers per stage, and clearing both
 * stage sources whole took twice as long as clearing the whole-row source. The bits are cleared in
 * the same pass that reads them, and a record's rows by a loop of stores (clearRow): a fill() per
 * record, or for the bits, is a call into the runtime of ≈ 1,000 instructions before the first store.
 */
function clearStaged(columns: RecordColumns, used: number): void {
  const { stagesGiven, staged } = columns;
  for (let i = 0; i < used; i++) {
    const given = stagesGiven[i] ?? 0;
    if (given === 0) continue;
    stagesGiven[i] = 0;
    if ((given & 1) !== 0 && staged[0] !== null) clearRow(staged[0].data, i * FIELDS);
    if ((given & 2) !== 0 && staged[1] !== null) clearRow(staged[1].data, i * FIELDS);
  }
}

/** One record's FIELDS numbers from `at` back to NaN. */
function clearRow(data: Float64Array, at: number): void {
  for (let f = 0; f < FIELDS; f++) data[at + f] = NaN;
}

/** Columns for `size` records, all NaN: `reuse` cleared when it has room, else new ones. */
export function emptyColumns(size: number, reuse?: RecordColumns): RecordColumns {
  const columns = columnsFor(size, reuse);
  columns.whole.data.fill(NaN, 0, size * FIELDS);
  return columns;
}

/**
 * Columns for `size` records that will each be put (putRecord, records 0 to size − 1) before any
 * is read: `reuse` when it has room, its stage rows cleared (clearStaged) but not its whole rows,
 * else new ones, their whole rows left 0. putRecord writes all FIELDS numbers of a record's whole
 * row (readFields: NaN for an absent field), so filling them with NaN first wrote every number
 * twice, and a fill of NaN is done number by number in V8's runtime: ≈ 100 instructions a record.
 * @example columnsFor(2, columns of 3 records).capacity // 3; until putRecord, row 0 still holds the old county's first record (never read)
 */
export function columnsFor(size: number, reuse?: RecordColumns): RecordColumns {
  if (reuse === undefined || reuse.capacity < size) {
    return { size, capacity: size, whole: { data: new Float64Array(FIELDS * size) }, staged: [null, null], stagesGiven: new Uint8Array(size) };
  }
  clearStaged(reuse, reuse.size);
  return { size, capacity: reuse.capacity, whole: reuse.whole, staged: reuse.staged, stagesGiven: reuse.stagesGiven };
}

/**
 * Writes record `i` into the columns (one pass over its fields, as the benchmark's floor reads
 * them); false when a value is not a finite number (stored as NaN, as if absent).
 * @example putRecord(emptyColumns(1), 0, 小学 row with students 376); valueAt(columns.whole, FIELD.students, 0) // 376
 */
export function putRecord(columns: RecordColumns, i: number, record: SchoolRecord): boolean {
  const { whole, staged, capacity } = columns as Writable;
  let regular = readFields(record.fields, whole.data, i * FIELDS);
  const stageFields = record.stageFields;
  for (let s = 0; stageFields !== undefined && s < STAGES.length; s++) {
    const fields = stageFields[STAGES[s] as (typeof STAGES)[number]];
    if (fields === undefined) continue;
    columns.stagesGiven[i] = (columns.stagesGiven[i] ?? 0) | (1 << s);
    const source = (staged[s === 0 ? 0 : 1] ??= newSource(capacity));
    regular = readFields(fields, source.data, i * FIELDS) && regular;
  }
  return regular;
}

/**
 * The columns of `records`. `reuse`, the columns of the previous county, is overwritten when it
 * has room: no new memory per county, and nothing for the garbage collector to sweep.
 *
 * @example valueAt(recordColumns([小学 row with students 376]).whole, FIELD.students, 0) // 376
 */
export function recordColumns(records: readonly SchoolRecord[], reuse?: RecordColumns): RecordColumns {
  const columns = columnsFor(records.length, reuse);
  records.forEach((record, i) => putRecord(columns, i, record));
  return columns;
}
