import type ExcelJS from "exceljs";
import type { Emphasis } from "../../workbook/types";
import { EMPHASIS_COLOURS, LINK_COLOUR } from "../../workbook/write/emphasisColours";

/** exceljs colours are ARGB. */
const argb = (rgb: string) => ({ argb: `FF${rgb}` });

/**
 * The workbook's body font (exceljs's default style). Every font this sink sets starts from it: a
 * font written with only a colour or a size has no name, and LibreOffice then draws the cell in a
 * serif fallback beside its sans-serif neighbours (a trial user saw the coloured verdicts so).
 */
export const BASE_FONT: Partial<ExcelJS.Font> = { name: "Calibri", size: 11, family: 2 };

/** Applies an emphasis as a solid fill and a font colour, keeping the cell's other font settings. */
export function applyEmphasis(cell: ExcelJS.Cell, kind: Emphasis): void {
  const style = EMPHASIS_COLOURS[kind];
  if (style.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: argb(style.fill), bgColor: argb(style.fill) };
  cell.font = { ...BASE_FONT, ...cell.font, color: argb(style.font) };
}

export const LINK_FONT: Partial<ExcelJS.Font> = { ...BASE_FONT, color: argb(LINK_COLOUR), underline: true };
