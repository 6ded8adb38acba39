import type { ReadOptions, ReadResult } from "../workbook/read/readWorkbook";
import type { WorkbookSource } from "../workbook/types";
import { CachedSource } from "./cachedSource";

type Read = (source: WorkbookSource, options: ReadOptions) => Promise<ReadResult>;

/** The reader's own choice asked of a cached source: by which reader, at which generation. */
interface Kept {
  readonly read: Read;
  readonly generation: number;
  readonly own: Promise<ReadResult>;
}

const KEPT = new WeakMap<CachedSource, Kept>();

/**
 * The reader's own read of the workbook (no sheet, range or fix: what the CLI reads). It depends on
 * the sheets only, so a cached source (CachedSource) keeps it until it is cleared: the pane's reads
 * between two looks at the sheets (a check, then the same check without a fix whose column moved)
 * parse the whole workbook once, not once each. Another source is read each time; a failed read is
 * not kept.
 *
 * @example await ownChoice(cached, read); await ownChoice(cached, read) // read(cached, {}) once; after cached.clear(), once more
 */
export function ownChoice(source: WorkbookSource, read: Read): Promise<ReadResult> {
  if (!(source instanceof CachedSource)) return read(source, {});
  const kept = KEPT.get(source);
  if (kept !== undefined && kept.read === read && kept.generation === source.generation) return kept.own;
  const own = read(source, {});
  const fresh = { read, generation: source.generation, own };
  KEPT.set(source, fresh);
  own.catch(() => KEPT.get(source) === fresh && KEPT.delete(source));
  return own;
}
