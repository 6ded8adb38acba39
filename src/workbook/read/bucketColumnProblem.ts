import { CLASS_BUCKETS, MERGED_CLASS_BUCKETS } from "../../engine/types";

/** A column headed as a class-size bucket, standard or merged: the sizes it covers (bucketRange). */
export interface BucketColumn {
  readonly column: number;
  readonly header: string;
  readonly min: number;
  readonly max: number;
}

/**
 * Why a stage's bucket columns make no chain from 0 to ∞ (rules.md §4 item 5: the engine uses a
 * row's buckets only when they partition the class sizes), first found first: two columns that
 * cross (46-55人 beside 51-60人: `sizes` 51–55 in both); sizes no column covers (46-55人 and
 * 56-65人 alone: ≤45 / ≥66); a merged column no field stands for (51-60人: only the merges of
 * MERGED_CLASS_BUCKETS are read); null when none of these is the reason.
 */
export type BucketProblem =
  | { readonly kind: "overlap"; readonly first: BucketColumn; readonly second: BucketColumn; readonly sizes: string }
  | { readonly kind: "missing"; readonly sizes: string }
  | { readonly kind: "unsupported"; readonly merged: BucketColumn };

/**
 * Sizes as the bucket messages write them, in either language: ≤45, 46–55, ≥66, 51 (the column
 * problems' and checkFields' 最大班额 warning: one writer).
 * @example sizesText(0, 45) // "≤45"
 * @example sizesText(66, Infinity) // "≥66"
 */
export function sizesText(min: number, max: number): string {
  if (max === Infinity) return `≥${min}`;
  if (min === 0) return `≤${max}`;
  return min === max ? `${min}` : `${min}–${max}`;
}

/** The first pair of columns that share sizes while neither holds the other (a total beside its parts is no overlap: the engine takes the parts). */
function crossing(columns: readonly BucketColumn[]): BucketProblem | null {
  for (const a of columns) {
    const b = columns.find((c) => c.min > a.min && c.min <= a.max && c.max > a.max);
    if (b !== undefined) return { kind: "overlap", first: a, second: b, sizes: sizesText(b.min, a.max) };
  }
  return null;
}

/** The sizes from 0 to ∞ no column covers, as sizesText joined by " / "; null when every size is covered. */
function uncovered(columns: readonly BucketColumn[]): BucketProblem | null {
  const gaps: string[] = [];
  let next = 0;
  for (const c of [...columns].sort((a, b) => a.min - b.min)) {
    if (c.min > next) gaps.push(sizesText(next, c.min - 1));
    next = Math.max(next, c.max + 1);
  }
  if (next !== Infinity) gaps.push(sizesText(next, Infinity));
  return gaps.length === 0 ? null : { kind: "missing", sizes: gaps.join(" / ") };
}

/** Whether a column covers exactly the sizes of a bucket field, one of the statistics' ten or a merged one. */
function isField(c: BucketColumn): boolean {
  return [...CLASS_BUCKETS, ...MERGED_CLASS_BUCKETS].some((b) => b.min === c.min && b.max === c.max);
}

/** The first merged column no field stands for. */
function unsupported(columns: readonly BucketColumn[]): BucketProblem | null {
  const merged = columns.find((c) => !isField(c));
  return merged === undefined ? null : { kind: "unsupported", merged };
}

/**
 * The problem of one stage's bucket columns (BucketProblem).
 *
 * @example bucketColumnProblem([46-55人 (P), 56-65人 (Q)]) // { kind: "missing", sizes: "≤45 / ≥66" }
 * @example bucketColumnProblem([≤45, 46-55人 (Q), 51-60人 (R), 61人及以上]) // { kind: "overlap", first: Q, second: R, sizes: "51–55" }
 */
export function bucketColumnProblem(columns: readonly BucketColumn[]): BucketProblem | null {
  return crossing(columns) ?? uncovered(columns) ?? unsupported(columns);
}
