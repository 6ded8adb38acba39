import { a1, qualified } from "../address";
import type { ColumnMapping } from "./readWorkbook";

/** The header's columns, recognised or not. */
function headerColumns(mapping: ColumnMapping): number[] {
  return [...mapping.columns, ...mapping.unmatched].map((c) => c.column);
}

/**
 * The header's first cell (its top row, its leftmost column), qualified: where a word about the
 * header as a whole stands (a column the sheet lacks); null when the header has no column.
 * @example headerCell({ sheet: "学校", headerRows: { top: 2, bottom: 3 }, columns: [{ column: 1, … }], unmatched: [{ column: 0, … }], … }) // "学校!A3"
 */
export function headerCell(mapping: ColumnMapping): string | null {
  const columns = headerColumns(mapping);
  return columns.length === 0 ? null : qualified(mapping.sheet, a1(mapping.headerRows.top, Math.min(...columns)));
}

/**
 * The table a mapping read, from the header's first row to the last school row over the header's
 * columns (recognised or not), qualified; null when the header has no column.
 * @example mappingExtent({ sheet: "学校", headerRows: { top: 2, bottom: 2 }, dataRows: { top: 3, bottom: 39 }, columns: [{ column: 1, … }], unmatched: [{ column: 0, … }], … }) // "学校!A3:B40"
 */
export function mappingExtent(mapping: ColumnMapping): string | null {
  const columns = headerColumns(mapping);
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
