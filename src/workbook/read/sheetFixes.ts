import type { ColumnFixes, RoleFixes } from "./matchColumns";

/**
 * The column fixes for one sheet: the fixes of every sheet, with the sheet's own (`bySheet`) on top
 * (a role it fixes takes its column, its ignored columns add to theirs). Sheets of one county's list
 * may differ in their columns (an 初中 sheet with a 学校代码 column first), so a fix by column
 * letter for one of them would read another column on the others.
 *
 * @example sheetFixes({ roles: { teachingArea: 6 }, bySheet: { 初中: { roles: { equipmentValue: 17 } } } }, "初中") // { roles: { teachingArea: 6, equipmentValue: 17 }, ignore: [] }
 * @example sheetFixes({ roles: { teachingArea: 6 }, bySheet: { 初中: { roles: { equipmentValue: 17 } } } }, "小学") // { roles: { teachingArea: 6 }, ignore: [] }
 */
export function sheetFixes(fixes: ColumnFixes | undefined, sheet: string): ColumnFixes {
  if (fixes === undefined) return {};
  const own: RoleFixes | undefined = "bySheet" in fixes ? (fixes as RoleFixes).bySheet?.[sheet] : undefined;
  if (own === undefined) return fixes;
  const all = fixes as RoleFixes;
  return { roles: { ...all.roles, ...own.roles }, ignore: [...(all.ignore ?? []), ...(own.ignore ?? [])] };
}
