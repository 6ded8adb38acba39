import type { CellValue, SheetSpec, TableSpec } from "../../workbook/types";

/** Where one table of a sheet lands (0-based sheet rows; tables start in column A). */
export interface PlacedTable {
  readonly spec: TableSpec;
  readonly captionRow: number | null;
  readonly headerRow: number;
  /** First data row; the data body spans `spec.rows.length` rows from here. */
  readonly firstDataRow: number;
}

/** A result sheet as a rectangle of values plus the positions the formatting needs. */
export interface SheetLayout {
  readonly rows: readonly (readonly CellValue[])[];
  readonly width: number;
  readonly noteRows: readonly number[];
  readonly tables: readonly PlacedTable[];
}

function padded(values: readonly CellValue[], width: number): CellValue[] {
  return [...values, ...Array<CellValue>(Math.max(0, width - values.length)).fill(null)];
}

/**
 * Lays a SheetSpec out as workbooks.md describes: title in A1, notes under it, a blank row,
 * then each table (caption row when given, header, data) with one blank row between tables.
 *
 * @example layoutSheet({ title: "汇总", notes: ["n"], tables: [t], … }).tables[0].headerRow // 3
 */
export function layoutSheet(spec: SheetSpec): SheetLayout {
  const width = Math.max(1, ...spec.tables.map((t) => t.columns.length));
  const rows: CellValue[][] = [padded([spec.title], width)];
  const noteRows = spec.notes.map((note) => rows.push(padded([note], width)) - 1);
  const tables: PlacedTable[] = [];
  spec.tables.forEach((table) => {
    rows.push(padded([], width));
    const captionRow = table.caption === null ? null : rows.push(padded([table.caption], width)) - 1;
    const headerRow = rows.push(padded(table.columns.map((c) => c.header), width)) - 1;
    for (const row of table.rows) rows.push(padded(row, width));
    tables.push({ spec: table, captionRow, headerRow, firstDataRow: headerRow + 1 });
  });
  return { rows, width, noteRows, tables };
}
