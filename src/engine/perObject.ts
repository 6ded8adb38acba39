/**
 * `build` worked out once per object — a resolved profile, a list of county figures — and kept
 * while the object lives (a WeakMap, so a dropped profile takes its tables with it). The engine
 * asks for the same profile's tables for every county, and some for every record: the last
 * object asked for is answered by one comparison, without the WeakMap's hash lookup, which cost
 * more than the work around it. That last object is held until another is asked for.
 *
 * Sound only for objects not changed after their first use, as the engine treats profiles and
 * inputs (resolveProfile returns a new profile for every change; the types make inputs readonly):
 * a list changed in place after an evaluation would be answered from its old table.
 *
 * @example const codes = perObject((p: Profile) => p.vetoItems.map((v) => v.code)); codes(national) === codes(national) // true: built once
 */
export function perObject<K extends object, V>(build: (key: K) => V): (key: K) => V {
  const built = new WeakMap<K, { readonly value: V }>();
  let lastKey: K | undefined;
  let last: { readonly value: V } | undefined;
  return (key: K): V => {
    if (key !== lastKey || last === undefined) {
      let found = built.get(key);
      if (found === undefined) built.set(key, (found = { value: build(key) }));
      [lastKey, last] = [key, found];
    }
    return last.value;
  };
}
