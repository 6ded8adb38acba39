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
 * The fields a school adds to when it raises an indicator a combined school's shared fields make:
 * L4 its teaching space (the indoor sports rooms it may be net of stay as they are), L5 its sports
 * grounds or their total (numerators.ts sportsSource), L6 its equipment, L7 its rooms.
 */
export const ADDED_TO: Readonly<Partial<Record<IndicatorCode, readonly FieldKey[]>>> = {
  L4: ["teachingArea"],
  L5: ["sportsGroundArea", "sportsTotalArea"],
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
