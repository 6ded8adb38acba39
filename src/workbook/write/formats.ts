import type { IndicatorCode } from "../../engine/types";
import { message } from "../../messages/catalogue";
import type { Lang } from "../../messages/types";

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
  const { before, pattern, after } = formatParts(format);
  return before + (pattern === "" ? "" : patternText(value, pattern)) + after;
}

/** A number in a format's number pattern (no literal text). */
function patternText(value: number, format: string): string {
  const decimals = formatDecimals(format);
  const fixed = roundForDisplay(value * formatScale(format), decimals).toFixed(decimals);
  const grouped = format.includes(",") ? group(fixed) : fixed;
  return format.endsWith("%") ? `${grouped}%` : grouped;
}

/** Literal text of a number format: in double quotes, or one character after a backslash (formatLiteral writes both). */
const FORMAT_TOKEN = /"([^"]*)"|\\(.)|([^"\\]+)/gu;

/**
 * A number format split into its literal text before and after the number and its number pattern
 * (empty when the format shows text alone): where Excel puts the number among the text.
 * @example formatParts('"≥ "0') // { before: "≥ ", pattern: "0", after: "" }; formatParts('"Ⅲ级"') // { before: "Ⅲ级", pattern: "", after: "" }
 */
export function formatParts(format: string): { before: string; pattern: string; after: string } {
  const parts = { before: "", pattern: "", after: "" };
  for (const [, quoted, escaped, pattern] of format.matchAll(FORMAT_TOKEN)) {
    const literal = quoted ?? escaped;
    if (literal === undefined) parts.pattern += pattern ?? "";
    else if (parts.pattern === "") parts.before += literal;
    else parts.after += literal;
  }
  return parts;
}

/** Text as a literal of a number format. @example formatLiteral('至少 "') // '"至少 "\\"'; formatLiteral("") // "" */
export function formatLiteral(text: string): string {
  return text.split('"').map((part) => (part === "" ? "" : `"${part}"`)).join('\\"');
}

/**
 * The number format that shows a count n as out_at_least says it (“≥ n”) while the cell keeps the
 * number, so that a SUM, 小计 or pivot over the column still counts the school (Excel skips text):
 * the message's text around `{n}` as literals (formatLiteral).
 * @example atLeastFormat("zh") // '"≥ "0' (1 shows as “≥ 1”); atLeastFormat("en") // '"≥ "0'
 */
export function atLeastFormat(lang: Lang): string {
  // A mark for the number, not "{n}" left unfilled: a text holding a placeholder is a misuse (throwOnUnfilled).
  const [before = "", after = ""] = message("out_at_least", { n: "\u0000" }, lang).split("\u0000");
  return formatLiteral(before) + FORMAT.count + formatLiteral(after);
}

/** How many decimals a format shows. @example formatDecimals("#,##0.00") // 2; formatDecimals("#,##0") // 0 */
export function formatDecimals(format: string): number {
  return /\.(0+)/.exec(format)?.[1]?.length ?? 0;
}

/** What a format multiplies a value by before showing it: 100 for a percent format. @example formatScale("0.0%") // 100 */
export function formatScale(format: string): number {
  return format.endsWith("%") ? 100 : 1;
}

/**
 * The decimals a number is written with (as a profile states a standard or a threshold), at most
 * six: a value such as 0.1 + 0.2 = 0.30000000000000004 has no precision worth showing past that.
 * @example writtenDecimals(2000) // 0; writtenDecimals(4.2) // 1; writtenDecimals(0.125) // 3
 */
export function writtenDecimals(value: number): number {
  return Math.min(6, String(value).split(".")[1]?.length ?? 0);
}

/**
 * The format with `decimals` decimals and its pattern otherwise kept (separators, percent sign).
 * @example withDecimals("0.0%", 2) // "0.00%"; withDecimals("#,##0", 1) // "#,##0.0"; withDecimals("0.000", 4) // "0.0000"; withDecimals("0.00", 0) // "0"
 */
export function withDecimals(format: string, decimals: number): string {
  const parts = /^([#,0]*0)(?:\.0+)?(.*)$/.exec(format);
  if (parts === null) return format;
  return `${parts[1] ?? ""}${decimals > 0 ? `.${"0".repeat(decimals)}` : ""}${parts[2] ?? ""}`;
}

/**
 * `value` rounded to `decimals` as Excel displays it: half away from zero on the decimal value of
 * its 15 significant digits. toFixed rounds the binary value instead (1.005 is stored as
 * 1.00499999999999989…, so 1.005.toFixed(2) is "1.00" where Excel shows 1.01).
 * @example roundForDisplay(1.005, 2) // 1.01; roundForDisplay(-0.125, 2) // -0.13; roundForDisplay(84.9558, 1) // 85; roundForDisplay(0.004, 2) // 0
 */
export function roundForDisplay(value: number, decimals: number): number {
  if (!Number.isFinite(value)) return value;
  const [mantissa = "", exponent = "0"] = Math.abs(value).toExponential(14).split("e");
  const digits = mantissa.replace(".", "");
  // Digits before the cut: those of the whole part (exponent + 1) and the decimals kept.
  const kept = Number(exponent) + 1 + decimals;
  if (kept >= digits.length) return value;
  if (kept < 0) return 0;
  const rounded = Number(digits.slice(0, kept) || "0") + (digits.charAt(kept) >= "5" ? 1 : 0);
  return Math.sign(value) * Number(`${rounded}e-${decimals}`);
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
