/**
 * Replaces a getter of `target` with the value it computed — a read-only, enumerable data
 * property at the same place among the keys — and returns the value. For results that are costly
 * to build and often never read (the sections of a county, the cells of an item): the result's
 * getter (withLateProperties gives it one shared getter per name) settles on the first read, so
 * that JSON.stringify, spreads and structuredClone see an ordinary property, computed once.
 *
 * Not a getter written in each object literal: a new function per object gave each result a
 * hidden class of its own, which kept everything the getter reached alive through two young
 * collections (see withLateProperties).
 *
 * The first read must be on the object itself, not frozen: read through a prototype the value
 * settles on the reader, and on a frozen object defineProperty throws.
 *
 * @example const o = withLateProperties({ a: 1, b: 0 }, { b: () => 2 }); o.b // 2, built once and settled here; then a plain property
 */
export function settle<V>(target: object, key: string, value: V): V {
  Object.defineProperty(target, key, { value, enumerable: true, configurable: false, writable: false });
  return value;
}
