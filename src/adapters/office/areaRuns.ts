import { AREA_LIMITS, rowRuns, type Occupied, type Span } from "../../workbook/dataArea";
import type { Box } from "../../workbook/types";

/**
 * Non-blank cells given as rectangles (the areas of getSpecialCells("Constants") and
 * ("Formulas")) as runs per row for dataArea: each row's spans in column order, joined where no
 * more than `gap` blank columns lie between. Every cell of such an area holds something, so a span
 * counts its width; spans that overlap (a clipped area, or both lists naming a cell) count once.
 * The cost is the rows the areas cover, not the columns they span.
 *
 * @example areaRuns([{ top: 0, left: 0, bottom: 1, right: 2 }, { top: 1, left: 3, bottom: 1, right: 3 }, { top: 1, left: 16383, bottom: 1, right: 16383 }])
 * // A1:C1 → row 0: 0..2 (3 cells); row 1: 0..3 (4 cells, A2:C2 and D2 adjoin) and 16383 alone (1 cell, XFD2 is past 100 blank columns)
 */
export function areaRuns(areas: readonly Box[], gap: number = AREA_LIMITS.maxBlankColumns): Occupied[] {
  const rows = new Map<number, Span[]>();
  for (const a of areas) {
    for (let r = a.top; r <= a.bottom; r++) {
      const spans = rows.get(r);
      if (spans === undefined) rows.set(r, [[a.left, a.right]]);
      else spans.push([a.left, a.right]);
    }
  }
  const runs: Occupied[] = [];
  for (const [row, spans] of rows) for (const run of rowRuns(row, spans, gap)) runs.push(run);
  return runs;
}
