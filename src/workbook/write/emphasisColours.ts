import type { Emphasis } from "../types";

/**
 * Fill and font colours (RRGGBB) of Excel's Bad / Neutral / Good cell styles, and grey for
 * reference-only cells. One table for both renderers: Office.js takes `#RRGGBB`, exceljs `FFRRGGBB`.
 */
export const EMPHASIS_COLOURS: Readonly<Record<Emphasis, { readonly fill: string | null; readonly font: string }>> = {
  bad: { fill: "FFC7CE", font: "9C0006" },
  warn: { fill: "FFEB9C", font: "9C5700" },
  good: { fill: "C6EFCE", font: "006100" },
  muted: { fill: null, font: "7F7F7F" },
};

/** Excel's hyperlink blue. */
export const LINK_COLOUR = "0563C1";
