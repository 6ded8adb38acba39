import { columnRoleLabel, message } from "../../messages/catalogue";
import type { Lang } from "../../messages/types";
import type { ColumnMapping } from "../read/readWorkbook";
import type { MappingLine } from "./ResultContext";

/**
 * The reader's column mapping as lines for the 数据问题 sheet: field name in `lang`, header text,
 * and the column's own header cell (not the top header row's, which may be a group cell merged
 * across several columns), the other sheets read with columns of their own after the first's; a
 * column the user mapped says so (（手动指定） / (set by hand)). No mapping (a stand-in reader's) gives none.
 * @example mappingLines({ columns: [{ field: "students", header: "在校生数", headerCell: "学校!D3", … }], … }, "en")
 * // [{ field: "Students", header: "在校生数", cell: "学校!D3" }]
 */
export function mappingLines(mapping: ColumnMapping | null, lang: Lang): MappingLine[] {
  if (mapping === null) return [];
  // The other sheets read with columns of their own (小学 beside 初中 in another order) follow, each line at its own sheet's cell.
  const columns = [mapping, ...(mapping.otherSheets ?? [])].flatMap((m) => m.columns);
  return columns.map((c) => ({ field: fieldText(c, lang), header: c.header, cell: c.headerCell }));
}

/** A column's role as columnRoleLabel names it, marked when the user set it (--map, the pane's mapping): a reviewer must tell it from what the reader recognised. */
function fieldText(column: ColumnMapping["columns"][number], lang: Lang): string {
  const label = columnRoleLabel(column, lang);
  return column.byHand === true ? message("out_mapping_by_hand", { field: label }, lang) : label;
}
