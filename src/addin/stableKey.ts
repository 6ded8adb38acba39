/**
 * A JSON-like key for `value` that ignores the order of object keys and of array items, so that
 * settings which differ only in the order they were made compare equal: column fixes set in another
 * order, or the same columns ignored in another order. Arrays are therefore read as sets (items
 * kept, duplicates too): give ordered data an object with named fields, not a tuple. `undefined`
 * properties are left out, as JSON.stringify does.
 * @example stableKey({ roles: { teachers: 3, students: 1 }, ignore: [6, 4] }) // '{"ignore":[4,6],"roles":{"students":1,"teachers":3}}'
 */
export function stableKey(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableKey).sort(byCodeUnits).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined).sort(([a], [b]) => byCodeUnits(a, b));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableKey(v)}`).join(",")}}`;
  }
  // JSON.stringify gives undefined for undefined and functions: in an array JSON writes them as null too.
  return JSON.stringify(value) ?? "null";
}

/** Locale-free order, so that a key does not depend on the user's language. */
function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
