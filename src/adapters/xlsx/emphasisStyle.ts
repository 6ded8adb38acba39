import type ExcelJS from "exceljs";
import type { Emphasis } from "../../workbook/types";
import { EMPHASIS_COLOURS, LINK_COLOUR } from "../../workbook/write/emphasisColours";

/** exceljs colours are ARGB. */
const argb = (rgb: string) => ({ argb: `FF${rgb}` });

/** Applies an emphasis as a solid fill and a font colour, keeping the cell's other font settings. */
export function applyEmphasis(cell: ExcelJS.Cell, kind: Emphasis): void {
  const style = EMPHASIS_COLOURS[kind];
  if (style.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: argb(style.fill), bgColor: argb(style.fill) };
  cell.font = { ...cell.font, color: argb(style.font) };
}

export const LINK_FONT: Partial<ExcelJS.Font> = { color: argb(LINK_COLOUR), underline: true };
