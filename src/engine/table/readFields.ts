import type { Fields, Sourced } from "../types";

/**
 * Writes one value; false, with NaN written, when it is not a finite number — a typed array would
 * turn null, "" or "376" into 0 or 376, a value no reader of the columns should ever see.
 */
function put(data: Float64Array, at: number, sourced: Sourced | undefined): boolean {
  if (sourced === undefined) return true;
  const value = sourced.value;
  const finite = Number.isFinite(value);
  data[at] = finite ? value : NaN;
  return finite;
}

/**
 * Writes a record's fields into a dense source from `at` on (field f at `data[at + f]`, f in
 * FIELD_KEYS order), returning false when a value is not a finite number. One read by name
 * per field, in FIELD_KEYS order: reading the same fields with a for-in over the record's keys
 * and a lookup of each key's column took twice as long (it is the engine's one pass over its
 * input, about as long as the benchmark's floor). readFields.test.ts checks that every field of
 * FIELD_KEYS lands in its column, so a field added there and not here fails.
 *
 * @example readFields({ students: { value: 376, cell: "S!E5" } }, data, 3 * FIELD_KEYS.length) // true; data[3 * FIELD_KEYS.length] === 376
 */
export function readFields(fields: Fields, data: Float64Array, at: number): boolean {
  let ok = true;
  ok = put(data, at + 0, fields.students) && ok;
  ok = put(data, at + 1, fields.classes) && ok;
  ok = put(data, at + 2, fields.qualifiedTeachers) && ok;
  ok = put(data, at + 3, fields.backboneTeachers) && ok;
  ok = put(data, at + 4, fields.peArtTeachers) && ok;
  ok = put(data, at + 5, fields.teachingArea) && ok;
  ok = put(data, at + 6, fields.indoorSportsArea) && ok;
  ok = put(data, at + 7, fields.sportsGroundArea) && ok;
  ok = put(data, at + 8, fields.sportsTotalArea) && ok;
  ok = put(data, at + 9, fields.equipmentValue) && ok;
  ok = put(data, at + 10, fields.multimediaRooms) && ok;
  ok = put(data, at + 11, fields.teachers) && ok;
  ok = put(data, at + 12, fields.certifiedTeachers) && ok;
  ok = put(data, at + 13, fields.trainedTeachers) && ok;
  ok = put(data, at + 14, fields.largestClass) && ok;
  ok = put(data, at + 15, fields.classes_le25) && ok;
  ok = put(data, at + 16, fields.classes_26_30) && ok;
  ok = put(data, at + 17, fields.classes_31_35) && ok;
  ok = put(data, at + 18, fields.classes_36_40) && ok;
  ok = put(data, at + 19, fields.classes_41_45) && ok;
  ok = put(data, at + 20, fields.classes_46_50) && ok;
  ok = put(data, at + 21, fields.classes_51_55) && ok;
  ok = put(data, at + 22, fields.classes_56_60) && ok;
  ok = put(data, at + 23, fields.classes_61_65) && ok;
  ok = put(data, at + 24, fields.classes_ge66) && ok;
  ok = put(data, at + 25, fields.musicRooms) && ok;
  ok = put(data, at + 26, fields.musicRoomsArea) && ok;
  ok = put(data, at + 27, fields.musicRoomsCompliant) && ok;
  ok = put(data, at + 28, fields.artRooms) && ok;
  ok = put(data, at + 29, fields.artRoomsArea) && ok;
  ok = put(data, at + 30, fields.artRoomsCompliant) && ok;
  ok = put(data, at + 31, fields.publicFunding) && ok;
  ok = put(data, at + 32, fields.trainingFunds) && ok;
  ok = put(data, at + 33, fields.boardingStudents) && ok;
  ok = put(data, at + 34, fields.seniorStudents) && ok;
  return ok;
}
