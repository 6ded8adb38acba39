import { SHARED_FIELDS } from "../indicatorMeta";
import { FIELD_KEYS } from "../types";
import type { RecordColumns } from "./recordColumns";

const FIELDS = FIELD_KEYS.length;
/** Per field number: 1 when a combined school shares it between its stages. */
const SHARED: Uint8Array = Uint8Array.from(FIELD_KEYS, (k) => (SHARED_FIELDS.includes(k) ? 1 : 0));

/**
 * Every field of a record's section from the columns, without building the section
 * (recordSections.ts does the same with objects), written into `into` (field f at `into[f]`): the
 * stage's own value wins; a whole section (`share` null) takes the record's value; a split
 * section takes a shared field times its share and nothing else of the record. NaN where the
 * section has no such value. All fields in one loop rather than one field per call: a call that
 * returns a number V8 does not inline hands it back boxed (see fastSections).
 *
 * @example sectionValues(columns, 0, 1, 231 / 397, into)[FIELD.teachingArea] // 13 514.37 for a nine-year record with 23 226 m²
 */
export function sectionValues(columns: RecordColumns, record: number, stage: number, share: number | null, into: Float64Array): Float64Array {
  return someSectionValues(columns, record, stage, share, ALL_FIELDS, into);
}

const ALL_FIELDS: Int32Array = Int32Array.from(FIELD_KEYS, (_, f) => f);

/**
 * sectionValues of the fields `fields` only (column numbers), the other places of `into` left as
 * they were: for a reader that takes a few fields, such as the section pass (11 of the 39; the
 * loop over all 39 for each split section was 3 % of an evaluation in the profile).
 *
 * @example someSectionValues(columns, 0, 1, 231 / 397, Int32Array.of(FIELD.teachingArea), into)[FIELD.teachingArea] // 13 514.37, as above
 */
export function someSectionValues(columns: RecordColumns, record: number, stage: number, share: number | null, fields: Int32Array, into: Float64Array): Float64Array {
  const at = record * FIELDS;
  const whole = columns.whole.data;
  // Most rows keep no numbers per stage: no stage columns to look at for them.
  const staged = ((columns.stagesGiven[record] ?? 0) & (1 << stage)) === 0 ? null : (columns.staged[stage === 0 ? 0 : 1]?.data ?? null);
  const scale = share ?? 1;
  for (let n = 0; n < fields.length; n++) {
    const f = fields[n] ?? 0;
    const own = staged === null ? NaN : (staged[at + f] ?? NaN);
    into[f] = !Number.isNaN(own) ? own : share !== null && SHARED[f] !== 1 ? NaN : share === null ? (whole[at + f] ?? NaN) : (whole[at + f] ?? NaN) * scale;
  }
  return into;
}
