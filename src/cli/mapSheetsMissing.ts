import type { RoleFixes } from "../workbook/read/matchColumns";

/**
 * The sheets `--map 初中!字段=列` names for its own that the workbook does not have:
 * the reader takes a sheet's own fixes by its exact name, so a fix for a sheet mistyped (初中 for
 * 初中学校) or one another county's workbook has was dropped without a word, and the column meant
 * read as recognised. In the order given.
 * @example mapSheetsMissing({ roles: {}, ignore: [], bySheet: { 不存在: { roles: { equipmentValue: 17 }, ignore: [] } } }, ["学校基本情况", "县级指标"]) // ["不存在"]
 */
export function mapSheetsMissing(mapping: RoleFixes | null, sheets: readonly string[]): string[] {
  return Object.keys(mapping?.bySheet ?? {}).filter((sheet) => !sheets.includes(sheet));
}
