import { jsonBytes } from "./payload";
import type { SheetLayout } from "../../workbook/write/sheetLayout";

/** Bytes one range operation adds to a request besides its data (ids, method, property names). */
export const OPERATION_BYTES = 160;

/**
 * Estimated request bytes for each row of a laid-out sheet: its values, the number-format column
 * slices, and one operation per emphasised cell or link (an upper bound: runs merge many).
 */
export function rowCosts(layout: SheetLayout): number[] {
  const costs = layout.rows.map((row) => jsonBytes(row.map((v) => (v instanceof Date ? 0 : v))) + 8);
  for (const placed of layout.tables) {
    const formatBytes = placed.spec.columns.reduce((n, c) => n + (c.numberFormat === null ? 0 : jsonBytes([c.numberFormat]) + 2), 0);
    placed.spec.rows.forEach((_, r) => {
      const i = placed.firstDataRow + r;
      costs[i] = (costs[i] ?? 0) + formatBytes;
    });
    const add = (row: number, bytes: number) => {
      const i = placed.firstDataRow + row;
      if (row >= 0 && row < placed.spec.rows.length) costs[i] = (costs[i] ?? 0) + bytes;
    };
    for (const e of placed.spec.emphasis) add(e.row, OPERATION_BYTES);
    for (const link of placed.spec.links) add(link.row, OPERATION_BYTES + jsonBytes(link.target) * 2);
  }
  return costs;
}
