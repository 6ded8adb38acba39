/**
 * 0-based sheet rows as the 1-based rows a person reads, a run of adjacent rows as one range and
 * the parts joined by 、, as the issues keep lists (the catalogue's `rows` parameter shows them with
 * the list separator of the language: 、 in Chinese, a comma in English).
 * @example rowRanges([6, 7, 8, 9, 10, 11]) // "7–12"; rowRanges([4, 5, 6, 8]) // "5–7、9"; rowRanges([2]) // "3"
 */
export function rowRanges(rows: readonly number[]): string {
  const ranges: number[][] = [];
  for (const row of [...rows].sort((a, b) => a - b)) {
    const last = ranges[ranges.length - 1];
    if (last !== undefined && last[last.length - 1] === row - 1) last.push(row);
    else ranges.push([row]);
  }
  return ranges.map((r) => (r.length === 1 ? `${(r[0] ?? 0) + 1}` : `${(r[0] ?? 0) + 1}–${(r[r.length - 1] ?? 0) + 1}`)).join("、");
}
