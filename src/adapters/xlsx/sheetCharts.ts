import { columnLetters, quotedSheet } from "../../workbook/address";
import type { CellValue, SheetSpec } from "../../workbook/types";
import { chartBox, type ChartBox } from "../../workbook/write/chartBox";
import { chartPlans, type ChartPlan } from "../../workbook/write/chartPlans";
import type { PlacedTable, SheetLayout } from "../../workbook/write/sheetLayout";
import type { ChartData } from "./chartXml";
import { uniqueHeaders } from "./uniqueHeaders";

/** A chart ready to be written: what it shows and where it sits. */
export interface SheetChart {
  readonly data: ChartData;
  readonly box: ChartBox;
}

/** An absolute cell reference (0-based row and column): $F$11. */
const absolute = (row: number, column: number) => `$${columnLetters(column)}$${row + 1}`;

/** Absolute reference to rows first…last (0-based) of one column, as chart formulas write it. */
function columnRef(sheet: string, column: number, first: number, last: number): string {
  return `${quotedSheet(sheet)}!${absolute(first, column)}:${absolute(last, column)}`;
}

const text = (value: CellValue | undefined): string => (value === null || value === undefined || typeof value === "object" ? "" : String(value));
const number = (value: CellValue | undefined): number | null => (typeof value === "number" && Number.isFinite(value) ? value : null);

function chartData(plan: ChartPlan, placed: PlacedTable, sheet: string): ChartData {
  const rows = placed.spec.rows.slice(0, plan.rows);
  const last = placed.firstDataRow + plan.rows - 1;
  const headers = uniqueHeaders(placed.spec);
  const series = plan.series.map((s) => ({
    name: { ref: `${quotedSheet(sheet)}!${absolute(placed.headerRow, s.column)}`, text: headers[s.column] ?? "" },
    ref: columnRef(sheet, s.column, placed.firstDataRow, last),
    values: rows.map((r) => number(r[s.column])),
    format: placed.spec.columns[s.column]?.numberFormat ?? "General",
    kind: s.kind,
    colour: s.colour ?? null,
  }));
  const categories = { ref: columnRef(sheet, plan.categoryColumn, placed.firstDataRow, last), texts: rows.map((r) => text(r[plan.categoryColumn])) };
  return { title: plan.title, stacked: plan.type === "ColumnStacked", categories, series };
}

/**
 * The charts of one result sheet written under `sheet` (its name in the workbook, which may differ
 * from the spec's: 汇总 (2)), from the plans the add-in draws too (chartPlans), placed as the
 * add-in places them (chartBox). The caches are the values the sink writes into those cells.
 *
 * @example sheetCharts(差异系数 spec with one county × stage table, its layout, "差异系数")
 *          // two charts: CV against the limit ('差异系数'!$F$12:$F$18 …), and met / at floor / below stacked
 */
export function sheetCharts(spec: SheetSpec, layout: SheetLayout, sheet: string): SheetChart[] {
  return chartPlans(spec).flatMap((plan) => {
    const placed = layout.tables[plan.table];
    const box = chartBox(plan, layout);
    return placed === undefined || box === null || plan.rows === 0 ? [] : [{ data: chartData(plan, placed, sheet), box }];
  });
}
