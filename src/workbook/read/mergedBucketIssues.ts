import { CLASS_BUCKET_SPANS, MERGED_CLASS_BUCKETS, type ClassBucketSpan, type Issue } from "../../engine/types";
import { columnLetters } from "../address";
import { bucketsSpanned } from "./classBucketHeader";
import type { HeaderBand } from "./findHeader";
import { issueAt } from "./issue";
import type { ColumnRole } from "./keys";
import { analysePath } from "./matchHeaderPath";

const MERGED: ReadonlyMap<string, ClassBucketSpan> = new Map(MERGED_CLASS_BUCKETS.map((b) => [b.key, b]));

/** The sizes from which some chain of `given` buckets reaches ∞ (`Infinity` itself included). */
function reachingEnd(given: ReadonlySet<string>): Set<number> {
  const reach = new Set<number>([Infinity]);
  for (const span of [...CLASS_BUCKET_SPANS].reverse()) if (given.has(span.key) && reach.has(span.max + 1)) reach.add(span.min);
  return reach;
}

/** The sizes a chain of `given` buckets from 0 reaches (0 itself included). */
function reachedFromZero(given: ReadonlySet<string>): Set<number> {
  const reach = new Set<number>([0]);
  for (const span of CLASS_BUCKET_SPANS) if (given.has(span.key) && reach.has(span.min)) reach.add(span.max + 1);
  return reach;
}

/**
 * The columns read as merged class-size buckets (56-65人, 56人及以上: MERGED_CLASS_BUCKETS) that no
 * row can use: with the other bucket columns of their stage, they lie on no chain of buckets from
 * 0 to ∞ (the engine uses a row's buckets only when they partition the class sizes, rules.md §4
 * item 5), as overlapping merged buckets (46-55人 beside 51-60人) or one with nothing below it.
 *
 * @example bucket columns ≤45 | 46-55 | 51-60 | 61-65 | 66+ → the 46-55 and 51-60 roles: no bucket starts at 56, none ends at 50
 * @example bucket columns ≤45 | 46-50 | 51-55 | 56-65 | 66+ → []
 */
export function unusableMergedBuckets(roles: readonly ColumnRole[]): ColumnRole[] {
  return roles.filter((role) => {
    const span = MERGED.get(role.key);
    if (span === undefined) return false;
    const given = new Set<string>(roles.filter((r) => r.stage === role.stage).map((r) => r.key));
    return !reachedFromZero(given).has(span.min) || !reachingEnd(given).has(span.max + 1);
  });
}

/**
 * A warning at each unread column headed as a merged class-size bucket whose buckets of the
 * statistics are not all read from columns of their own: one left unread as unusable
 * (unusableMergedBuckets), or one no field stands for (51-60人: only the merged buckets bureau forms
 * use are fields, MERGED_CLASS_BUCKETS). Its count cannot be split between the buckets it covers
 * without a guess, and the schools' buckets stay incomplete; said once at the header, so the user
 * learns why G5 is not judged from them, rather than only per school that some buckets are blank.
 * A merged total beside all the buckets it adds up (56人及以上 beside 56-60人 | 61-65人 | 66人及以上)
 * is only unread.
 *
 * @example ≤45 | 46-55 | 51-60 | 61-65 | 66+ with 51-60人 in Z3 → read_class_bucket_merged at Z3 { column: "Z", header: "51-60人", fieldList: "classes_51_55,classes_56_60" } (and one at 46-55人)
 */
export function mergedBucketIssues(band: HeaderBand, roles: readonly ColumnRole[]): Issue[] {
  const used = new Set(roles.map((r) => r.column));
  const read = new Set<string>(roles.map((r) => r.key));
  return band.columns.flatMap(({ column, path, headerRow }) => {
    if (used.has(column)) return [];
    const spanned = bucketsSpanned(analysePath(path).segments.at(-1) ?? "");
    if (spanned.length < 2 || spanned.every((key) => read.has(key))) return [];
    const params = { column: columnLetters(column), header: path.join("/"), fieldList: spanned.join(",") };
    return [issueAt("read_class_bucket_merged", "warning", band.sheet, headerRow, column, params)];
  });
}
