import type { TableSpec } from "../../workbook/types";

/**
 * A table's header cells as written: Excel table headers must be unique, non-empty strings, so a
 * blank one becomes Column{n} and a repeated one gets " 2", " 3", ….
 * @example uniqueHeaders(table with headers ["学校", "", "学校"]) // ["学校", "Column2", "学校 2"]
 */
export function uniqueHeaders(table: TableSpec): string[] {
  const seen = new Set<string>();
  return table.columns.map((col, i) => {
    let h = col.header.trim() || `Column${i + 1}`;
    for (let n = 2; seen.has(h.toLowerCase()); n++) h = `${col.header} ${n}`;
    seen.add(h.toLowerCase());
    return h;
  });
}
