import { chartPlans, type ChartPlan, type SeriesColour } from "../../workbook/write/chartPlans";
import { chartBox } from "../../workbook/write/chartBox";
import type { SheetTarget } from "./queueFormats";

/** A series' fill (ChartSeries.format, ExcelApi 1.7), where the plan gives one. */
function colour(series: Excel.ChartSeries, rgb: SeriesColour | undefined): void {
  if (rgb) series.format.fill.setSolidColor(`#${rgb}`);
}

function queueChart(target: SheetTarget, plan: ChartPlan): void {
  const placed = target.layout.tables[plan.table];
  const box = chartBox(plan, target.layout);
  const [first, ...rest] = plan.series;
  if (placed === undefined || box === null || first === undefined) return;
  const sheet = target.sheet;
  const column = (c: number) => sheet.getRangeByIndexes(placed.firstDataRow, c, plan.rows, 1);
  const chart = sheet.charts.add(plan.type, column(first.column), "Columns");
  chart.title.text = plan.title;
  const base = chart.series.getItemAt(0);
  base.name = placed.spec.columns[first.column]?.header ?? "";
  base.setXAxisValues(column(plan.categoryColumn));
  colour(base, first.colour);
  for (const s of rest) {
    const series = chart.series.add(placed.spec.columns[s.column]?.header ?? "");
    series.setValues(column(s.column));
    series.setXAxisValues(column(plan.categoryColumn));
    if (s.kind === "line") series.chartType = "Line";
    colour(series, s.colour);
  }
  chart.setPosition(sheet.getRangeByIndexes(box.top, box.left, 1, 1), sheet.getRangeByIndexes(box.bottom, box.right, 1, 1));
}

/**
 * Charts beside their tables. Everything used is within ExcelApi 1.7, the manifest's minimum
 * (charts.add 1.1; series.add, setValues, setXAxisValues, chartType, format 1.7), so no further
 * requirement check is needed; the stand-in refuses these calls below 1.7.
 */
export function queueCharts(target: SheetTarget): void {
  for (const plan of chartPlans(target.spec)) queueChart(target, plan);
}
