import type { Issue } from "../../engine/types";
import { columnLetters } from "../address";
import type { HeaderBand } from "./findHeader";
import { issueAt } from "./issue";
import { aliasOfPath } from "./matchHeaderPath";
import { normaliseText } from "./text";

/** What makes a header a value per student: 生均…, (每)百名学生(拥有)…, 每百名…. */
const PER_STUDENT = /^(?:生均|每?百名学生|每百名|每百人)(?:拥有)?/;
const SPORTS_KEYS: ReadonlySet<string> = new Set(["sportsTotalArea", "sportsGroundArea", "indoorSportsArea"]);

/**
 * Whether a header gives a value per student (生均教学及辅助用房面积, 每百名学生拥有…).
 * @example isPerStudentHeader(["生均运动场面积"]) // true; isPerStudentHeader(["运动场地面积"]) // false
 */
export function isPerStudentHeader(path: readonly string[]): boolean {
  return path.some((s) => PER_STUDENT.test(normaliseText(s)));
}

/** The header path with its per-student words taken out, or null when it has none (生均教学及辅助用房面积 → 教学及辅助用房面积). */
function totalPath(path: readonly string[]): string[] | null {
  const stripped = path.map((s) => normaliseText(s).replace(PER_STUDENT, ""));
  if (stripped.every((s, i) => s === normaliseText(path[i] ?? ""))) return null;
  return stripped.filter((s) => s !== "");
}

/** The missing field a key stands for: L5's area given either way counts as sportsTotalArea (matchColumns' missingKeys). */
function neededField(key: string, missing: ReadonlySet<string>): string | null {
  if (missing.has(key)) return key;
  return SPORTS_KEYS.has(key) && missing.has("sportsTotalArea") ? "sportsTotalArea" : null;
}

/**
 * A warning at each column that gives an indicator's value per student (生均教学及辅助用房面积,
 * 每百名学生拥有骨干教师数) while the sheet lacks that indicator's total: such columns are not read
 * (DERIVED_HEADER), as the coefficient weighs each school's value by its students and the
 * shortfalls are totals (rules.md §3, §7), and a statistician whose 七项指标 sheet gives only the
 * values would otherwise be told only that the totals are missing, not why the values beside them
 * do not count.
 *
 * @example a header `生均教学及辅助用房面积` in G2, no teaching-area column → read_per_student_column at S!G2 { field: "teachingArea" }
 */
export function perStudentIssues(band: HeaderBand, missing: readonly string[]): Issue[] {
  const wanted = new Set(missing);
  return band.columns.flatMap(({ column, path, headerRow }) => {
    const total = totalPath(path);
    const key = total === null || total.length === 0 ? null : (aliasOfPath(total)?.alias.key ?? null);
    const field = key === null ? null : neededField(key, wanted);
    if (field === null) return [];
    return [issueAt("read_per_student_column", "warning", band.sheet, headerRow, column, { column: columnLetters(column), header: path.join("/"), field })];
  });
}
