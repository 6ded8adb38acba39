import type { SchoolRecord } from "./types";

type Writable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * A copy of a record with its properties always set in the same order, the optional ones last
 * and only when present: all records of an input then share a handful of hidden classes. Built
 * by spreading (`{ ...base, stage, ...fields }`), V8 gives every record a hidden class of its
 * own, and every read of a record property in the engine becomes a megamorphic lookup — a miss
 * after each garbage collection, and beyond ~2,000 records a miss on almost every read. The
 * reader and the bench's generator build their records through this.
 *
 * @example schoolRecord({ ...base, stage: "primary", fields }) // same value, shared hidden class
 */
export function schoolRecord(r: SchoolRecord): SchoolRecord {
  const out: Writable<SchoolRecord> = { id: r.id, name: r.name, county: r.county, type: r.type, stage: r.stage, fields: r.fields, flags: r.flags, source: r.source };
  if (r.stageFields !== undefined) out.stageFields = r.stageFields;
  if (r.blankCells !== undefined) out.blankCells = r.blankCells;
  if (r.stageBlankCells !== undefined) out.stageBlankCells = r.stageBlankCells;
  if (r.wholeStageFields !== undefined) out.wholeStageFields = r.wholeStageFields;
  if (r.wholeStageBlankCells !== undefined) out.wholeStageBlankCells = r.wholeStageBlankCells;
  if (r.unreadStageCells !== undefined) out.unreadStageCells = r.unreadStageCells;
  return out;
}
