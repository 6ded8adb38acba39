import type { CellValue, TableSpec } from "../types";
import { displayWidth, isWide } from "./displayWidth";

/**
 * Points per line of an 11 pt body font, the size both sinks give the rows they estimate
 * (exceljs's default Calibri 11, where Excel fits 15 pt; zh-CN Excel's default is 等线 11, which,
 * like 宋体 11, fits about 14.25). CJK text in a Latin font falls back to a CJK font whose line is
 * taller (Noto Sans CJK at 11 pt ≈ 16 pt, the LibreOffice/WPS case), so the generous figure. It is
 * an estimate: a face with taller lines at 11 pt (微软雅黑) can still lose part of its last line.
 */
export const LINE_POINTS = 16;

/**
 * Points added once per row: LibreOffice lays ten lines of CJK text into exactly 160 pt, leaving
 * the last line's descenders on the cell border.
 */
export const ROW_PADDING_POINTS = 2;

/** Excel's tallest row. */
const MAX_ROW_POINTS = 409;

/** Column units lost to the cell's left and right margins. */
const PADDING = 1;

/**
 * A CJK glyph at 11 pt is 14.7 px, a little more than two 7-px digits (displayWidth counts 2):
 * the usable width shrinks by 5% so that a long line of Chinese is not counted one character short.
 */
const WIDE_SLACK = 0.95;

/**
 * Lines a text takes when wrapped in a column `columnWidth` characters wide: each "\n" starts a
 * line, and each paragraph fills lines word by word as Excel wraps it (a CJK character may break
 * anywhere, a run of Latin letters or digits only at its ends unless it is longer than a line).
 *
 * @example wrappedLines("长".repeat(45), 40) // 3: width 90, (40 − 1) × 0.95 = 37.05 usable, 18 characters a line
 */
export function wrappedLines(text: string, columnWidth: number): number {
  const usable = Math.max(2, (columnWidth - PADDING) * WIDE_SLACK);
  return text.split(/\r?\n/).reduce((lines, paragraph) => lines + paragraphLines(paragraph, usable), 0);
}

/** Lines of one paragraph (no line breaks), filled greedily. */
function paragraphLines(paragraph: string, usable: number): number {
  let lines = 1;
  let used = 0;
  for (const token of tokens(paragraph)) {
    let width = displayWidth(token);
    if (used + width <= usable) {
      used += width;
      continue;
    }
    // A break falls here: a space at the break is swallowed, a word moves to the next line.
    if (used > 0) lines++;
    used = 0;
    if (token === " ") continue;
    for (; width > usable; width -= usable) lines++;
    used = width;
  }
  return lines;
}

/** Break opportunities: each wide character alone (isWide, as displayWidth counts them), each space alone, each run of other characters. */
function tokens(paragraph: string): string[] {
  const out: string[] = [];
  let run = "";
  for (const ch of paragraph) {
    if (!/\s/.test(ch) && !isWide(ch)) {
      run += ch;
      continue;
    }
    if (run !== "") out.push(run);
    run = "";
    out.push(ch);
  }
  if (run !== "") out.push(run);
  return out;
}

/**
 * Height in points for a row whose wrapped cells hold `values` in columns of `widths` characters:
 * enough lines for the longest, and the padding; null when every value fits one line (the row keeps Excel's own
 * height). Only text wraps: a number or date is never wrapped by Excel.
 *
 * @example wrappedRowHeight(["短", "长".repeat(45)], [40, 40]) // 50: three lines of 16 pt and 2 pt
 */
export function wrappedRowHeight(values: readonly CellValue[], widths: readonly number[]): number | null {
  const lines = Math.max(1, ...values.map((v, i) => (typeof v === "string" ? wrappedLines(v, widths[i] ?? 0) : 1)));
  return lines > 1 ? Math.min(lines * LINE_POINTS + ROW_PADDING_POINTS, MAX_ROW_POINTS) : null;
}

/**
 * Heights of a table's data rows [from, to) (indexes into `table.rows`) from its wrapping columns
 * (ColumnSpec.wrap) laid out `columnWidths` characters wide (SheetLayout.columnWidths): null where
 * a row fits one line. Both sinks set these, so that the CLI's file and the add-in's sheets give a
 * row the same height; all null when no column wraps.
 *
 * @example wrappedRowHeights({ columns: [{ wrap: true }, { wrap: false }], rows: [["长".repeat(45), "x"], ["短", "x"]] }, [40, 10]) // [50, null]
 */
export function wrappedRowHeights(table: Pick<TableSpec, "columns" | "rows">, columnWidths: readonly number[], from = 0, to = table.rows.length): (number | null)[] {
  const wrapping = table.columns.flatMap((column, c) => (column.wrap ? [c] : []));
  const widths = wrapping.map((c) => columnWidths[c] ?? 0);
  return table.rows.slice(from, to).map((row) => wrappedRowHeight(wrapping.map((c) => row[c] ?? null), widths));
}
