import { FIELD_KEYS, type Fields } from "../types";

const FIELDS = FIELD_KEYS.length;

/** Stands for a value given but not a finite number, until readFields has seen it: no finite number is it. */
const UNUSABLE = -Infinity;

/**
 * A given field's number: itself when a finite number, else UNUSABLE (given but not a finite
 * number) — a typed array would turn null, "" or "376" into 0 or 376, a value no reader of the
 * columns should ever see. Under 27 bytes of bytecode, which V8 inlines at every call site
 * whatever its inlining budget: a 41-byte helper that also took the absent case was inlined at
 * only 22 of readFields' 39 sites and called at the rest (TurboFan's cumulative inlining
 * budget, --trace-turbo-inlining), so readFields tests for absence itself. Measured: evaluations
 * 8–10 % faster (A/B, 1,000 and 100 sections), the benchmark's floor, which reads with readFields,
 * about 30 %. Keep it without calls of JS functions: V8 counts the bytecode its own optimized code
 * inlined, and a 24-byte num calling a 25-byte finite was no longer small.
 */
function finite(value: number): number {
  return Number.isFinite(value) ? value : UNUSABLE;
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
  data[at + 0] = fields.students === undefined ? NaN : finite(fields.students.value);
  data[at + 1] = fields.classes === undefined ? NaN : finite(fields.classes.value);
  data[at + 2] = fields.qualifiedTeachers === undefined ? NaN : finite(fields.qualifiedTeachers.value);
  data[at + 3] = fields.backboneTeachers === undefined ? NaN : finite(fields.backboneTeachers.value);
  data[at + 4] = fields.peArtTeachers === undefined ? NaN : finite(fields.peArtTeachers.value);
  data[at + 5] = fields.teachingArea === undefined ? NaN : finite(fields.teachingArea.value);
  data[at + 6] = fields.indoorSportsArea === undefined ? NaN : finite(fields.indoorSportsArea.value);
  data[at + 7] = fields.sportsGroundArea === undefined ? NaN : finite(fields.sportsGroundArea.value);
  data[at + 8] = fields.sportsTotalArea === undefined ? NaN : finite(fields.sportsTotalArea.value);
  data[at + 9] = fields.equipmentValue === undefined ? NaN : finite(fields.equipmentValue.value);
  data[at + 10] = fields.multimediaRooms === undefined ? NaN : finite(fields.multimediaRooms.value);
  data[at + 11] = fields.teachers === undefined ? NaN : finite(fields.teachers.value);
  data[at + 12] = fields.certifiedTeachers === undefined ? NaN : finite(fields.certifiedTeachers.value);
  data[at + 13] = fields.trainedTeachers === undefined ? NaN : finite(fields.trainedTeachers.value);
  data[at + 14] = fields.largestClass === undefined ? NaN : finite(fields.largestClass.value);
  data[at + 15] = fields.classes_le25 === undefined ? NaN : finite(fields.classes_le25.value);
  data[at + 16] = fields.classes_26_30 === undefined ? NaN : finite(fields.classes_26_30.value);
  data[at + 17] = fields.classes_31_35 === undefined ? NaN : finite(fields.classes_31_35.value);
  data[at + 18] = fields.classes_36_40 === undefined ? NaN : finite(fields.classes_36_40.value);
  data[at + 19] = fields.classes_41_45 === undefined ? NaN : finite(fields.classes_41_45.value);
  data[at + 20] = fields.classes_46_50 === undefined ? NaN : finite(fields.classes_46_50.value);
  data[at + 21] = fields.classes_51_55 === undefined ? NaN : finite(fields.classes_51_55.value);
  data[at + 22] = fields.classes_56_60 === undefined ? NaN : finite(fields.classes_56_60.value);
  data[at + 23] = fields.classes_61_65 === undefined ? NaN : finite(fields.classes_61_65.value);
  data[at + 24] = fields.classes_ge66 === undefined ? NaN : finite(fields.classes_ge66.value);
  data[at + 25] = fields.musicRooms === undefined ? NaN : finite(fields.musicRooms.value);
  data[at + 26] = fields.musicRoomsArea === undefined ? NaN : finite(fields.musicRoomsArea.value);
  data[at + 27] = fields.musicRoomsCompliant === undefined ? NaN : finite(fields.musicRoomsCompliant.value);
  data[at + 28] = fields.artRooms === undefined ? NaN : finite(fields.artRooms.value);
  data[at + 29] = fields.artRoomsArea === undefined ? NaN : finite(fields.artRoomsArea.value);
  data[at + 30] = fields.artRoomsCompliant === undefined ? NaN : finite(fields.artRoomsCompliant.value);
  data[at + 31] = fields.publicFunding === undefined ? NaN : finite(fields.publicFunding.value);
  data[at + 32] = fields.trainingFunds === undefined ? NaN : finite(fields.trainingFunds.value);
  data[at + 33] = fields.boardingStudents === undefined ? NaN : finite(fields.boardingStudents.value);
  data[at + 34] = fields.seniorStudents === undefined ? NaN : finite(fields.seniorStudents.value);
  data[at + 35] = fields.classes_le45 === undefined ? NaN : finite(fields.classes_le45.value);
  data[at + 36] = fields.classes_46_55 === undefined ? NaN : finite(fields.classes_46_55.value);
  data[at + 37] = fields.classes_56_65 === undefined ? NaN : finite(fields.classes_56_65.value);
  data[at + 38] = fields.classes_ge56 === undefined ? NaN : finite(fields.classes_ge56.value);
  let ok = true;
  for (let f = at; f < at + FIELDS; f++) {
    if (data[f] !== UNUSABLE) continue;
    data[f] = NaN;
    ok = false;
  }
  return ok;
}
