import type { Issue } from "../../engine/types";
import { message } from "../../messages/catalogue";
import type { Lang } from "../../messages/types";
import { refusingHeader, type RefusedColumns } from "./refusedColumns";

/** The engine's word that a section lacks a value, and how to say instead that the value at its cell was refused. */
const REFUSED_WORDING: Readonly<Record<string, string>> = {
  missing_numerator: "out_reason_refused_numerator",
  missing_students: "out_reason_refused_students",
};

/**
 * Issues whose message ends in advice the 学校达标 note leaves to 数据问题: the note joins a
 * section's reasons in one cell, and a combined school lacking L1–L3 per stage said how to add
 * them three times over.
 */
const NOTE_WORDING: Readonly<Record<string, string>> = {
  combined_whole_school_only: "out_reason_whole_school_only",
};

/** Reader warnings that leave their cell's value unread (an error always does): a unit of another kind (20间 of teachers). */
const NOT_READ_WARNINGS: ReadonlySet<string> = new Set(["read_unit_mismatch"]);

/**
 * Whether a reader warning leaves its cell's value unread, as an error does (listedIssues then
 * drops the engine's "no value" at that cell, the Schools note says "not used").
 * @example leavesUnread(read_unit_mismatch "20间" in a teachers column) // true; leavesUnread(read_value_outlier_large) // false
 */
export function leavesUnread(issue: Issue): boolean {
  return NOT_READ_WARNINGS.has(issue.code);
}

/**
 * The cells whose value the reader refused: its errors (the same cells listedIssues drops the
 * engine's echo at) and the warnings that leave a value unread. A dash the sheet calls "no data",
 * a note, a warning beside a blank cell, the engine's own missing_* issues do not count: there
 * the value is absent, not refused.
 * @example refusedCells([read_exceeds_teachers error at S!I23, read_dash_as_missing at S!R17]) // Set { "S!I23" }
 */
export function refusedCells(issues: readonly Issue[]): Set<string> {
  const refuses = (i: Issue) => i.code.startsWith("read_") && (i.severity === "error" || leavesUnread(i));
  return new Set(issues.flatMap((i) => (i.cell !== null && refuses(i) ? [i.cell] : [])));
}

/**
 * A section's reason as the 学校达标 note words it: the issue's own message, except that a value
 * missing because the reader refused it (999 qualified teachers of 50) says the value at its cell
 * was not used and points to 数据问题, where the reader's entry says why; "no value" there would
 * send the user looking for a blank cell. A value of a column the reader refused whole for its unit
 * (`columns`: 教学仪器设备值 of no stated unit) says so and names the header cell, where the one
 * error is. An issue whose advice 数据问题 gives is said without it (NOTE_WORDING).
 * @example reasonText(missing_numerator L1 at S!I23, Set { "S!I23" }, "en") // "河湾中学 (Junior secondary): the value at S!I23 for Teachers qualified above the required level was not used (see Data issues), so L1 cannot be computed (…)"
 * @example reasonText(missing_numerator L6 at S!P7, Set {}, "zh", refusedColumns([read_money_unit_unstated at S!P3])) // "石桥镇中心小学（小学）的“教学仪器设备值”一列单位存疑，未读取（见 S!P3 及“数据问题”表），指标 L6 无法计算（…）"
 */
export function reasonText(issue: Issue, refused: ReadonlySet<string>, lang: Lang, columns: RefusedColumns = new Map()): string {
  const header = issue.code === "missing_numerator" ? refusingHeader(issue.cell, columns) : null;
  if (header !== null) return message("out_reason_refused_column_numerator", { ...issue.params, header }, lang);
  const wording = REFUSED_WORDING[issue.code];
  if (wording === undefined || issue.cell === null || !refused.has(issue.cell)) return message(NOTE_WORDING[issue.code] ?? issue.code, issue.params, lang);
  return message(wording, { ...issue.params, cell: issue.cell }, lang);
}
