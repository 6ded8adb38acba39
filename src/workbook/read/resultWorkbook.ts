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
  const roles = sheets.map(resultRoleOfName);
  return roles.every((r) => r !== null) && new Set(roles).size >= MIN_ROLES;
}
