import { bucketChain } from "../../engine/guarantee/classCounts";
import { MERGED_CLASS_BUCKETS, type ClassBucketSpan, type Issue } from "../../engine/types";
import { columnLetters } from "../address";
import { bucketColumnProblem, type BucketColumn, type BucketProblem } from "./bucketColumnProblem";
import { bucketRange, bucketsSpanned } from "./classBucketHeader";
import type { HeaderBand } from "./findHeader";
import { issueAt } from "./issue";
import type { ColumnRole } from "./keys";
import { analysePath } from "./matchHeaderPath";

const MERGED: ReadonlyMap<string, ClassBucketSpan> = new Map(MERGED_CLASS_BUCKETS.map((b) => [b.key, b]));

/**
 * The columns read as merged class-size buckets (56-65人, 56人及以上: MERGED_CLASS_BUCKETS) that no
 * row can use: with the other bucket columns of their stage, they lie on no chain of buckets from
 * 0 to ∞ (bucketChain, the engine's own test: it uses a row's buckets only when they partition the
 * class sizes, rules.md §4 item 5), as overlapping merged buckets (46-55人 beside 51-60人) or one
 * with nothing below it.
 *
 * @example bucket columns ≤45 | 46-55 | 51-60 | 61-65 | 66+ → the 46-55 and 51-60 roles: no bucket starts at 56, none ends at 50
 * @example bucket columns ≤45 | 46-50 | 51-55 | 56-65 | 66+ → []
 */
export function unusableMergedBuckets(roles: readonly ColumnRole[]): ColumnRole[] {
  return roles.filter((role) => {
    const span = MERGED.get(role.key);
    if (span === undefined) return false;
    const stageKeys = new Set<string>(roles.filter((r) => r.stage === role.stage).map((r) => r.key));
    const given = (key: string) => stageKeys.has(key);
    return bucketChain(given, 0, span.min) === null || bucketChain(given, span.max + 1, Infinity) === null;
  });
}

/** The stage a header names (初中46-55人), null for a whole-school one: the columns a merged bucket chains with. */
function stageOf(path: readonly string[]): string | null {
  return analysePath(path).stage;
}

/** The band's columns headed as class-size buckets (bucketRange) of `stage`. */
function bucketColumns(band: HeaderBand, stage: string | null): BucketColumn[] {
  return band.columns.flatMap(({ column, path }) => {
    const range = stageOf(path) === stage ? bucketRange(analysePath(path).segments.at(-1) ?? "") : null;
    return range === null ? [] : [{ column, header: path.join("/"), ...range }];
  });
}

/** The columns of `band` that mergedBucketIssues warns of, with their headers' rows and buckets spanned. */
function warnedColumns(band: HeaderBand, roles: readonly ColumnRole[]): { column: number; path: readonly string[]; headerRow: number; spanned: string[] }[] {
  const used = new Set(roles.map((r) => r.column));
  const read = new Set<string>(roles.map((r) => r.key));
  return band.columns.flatMap(({ column, path, headerRow }) => {
    if (used.has(column)) return [];
    const spanned = bucketsSpanned(analysePath(path).segments.at(-1) ?? "");
    return spanned.length < 2 || spanned.every((key) => read.has(key)) ? [] : [{ column, path, headerRow, spanned }];
  });
}

/**
 * The columns mergedBucketIssues warns of (0-based): said there, so that the note of unread
 * headers (unmatchedHeaders) leaves them out rather than calling them unknown.
 * @example ≤45 | 46-55 | 51-60 | 61-65 | 66+ in columns B–F → [1, 2, 3]
 */
export function mergedBucketColumns(band: HeaderBand, roles: readonly ColumnRole[]): number[] {
  return warnedColumns(band, roles).map((c) => c.column);
}

/** The issue code and extra parameters that say `problem` (bucketColumnProblem); the generic code when none is found. */
function problemParams(problem: BucketProblem | null): [string, Record<string, string>] {
  if (problem === null) return ["read_class_bucket_merged", {}];
  if (problem.kind === "missing") return ["read_class_bucket_merged_missing", { sizes: problem.sizes }];
  if (problem.kind === "unsupported") return ["read_class_bucket_merged_unsupported", { otherColumn: columnLetters(problem.merged.column), otherHeader: problem.merged.header }];
  const { first, second, sizes } = problem;
  return ["read_class_bucket_merged_overlap", { overlapColumn: columnLetters(first.column), overlapHeader: first.header, otherColumn: columnLetters(second.column), otherHeader: second.header, sizes }];
}

/**
 * A warning at each unread column headed as a merged class-size bucket whose buckets of the
 * statistics are not all read from columns of their own: one left unread as unusable
 * (unusableMergedBuckets), or one no field stands for (51-60人: only the merged buckets bureau forms
 * use are fields, MERGED_CLASS_BUCKETS). Its count cannot be split between the buckets it covers
 * without a guess, and the schools' buckets stay incomplete; said once at the header, so the user
 * learns why G5 is not judged from them, rather than only per school that some buckets are blank.
 * The code says why, from the bucket columns of the header's stage (bucketColumnProblem): two
 * that overlap (…_overlap), sizes none covers (…_missing: 46-55人 and 56-65人 alone lack ≤45 and
 * ≥66), a merge no field stands for (…_unsupported), else read_class_bucket_merged.
 * A merged total beside all the buckets it adds up (56人及以上 beside 56-60人 | 61-65人 | 66人及以上)
 * is only unread.
 *
 * @example ≤45 | 46-55 | 51-60 | 61-65 | 66+ with 51-60人 in D3 → read_class_bucket_merged_overlap at D3 { column: "D", header: "51-60人", fieldList: "classes_51_55,classes_56_60", overlapColumn: "C", otherColumn: "D", sizes: "51–55", … } (and at 45人及以下, 46-55人)
 */
export function mergedBucketIssues(band: HeaderBand, roles: readonly ColumnRole[]): Issue[] {
  return warnedColumns(band, roles).map(({ column, path, headerRow, spanned }) => {
    const [code, why] = problemParams(bucketColumnProblem(bucketColumns(band, stageOf(path))));
    const params = { column: columnLetters(column), header: path.join("/"), fieldList: spanned.join(","), ...why };
    return issueAt(code, "warning", band.sheet, headerRow, column, params);
  });
}
