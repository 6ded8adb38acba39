/**
 * Builders for engine tests (not used by production code). Every cell is named after its field
 * (`T!teachingArea`) so that tests can check which cells a value came from.
 */
import { builtInProfile } from "../../profiles/resolveProfile";
import type { Profile } from "../../profiles/schema";
import type { FieldKey, Fields, SchoolRecord } from "../types";

export type Numbers = Partial<Record<FieldKey, number>>;

/** Fields from plain numbers, each with the cell `${sheet}!${key}`. */
export function fieldsOf(values: Numbers, sheet = "T"): Fields {
  const out: Partial<Record<FieldKey, { value: number; cell: string }>> = {};
  for (const [key, value] of Object.entries(values) as [FieldKey, number | undefined][]) {
    if (value !== undefined) out[key] = { value, cell: `${sheet}!${key}` };
  }
  return out;
}

/** The numbers without some keys. */
export function without(values: Numbers, ...keys: FieldKey[]): Numbers {
  return Object.fromEntries(Object.entries(values).filter(([k]) => !keys.includes(k as FieldKey)));
}

/** A record with defaults: a county-run public primary school in county "A", source row 2. */
export function recordOf(values: Numbers, over: Partial<SchoolRecord> = {}): SchoolRecord {
  return {
    id: "S!2",
    name: "School",
    county: "A",
    type: "primary",
    stage: "primary",
    fields: fieldsOf(values),
    flags: {},
    source: { sheet: "S", row: 2 },
    ...over,
  };
}

export const NATIONAL: Profile = builtInProfile("national-2017");

/** The national profile with some top-level keys replaced. */
export function profileWith(over: Partial<Profile>): Profile {
  return { ...NATIONAL, ...over };
}

/**
 * A primary section of 10 000 students exactly at every standard:
 * L1 420 ÷ 10000 × 100 = 4.2, L2 100 → 1.0, L3 90 → 0.9, L4 45 000 ÷ 10000 = 4.5,
 * L5 75 000 → 7.5, L6 20 000 000 → 2000, L7 230 → 2.3.
 */
export const AT_STANDARD_PRIMARY: Numbers = {
  students: 10000,
  qualifiedTeachers: 420,
  backboneTeachers: 100,
  peArtTeachers: 90,
  teachingArea: 45000,
  sportsTotalArea: 75000,
  equipmentValue: 20_000_000,
  multimediaRooms: 230,
};

/** A junior section of 1000 students exactly at every junior standard (5.3, 1, 0.9, 5.8, 10.2, 2500, 2.4). */
export const AT_STANDARD_JUNIOR: Numbers = {
  students: 1000,
  qualifiedTeachers: 53,
  backboneTeachers: 10,
  peArtTeachers: 9,
  teachingArea: 5800,
  sportsTotalArea: 10200,
  equipmentValue: 2_500_000,
  multimediaRooms: 24,
};
