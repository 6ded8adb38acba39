import { columnRoleLabel } from "../../messages/catalogue";
import type { Lang } from "../../messages/types";
import type { ColumnMapping } from "../read/readWorkbook";
import type { MappingLine } from "./ResultContext";

/**
 * The reader's column mapping as lines for the 数据问题 sheet: field name in `lang`, header text,
 * and the column's own header cell (not the top header row's, which may be a group cell merged
 * across several columns). No mapping (a stand-in reader's) gives none.
 * @example mappingLines({ columns: [{ field: "students", header: "在校生数", headerCell: "学校!D3", … }], … }, "en")
 * // [{ field: "Students", header: "在校生数", cell: "学校!D3" }]
 */
export function mappingLines(mapping: ColumnMapping | null, lang: Lang): MappingLine[] {
  if (mapping === null) return [];
  return mapping.columns.map((c) => ({ field: columnRoleLabel(c, lang), header: c.header, cell: c.headerCell }));
}
