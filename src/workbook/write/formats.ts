import type { IndicatorCode } from "../../engine/types";

/** Excel number formats of the result sheets: fixed decimals per unit. */
export const FORMAT = {
  per100: "0.00",
  area: "0.00",
  yuanPrecise: "#,##0.00",
  yuan: "#,##0",
  cv: "0.000",
  ratio: "0.0%",
  count: "0",
  limit: "0.00",
} as const;

/** Indicators counted per 100 students (teachers, rooms): rules.md §2. */
export const PER_100: readonly IndicatorCode[] = ["L1", "L2", "L3", "L7"];

/** What an indicator's shortfall is counted in (rules.md §7). */
export type ShortfallUnit = "teachers" | "rooms" | "area" | "yuan";

export function shortfallUnit(code: IndicatorCode): ShortfallUnit {
  if (code === "L7") return "rooms";
  if (code === "L4" || code === "L5") return "area";
  if (code === "L6") return "yuan";
  return "teachers";
}

/** Format of an indicator's value: per-100 and m² with two decimals, yuan per student with separators. */
export function valueFormat(code: IndicatorCode): string {
  if (code === "L6") return FORMAT.yuanPrecise;
  return PER_100.includes(code) ? FORMAT.per100 : FORMAT.area;
}

/** Format of a shortfall: whole teachers / rooms, m² with two decimals, whole yuan. */
export function shortfallFormat(code: IndicatorCode): string {
  const unit = shortfallUnit(code);
  if (unit === "area") return FORMAT.area;
  return unit === "yuan" ? FORMAT.yuan : FORMAT.count;
}

/**
 * A number as the format would show it, for text cells and width estimates.
 * @example formatNumber(12345.678, "#,##0.00") // "12,345.68"; formatNumber(0.6, "0.0%") // "60.0%"
 */
export function formatNumber(value: number, format: string | null): string {
  if (format === null) return String(value);
  const percent = format.endsWith("%");
  const decimals = formatDecimals(format);
  const fixed = (percent ? value * 100 : value).toFixed(decimals);
  const grouped = format.includes(",") ? group(fixed) : fixed;
  return percent ? `${grouped}%` : grouped;
}

/** How many decimals a format shows. @example formatDecimals("#,##0.00") // 2; formatDecimals("#,##0") // 0 */
function formatDecimals(format: string): number {
  return /\.(0+)/.exec(format)?.[1]?.length ?? 0;
}

/**
 * A need (an amount still missing, never negative) as the format shows it, but never as nothing:
 * a need too small for the format's last digit is shown as that digit, since "0 元" beside a
 * school that fails would say it lacks nothing. Only for text; the cells keep the exact number.
 * @example formatNeed(0.3, "#,##0") // "1"; formatNeed(0.001, "0.00") // "0.01"; formatNeed(454.5, "0.00") // "454.50"; formatNeed(0, "#,##0") // "0"
 */
export function formatNeed(amount: number, format: string): string {
  const smallest = 10 ** -formatDecimals(format);
  return formatNumber(amount > 0 && amount < smallest / 2 ? smallest : amount, format);
}

function group(fixed: string): string {
  const [whole = "", frac] = fixed.split(".");
  const withCommas = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return frac === undefined ? withCommas : `${withCommas}.${frac}`;
}
