import type { Issue } from "../../engine/types";
import type { Grid } from "../types";
import { positiveAt } from "./cellNumber";
import { issueAt } from "./issue";
import type { ColumnRole } from "./keys";
import { metaRole, metaText, textAt } from "./rowMeta";
import { SENIOR_SCHOOL, stageOfCell, typeFromText } from "./schoolKind";
import { normaliseText } from "./text";

/**
 * Whether a 办学类型 cell says a senior high school: the statistics code 342 (高级中学, typeFromText
 * reads it as `other`) or the words 高级中学 / 普通高中 (SENIOR_SCHOOL); not a 完全中学, whose type
 * has a junior stage.
 * @example seniorSchoolType("342") // true; seniorSchoolType("高级中学") // true; seniorSchoolType("341") // false
 */
export function seniorSchoolType(text: string): boolean {
  const t = normaliseText(text);
  return typeFromText(t) === "other" && (/^342(?!\d)/.test(t) || SENIOR_SCHOOL.test(t));
}

/**
 * Whether the row says it has compulsory students: a 小学 or 初中 students column counting anyone
 * as the reader reads it (300 or 300人: cellNumber), or a 学段 of 小学 / 初中 (桥头镇中学 | 高级中学 | 初中: typeStageIssue warns of that one).
 */
function compulsoryStudents(grid: Grid, row: number, roles: readonly ColumnRole[]): boolean {
  const stage = metaText(grid, row, roles, "stage");
  if (stage !== null && stageOfCell(stage) !== null) return true;
  return roles.some((r) => r.key === "students" && r.stage !== null && positiveAt(grid, row, r));
}

/**
 * A senior high school listed among the schools (办学类型 342 / 高级中学, no 小学 or 初中 student or 学段):
 * out of scope with no compulsory stage (rules.md §1 Terms, README "Scope"), so no section of its
 * own — a note at its type cell, not a request to check the type. Null for any other row.
 * @example 第一高级中学 | 342 | 小学 0, 初中 0, 高中 2143 → read_senior_school_row (info) at the type cell
 */
export function seniorSchoolIssue(grid: Grid, row: number, roles: readonly ColumnRole[], nameColumn: number): Issue | null {
  const role = metaRole(roles, "type");
  const text = role === undefined ? null : textAt(grid, row, role.column);
  if (role === undefined || text === null || !seniorSchoolType(text) || compulsoryStudents(grid, row, roles)) return null;
  return issueAt("read_senior_school_row", "info", grid.sheet, row, role.column, { name: textAt(grid, row, nameColumn) ?? "", text });
}
