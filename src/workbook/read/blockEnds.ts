import type { Classified } from "./rowKind";

/** The rows holding something (not blank, not a note), sorted: where a block begins and ends. */
export function sheetLines(kinds: ReadonlyMap<number, Classified>): number[] {
  return [...kinds].filter(([, c]) => c.kind !== "blank" && c.kind !== "note").map(([row]) => row).sort((a, b) => a - b);
}

/**
 * Where a block under a heading total may end, from the sorted `lines` from index `from` (the row under it): at the first row
 * that is no school's, a part total or a heading (二、乡镇学校); when that is a grand total (合计 at
 * the bottom) or the sheet's end, the block's end is not written (城区小计 | 一小 | 二小 | 三小 | 合计:
 * 乡镇 has no 小计, R2 of s48), so after any school row under it, the widest last.
 * @example blockEnds([城区小计 2, 一小 3, 二小 4, 二、乡镇学校 5], 1) // [5]; blockEnds([城区小计 2, 一小 3, 二小 4, 三小 5, 合计 6], 1) // [4, 5, 6]
 */
export function blockEnds(kinds: ReadonlyMap<number, Classified>, lines: readonly number[], from: number, grandRows: ReadonlySet<number>): number[] {
  let k = from;
  while (k < lines.length && isSchoolLine(kinds.get(lines[k] ?? -1))) k++;
  const end = lines[k];
  if (end !== undefined && !grandRows.has(end)) return [end];
  return lines.slice(from, k).map((row) => row + 1);
}

/** A school's row, named or not: what a heading total's block is made of. */
export function isSchoolLine(classified: Classified | undefined): boolean {
  return classified?.kind === "school" || classified?.kind === "unnamed";
}
