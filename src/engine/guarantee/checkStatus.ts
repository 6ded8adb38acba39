/**
 * The vocabulary of the per-school checks, shared by the reference path (schoolFindings, by name)
 * and the fast path (fastSchoolChecks, by code) and by the check table: which items are checked,
 * and how a check's status follows from its figure. It imports nothing, so that the modules that
 * use it cannot form a cycle through it (an item list read while its module was still loading
 * failed when schoolFindings happened to be loaded first).
 */

/** The items judged school by school, in the order of their columns in the check table (checkTable.ts). */
export const CHECKED_ITEMS = ["G3", "G4", "G5", "G6", "G7", "Q4"] as const;
export type CheckedItem = (typeof CHECKED_ITEMS)[number];

/** pass / fail / unknown (the data cannot decide) for one school and one item. */
export type CheckStatus = "pass" | "fail" | "unknown";

/** A check's status as a code; NONE: the school is not checked for the item. */
export const STATUS = { NONE: 0, PASS: 1, FAIL: 2, UNKNOWN: 3 } as const;
/** The status of each code above NONE (STATUS.PASS → "pass", …). */
const STATUS_NAMES: readonly CheckStatus[] = ["pass", "fail", "unknown"];

/** @example statusCode("fail") // STATUS.FAIL */
export function statusCode(status: CheckStatus): number {
  return STATUS_NAMES.indexOf(status) + 1;
}

/** @example statusName(STATUS.FAIL) // "fail"; statusName(STATUS.NONE) throws (no status to name) */
export function statusName(code: number): CheckStatus {
  const name = STATUS_NAMES[code - 1];
  if (name === undefined) throw new RangeError(`no check status has the code ${code}`);
  return name;
}

/**
 * A check's status from the amount still short (rules.md §7, G4 and G6): fail when anything is
 * short, pass when nothing is, unknown when the amount is unknown — null, or not a number, which
 * must not pass for 0.
 * @example shortfallStatus(130) // STATUS.FAIL; shortfallStatus(0) // STATUS.PASS; shortfallStatus(null) // STATUS.UNKNOWN; shortfallStatus(NaN) // STATUS.UNKNOWN
 */
export function shortfallStatus(short: number | null): number {
  if (short === null || Number.isNaN(short)) return STATUS.UNKNOWN;
  return short > 0 ? STATUS.FAIL : STATUS.PASS;
}

/**
 * G3 from the music and art rooms short (rules.md §4 item 3): fail when either kind is short,
 * else unknown when either is unknown (null), else pass.
 * @example roomsStatus(0, 1) // STATUS.FAIL; roomsStatus(null, 0) // STATUS.UNKNOWN; roomsStatus(0, 0) // STATUS.PASS
 */
export function roomsStatus(music: number | null, art: number | null): number {
  if ((music ?? 0) > 0 || (art ?? 0) > 0) return STATUS.FAIL;
  return music === null || art === null ? STATUS.UNKNOWN : STATUS.PASS;
}

/**
 * G5 from the count of classes over the cap (rules.md §4 item 5): unknown without class data, fail
 * when at least one class is over, pass only when the count is exact (buckets can leave it open).
 * @example classStatus(true, 2, false) // STATUS.FAIL; classStatus(true, 0, false) // STATUS.UNKNOWN; classStatus(true, 0, true) // STATUS.PASS
 */
export function classStatus(known: boolean, atLeast: number, exact: boolean): number {
  if (!known) return STATUS.UNKNOWN;
  if (atLeast > 0) return STATUS.FAIL;
  return exact ? STATUS.PASS : STATUS.UNKNOWN;
}

/**
 * A check judged by a comparison (Q4 against its threshold): pass or fail, unknown when it could
 * not be judged (null).
 * @example verdictStatus(false) // STATUS.FAIL; verdictStatus(null) // STATUS.UNKNOWN
 */
export function verdictStatus(ok: boolean | null): number {
  if (ok === null) return STATUS.UNKNOWN;
  return ok ? STATUS.PASS : STATUS.FAIL;
}
