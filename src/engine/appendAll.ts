/**
 * Appends `more` to `into`, in order, by a loop: `into.push(...more)` and spreads into a new array
 * cost more than the loop for the short lists (mostly empty) the engine joins for every item and
 * county.
 *
 * @example const a = [1]; appendAll(a, [2, 3]); a // [1, 2, 3]
 */
export function appendAll<T>(into: T[], more: readonly T[]): void {
  for (let i = 0; i < more.length; i++) into.push(more[i] as T);
}
