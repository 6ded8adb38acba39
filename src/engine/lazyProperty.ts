/**
 * Defines `key` on `target` as an enumerable property computed on first read and kept from then
 * on: a result that is costly to build (one object per section) and often not needed at all
 * (a batch run that reads only the verdicts). JSON.stringify, spreads and structuredClone read it
 * like any other property.
 *
 * @example const o = lazyProperty({ a: 1 }, "b", () => 2); o.b // 2, computed once
 */
export function lazyProperty<T extends object, K extends string, V>(target: T, key: K, compute: () => V): T & Record<K, V> {
  Object.defineProperty(target, key, {
    enumerable: true,
    configurable: true,
    get(): V {
      const value = compute();
      Object.defineProperty(target, key, { value, enumerable: true, configurable: false, writable: false });
      return value;
    },
  });
  return target as T & Record<K, V>;
}
