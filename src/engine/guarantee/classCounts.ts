import { CLASS_BUCKETS } from "../types";
import type { CellRef, Fields, SchoolRecord, Stage } from "../types";
import { recordStages } from "./recordValues";

/** What a row says about its class sizes: the 10 bucket counts (all or none) and/or the largest class. */
export interface ClassData {
  /** Counts aligned with CLASS_BUCKETS; null unless all ten are given. */
  readonly buckets: readonly number[] | null;
  readonly largestClass: number | null;
  readonly cells: readonly CellRef[];
  /** Buckets given when only some of the ten are (the rest blank): their count; else 0. */
  readonly partialBuckets: number;
  /** The cell of the first given bucket, for an issue about partial buckets. */
  readonly firstBucketCell: CellRef;
}

/** A count that may be only a lower bound (the buckets cannot say more). */
export interface Count {
  readonly atLeast: number;
  readonly exact: boolean;
}

/**
 * The class data of one set of fields (rules.md §4 item 5: the statistics' ten class-size
 * buckets); null when it gives no bucket and no largest class.
 * @example classData({ largestClass: 48 }) // { buckets: null, largestClass: 48, partialBuckets: 0, … }
 */
export function classData(fields: Fields): ClassData | null {
  const given = CLASS_BUCKETS.map((b) => fields[b.key]);
  const present = given.filter((g) => g !== undefined);
  const complete = present.length === CLASS_BUCKETS.length;
  const largest = fields.largestClass;
  if (!complete && largest === undefined && present.length === 0) return null;
  return {
    buckets: complete ? present.map((g) => g.value) : null,
    largestClass: largest?.value ?? null,
    cells: [...present.map((g) => g.cell), ...(largest ? [largest.cell] : [])],
    partialBuckets: complete ? 0 : present.length,
    firstBucketCell: present[0]?.cell ?? null,
  };
}

/**
 * Classes with more than `limit` students (class sizes are whole numbers, so "56 or more" is
 * "more than 55"). A bucket counts when its smallest size exceeds the limit; a bucket the limit
 * falls inside (e.g. a cap of 48 inside 46–50) is undecidable, so the count becomes a lower bound
 * unless the largest class shows the whole bucket within the limit. With no buckets, the largest
 * class decides whether the count is 0 or at least 1. rules.md §4 item 5.
 *
 * @example classesAbove({ buckets: [0,3,5,4,2,1,0,0,0,0], largestClass: null, … }, 45) // { atLeast: 1, exact: true }
 */
export function classesAbove(data: ClassData, limit: number): Count | null {
  const largest = data.largestClass;
  if (data.buckets === null) {
    if (largest === null) return null;
    return largest <= limit ? { atLeast: 0, exact: true } : { atLeast: 1, exact: false };
  }
  let definite = 0;
  let undecided = 0;
  CLASS_BUCKETS.forEach((bucket, i) => {
    const n = data.buckets?.[i] ?? 0;
    if (bucket.min > limit) definite += n;
    else if (bucket.max > limit) undecided += n;
  });
  if (undecided === 0 || (largest !== null && largest <= limit)) return { atLeast: definite, exact: true };
  return { atLeast: Math.max(definite, largest !== null && largest > limit ? 1 : 0), exact: false };
}

/** Class data of one record, per stage where the row keeps them apart, else for the whole row. */
export interface ClassSlice {
  readonly stages: readonly Stage[];
  readonly data: ClassData | null;
}

/**
 * The class slices of a record (rules.md §4 item 5, caps by stage): one per stage when every
 * stage has its own class data, else one for the row — unknown when the row also has senior
 * students (a 完全中学's or 十二年一贯制's whole-school buckets count its 高中 classes, which no
 * compulsory cap applies to).
 * @example a 九年一贯制 row with buckets only for the whole school → [{ stages: ["primary", "junior"], data }]
 */
export function classSlices(record: SchoolRecord): ClassSlice[] {
  if (record.stage !== null) return [{ stages: [record.stage], data: classData(record.fields) }];
  const stages = recordStages(record);
  const perStage = stages.map((s) => classData(record.stageFields?.[s] ?? {}));
  if (stages.length > 0 && perStage.every((d) => d !== null)) {
    return stages.map((s, i) => ({ stages: [s], data: perStage[i] ?? null }));
  }
  const withSenior = (record.fields.seniorStudents?.value ?? 0) > 0;
  return [{ stages, data: withSenior ? null : classData(record.fields) }];
}

/**
 * Adds counts; null when any is unknown; exact only when every count is.
 * @example sumCounts([{ atLeast: 2, exact: true }, { atLeast: 1, exact: false }]) // { atLeast: 3, exact: false }
 */
export function sumCounts(counts: readonly (Count | null)[]): Count | null {
  if (counts.some((c) => c === null)) return null;
  const known = counts.filter((c): c is Count => c !== null);
  return { atLeast: known.reduce((s, c) => s + c.atLeast, 0), exact: known.every((c) => c.exact) };
}

/**
 * Classes over the cap in a slice. A slice covering two stages (a whole-school row without
 * per-stage buckets) is counted under each stage's cap: the result is exact only when both caps
 * give the same exact count, else the count under the higher cap is a lower bound. rules.md §4 item 5.
 *
 * @example buckets 0,0,0,0,0,2,3,0,0,0 (two of 46–50, three of 51–55) over both stages, caps 45 / 50:
 * 5 classes over 45, 3 over 50 → { atLeast: 3, exact: false }
 */
export function classesOverCaps(slice: ClassSlice, caps: Readonly<Record<Stage, number>>): Count | null {
  if (slice.data === null || slice.stages.length === 0) return null;
  const data = slice.data;
  const counts = slice.stages.map((s) => classesAbove(data, caps[s]));
  if (counts.some((c) => c === null)) return null;
  const known = counts.filter((c): c is Count => c !== null);
  const least = Math.min(...known.map((c) => c.atLeast));
  const exact = known.every((c) => c.exact && c.atLeast === least);
  return { atLeast: least, exact };
}
