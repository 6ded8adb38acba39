/**
 * Plain-text tables for the benchmark's stdout. Numbers keep a fixed number of decimals so that
 * runs can be compared by eye.
 */

export type Cell = string | number | null;

/** @example fmt(1234.567, 1) // "1234.6"; fmt(null, 1) // "—" */
export function fmt(value: number | null | undefined, digits: number): string {
  return value === null || value === undefined || !Number.isFinite(value) ? "—" : value.toFixed(digits);
}

/** A table with right-aligned columns (CJK characters count double, as a terminal shows them). */
export function table(headers: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const text = [headers, ...rows.map((r) => r.map((c) => (c === null ? "—" : String(c))))];
  const widths = headers.map((_, i) => Math.max(...text.map((r) => width(r[i] ?? ""))));
  const line = (r: readonly string[]): string => r.map((c, i) => " ".repeat((widths[i] ?? 0) - width(c)) + c).join("  ");
  return [line(text[0] ?? []), widths.map((w) => "-".repeat(w)).join("  "), ...text.slice(1).map(line)].join("\n");
}

function width(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u2E80-\uFFEF]/.test(ch) ? 2 : 1;
  return w;
}
