import { message } from "../../messages/catalogue";
import type { SheetSpec } from "../../workbook/types";

/** A chart over one table: categories from one column, one series per listed column, over `rows` data rows. */
export interface ChartPlan {
  readonly table: number;
  readonly title: string;
  readonly categoryColumn: number;
  /** Data rows 0..rows-1 of the table. */
  readonly rows: number;
  readonly series: readonly { readonly column: number; readonly kind: "column" | "line" }[];
}

function headerIs(header: string, code: string): boolean {
  return header === message(code, {}, "zh") || header === message(code, {}, "en");
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
    return [{ table: i, title, categoryColumn: 0, rows, series: [{ column: cv, kind: "column" as const }, { column: limit, kind: "line" as const }] }];
  });
}

/** Share of schools passing against the year's target, per county. */
function passingCharts(spec: SheetSpec): ChartPlan[] {
  return spec.tables.flatMap((table, i) => {
    const share = table.columns.findIndex((c) => headerIs(c.header, "out_h_share"));
    const target = table.columns.findIndex((c) => headerIs(c.header, "out_h_target_share"));
    const numeric = table.rows.length > 0 && table.rows.every((r) => typeof r[share] === "number");
    if (share < 0 || target < 0 || !numeric) return [];
    return [{ table: i, title: table.caption ?? table.columns[share]?.header ?? "", categoryColumn: 0, rows: table.rows.length, series: [{ column: share, kind: "column" as const }, { column: target, kind: "line" as const }] }];
  });
}

/**
 * The charts worth drawing on a result sheet: where a picture says it faster than the table
 * (CV against the limit, share passing against the target). Found by the writer's column headers.
 */
export function chartPlans(spec: SheetSpec): ChartPlan[] {
  if (spec.role === "coefficients") return coefficientCharts(spec);
  if (spec.role === "summary") return passingCharts(spec);
  return [];
}
