import { CATALOGUE } from "../../messages/catalogue";
import type { SheetSpec } from "../types";
import { EMPHASIS_COLOURS } from "./emphasisColours";

/** A series' fill (RRGGBB), where its colour carries meaning (met green, floor amber, below red). */
export type SeriesColour = string | null;

/** A chart over one table: categories from one column, one series per listed column, over `rows` data rows. */
export interface ChartPlan {
  readonly table: number;
  /** Excel chart type: clustered columns with a limit line, or columns stacked to the sections evaluated. */
  readonly type: "ColumnClustered" | "ColumnStacked";
  readonly title: string;
  readonly categoryColumn: number;
  /** Data rows 0..rows-1 of the table. */
  readonly rows: number;
  readonly series: readonly { readonly column: number; readonly kind: "column" | "line"; readonly colour?: SeriesColour }[];
}

/**
 * Whether a header is the catalogue's text for `code` in either language. A placeholder matches
 * any text: the count headers name the profile's floor (达{floor}未达标 → 达80%未达标). The
 * template is taken as the catalogue holds it, not rendered: rendered without its parameter it
 * throws where unfilled placeholders are errors (throwOnUnfilled, the placeholder tests).
 * @example headerIs("达80%未达标", "out_h_ind_floor") // true
 */
function headerIs(header: string, code: string): boolean {
  return (["zh", "en"] as const).some((lang) => templatePattern(CATALOGUE.get(code)?.[lang] ?? code).test(header));
}

function templatePattern(template: string): RegExp {
  const parts = template.split(/\{\w+(?::\w+)?\}/).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(`^${parts.join(".+")}$`);
}

/** Leading data rows whose first cell is an indicator code (L1…L7): the average row below is left out. */
function indicatorRows(rows: readonly (readonly unknown[])[]): number {
  const n = rows.findIndex((row) => typeof row[0] !== "string" || !/^L[1-7]$/.test(row[0]));
  return n === -1 ? rows.length : n;
}

/** CV per indicator (columns) against the limit (a line), one chart per county × stage. */
function coefficientCharts(spec: SheetSpec): ChartPlan[] {
  return spec.tables.flatMap((table, i) => {
    const cv = table.columns.findIndex((c) => headerIs(c.header, "out_h_cv"));
    const limit = table.columns.findIndex((c) => headerIs(c.header, "out_h_limit"));
    const rows = indicatorRows(table.rows);
    if (cv < 0 || limit < 0 || rows === 0) return [];
    const title = `${table.caption ?? ""} ${table.columns[cv]?.header ?? ""}`.trim();
    return [{ table: i, type: "ColumnClustered" as const, title, categoryColumn: 0, rows, series: [{ column: cv, kind: "column" as const }, { column: limit, kind: "line" as const }] }];
  });
}

/** The count columns of the per-indicator table, each with the colour of its emphasis. */
const COUNT_SERIES = [
  { code: "out_h_ind_met", colour: EMPHASIS_COLOURS.good.fill },
  { code: "out_h_ind_floor", colour: EMPHASIS_COLOURS.warn.fill },
  { code: "out_h_ind_below", colour: EMPHASIS_COLOURS.bad.fill },
] as const;

/** Sections meeting each indicator, at its floor and below it, stacked to the sections evaluated: one chart per county × stage. */
function indicatorCountCharts(spec: SheetSpec): ChartPlan[] {
  return spec.tables.flatMap((table, i) => {
    const columns = COUNT_SERIES.map((s) => table.columns.findIndex((c) => headerIs(c.header, s.code)));
    const rows = indicatorRows(table.rows);
    if (columns.some((c) => c < 0) || rows === 0) return [];
    const series = COUNT_SERIES.map((s, k) => ({ column: columns[k] ?? 0, kind: "column" as const, colour: s.colour }));
    return [{ table: i, type: "ColumnStacked" as const, title: table.caption ?? "", categoryColumn: 0, rows, series }];
  });
}

/** Share of schools passing against the year's target (a line, where the profile sets one), per county. */
function passingCharts(spec: SheetSpec): ChartPlan[] {
  return spec.tables.flatMap((table, i) => {
    const share = table.columns.findIndex((c) => headerIs(c.header, "out_h_share"));
    const target = table.columns.findIndex((c) => headerIs(c.header, "out_h_target_share"));
    const numeric = table.rows.length > 0 && table.rows.every((r) => typeof r[share] === "number");
    if (share < 0 || target < 0 || !numeric) return [];
    // Without a yearly target in the profile the target column is blank: a line of no points would only clutter the legend.
    const line = table.rows.some((r) => typeof r[target] === "number") ? [{ column: target, kind: "line" as const }] : [];
    return [{ table: i, type: "ColumnClustered" as const, title: table.caption ?? table.columns[share]?.header ?? "", categoryColumn: 0, rows: table.rows.length, series: [{ column: share, kind: "column" as const }, ...line] }];
  });
}

/**
 * The charts worth drawing on a result sheet: where a picture says it faster than the table
 * (CV against the limit, sections meeting each indicator, share passing against the target).
 * Found by the writer's column headers, in the order of the tables.
 */
export function chartPlans(spec: SheetSpec): ChartPlan[] {
  if (spec.role === "coefficients") return [...coefficientCharts(spec), ...indicatorCountCharts(spec)].sort((a, b) => a.table - b.table);
  if (spec.role === "summary") return passingCharts(spec);
  return [];
}
