import { AT_STANDARD_JUNIOR, AT_STANDARD_PRIMARY, fieldsOf, recordOf, type Numbers } from "../testing/fixtures";
import { FIELD_KEYS, type FieldKey, type SchoolRecord } from "../types";
import { columnsFor, emptyColumns, FIELD, putRecord, recordColumns, valueAt, type Source } from "./recordColumns";

/** The fields a row of a source holds (not NaN), by name: what a test expects to read back. */
function given(source: Source | null, record: number): Numbers {
  const out: Partial<Record<FieldKey, number>> = {};
  for (const key of FIELD_KEYS) {
    const v = valueAt(source, FIELD[key], record);
    if (!Number.isNaN(v)) out[key] = v;
  }
  return out;
}

/** A 九年一贯制 row: shared numbers in `fields`, per-stage numbers in `stageFields`. */
function nineYear(shared: Numbers, stages: { primary?: Numbers; junior?: Numbers }, id = "S!9"): SchoolRecord {
  const stageFields = Object.fromEntries(Object.entries(stages).map(([stage, values]) => [stage, fieldsOf(values)]));
  return recordOf(shared, { id, type: "nine_year", stage: null, stageFields });
}

describe("FIELD", () => {
  it("numbers the fields in FIELD_KEYS order, 39 of them (35, then the 4 merged class-size buckets)", () => {
    expect(FIELD.students).toBe(0);
    expect(FIELD.classes).toBe(1);
    expect(FIELD.teachingArea).toBe(5);
    expect(FIELD.multimediaRooms).toBe(10);
    expect(FIELD.seniorStudents).toBe(34);
    expect(FIELD.classes_le45).toBe(35);
    expect(FIELD.classes_ge56).toBe(38);
    expect(new Set(Object.values(FIELD)).size).toBe(39);
  });
});

describe("valueAt", () => {
  it("reads field f of record i at i × 39 + f (a record's fields together)", () => {
    const c = recordColumns([recordOf({ students: 11 }), recordOf({ students: 22, teachingArea: 5000 })]);
    expect(c.whole.data.length).toBe(39 * 2);
    expect(c.whole.data[1 * 39 + FIELD.teachingArea]).toBe(5000);
    expect(c.whole.data[0 * 39 + FIELD.students]).toBe(11);
    expect(valueAt(c.whole, FIELD.students, 1)).toBe(22);
  });
  it("is NaN for a source that does not exist", () => {
    expect(valueAt(null, FIELD.students, 0)).toBeNaN();
  });
});

describe("emptyColumns", () => {
  it("gives columns of the size asked, every value NaN, no stage given", () => {
    const c = emptyColumns(3);
    expect([c.size, c.capacity]).toEqual([3, 3]);
    expect(c.whole.data.every((v) => Number.isNaN(v))).toBe(true);
    expect(c.staged).toEqual([null, null]);
    expect([...c.stagesGiven]).toEqual([0, 0, 0]);
  });
  it("of size 0: no rows", () => {
    const c = emptyColumns(0);
    expect([c.size, c.capacity, c.whole.data.length]).toEqual([0, 0, 0]);
  });
});

describe("putRecord and recordColumns: whole rows", () => {
  it("one school: the values as given, blanks NaN (never 0), a stated 0 stays 0", () => {
    const c = emptyColumns(1);
    putRecord(c, 0, recordOf({ students: 376, classes: 0, teachingArea: 1692.5 }));
    expect(given(c.whole, 0)).toEqual({ students: 376, classes: 0, teachingArea: 1692.5 });
    expect(valueAt(c.whole, FIELD.teachers, 0)).toBeNaN();
    expect(c.staged).toEqual([null, null]);
    expect(c.stagesGiven[0]).toBe(0);
  });
  it("a school of zero students keeps 0 students (not NaN: it is a stated value)", () => {
    const c = recordColumns([recordOf({ ...AT_STANDARD_PRIMARY, students: 0 })]);
    expect(valueAt(c.whole, FIELD.students, 0)).toBe(0);
  });
  it("several schools, all equal: every row reads the same, rows do not bleed into each other", () => {
    const c = recordColumns([recordOf(AT_STANDARD_PRIMARY), recordOf(AT_STANDARD_PRIMARY), recordOf(AT_STANDARD_PRIMARY)]);
    expect([0, 1, 2].map((i) => given(c.whole, i))).toEqual([AT_STANDARD_PRIMARY, AT_STANDARD_PRIMARY, AT_STANDARD_PRIMARY]);
  });
  it("schools with different fields: each row holds its own fields only", () => {
    const c = recordColumns([recordOf({ students: 10 }), recordOf({ teachers: 3 }), recordOf({})]);
    expect(given(c.whole, 0)).toEqual({ students: 10 });
    expect(given(c.whole, 1)).toEqual({ teachers: 3 });
    expect(given(c.whole, 2)).toEqual({});
  });
  it("no records: size 0", () => {
    const c = recordColumns([]);
    expect([c.size, c.capacity]).toEqual([0, 0]);
    expect(c.staged).toEqual([null, null]);
  });
});

describe("putRecord and recordColumns: per-stage sources", () => {
  it("leaves the stage sources null while no record has stageFields", () => {
    const c = recordColumns([recordOf(AT_STANDARD_PRIMARY), recordOf(AT_STANDARD_JUNIOR, { stage: "junior", type: "junior" })]);
    expect(c.staged).toEqual([null, null]);
    expect([...c.stagesGiven]).toEqual([0, 0]);
  });
  it("a combined row with stageFields {} gives no stage and creates no source", () => {
    const c = recordColumns([recordOf({ teachingArea: 100 }, { type: "nine_year", stage: null, stageFields: {} })]);
    expect(c.staged).toEqual([null, null]);
    expect(c.stagesGiven[0]).toBe(0);
  });
  it("creates a stage's source at the first record that has it, and only that stage's", () => {
    const c = emptyColumns(2);
    putRecord(c, 0, recordOf({ students: 5 }));
    expect(c.staged).toEqual([null, null]);
    putRecord(c, 1, nineYear({ teachingArea: 23226 }, { junior: { students: 210 } }));
    expect(c.staged[0]).toBeNull();
    expect(c.staged[1]).not.toBeNull();
    expect(given(c.staged[1], 1)).toEqual({ students: 210 });
    expect(given(c.staged[1], 0)).toEqual({}); // the earlier row reads NaN in the new source
    expect(given(c.whole, 1)).toEqual({ teachingArea: 23226 });
  });
  it("sets bit s of stagesGiven for each stage the record has: primary 1, junior 2, both 3", () => {
    const c = recordColumns([
      nineYear({}, { primary: { students: 1 } }),
      nineYear({}, { junior: { students: 2 } }),
      nineYear({}, { primary: { students: 3 }, junior: { students: 4 } }),
      recordOf({ students: 5 }),
    ]);
    expect([...c.stagesGiven]).toEqual([0b01, 0b10, 0b11, 0b00]);
    expect([0, 1, 2, 3].map((i) => valueAt(c.staged[0], FIELD.students, i))).toEqual([1, NaN, 3, NaN]);
    expect([0, 1, 2, 3].map((i) => valueAt(c.staged[1], FIELD.students, i))).toEqual([NaN, 2, 4, NaN]);
  });
  it("WE-2 school: shared numbers whole, students per stage, nothing of one stage in the other", () => {
    const c = recordColumns([nineYear({ teachingArea: 23226, equipmentValue: 1e6 }, { primary: { students: 166, qualifiedTeachers: 12 }, junior: { students: 210 } })]);
    expect(given(c.whole, 0)).toEqual({ teachingArea: 23226, equipmentValue: 1e6 });
    expect(given(c.staged[0], 0)).toEqual({ students: 166, qualifiedTeachers: 12 });
    expect(given(c.staged[1], 0)).toEqual({ students: 210 });
  });
  it("a single-stage record that also has stageFields: they are read, and its bit set", () => {
    const c = recordColumns([recordOf({ students: 100 }, { stageFields: { primary: fieldsOf({ teachers: 9 }) } })]);
    expect(c.stagesGiven[0]).toBe(0b01);
    expect(given(c.staged[0], 0)).toEqual({ teachers: 9 });
  });
});

describe("putRecord: values that are not finite numbers", () => {
  /** putRecord's answer for each record, each put into columns of its own county. */
  const usable = (records: readonly SchoolRecord[]): boolean[] => {
    const c = emptyColumns(records.length);
    return records.map((r, i) => putRecord(c, i, r));
  };
  it("says false for a record holding NaN, Infinity or −Infinity (whole or per stage), and only for that record", () => {
    expect(
      usable([
        recordOf({ students: Number.NaN }),
        recordOf({ students: 10 }),
        recordOf({ equipmentValue: Number.POSITIVE_INFINITY }),
        nineYear({ teachingArea: 100 }, { junior: { students: Number.NEGATIVE_INFINITY } }),
        nineYear({ teachingArea: 100 }, { primary: { students: 5 }, junior: { students: 6 } }),
      ]),
    ).toEqual([false, true, false, false, true]);
  });
  it("stores a NaN as NaN, as a blank (putRecord's false is what tells them apart)", () => {
    const c = emptyColumns(2);
    expect([putRecord(c, 0, recordOf({ students: Number.NaN, teachers: 4 })), putRecord(c, 1, recordOf({ teachers: 4 }))]).toEqual([false, true]);
    expect(valueAt(c.whole, FIELD.students, 0)).toBeNaN();
    expect(valueAt(c.whole, FIELD.students, 1)).toBeNaN();
  });
  it("stores Infinity as NaN (no value)", () => {
    const c = recordColumns([recordOf({ equipmentValue: Number.POSITIVE_INFINITY })]);
    expect(valueAt(c.whole, FIELD.equipmentValue, 0)).toBeNaN();
  });
  it("says false when a later usable stage follows an unusable whole value, and still reads the rest", () => {
    const record = nineYear({ teachingArea: Number.NaN }, { primary: { students: 5 }, junior: { students: 6 } });
    expect(usable([record])).toEqual([false]);
    expect(valueAt(recordColumns([record]).staged[1], FIELD.students, 0)).toBe(6);
  });
  it("takes finite values, however odd: 0, negatives, huge", () => {
    const record = recordOf({ students: 0, teachingArea: -5, equipmentValue: 1e308 });
    expect(usable([record])).toEqual([true]);
    expect(given(recordColumns([record]).whole, 0)).toEqual({ students: 0, teachingArea: -5, equipmentValue: 1e308 });
  });
});

describe("recordColumns reused from county to county", () => {
  /** A first county that fills many cells: all fields of the primary standard, both stages, a row with a NaN. */
  const firstCounty = (): SchoolRecord[] => [
    nineYear({ ...AT_STANDARD_PRIMARY, boardingStudents: 50 }, { primary: { students: 166, teachers: 10 }, junior: { students: 210, teachers: 14 } }),
    recordOf({ ...AT_STANDARD_JUNIOR, students: Number.NaN }),
    recordOf({ ...AT_STANDARD_PRIMARY, musicRooms: 2, artRooms: 2 }),
  ];

  it("a smaller second county reuses the memory and reads NaN for every field it does not give", () => {
    const first = recordColumns(firstCounty());
    const second = recordColumns([recordOf({ teachers: 7 }), recordOf({ students: 30 })], first);
    expect([second.size, second.capacity]).toEqual([2, 3]);
    expect(second.whole.data).toBe(first.whole.data); // no new memory
    expect(given(second.whole, 0)).toEqual({ teachers: 7 });
    expect(given(second.whole, 1)).toEqual({ students: 30 });
    expect(given(second.staged[0], 0)).toEqual({});
    expect(given(second.staged[1], 0)).toEqual({});
    expect([...second.stagesGiven.subarray(0, 2)]).toEqual([0, 0]);
  });
  it("a second county of zero records, then a third of full size: no stale value comes back", () => {
    const first = recordColumns(firstCounty());
    const second = recordColumns([], first);
    expect([second.size, second.capacity]).toEqual([0, 3]);
    const third = recordColumns([recordOf({ classes: 1 }), recordOf({ classes: 2 }), recordOf({ classes: 3 })], second);
    expect([0, 1, 2].map((i) => given(third.whole, i))).toEqual([{ classes: 1 }, { classes: 2 }, { classes: 3 }]);
    expect([0, 1, 2].map((i) => given(third.staged[0], i))).toEqual([{}, {}, {}]);
    expect([...third.stagesGiven]).toEqual([0, 0, 0]);
  });
  it("rows beyond a small middle county are clean for a larger later one", () => {
    const first = recordColumns(firstCounty());
    const second = recordColumns([recordOf({ teachers: 1 })], first);
    const third = recordColumns([recordOf({}), recordOf({}), recordOf({ students: 9 })], second);
    expect([0, 1, 2].map((i) => given(third.whole, i))).toEqual([{}, {}, { students: 9 }]);
    expect([0, 1, 2].map((i) => given(third.staged[1], i))).toEqual([{}, {}, {}]);
  });
  it("a reused row gets its stage bits and values afresh", () => {
    const first = recordColumns(firstCounty());
    const second = recordColumns([nineYear({ teachingArea: 900 }, { junior: { students: 40 } })], first);
    expect(second.stagesGiven[0]).toBe(0b10);
    expect(given(second.staged[0], 0)).toEqual({}); // the first county's primary 166 students are gone
    expect(given(second.staged[1], 0)).toEqual({ students: 40 });
    expect(given(second.whole, 0)).toEqual({ teachingArea: 900 });
  });
  it("reuses columns of exactly the size needed", () => {
    const first = recordColumns(firstCounty());
    const second = recordColumns([recordOf({}), recordOf({}), recordOf({ teachers: 2 })], first);
    expect(second.whole.data).toBe(first.whole.data);
    expect([0, 1, 2].map((i) => given(second.whole, i))).toEqual([{}, {}, { teachers: 2 }]);
  });
  it("takes new columns when the county is larger than the capacity, with nothing of the old ones", () => {
    const first = recordColumns(firstCounty());
    const second = recordColumns([recordOf({ teachers: 1 }), recordOf({}), recordOf({}), recordOf({ students: 4 })], first);
    expect([second.size, second.capacity]).toEqual([4, 4]);
    expect(second.whole.data).not.toBe(first.whole.data);
    expect([0, 1, 2, 3].map((i) => given(second.whole, i))).toEqual([{ teachers: 1 }, {}, {}, { students: 4 }]);
    expect(second.staged).toEqual([null, null]); // no record of the new county has stageFields
    expect([...second.stagesGiven]).toEqual([0, 0, 0, 0]);
  });
  it("clears a later record's stage rows, every field of both stages, and its bits, and only its rows", () => {
    // By hand: row 2 gives primary {students 120, teachers 8, classes 4} and junior {students 90, largestClass 47}; rows 0 and 1 none.
    const first = recordColumns([recordOf({ students: 1 }), recordOf({ students: 2 }), nineYear({ teachingArea: 900 }, { primary: { students: 120, teachers: 8, classes: 4 }, junior: { students: 90, largestClass: 47 } })]);
    expect([...first.stagesGiven]).toEqual([0, 0, 0b11]);
    const second = emptyColumns(3, first);
    expect([...second.stagesGiven]).toEqual([0, 0, 0]);
    expect([0, 1, 2].map((i) => [given(second.staged[0], i), given(second.staged[1], i)])).toEqual([
      [{}, {}],
      [{}, {}],
      [{}, {}],
    ]);
    // Every one of the row's 39 numbers is NaN again, in both stage sources.
    const row = (source: Source | null): number[] => [...(source?.data.subarray(2 * FIELD_KEYS.length, 3 * FIELD_KEYS.length) ?? [])];
    expect([row(second.staged[0]).every(Number.isNaN), row(second.staged[1]).every(Number.isNaN), FIELD_KEYS.length]).toEqual([true, true, 39]);
  });
  it("columnsFor: the same memory, whole rows left as they were until put; putting a record writes all 39 of its numbers", () => {
    // By hand: the first county's row 1 is the junior standard (teaching area 5800) with students NaN (not usable); the second county puts {teachers: 7} there.
    const first = recordColumns(firstCounty());
    const second = columnsFor(2, first);
    expect([second.size, second.capacity, second.whole.data === first.whole.data]).toEqual([2, 3, true]);
    expect(valueAt(second.whole, FIELD.teachingArea, 1)).toBe(5800); // not yet put: the old number
    // Its stage rows and bits are cleared all the same (putRecord writes only the stages a record has).
    expect([[...second.stagesGiven], given(second.staged[0], 0), given(second.staged[1], 0)]).toEqual([[0, 0, 0], {}, {}]);
    // New columns: their whole rows are 0 until put.
    expect(valueAt(columnsFor(1).whole, FIELD.students, 0)).toBe(0);
    putRecord(second, 0, recordOf({ students: 30 }));
    putRecord(second, 1, recordOf({ teachers: 7 }));
    expect([given(second.whole, 0), given(second.whole, 1)]).toEqual([{ students: 30 }, { teachers: 7 }]);
  });
  it("emptyColumns on reused columns: the same memory, all cleared, the old size no longer counts", () => {
    const first = recordColumns(firstCounty());
    const cleared = emptyColumns(3, first);
    expect(cleared.size).toBe(3);
    expect([0, 1, 2].map((i) => given(cleared.whole, i))).toEqual([{}, {}, {}]);
    expect([0, 1, 2].map((i) => given(cleared.staged[0], i))).toEqual([{}, {}, {}]);
  });
});
