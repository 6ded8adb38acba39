import { CATALOGUE, message } from "../messages/catalogue";
import type { Lang } from "../messages/types";
import type { ColumnMapping } from "../workbook/read/readWorkbook";
import type { MappingLine } from "../workbook/write/ResultContext";

type MappedColumn = ColumnMapping["columns"][number];

/**
 * A role by its label (a key without one as written), with the part it adds (L1's 本科, L2's 省级 …)
 * and its stage in the language's brackets: what the 列对应关系 table shows, and what `--map` reads back.
 * @example roleLabel({ field: "students", stage: "junior", part: null }, "zh") // "在校生数（初中）"
 */
export function roleLabel(role: Pick<MappedColumn, "field" | "stage" | "part">, lang: Lang): string {
  const code = `field_${role.field}`;
  const own = CATALOGUE.has(code) ? message(code, {}, lang) : role.field;
  // The pane names a part the same way (addin_field_part).
  const field = role.part === null ? own : message("addin_field_part", { field: own, part: message(`addin_part_${role.part}`, {}, lang) }, lang);
  return role.stage === null ? field : message("out_mapping_field_stage", { field, stage: role.stage }, lang);
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
  return mapping.columns.map((c) => ({ field: roleLabel(c, lang), header: c.header, cell: c.headerCell }));
}
