import { a1, qualified } from "../address";
import type { ColumnMapping } from "./readWorkbook";

/**
 * The table a mapping read, from the header's first row to the last school row over the header's
 * columns (recognised or not), qualified; null when the header has no column.
 * @example mappingExtent({ sheet: "学校", headerRows: { top: 2, bottom: 2 }, dataRows: { top: 3, bottom: 39 }, columns: [{ column: 1, … }], unmatched: [{ column: 0, … }], … }) // "学校!A3:B40"
 */
export function mappingExtent(mapping: ColumnMapping): string | null {
  const columns = [...mapping.columns, ...mapping.unmatched].map((c) => c.column);
  if (columns.length === 0) return null;
  const bottom = Math.max(mapping.dataRows.bottom, mapping.headerRows.bottom);
  return qualified(mapping.sheet, `${a1(mapping.headerRows.top, Math.min(...columns))}:${a1(bottom, Math.max(...columns))}`);
}

/**
 * The header's own cells: its rows over its columns. What a read that failed still found (a header
 * lacking a required column), where no school row was read to give the table's extent: the cell of
 * read_missing_columns, and the range the pane names.
 *
 * @example headerExtent({ sheet: "学校", headerRows: { top: 2, bottom: 3 }, columns: [{ column: 1, … }], unmatched: [{ column: 0, … }, { column: 35, … }], … }) // "学校!A3:AJ4"
 */
export function headerExtent(mapping: ColumnMapping): string | null {
  return mappingExtent({ ...mapping, dataRows: { top: mapping.headerRows.bottom, bottom: mapping.headerRows.bottom } });
}
