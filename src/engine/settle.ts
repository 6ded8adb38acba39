/**
 * Replaces a getter of `target` with the value it computed — a read-only, enumerable data
 * property at the same place among the keys — and returns the value. For results that are costly
 * to build and often never read (the sections of a county, the cells of an item): the result is
 * written as an object literal with a getter that settles on the first read, so that
 * JSON.stringify, spreads and structuredClone see an ordinary property, computed once.
 *
 * A getter written in the literal costs little when the object is made, whereas redefining a
 * property of an existing object (Object.defineProperty turning data into an accessor, as this
 * engine did before) took several per cent of the time of evaluating a small county.
 *
 * The first read must be on the object itself, not frozen: read through a prototype the value
 * settles on the reader, and on a frozen object defineProperty throws.
 *
 * @example const o = { a: 1, get b(): number { return settle(this, "b", 2); } }; o.b // 2, computed once; then a plain property
 */
export function settle<V>(target: object, key: string, value: V): V {
  Object.defineProperty(target, key, { value, enumerable: true, configurable: false, writable: false });
  return value;
}
