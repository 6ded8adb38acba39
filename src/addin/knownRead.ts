import type { ReadOptions, ReadResult } from "../workbook/read/readWorkbook";

/** What the reader returned for `options`, kept by the caller that read (the pane, checking the draft before it evaluates). */
export interface KnownRead {
  readonly options: ReadOptions;
  readonly read: ReadResult;
}

/** The options with every object's keys in order, so that fixes set in another order compare equal; arrays keep theirs. */
function optionsKey(options: ReadOptions): string {
  return JSON.stringify(options, (_key, value: unknown) => {
    if (value === null || typeof value !== "object" || Array.isArray(value)) return value;
    return Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  });
}

/**
 * The result `known` holds when it was read with the same options (same sheet, range, include-hidden
 * and column fixes), else null: then the caller reads again. Whether the sheets are still those it
 * was read from is the caller's to know (CachedSource.generation); this only compares the options.
 * @example knownRead({ options: { sheet: "学校" }, read }, { sheet: "学校" }) // read
 * @example knownRead({ options: { sheet: "学校" }, read }, { sheet: "学校", range: "A1:F9" }) // null
 */
export function knownRead(known: KnownRead | undefined, options: ReadOptions): ReadResult | null {
  if (known === undefined) return null;
  return optionsKey(known.options) === optionsKey(options) ? known.read : null;
}
