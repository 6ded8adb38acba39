/**
 * A value computed on first use and kept: for work that may not be needed at all (the reference
 * path of a county the fast path took whole; the CLI's table of labelled roles when no --map names
 * a label).
 *
 * @example const table = once(() => build()); table(); table(); // build runs once
 */
export function once<T>(compute: () => T): () => T {
  let value: { v: T } | null = null;
  return () => (value ??= { v: compute() }).v;
}
