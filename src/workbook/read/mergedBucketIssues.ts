import type { Issue } from "../../engine/types";
import { columnLetters } from "../address";
import { bucketsSpanned } from "./classBucketHeader";
import type { HeaderBand } from "./findHeader";
import { issueAt } from "./issue";
import type { ColumnRole } from "./keys";
import { analysePath } from "./matchHeaderPath";

/**
 * A warning at each unread column headed as a merged class-size bucket (56-65人, 56人及以上) whose
 * buckets of the statistics are not all read from columns of their own. The engine counts the ten
 * buckets apart (rules.md §4 item 5: 大班额 56+, 超大班额 66+) and uses them only when all ten are
 * given, so such a column cannot stand for them — its count cannot be split between 56–60 and
 * 61–65 without a guess — and the schools' buckets stay incomplete; said once at the header, so the
 * user learns why, rather than only per school that some buckets are blank. A merged total beside
 * all the buckets it adds up (56人及以上 beside 56-60人 | 61-65人 | 66人及以上) is only unread.
 *
 * @example header …51-55人 | 56-65人 | 66人及以上 with 56-65人 in Z3 → read_class_bucket_merged at Z3 { column: "Z", header: "56-65人", fieldList: "classes_56_60,classes_61_65" }
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
