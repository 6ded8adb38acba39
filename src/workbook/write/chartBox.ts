import type { ChartPlan } from "./chartPlans";
import type { SheetLayout } from "./sheetLayout";

/** Charts are at least this many rows high, so that a short table's chart stays readable. */
const MIN_CHART_ROWS = 10;
/** Charts are this many columns wide. */
const CHART_COLUMNS = 7;

/** The cells a chart covers, 0-based sheet rows and columns, the last ones included. */
export interface ChartBox {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/**
 * Where a chart sits, the same for both renderers: one column right of the sheet's widest table,
 * from its table's caption (or header) row, as tall as the table and two rows more (at least 10
 * rows) so that stacked tables' charts do not overlap, 7 columns wide. Null for a plan whose table
 * the layout does not hold.
 *
 * @example chartBox(plan on table 0, layout with width 8, table 0's caption in row 3 and 9 data rows)
 *          // { top: 3, left: 9, bottom: 3 + 11 - 1 = 13, right: 9 + 7 - 1 = 15 } (J4:P14)
 */
export function chartBox(plan: ChartPlan, layout: SheetLayout): ChartBox | null {
  const placed = layout.tables[plan.table];
  if (placed === undefined) return null;
  const top = placed.captionRow ?? placed.headerRow;
  const left = layout.width + 1;
  const height = Math.max(MIN_CHART_ROWS, placed.spec.rows.length + 2);
  return { top, left, bottom: top + height - 1, right: left + CHART_COLUMNS - 1 };
}
