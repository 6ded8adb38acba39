type Plain = Record<string, unknown>;

/** A plain object (not an array, not null): merged key by key, and walked key by key for the 规则 settings. */
export function isPlain(v: unknown): v is Plain {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/**
 * Merges `override` into `base`: objects key by key, everything else (arrays, scalars, null)
 * replaced whole. Used for profiles that extend another and for the workbook's 规则 sheet.
 *
 * @example deepMerge({ a: { b: 1, c: 2 } }, { a: { c: 3 } }) // → { a: { b: 1, c: 3 } }
 */
export function deepMerge(base: unknown, override: unknown): unknown {
  if (!isPlain(base) || !isPlain(override)) return override;
  const out: Plain = { ...base };
  for (const [key, value] of Object.entries(override)) {
    out[key] = key in base ? deepMerge(base[key], value) : value;
  }
  return out;
}
