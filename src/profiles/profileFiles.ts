/**
 * The file each profile read from disk came from, by profile id, so that every result (the sheets'
 * 评估规则 line, the JSON report's `profileFile`) names it beside the profile's name: the writers
 * are given the profile, not the command line. A file's id differs from every built-in one
 * (resolveFileProfile), so an id names one file in a run.
 */
const FILES = new Map<string, string>();

/**
 * Records that profile `id` was read from `file` (as the user gave it).
 * @example registerProfileFile("qingzhou-2025", "prof/good.json"); profileFileOf("qingzhou-2025") // "prof/good.json"
 */
export function registerProfileFile(id: string, file: string): void {
  FILES.set(id, file);
}

/**
 * The file profile `id` was read from; null for a built-in profile (or one never read from a file).
 * @example profileFileOf("national-2017") // null
 */
export function profileFileOf(id: string): string | null {
  return FILES.get(id) ?? null;
}
