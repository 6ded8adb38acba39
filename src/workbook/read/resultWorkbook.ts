import type { ResultRole } from "../types";
import { resultRoleOfName } from "../write/excelNames";

/** Fewer of our sheet names than this could be a user's own 汇总 or 数据问题 sheet beside nothing else. */
const MIN_ROLES = 3;

/**
 * Whether a workbook is a result workbook this product wrote (the CLI's 某县-评估结果.xlsx, renamed or
 * not) rather than a bureau's data: every sheet bears one of our result sheets' names, at least
 * three different ones. Read as data, its 学校达标 sheet gave a county of 0 / 37 passing with 259 errors.
 * @example isResultWorkbook(["汇总", "差异系数", "学校达标", "缺口测算", "政府保障与质量", "数据问题"]) // true
 * @example isResultWorkbook(["学校基本情况", "汇总"]) // false
 */
export function isResultWorkbook(sheets: readonly string[]): boolean {
  const roles = sheets.map((name) => resultRoleOfName(name));
  return roles.every((r) => r !== null) && new Set(roles).size >= MIN_ROLES;
}

/**
 * Whether the result sheets of ours a workbook holds, known by their content (earlierResults.ts),
 * make it a result workbook when no sheet beside them holds schools: at least three different
 * ones, as for the names (a result workbook with a 我的备注 sheet added, or 汇总 renamed 2024汇总).
 * A single 上次汇总 beside a school sheet lacking a column is no result workbook: that sheet's own
 * problem is said instead.
 *
 * @example holdsResultSheets(["summary", "coefficients", "schools"]) // true
 * @example holdsResultSheets(["summary", null]) // false (null: a sheet under a writing name whose content is not ours)
 */
export function holdsResultSheets(roles: readonly (ResultRole | null)[]): boolean {
  return new Set(roles.filter((r) => r !== null)).size >= MIN_ROLES;
}
