import type { FieldKey, IndicatorCode } from "./types";

/** Indicators counted per 100 students (rules.md §2); L4–L6 are per student. */
export const PER_HUNDRED: Readonly<Record<IndicatorCode, boolean>> = {
  L1: true,
  L2: true,
  L3: true,
  L4: false,
  L5: false,
  L6: false,
  L7: true,
};

/** 100 for per-100 indicators, 1 for per-student ones (rules.md §2). @example indicatorScale("L1") // 100 */
export function indicatorScale(code: IndicatorCode): number {
  return PER_HUNDRED[code] ? 100 : 1;
}

/**
 * An indicator's value for a section (rules.md §2): its numerator per student, times the scale
 * (100 for the per-100 indicators). The one place this quotient is formed: the section's status,
 * the fast path's table and the coefficients' variance all take it from here, so they agree to the bit.
 * @example indicatorValue(18, 100, 376) // 4.787234 teachers per 100 students (L1)
 */
export function indicatorValue(numerator: number, scale: number, students: number): number {
  return (numerator * scale) / students;
}

/**
 * The fields each indicator's numerator may be formed from, for the indicators that a combined
 * school's shared fields make (numerators.ts: L4 less the indoor sports rooms, L5 from its parts or total).
 */
export const SHARED_NUMERATOR_FIELDS: Readonly<Partial<Record<IndicatorCode, readonly FieldKey[]>>> = {
  L4: ["teachingArea", "indoorSportsArea"],
  L5: ["sportsGroundArea", "indoorSportsArea", "sportsTotalArea"],
  L6: ["equipmentValue"],
  L7: ["multimediaRooms"],
};

/**
 * Whole-school fields that a combined school shares between its stages and that are split by
 * weighted students (rules.md §2 "Combined schools"). Every other field is per stage.
 */
export const SHARED_FIELDS: readonly FieldKey[] = [
  "teachingArea",
  "indoorSportsArea",
  "sportsGroundArea",
  "sportsTotalArea",
  "equipmentValue",
  "multimediaRooms",
];
