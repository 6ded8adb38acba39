import type { CellValue, SheetSpec, TableSpec } from "../types";

/** Where one table of a sheet lands (0-based sheet rows; tables start in column A). */
export interface PlacedTable {
  readonly spec: TableSpec;
  readonly captionRow: number | null;
  readonly headerRow: number;
  /** First data row; the data body spans `bodyRows` rows from here. */
  readonly firstDataRow: number;
  /** `spec.rows.length`, or 1 for an empty table: Excel tables need a body row, so one blank row is kept. */
  readonly bodyRows: number;
}

/** Panes frozen below the first table's header and right of the spec's `freezeColumns`. */
export interface FreezePanes {
  readonly rows: number;
  readonly columns: number;
}

/**
 * A result sheet as a rectangle of values plus the positions every renderer needs. Both sinks
 * (Office.js and exceljs) render from this, so that the add-in and the CLI put every cell in
 * the same place.
 */
export interface SheetLayout {
  /** Every row of the sheet, each `width` cells wide (title, notes, blanks, captions, headers, data). */
  readonly rows: readonly (readonly CellValue[])[];
  readonly width: number;
  readonly noteRows: readonly number[];
  readonly tables: readonly PlacedTable[];
  /** Column widths in characters: per column the widest any table asks for; 0 where none does. */
  readonly columnWidths: readonly number[];
  readonly freeze: FreezePanes | null;
  /**
   * Rows 1…n printed atop every page: the title through the header of the sheet's only table; 0
   * for a sheet of several tables (the first one's header would stand over the others' rows).
   */
  readonly printTitleRows: number;
}

function padded(values: readonly CellValue[], width: number): CellValue[] {
  return [...values, ...Array<CellValue>(Math.max(0, width - values.length)).fill(null)];
}

function columnWidths(tables: readonly TableSpec[], width: number): number[] {
  return Array.from({ length: width }, (_, c) => Math.max(0, ...tables.map((t) => t.columns[c]?.width ?? 0)));
}

/**
 * Lays a SheetSpec out as workbooks.md describes: title in A1, notes under it, a blank row,
 * then each table (caption row when given, header, data) with one blank row between tables.
 * With `notesAfterTable`, the notes follow that table after a blank row instead, so that the frozen
 * rows are the title and the first table's header however many notes there are.
 *
 * @example sheetLayout({ title: "汇总", notes: ["n"], tables: [captioned], … }).tables[0].headerRow // 4
 *          (title 0, note 1, blank 2, caption 3, header 4)
 * @example sheetLayout({ title: "总览", notes: ["n"], tables: [captioned], notesAfterTable: 0, … }).noteRows // [5]
 *          (title 0, blank 1, caption 2, header 3, data 4, blank 5 … note 6)
 */
export function sheetLayout(spec: SheetSpec): SheetLayout {
  const width = Math.max(1, ...spec.tables.map((t) => t.columns.length));
  const rows: CellValue[][] = [padded([spec.title], width)];
  const noteRows: number[] = [];
  const placeNotes = () => spec.notes.forEach((note) => noteRows.push(rows.push(padded([note], width)) - 1));
  if (spec.notesAfterTable === undefined) placeNotes();
  const tables: PlacedTable[] = spec.tables.map((table, i) => {
    rows.push(padded([], width));
    const captionRow = table.caption === null ? null : rows.push(padded([table.caption], width)) - 1;
    const headerRow = rows.push(padded(table.columns.map((c) => c.header), width)) - 1;
    const body = table.rows.length > 0 ? table.rows : [[]];
    for (const row of body) rows.push(padded(row, width));
    if (i === spec.notesAfterTable && spec.notes.length > 0) {
      rows.push(padded([], width));
      placeNotes();
    }
    return { spec: table, captionRow, headerRow, firstDataRow: headerRow + 1, bodyRows: body.length };
  });
  // A table index past the last: the notes are not dropped, they end the sheet.
  if (noteRows.length < spec.notes.length) placeNotes();
  const first = tables[0];
  const freeze = first === undefined ? null : { rows: first.headerRow + 1, columns: spec.freezeColumns };
  const printTitleRows = tables.length === 1 && first !== undefined ? first.headerRow + 1 : 0;
  return { rows, width, noteRows, tables, columnWidths: columnWidths(spec.tables, width), freeze, printTitleRows };
}
