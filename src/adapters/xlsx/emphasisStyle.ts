import type ExcelJS from "exceljs";
import type { Emphasis } from "../../workbook/types";

/** Excel's own conditional-format presets: light red fill with dark red text, yellow with dark yellow, green with dark green. */
const STYLES: Record<Emphasis, { fill: string | null; font: string }> = {
  bad: { fill: "FFFFC7CE", font: "FF9C0006" },
  warn: { fill: "FFFFEB9C", font: "FF9C5700" },
  good: { fill: "FFC6EFCE", font: "FF006100" },
  muted: { fill: null, font: "FF808080" },
};

/** Applies an emphasis as a solid fill and a font colour, keeping the cell's other font settings. */
export function applyEmphasis(cell: ExcelJS.Cell, kind: Emphasis): void {
  const style = STYLES[kind];
  if (style.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: style.fill }, bgColor: { argb: style.fill } };
  cell.font = { ...cell.font, color: { argb: style.font } };
}

export const LINK_FONT: Partial<ExcelJS.Font> = { color: { argb: "FF0563C1" }, underline: true };
