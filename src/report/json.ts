/** A value JSON can hold, as the reports build them. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * A number as a report writes it: NaN and ±Infinity become null on purpose (JSON.stringify would
 * write null silently, or a reader would fail on them).
 * @example num(Number.NaN) // null; num(0.5) // 0.5
 */
export function num(value: number | null | undefined): number | null {
  return value === null || value === undefined || !Number.isFinite(value) ? null : value;
}
