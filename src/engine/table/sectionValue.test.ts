import { AT_STANDARD_PRIMARY, fieldsOf, recordOf, type Numbers } from "../testing/fixtures";
import { FIELD_KEYS, type FieldKey, type SchoolRecord } from "../types";
import { emptyColumns, FIELD, putRecord, recordColumns, type RecordColumns } from "./recordColumns";
import { sectionValues, someSectionValues } from "./sectionValue";

/** One field of a section, from all of them. */
function sectionValue(columns: RecordColumns, record: number, stage: number, share: number | null, field: number): number | undefined {
  return sectionValues(columns, record, stage, share, new Float64Array(FIELD_KEYS.length))[field];
}

const PRIMARY = 0;
const JUNIOR = 1;

function nineYear(shared: Numbers, stages: { primary?: Numbers; junior?: Numbers }): SchoolRecord {
  const stageFields = Object.fromEntries(Object.entries(stages).map(([stage, values]) => [stage, fieldsOf(values)]));
  return recordOf(shared, { id: "S!9", type: "nine_year", stage: null, stageFields });
}

// WE-2 (rules.md §2 / §3): a 九年一贯制 school of 166 primary and 210 junior students, weights 1 : 1.1.
// Weighted students 166 + 1.1 × 210 = 166 + 231 = 397; primary share 166 ÷ 397, junior 231 ÷ 397.
// Teaching area 23 226 m²: primary 23 226 × 166 ÷ 397 = 3 855 516 ÷ 397 = 9711.62720…,
// junior 23 226 × 231 ÷ 397 = 5 365 206 ÷ 397 = 13 514.37280… (together 23 226).
const PRIMARY_SHARE = 166 / 397;
const JUNIOR_SHARE = 231 / 397;

describe("sectionValue: WE-2", () => {
  const we2 = recordColumns([nineYear({ teachingArea: 23226 }, { primary: { students: 166 }, junior: { students: 210 } })]);
  it("splits the teaching area 9711.63 / 13 514.37", () => {
    expect(sectionValue(we2, 0, PRIMARY, PRIMARY_SHARE, FIELD.teachingArea)).toBeCloseTo(9711.6272, 4);
    expect(sectionValue(we2, 0, JUNIOR, JUNIOR_SHARE, FIELD.teachingArea)).toBeCloseTo(13514.3728, 4);
  });
  it("gives each stage its own students, not a share of anything", () => {
    expect(sectionValue(we2, 0, PRIMARY, PRIMARY_SHARE, FIELD.students)).toBe(166);
    expect(sectionValue(we2, 0, JUNIOR, JUNIOR_SHARE, FIELD.students)).toBe(210);
  });
});

describe("sectionValue: the stage's own value wins", () => {
  const columns = recordColumns([
    nineYear({ teachingArea: 23226, equipmentValue: 800_000 }, { primary: { students: 166, teachingArea: 0 }, junior: { students: 210, teachingArea: 9000 } }),
    recordOf({ students: 100, teachers: 8 }, { stageFields: { primary: fieldsOf({ students: 90 }) } }),
  ]);
  it("over the shared value times the share", () => {
    expect(sectionValue(columns, 0, JUNIOR, JUNIOR_SHARE, FIELD.teachingArea)).toBe(9000);
  });
  it("also when it is 0 (a stated 0 is a value, not a blank)", () => {
    expect(sectionValue(columns, 0, PRIMARY, PRIMARY_SHARE, FIELD.teachingArea)).toBe(0);
  });
  it("over the record's value in a whole section", () => {
    expect(sectionValue(columns, 1, PRIMARY, null, FIELD.students)).toBe(90);
    expect(sectionValue(columns, 1, PRIMARY, null, FIELD.teachers)).toBe(8); // not given per stage: the record's
  });
  it("only for its own stage: the other stage of the record falls back to the shared value", () => {
    // Equipment is given for the whole school only: 800 000 × 231 ÷ 397 = 465 491.18… yuan.
    expect(sectionValue(columns, 0, JUNIOR, JUNIOR_SHARE, FIELD.equipmentValue)).toBeCloseTo(184_800_000 / 397, 6);
    expect(sectionValue(columns, 1, JUNIOR, null, FIELD.students)).toBe(100); // record 1 has no junior numbers
  });
});

describe("sectionValue: a whole section (share null)", () => {
  const columns = recordColumns([recordOf(AT_STANDARD_PRIMARY), recordOf({ ...AT_STANDARD_PRIMARY, students: 0 })]);
  it("takes the record's value of every field, shared or not, unscaled", () => {
    expect(sectionValue(columns, 0, PRIMARY, null, FIELD.students)).toBe(10000);
    expect(sectionValue(columns, 0, PRIMARY, null, FIELD.qualifiedTeachers)).toBe(420);
    expect(sectionValue(columns, 0, PRIMARY, null, FIELD.teachingArea)).toBe(45000);
    expect(sectionValue(columns, 0, PRIMARY, null, FIELD.equipmentValue)).toBe(20_000_000);
  });
  it("is NaN for a blank field, never 0", () => {
    expect(sectionValue(columns, 0, PRIMARY, null, FIELD.boardingStudents)).toBeNaN();
    expect(sectionValue(columns, 0, PRIMARY, null, FIELD.indoorSportsArea)).toBeNaN();
  });
  it("keeps a school's 0 students as 0", () => {
    expect(sectionValue(columns, 1, PRIMARY, null, FIELD.students)).toBe(0);
  });
  it("reads the same whatever stage index a single-stage record is asked for (it has no stage numbers)", () => {
    expect(sectionValue(columns, 0, JUNIOR, null, FIELD.students)).toBe(10000);
  });
});

describe("sectionValue: a split section", () => {
  const SHARED: readonly FieldKey[] = ["teachingArea", "indoorSportsArea", "sportsGroundArea", "sportsTotalArea", "equipmentValue", "multimediaRooms"];
  const NOT_SHARED: readonly FieldKey[] = ["students", "classes", "qualifiedTeachers", "backboneTeachers", "peArtTeachers", "teachers", "musicRooms", "artRooms", "publicFunding", "boardingStudents", "largestClass"];
  // Every field of the whole row is 397 so that a share of it is a whole number: 397 × 166 ÷ 397 = 166.
  const allFields = Object.fromEntries([...SHARED, ...NOT_SHARED].map((k) => [k, 397])) as Numbers;
  const columns = recordColumns([nineYear(allFields, { primary: { students: 166 }, junior: { students: 210 } })]);

  it("takes each shared field times the share", () => {
    for (const key of SHARED) {
      expect(sectionValue(columns, 0, PRIMARY, PRIMARY_SHARE, FIELD[key])).toBeCloseTo(166, 9);
      expect(sectionValue(columns, 0, JUNIOR, JUNIOR_SHARE, FIELD[key])).toBeCloseTo(231, 9);
    }
  });
  it("does not take a field that is not shared (teachers, classes, rooms, funding…) from the whole row", () => {
    for (const key of NOT_SHARED.filter((k) => k !== "students")) {
      expect([key, sectionValue(columns, 0, PRIMARY, PRIMARY_SHARE, FIELD[key])]).toEqual([key, NaN]);
      expect([key, sectionValue(columns, 0, JUNIOR, JUNIOR_SHARE, FIELD[key])]).toEqual([key, NaN]);
    }
  });
  it("does not take the whole school's students when a stage gives none", () => {
    const c = recordColumns([nineYear({ students: 376, teachingArea: 1000 }, { primary: { teachers: 5 } })]);
    expect(sectionValue(c, 0, PRIMARY, 0.5, FIELD.students)).toBeNaN();
    expect(sectionValue(c, 0, PRIMARY, 0.5, FIELD.teachingArea)).toBe(500);
  });
  it("is NaN for a shared field the school leaves blank (NaN × share, not 0)", () => {
    const c = recordColumns([nineYear({ teachingArea: 1000 }, { primary: { students: 166 }, junior: { students: 210 } })]);
    expect(sectionValue(c, 0, PRIMARY, PRIMARY_SHARE, FIELD.equipmentValue)).toBeNaN();
  });
  it("gives a share of 0 (a stage of zero students) 0 of a shared field", () => {
    const c = recordColumns([nineYear({ teachingArea: 1000 }, { primary: { students: 0 }, junior: { students: 210 } })]);
    expect(sectionValue(c, 0, PRIMARY, 0, FIELD.teachingArea)).toBe(0);
    expect(sectionValue(c, 0, PRIMARY, 0, FIELD.students)).toBe(0);
    expect(sectionValue(c, 0, JUNIOR, 1, FIELD.teachingArea)).toBe(1000);
  });
});

describe("sectionValue: rows of other records and NaN values", () => {
  it("reads only its own row's stage numbers, though another row created the stage source", () => {
    const c = recordColumns([recordOf({ students: 50 }), nineYear({ teachingArea: 10 }, { primary: { students: 7 } })]);
    expect(sectionValue(c, 0, PRIMARY, null, FIELD.students)).toBe(50);
    expect(sectionValue(c, 1, PRIMARY, 1, FIELD.students)).toBe(7);
  });
  it("a stage value stored as NaN reads as absent — the stage then takes the shared value — so putRecord refuses the record (countySections cleans it first)", () => {
    const record = nineYear({ teachingArea: 23226 }, { primary: { students: 166, teachingArea: Number.NaN }, junior: { students: 210 } });
    const c = emptyColumns(1);
    expect(putRecord(c, 0, record)).toBe(false);
  });
  it("a non-shared field stored as NaN in a split section reads NaN", () => {
    const c = recordColumns([nineYear({ teachingArea: 1 }, { primary: { students: 166, teachers: Number.NaN } })]);
    expect(sectionValue(c, 0, PRIMARY, 1, FIELD.teachers)).toBeNaN();
  });
});

describe("someSectionValues: only the fields asked for", () => {
  it("writes the fields given as sectionValues does (WE-2's junior teaching area 13 514.37) and leaves the others as they were", () => {
    const we2 = recordColumns([nineYear({ teachingArea: 23226, equipmentValue: 1000 }, { primary: { students: 166 }, junior: { students: 210 } })]);
    const into = new Float64Array(FIELD_KEYS.length).fill(-7);
    someSectionValues(we2, 0, JUNIOR, JUNIOR_SHARE, Int32Array.of(FIELD.teachingArea, FIELD.students), into);
    expect(into[FIELD.teachingArea]).toBeCloseTo(13514.3728, 4);
    expect(into[FIELD.students]).toBe(210);
    expect(into[FIELD.equipmentValue]).toBe(-7);
  });
});
