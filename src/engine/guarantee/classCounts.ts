import { CLASS_BUCKET_SPANS } from "../types";
import type { CellRef, ClassBucketSpan, Fields, SchoolRecord, Stage } from "../types";
import { recordStages } from "./recordValues";

/** One bucket of a row's class sizes: classes of `min` to `max` students. */
export interface ClassBucket {
  readonly min: number;
  readonly max: number;
  readonly count: number;
}

/** What a row says about its class sizes: buckets partitioning all sizes (or none) and/or the largest class. */
export interface ClassData {
  /** The buckets, smallest first, partitioning 0..∞ (bucketPartition); null unless the given ones do. */
  readonly buckets: readonly ClassBucket[] | null;
  readonly largestClass: number | null;
  readonly cells: readonly CellRef[];
  /** Buckets given when they do not partition the sizes (some blank): their count; else 0. */
  readonly partialBuckets: number;
  /** The cell of the first given bucket, for an issue about partial buckets. */
  readonly firstBucketCell: CellRef;
}

/**
 * The buckets, standard and merged, that partition class sizes 0..∞ among those `given` says a
 * row has (rules.md §4 item 5: the statistics' ten buckets; bureau forms often merge some, as
 * 56-65人): from 0 upwards, the finest given bucket starting where the last ended from which the
 * given ones still reach ∞ (bucketChain). So a merged bucket beside the standard ones it covers is
 * not used, and one is used where a standard one it covers is blank. Null when the given ones reach
 * no partition.
 *
 * @example bucketPartition(k => ["classes_le45", "classes_46_55", "classes_56_65", "classes_ge66"].includes(k)) // those four, in that order
 * @example bucketPartition(k => k !== "classes_ge66") // null: nothing counts classes of 66 or more
 */
export function bucketPartition(given: (key: ClassBucketSpan["key"]) => boolean): ClassBucketSpan[] | null {
  return bucketChain(given, 0, Infinity);
}

/**
 * The buckets among those `given` that chain from size `from` to just below `to` (each starting
 * where the last ended: `to` is where the next would start, ∞ for the open end), the finest first
 * at each step that still reaches `to`; null when none do. The one test of whether buckets meet:
 * the engine's partition (bucketPartition) and the reader's check of a merged bucket column
 * (whether some chain runs from 0 to it and on from it to ∞).
 *
 * @example bucketChain(k => ["classes_le45", "classes_46_55"].includes(k), 0, 56) // [≤45, 46–55]
 * @example bucketChain(k => k === "classes_46_55", 0, 56) // null: nothing counts classes of 45 or fewer
 */
export function bucketChain(given: (key: ClassBucketSpan["key"]) => boolean, from: number, to: number): ClassBucketSpan[] | null {
  const rest = new Map<number, ClassBucketSpan[] | null>();
  const after = (min: number): ClassBucketSpan[] | null => {
    if (min === to) return [];
    if (min > to) return null;
    const known = rest.get(min);
    if (known !== undefined) return known;
    let found: ClassBucketSpan[] | null = null;
    for (const span of CLASS_BUCKET_SPANS) {
      const next = span.min === min && given(span.key) ? after(span.max + 1) : null;
      if (next === null) continue;
      found = [span, ...next];
      break;
    }
    rest.set(min, found);
    return found;
  };
  return after(from);
}

/**
 * The class data of one set of fields (rules.md §4 item 5: the statistics' ten class-size
 * buckets, or merged ones that partition the sizes with them); null when it gives no bucket and
 * no largest class.
 * @example classData({ largestClass: 48 }) // { buckets: null, largestClass: 48, partialBuckets: 0, … }
 * @example classData({ classes_le45: 10, classes_46_55: 3, classes_56_65: 2, classes_ge66: 1 }).buckets // [{ min: 0, max: 45, count: 10 }, { min: 46, max: 55, count: 3 }, …]
 */
export function classData(fields: Fields): ClassData | null {
  const present = CLASS_BUCKET_SPANS.flatMap((span) => {
    const given = fields[span.key];
    return given === undefined ? [] : [{ span, given }];
  });
  const largest = fields.largestClass;
  if (largest === undefined && present.length === 0) return null;
  const partition = present.length === 0 ? null : bucketPartition((key) => fields[key] !== undefined);
  const used = partition === null ? present : present.filter((p) => partition.includes(p.span));
  return {
    buckets: partition === null ? null : used.map((p) => ({ min: p.span.min, max: p.span.max, count: p.given.value })),
    largestClass: largest?.value ?? null,
    cells: [...used.map((p) => p.given.cell), ...(largest ? [largest.cell] : [])],
    partialBuckets: partition === null ? present.length : 0,
    firstBucketCell: present[0]?.given.cell ?? null,
  };
}

/** A count that may be only a lower bound (the buckets cannot say more). */
export interface Count {
  readonly atLeast: number;
  readonly exact: boolean;
}

/**
 * Classes with more than `limit` students (class sizes are whole numbers, so "56 or more" is
 * "more than 55"). A bucket counts when its smallest size exceeds the limit; a bucket the limit
 * falls inside (e.g. a cap of 48 inside 46–50, or of 50 inside a merged 46–55) is undecidable, so the count becomes a lower bound
 * unless the largest class shows the whole bucket within the limit. With no buckets, the largest
 * class decides whether the count is 0 or at least 1. rules.md §4 item 5.
 *
 * @example classesAbove({ buckets: the ten with counts 0,3,5,4,2,1,0,0,0,0, largestClass: null, … }, 45) // { atLeast: 1, exact: true }
 * @example classesAbove({ buckets: ≤45: 10, 46–55: 3, 56–65: 2, ≥66: 1, largestClass: null, … }, 50) // { atLeast: 3, exact: false }
 */
export function classesAbove(data: ClassData, limit: number): Count | null {
  const largest = data.largestClass;
  if (data.buckets === null) {
    if (largest === null) return null;
    return largest <= limit ? { atLeast: 0, exact: true } : { atLeast: 1, exact: false };
  }
  let definite = 0;
  let undecided = 0;
  for (const bucket of data.buckets) {
    if (bucket.min > limit) definite += bucket.count;
    else if (bucket.max > limit) undecided += bucket.count;
  }
  if (undecided === 0 || (largest !== null && largest <= limit)) return { atLeast: definite, exact: true };
  return { atLeast: Math.max(definite, largest !== null && largest > limit ? 1 : 0), exact: false };
}

/** Class data of one record, per stage where the row keeps them apart, else for the whole row. */
export interface ClassSlice {
  readonly stages: readonly Stage[];
  readonly data: ClassData | null;
  /** The data count the row's 高中 classes too (a 完全中学's or 十二年一贯制's whole-school buckets): see compulsoryCount. */
  readonly withSenior?: true;
}

/**
 * The class slices of a record (rules.md §4 item 5, caps by stage): one per stage when every
 * stage has its own class data, else one for the row — marked `withSenior` when the row also has
 * senior students (a 完全中学's or 十二年一贯制's whole-school buckets count its 高中 classes, which no
 * compulsory cap applies to: compulsoryCount).
 * @example a 九年一贯制 row with buckets only for the whole school → [{ stages: ["primary", "junior"], data }]
 * @example a 十二年一贯制 row with buckets only for the whole school → [{ stages: ["primary", "junior"], data, withSenior: true }]
 */
export function classSlices(record: SchoolRecord): ClassSlice[] {
  if (record.stage !== null) return [{ stages: [record.stage], data: classData(record.fields) }];
  const stages = recordStages(record);
  const perStage = stages.map((s) => classData(record.stageFields?.[s] ?? {}));
  if (stages.length > 0 && perStage.every((d) => d !== null)) {
    return stages.map((s, i) => ({ stages: [s], data: perStage[i] ?? null }));
  }
  const data = classData(record.fields);
  return [(record.fields.seniorStudents?.value ?? 0) > 0 ? { stages, data, withSenior: true } : { stages, data }];
}

/**
 * A slice's count of classes over a limit, as far as it is the compulsory classes' own: a slice
 * counting 高中 classes too (withSenior) decides only when no class at all is over the limit —
 * then no compulsory class is — and is unknown otherwise (the classes over it may be 高中 ones).
 *
 * @example compulsoryCount({ withSenior: true, … }, { atLeast: 0, exact: true }) // { atLeast: 0, exact: true }: every class of the school within the limit
 * @example compulsoryCount({ withSenior: true, … }, { atLeast: 3, exact: true }) // null: the three may be 高中 classes
 */
export function compulsoryCount(slice: ClassSlice, count: Count | null): Count | null {
  if (slice.withSenior !== true || count === null) return count;
  return count.exact && count.atLeast === 0 ? count : null;
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
  return compulsoryCount(slice, { atLeast: least, exact });
}
