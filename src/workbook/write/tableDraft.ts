import type { CellFormatSpec, CellValue, ColumnSpec, DataBarSpec, Emphasis, LinkSpec, TableSpec } from "../types";
import { displayWidth } from "./displayWidth";
import { formatNumber } from "./formats";

/**
 * A cell as the builders describe it: a value with an optional emphasis, a link (a place
 * `Sheet!A1`, or a file, LinkSpec) and a number format of its own in place of its column's
 * (CellFormatSpec).
 */
export interface Cell {
  readonly value: CellValue;
  readonly emphasis?: Emphasis | null;
  readonly link?: CellLink | null;
  readonly format?: string | null;
}

/** A link target: a place `Sheet!A1`, or `{ file }`, a path relative to the workbook written (e.g. `{ file: "甲县-评估结果.xlsx" }`), with `at` a cell of it (`{ file: "甲县-评估结果.xlsx", at: "学校达标!$A$12" }`). */
export type CellLink = string | { readonly file: string; readonly at?: string };

export type CellInput = CellValue | Cell;

/** A column before its width is known. */
export interface ColumnDraft {
  readonly header: string;
  readonly numberFormat: string | null;
  /** Widest the column may get; a column holding a wider value wraps its data cells (ColumnSpec.wrap). Default 40. */
  readonly maxWidth?: number;
}

const MIN_WIDTH = 6;
const PADDING = 2;

/** @example cell(3, "bad") // { value: 3, emphasis: "bad", link: null, format: null }; cell(1, "warn", null, '"≥ "0') // shown “≥ 1” */
export function cell(value: CellValue, emphasis: Emphasis | null = null, link: CellLink | null = null, format: string | null = null): Cell {
  return { value, emphasis, link, format };
}

function isCell(input: CellInput): input is Cell {
  return typeof input === "object" && input !== null && !(input instanceof Date) && "value" in input;
}

function shownText(value: CellValue, format: string | null): string {
  if (value === null) return "";
  if (typeof value === "number") return formatNumber(value, format);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "object") return value.error;
  return String(value);
}

/**
 * Width that fits the header and every value as shown (CJK characters counting two), capped at
 * maxWidth; the column wraps when a value with its padding is wider than the cap — the width a value
 * fits in, so a value just under the cap (20 CJK characters in a 40 cap: 293 px of glyphs in a
 * 285 px column) wraps rather than being cut off by the next cell. Only values count for wrapping:
 * the header does not wrap, so a long header alone would only make the data rows taller.
 *
 * @example columnFit({ header: "说明", numberFormat: null, maxWidth: 40 }, ["长".repeat(30)]) // { width: 40, wrap: true }
 * (`texts`: the column's values as shown, shownText)
 */
function columnFit(column: ColumnDraft, texts: readonly string[]): { width: number; wrap: boolean } {
  const cap = column.maxWidth ?? 40;
  const widest = texts.reduce<number>((w, text) => Math.max(w, displayWidth(text)), 0);
  const width = Math.max(widest, displayWidth(column.header)) + PADDING;
  return { width: Math.min(Math.max(width, MIN_WIDTH), cap), wrap: widest + PADDING > cap };
}

/** Assembles a TableSpec from rows of cells; an empty table gets one "(none)" row, as Excel tables need a body. */
export function makeTable(options: {
  readonly name: string;
  readonly caption: string | null;
  readonly columns: readonly ColumnDraft[];
  readonly rows: readonly (readonly CellInput[])[];
  readonly dataBars?: readonly DataBarSpec[];
  readonly emptyText: string;
}): TableSpec {
  const rows = options.rows.length > 0 ? options.rows : [[options.emptyText]];
  const values: CellValue[][] = [];
  const found: Found = { emphasis: [], links: [], formats: [] };
  rows.forEach((row, r) => {
    values.push(options.columns.map((_, c) => stored(unpack(row[c] ?? null, r, c, found))));
  });
  const own = new Map(found.formats.map((f) => [`${f.row},${f.column}`, f.format]));
  const columns: ColumnSpec[] = options.columns.map((col, c) => ({
    header: col.header,
    numberFormat: col.numberFormat,
    ...columnFit(col, values.map((row, r) => shownText(row[c] ?? null, own.get(`${r},${c}`) ?? col.numberFormat))),
  }));
  const { emphasis, links, formats } = found;
  return { name: options.name, caption: options.caption, columns, rows: values, emphasis, formats, dataBars: options.dataBars ?? [], links };
}

/**
 * A number as a cell stores it, without binary floating-point noise, which the formula bar and a
 * copy-paste would show: 10.2 × 588 − 5278 is 719.5999999999995 in binary arithmetic, 719.6 exactly.
 * Excel keeps 15 significant digits, and so does this; but 15 digits alone keep that noise
 * (719.5999999999995 is 719.599999999999545…, which rounds to 719.599999999999), so a value within
 * 1e-15 relative of its 14-digit rounding (about 5 units in the last place of the double, what a few
 * operations leave) is stored as that rounding: any figure of up to 14 digits (yuan to the cent
 * below 10¹²) comes back exactly. The price: a real 15th digit as small as that is dropped too. Its
 * weight is 1e-14 of the leading digit's place, so where the leading digits are near 10 it falls
 * within the window (9.87654321098761 → 9.8765432109876, 0.999999999999991 → 0.99999999999999),
 * while 1 / 3 (3.3e-15 from 0.33333333333333, 1e-14 relative) keeps 15. No
 * displayed digit changes: formats show far fewer than 14, and the cell differs by about 1e-15.
 * @example storedNumber(10.2 * 588 - 5278) // 719.6; storedNumber(123456789012.34) // 123456789012.34; storedNumber(1 / 3) // 0.333333333333333
 */
export function storedNumber(value: number): number {
  if (!Number.isFinite(value)) return value;
  const short = Number(value.toPrecision(14));
  return Math.abs(short - value) <= NOISE_LEFT * Math.abs(value) ? short : Number(value.toPrecision(15));
}

/** Relative error a few floating-point operations leave on a figure (each adds up to 1.1e-16). */
const NOISE_LEFT = 1e-15;

function stored(value: CellValue): CellValue {
  return typeof value === "number" ? storedNumber(value) : value;
}

/** The number a cell holds, else null. @example numberIn(cell(0.8, "bad")) // 0.8; numberIn("—") // null */
export function numberIn(input: CellInput | undefined): number | null {
  const value = input !== undefined && isCell(input) ? input.value : input;
  return typeof value === "number" ? value : null;
}

/** What the cells of a table carry besides their values, gathered by unpack. */
interface Found {
  readonly emphasis: { row: number; column: number; kind: Emphasis }[];
  readonly links: LinkSpec[];
  readonly formats: CellFormatSpec[];
}

function unpack(input: CellInput, row: number, column: number, found: Found): CellValue {
  if (!isCell(input)) return input;
  if (input.emphasis) found.emphasis.push({ row, column, kind: input.emphasis });
  if (input.format) found.formats.push({ row, column, format: input.format });
  const link = input.link;
  if (typeof link === "object" && link !== null) found.links.push({ row, column, target: link.file, file: true, ...(link.at === undefined ? {} : { at: link.at }) });
  else if (link) found.links.push({ row, column, target: link });
  return input.value;
}
