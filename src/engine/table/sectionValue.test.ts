import { AT_STANDARD_PRIMARY, fieldsOf, recordOf } from "../testing/fixtures";
import { FIELD, recordColumns } from "./recordColumns";
import { sectionValue } from "./sectionValue";

// WE-2 (rules.md §2): a 九年一贯制 school of 166 primary and 210 junior students, weights 1 : 1.1,
// teaching area 23 226 m²: primary share 166 ÷ (166 + 1.1 × 210) = 166 ÷ 397.
const nineYear = recordOf(
  { teachingArea: 23226, musicRooms: 4 },
  { type: "nine_year", stage: null, stageFields: { primary: fieldsOf({ students: 166, qualifiedTeachers: 12 }), junior: fieldsOf({ students: 210, teachingArea: 9000 }) } },
);
const columns = recordColumns([nineYear, recordOf(AT_STANDARD_PRIMARY)]);

describe("sectionValue", () => {
  it("splits a shared field by the stage's share (WE-2: 9711.63 m² of 23 226)", () => {
    expect(sectionValue(columns, 0, 0, 166 / 397, FIELD.teachingArea)).toBeCloseTo(9711.63, 2);
  });
  it("lets the stage's own value win over the shared one", () => {
    expect(sectionValue(columns, 0, 1, 231 / 397, FIELD.teachingArea)).toBe(9000);
    expect(sectionValue(columns, 0, 0, 166 / 397, FIELD.students)).toBe(166);
  });
  it("gives a split section no whole-school value of a field that is not shared", () => {
    expect(sectionValue(columns, 0, 0, 166 / 397, FIELD.musicRooms)).toBeNaN();
    expect(sectionValue(columns, 0, 1, 231 / 397, FIELD.qualifiedTeachers)).toBeNaN();
  });
  it("gives a whole section the record's values, and NaN for a blank", () => {
    expect(sectionValue(columns, 1, 0, null, FIELD.students)).toBe(AT_STANDARD_PRIMARY.students);
    expect(sectionValue(columns, 1, 0, null, FIELD.boardingStudents)).toBeNaN();
  });
});
