import { SHARED_FIELDS } from "../indicatorMeta";
import { FIELD_KEYS } from "../types";
import { valueAt, type RecordColumns } from "./recordColumns";

/** Per field number: whether a combined school shares it between its stages. */
const SHARED: readonly boolean[] = FIELD_KEYS.map((k) => SHARED_FIELDS.includes(k));

/**
 * One field of a record's section from the columns, without building the section
 * (recordSections.ts does the same with objects): the stage's own value wins; a whole section
 * (`share` null) takes the record's value; a split section takes a shared field times its share
 * and nothing else of the record. NaN when the section has no such value.
 *
 * @example sectionValue(columns, 0, 1, 231 / 397, FIELD.teachingArea) // 13 514.37 for a nine-year record with 23 226 m²
 */
export function sectionValue(columns: RecordColumns, record: number, stage: number, share: number | null, field: number): number {
  // Most rows keep no numbers per stage: skip the stage's columns for them.
  const own = ((columns.stagesGiven[record] ?? 0) & (1 << stage)) === 0 ? NaN : valueAt(columns.staged[stage === 0 ? 0 : 1], field, record);
  if (!Number.isNaN(own)) return own;
  if (share !== null && SHARED[field] !== true) return NaN;
  const whole = valueAt(columns.whole, field, record);
  return share === null ? whole : whole * share;
}
