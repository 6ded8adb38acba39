import type { Fields, SchoolRecord } from "../../engine/types";

/**
 * The most students a row's classes can hold — classes × the largest class — when the row's
 * students are more; null when they are not, or when any of the three is not given (or the
 * classes or the largest class are 0). No class holds more pupils than the largest one, so a
 * student count above the product is a mistyped cell (17860 typed for 1786), or the class count
 * or the largest class is: the reader says so at the students' cell (checkFields), and the
 * per-student checks do not read the row's resources against students in doubt
 * (cellOutlierIssues).
 *
 * @example studentsBeyondClasses({ students: 17860 at E7, classes: 46 at F7, largestClass: 41 at G7 }) // 1886 (46 × 41)
 * @example studentsBeyondClasses({ students: 1786 at E7, classes: 46 at F7, largestClass: 41 at G7 }) // null
 */
export function studentsBeyondClasses(fields: Fields): number | null {
  const { students, classes, largestClass } = fields;
  if (students === undefined || classes === undefined || largestClass === undefined) return null;
  const most = classes.value * largestClass.value;
  return most > 0 && students.value > most ? most : null;
}

/**
 * Whether a record's students are in doubt in any of its scopes (the whole row, or a stage of a
 * combined row): studentsBeyondClasses.
 * @example studentsInDoubt({ fields: { students: 17860, classes: 46, largestClass: 41 }, … }) // true
 */
export function studentsInDoubt(record: SchoolRecord): boolean {
  if (studentsBeyondClasses(record.fields) !== null) return true;
  const stages = record.stageFields;
  return stages !== undefined && Object.values(stages).some((f) => f !== undefined && studentsBeyondClasses(f) !== null);
}
