import type { TableSpec } from "../../workbook/types";

/**
 * A table's header cells as written: Excel table headers must be unique, non-empty strings, so a
 * blank one becomes Column{n} and a repeated one gets " 2", " 3", ….
 * @example uniqueHeaders(table with headers ["学校", "", "学校"]) // ["学校", "Column2", "学校 2"]
 */
export function uniqueHeaders(table: TableSpec): string[] {
  const seen = new Set<string>();
  return table.columns.map((col, i) => {
    // The numbered name is built on the trimmed one: a padded repeat (" 学校") or a blank beside a header named Column2 gave " 学校 2" and " 2".
    const base = col.header.trim() || `Column${i + 1}`;
    let h = base;
    for (let n = 2; seen.has(h.toLowerCase()); n++) h = `${base} ${n}`;
    seen.add(h.toLowerCase());
    return h;
  });
}
