/**
 * Edits from `a` to `b` — insert, delete or replace one character, or swap two neighbours — the
 * optimal-string-alignment form of the Damerau–Levenshtein distance (Damerau 1964: most typing
 * slips are one of these four). A swap counts once: recognitoin is one slip from recognition, where
 * the plain Levenshtein distance counts two.
 *
 * @example editDistance("recognitoin", "recognition") // 1
 * @example editDistance("primery", "primary") // 1
 * @example editDistance("senior", "junior") // 2
 */
export function editDistance(first: string, second: string): number {
  // By characters, not UTF-16 units: a character outside the BMP (𠀀) is one letter.
  const [a, b] = [Array.from(first), Array.from(second)];
  // Three rows: the one before last is needed for a swap.
  let before: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row.push(cellOf(a, b, i, j, row, prev, before));
    [before, prev] = [prev, row];
  }
  return prev[b.length] ?? 0;
}

/** The distance between a's first i and b's first j characters, from the cells above, left and diagonal (and two back, for a swap). */
function cellOf(a: readonly string[], b: readonly string[], i: number, j: number, row: readonly number[], prev: readonly number[], before: readonly number[]): number {
  const same = a[i - 1] === b[j - 1];
  const best = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (same ? 0 : 1));
  const swapped = i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1];
  return swapped ? Math.min(best, (before[j - 2] ?? 0) + 1) : best;
}
