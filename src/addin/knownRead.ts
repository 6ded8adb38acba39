import type { ReadOptions, ReadResult } from "../workbook/read/readWorkbook";
import { stableKey } from "./stableKey";

/** What the reader returned for `options`, kept by the caller that read (the pane, checking the draft before it evaluates). */
export interface KnownRead {
  readonly options: ReadOptions;
  readonly read: ReadResult;
}

/**
 * The result `known` holds when it was read with the same options (same sheet, range, include-hidden
 * and column fixes, whatever order those were set in), else null: then the caller reads again. Whether the sheets are still those it
 * was read from is the caller's to know (CachedSource.generation); this only compares the options.
 * @example knownRead({ options: { sheet: "学校" }, read }, { sheet: "学校" }) // read
 * @example knownRead({ options: { sheet: "学校" }, read }, { sheet: "学校", range: "A1:F9" }) // null
 */
export function knownRead(known: KnownRead | undefined, options: ReadOptions): ReadResult | null {
  if (known === undefined) return null;
  return stableKey(known.options) === stableKey(options) ? known.read : null;
}
