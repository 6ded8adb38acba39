import { CATALOGUE, message } from "../messages/catalogue";
import type { Lang } from "../messages/types";
import type { ColumnMapping } from "../workbook/read/readWorkbook";
import type { MappingLine } from "../workbook/write/ResultContext";

type MappedColumn = ColumnMapping["columns"][number];

/** A field by its label (a key without one as written), with the part it adds (L1's 本科, L2's 省级 …) and its stage in the language's brackets. */
function fieldLabel(column: MappedColumn, lang: Lang): string {
  const code = `field_${column.field}`;
  const own = CATALOGUE.has(code) ? message(code, {}, lang) : column.field;
  // The pane names a part the same way (addin_field_part).
  const field = column.part === null ? own : message("addin_field_part", { field: own, part: message(`addin_part_${column.part}`, {}, lang) }, lang);
  return column.stage === null ? field : message("out_mapping_field_stage", { field, stage: column.stage }, lang);
}

/**
 * The reader's column mapping as lines for the 数据问题 sheet: field name in `lang`, header text,
 * and the column's own header cell (not the top header row's, which may be a group cell merged
 * across several columns). No mapping (a stand-in reader's) gives none.
 * @example mappingLines({ columns: [{ field: "students", header: "在校生数", headerCell: "学校!D3", … }], … }, "en")
 * // [{ field: "Students", header: "在校生数", cell: "学校!D3" }]
 */
export function mappingLines(mapping: ColumnMapping | null, lang: Lang): MappingLine[] {
  if (mapping === null) return [];
  return mapping.columns.map((c) => ({ field: fieldLabel(c, lang), header: c.header, cell: c.headerCell }));
}
