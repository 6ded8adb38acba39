import { editDistance } from "../profiles/editDistance";

/**
 * The name of `known` a mistyped one most likely meant, for a did-you-mean: the one nearest it
 * within two slips (a letter added, dropped, replaced, or two swapped: editDistance), letter case
 * aside; null when none is that near, or two are nearest alike (which was meant is a guess).
 * @example nearestName("--yaer", ["--year", "--out"]) // "--year"
 * @example nearestName("national2017", ["national-2017", "sichuan-guanghan-2024"]) // "national-2017"
 * @example nearestName("--colour", ["--year", "--out"]) // null
 */
export function nearestName(typed: string, known: readonly string[]): string | null {
  const scored = known.map((name) => ({ name, distance: editDistance(name.toLowerCase(), typed.toLowerCase()) })).filter((s) => s.distance <= 2);
  const best = Math.min(...scored.map((s) => s.distance));
  const nearest = scored.filter((s) => s.distance === best);
  return nearest.length === 1 ? (nearest[0]?.name ?? null) : null;
}
