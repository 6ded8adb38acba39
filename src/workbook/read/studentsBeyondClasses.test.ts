import type { Fields, SchoolRecord } from "../../engine/types";
import { studentsBeyondClasses, studentsInDoubt } from "./studentsBeyondClasses";

const at = (value: number, cell: string) => ({ value, cell });
const row = (students: number, classes: number, largest: number): Fields => ({ students: at(students, "学校!E7"), classes: at(classes, "学校!F7"), largestClass: at(largest, "学校!G7") });

describe("studentsBeyondClasses: students no class count can hold", () => {
  it("gives classes × the largest class when the students are more: 17860 typed for 1786 in 46 classes of at most 41 → 46 × 41 = 1886", () => {
    expect(studentsBeyondClasses(row(17860, 46, 41))).toBe(1886);
    expect(studentsBeyondClasses(row(1e15, 46, 41))).toBe(1886);
  });

  it("says nothing up to the product (1886 exactly: every class full), for one school of one class, or for all-equal rows", () => {
    expect(studentsBeyondClasses(row(1886, 46, 41))).toBeNull();
    expect(studentsBeyondClasses(row(1786, 46, 41))).toBeNull();
    expect(studentsBeyondClasses(row(12, 1, 12))).toBeNull();
  });

  it("says nothing when a number is missing or 0 (zero students, zero classes: other checks speak), never guessing one", () => {
    expect(studentsBeyondClasses({ students: at(17860, "学校!E7"), classes: at(46, "学校!F7") })).toBeNull();
    expect(studentsBeyondClasses({ classes: at(46, "学校!F7"), largestClass: at(41, "学校!G7") })).toBeNull();
    expect(studentsBeyondClasses(row(0, 46, 41))).toBeNull();
    expect(studentsBeyondClasses(row(300, 0, 41))).toBeNull();
    expect(studentsBeyondClasses(row(300, 10, 0))).toBeNull();
  });
});

describe("studentsInDoubt: any scope of a record", () => {
  const record = (fields: Fields, stageFields?: SchoolRecord["stageFields"]): SchoolRecord => ({
    id: "学校!7", name: "实验学校", county: null, type: "nine_year", stage: null, fields, flags: {}, source: { sheet: "学校", row: 7 }, ...(stageFields === undefined ? {} : { stageFields }),
  });

  it("is true for the whole row's students or a stage's, false for a record whose every scope is within", () => {
    expect(studentsInDoubt(record(row(17860, 46, 41)))).toBe(true);
    expect(studentsInDoubt(record({}, { primary: row(900, 20, 45), junior: row(9000, 12, 50) }))).toBe(true);
    expect(studentsInDoubt(record(row(1786, 46, 41), { primary: row(900, 20, 45), junior: row(600, 12, 50) }))).toBe(false);
    expect(studentsInDoubt(record({}))).toBe(false);
  });
});
