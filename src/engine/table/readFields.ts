import { FIELD_KEYS, type Fields, type Sourced } from "../types";

const FIELDS = FIELD_KEYS.length;

/** Stands for a value given but not a finite number, until readFields has seen it: no finite number is it. */
const UNUSABLE = -Infinity;

/**
 * A field's number: NaN when absent, UNUSABLE when given but not a finite number — a typed array
 * would turn null, "" or "376" into 0 or 376, a value no reader of the columns should ever see.
 * Kept small so that V8 inlines it at most of readFields' 39 sites (at the rest it stays a call:
 * V8 inlines only so much into one function; splitting readFields in two did not help).
 */
function num(sourced: Sourced | undefined): number {
  return sourced === undefined ? NaN : Number.isFinite(sourced.value) ? sourced.value : UNUSABLE;
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
  data[at + 0] = num(fields.students);
  data[at + 1] = num(fields.classes);
  data[at + 2] = num(fields.qualifiedTeachers);
  data[at + 3] = num(fields.backboneTeachers);
  data[at + 4] = num(fields.peArtTeachers);
  data[at + 5] = num(fields.teachingArea);
  data[at + 6] = num(fields.indoorSportsArea);
  data[at + 7] = num(fields.sportsGroundArea);
  data[at + 8] = num(fields.sportsTotalArea);
  data[at + 9] = num(fields.equipmentValue);
  data[at + 10] = num(fields.multimediaRooms);
  data[at + 11] = num(fields.teachers);
  data[at + 12] = num(fields.certifiedTeachers);
  data[at + 13] = num(fields.trainedTeachers);
  data[at + 14] = num(fields.largestClass);
  data[at + 15] = num(fields.classes_le25);
  data[at + 16] = num(fields.classes_26_30);
  data[at + 17] = num(fields.classes_31_35);
  data[at + 18] = num(fields.classes_36_40);
  data[at + 19] = num(fields.classes_41_45);
  data[at + 20] = num(fields.classes_46_50);
  data[at + 21] = num(fields.classes_51_55);
  data[at + 22] = num(fields.classes_56_60);
  data[at + 23] = num(fields.classes_61_65);
  data[at + 24] = num(fields.classes_ge66);
  data[at + 25] = num(fields.musicRooms);
  data[at + 26] = num(fields.musicRoomsArea);
  data[at + 27] = num(fields.musicRoomsCompliant);
  data[at + 28] = num(fields.artRooms);
  data[at + 29] = num(fields.artRoomsArea);
  data[at + 30] = num(fields.artRoomsCompliant);
  data[at + 31] = num(fields.publicFunding);
  data[at + 32] = num(fields.trainingFunds);
  data[at + 33] = num(fields.boardingStudents);
  data[at + 34] = num(fields.seniorStudents);
  data[at + 35] = num(fields.classes_le45);
  data[at + 36] = num(fields.classes_46_55);
  data[at + 37] = num(fields.classes_56_65);
  data[at + 38] = num(fields.classes_ge56);
  let ok = true;
  for (let f = at; f < at + FIELDS; f++) {
    if (data[f] !== UNUSABLE) continue;
    data[f] = NaN;
    ok = false;
  }
  return ok;
}
