import { chartPlans, type ChartPlan, type SeriesColour } from "./chartPlans";
import type { SheetTarget } from "./queueFormats";

/** Charts sit right of the tables, as tall as their table so that stacked tables' charts do not overlap. */
const MIN_CHART_ROWS = 10;
const CHART_COLUMNS = 7;

/** A series' fill (ChartSeries.format, ExcelApi 1.7), where the plan gives one. */
function colour(series: Excel.ChartSeries, rgb: SeriesColour | undefined): void {
  if (rgb) series.format.fill.setSolidColor(`#${rgb}`);
}

function queueChart(target: SheetTarget, plan: ChartPlan): void {
  const placed = target.layout.tables[plan.table];
  const [first, ...rest] = plan.series;
  if (placed === undefined || first === undefined) return;
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
  const left = target.layout.width + 1;
  const top = placed.captionRow ?? placed.headerRow;
  const height = Math.max(MIN_CHART_ROWS, placed.spec.rows.length + 2);
  chart.setPosition(sheet.getRangeByIndexes(top, left, 1, 1), sheet.getRangeByIndexes(top + height - 1, left + CHART_COLUMNS - 1, 1, 1));
}

/**
 * Charts beside their tables. Everything used is within ExcelApi 1.7, the manifest's minimum
 * (charts.add 1.1; series.add, setValues, setXAxisValues, chartType, format 1.7), so no further
 * requirement check is needed; the stand-in refuses these calls below 1.7.
 */
export function queueCharts(target: SheetTarget): void {
  for (const plan of chartPlans(target.spec)) queueChart(target, plan);
}
