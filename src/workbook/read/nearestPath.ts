import { isPlain } from "../../profiles/deepMerge";
import { editDistance } from "../../profiles/editDistance";
import { BUILT_IN_PROFILES, resolveProfile } from "../../profiles/resolveProfile";

function leafPaths(value: unknown, path: string): string[] {
  if (!isPlain(value) || Object.keys(value).length === 0) return path === "" ? [] : [path];
  return Object.entries(value).flatMap(([k, v]) => leafPaths(v, path === "" ? k : `${path}.${k}`));
}

let known: readonly string[] | null = null;

/** Every setting path the built-in profiles give a value (a group one leaves null, another fills in). */
function knownPaths(): readonly string[] {
  known ??= [...new Set(Object.values(BUILT_IN_PROFILES).flatMap((raw) => leafPaths(resolveProfile(raw), "")))];
  return known;
}

/**
 * The known setting path a mistyped one most likely meant: the only one a slip away (a letter
 * added, dropped, replaced, or two swapped: editDistance), or the same but for letter case; null
 * when none or several are (小学L1标准 is no typo of any path).
 * @example nearestPath("standards.primery.L1") // "standards.primary.L1"
 * @example nearestPath("小学L1标准") // null
 */
export function nearestPath(path: string): string | null {
  const near = knownPaths().filter((p) => p.toLowerCase() === path.toLowerCase() || editDistance(p, path) <= 1);
  // Two as near (L9: L1 … L7) name none; cvLimits.senior is two letters from junior, and no typo of it.
  return near.length === 1 ? (near[0] ?? null) : null;
}
