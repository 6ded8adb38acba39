import type { Fields, Sourced } from "../types";

/** Writes one value; false when it is not a finite number. */
function put(data: Float64Array, at: number, sourced: Sourced | undefined): boolean {
  if (sourced === undefined) return true;
  data[at] = sourced.value;
  return Number.isFinite(sourced.value);
}

/**
 * Writes a record's fields into a dense source (field f of record r at `data[f × capacity + r]`,
 * f in FIELD_KEYS order), returning false when a value is not a finite number. One read by name
 * per field, in FIELD_KEYS order: reading the same fields with a for-in over the record's keys
 * and a lookup of each key's column took twice as long (it is the engine's one pass over its
 * input, about as long as the benchmark's floor). readFields.test.ts checks that every field of
 * FIELD_KEYS lands in its column, so a field added there and not here fails.
 *
 * @example readFields({ students: { value: 376, cell: "S!E5" } }, data, 10, 3) // true; data[0 * 10 + 3] === 376
 */
export function readFields(fields: Fields, data: Float64Array, capacity: number, record: number): boolean {
  let ok = true;
  ok = put(data, 0 * capacity + record, fields.students) && ok;
  ok = put(data, 1 * capacity + record, fields.classes) && ok;
  ok = put(data, 2 * capacity + record, fields.qualifiedTeachers) && ok;
  ok = put(data, 3 * capacity + record, fields.backboneTeachers) && ok;
  ok = put(data, 4 * capacity + record, fields.peArtTeachers) && ok;
  ok = put(data, 5 * capacity + record, fields.teachingArea) && ok;
  ok = put(data, 6 * capacity + record, fields.indoorSportsArea) && ok;
  ok = put(data, 7 * capacity + record, fields.sportsGroundArea) && ok;
  ok = put(data, 8 * capacity + record, fields.sportsTotalArea) && ok;
  ok = put(data, 9 * capacity + record, fields.equipmentValue) && ok;
  ok = put(data, 10 * capacity + record, fields.multimediaRooms) && ok;
  ok = put(data, 11 * capacity + record, fields.teachers) && ok;
  ok = put(data, 12 * capacity + record, fields.certifiedTeachers) && ok;
  ok = put(data, 13 * capacity + record, fields.trainedTeachers) && ok;
  ok = put(data, 14 * capacity + record, fields.largestClass) && ok;
  ok = put(data, 15 * capacity + record, fields.classes_le25) && ok;
  ok = put(data, 16 * capacity + record, fields.classes_26_30) && ok;
  ok = put(data, 17 * capacity + record, fields.classes_31_35) && ok;
  ok = put(data, 18 * capacity + record, fields.classes_36_40) && ok;
  ok = put(data, 19 * capacity + record, fields.classes_41_45) && ok;
  ok = put(data, 20 * capacity + record, fields.classes_46_50) && ok;
  ok = put(data, 21 * capacity + record, fields.classes_51_55) && ok;
  ok = put(data, 22 * capacity + record, fields.classes_56_60) && ok;
  ok = put(data, 23 * capacity + record, fields.classes_61_65) && ok;
  ok = put(data, 24 * capacity + record, fields.classes_ge66) && ok;
  ok = put(data, 25 * capacity + record, fields.musicRooms) && ok;
  ok = put(data, 26 * capacity + record, fields.musicRoomsArea) && ok;
  ok = put(data, 27 * capacity + record, fields.musicRoomsCompliant) && ok;
  ok = put(data, 28 * capacity + record, fields.artRooms) && ok;
  ok = put(data, 29 * capacity + record, fields.artRoomsArea) && ok;
  ok = put(data, 30 * capacity + record, fields.artRoomsCompliant) && ok;
  ok = put(data, 31 * capacity + record, fields.publicFunding) && ok;
  ok = put(data, 32 * capacity + record, fields.trainingFunds) && ok;
  ok = put(data, 33 * capacity + record, fields.boardingStudents) && ok;
  ok = put(data, 34 * capacity + record, fields.seniorStudents) && ok;
  return ok;
}
