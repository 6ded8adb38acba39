import { fieldsOf, recordOf } from "../testing/fixtures";
import { emptyColumns, FIELD, putRecord, recordColumns, valueAt } from "./recordColumns";

describe("recordColumns", () => {
  it("reads every field of the whole row and of each stage; blanks stay NaN, never 0", () => {
    const combined = recordOf({ teachingArea: 5000 }, { stage: null, type: "nine_year", stageFields: { junior: fieldsOf({ students: 300 }) } });
    const c = recordColumns([recordOf({ students: 376, classes: 0 }), combined]);
    expect(valueAt(c.whole, FIELD.students, 0)).toBe(376);
    expect(valueAt(c.whole, FIELD.classes, 0)).toBe(0);
    expect(valueAt(c.whole, FIELD.teachers, 0)).toBeNaN();
    expect(valueAt(c.whole, FIELD.teachingArea, 1)).toBe(5000);
    expect(valueAt(c.staged[1], FIELD.students, 1)).toBe(300);
    expect(c.staged[0]).toBeNull();
    expect([...c.stagesGiven]).toEqual([0, 0b10]);
  });
  it("marks a record holding NaN or Infinity as irregular, and only that record", () => {
    const c = recordColumns([recordOf({ students: Number.NaN }), recordOf({ students: 10 }), recordOf({ equipmentValue: Number.POSITIVE_INFINITY })]);
    expect([...c.irregular]).toEqual([1, 0, 1]);
  });
  it("reused for a smaller county, leaves nothing of the previous one behind", () => {
    const first = recordColumns([recordOf({ students: 1, classes: 2 }, { stage: null, type: "nine_year", stageFields: { primary: fieldsOf({ students: 5 }) } }), recordOf({ students: 3 })]);
    const second = emptyColumns(1, first);
    putRecord(second, 0, recordOf({ teachers: 7 }));
    expect(second.capacity).toBe(2);
    expect(valueAt(second.whole, FIELD.teachers, 0)).toBe(7);
    expect(valueAt(second.whole, FIELD.students, 0)).toBeNaN();
    expect(valueAt(second.whole, FIELD.classes, 0)).toBeNaN();
    expect(valueAt(second.staged[0], FIELD.students, 0)).toBeNaN();
    expect(second.stagesGiven[0]).toBe(0);
  });
  it("takes new memory when the county is larger than the one it would reuse", () => {
    const small = recordColumns([recordOf({ students: 1 })]);
    expect(emptyColumns(3, small).capacity).toBe(3);
  });
  it("reads nothing from nothing", () => {
    expect(recordColumns([]).size).toBe(0);
  });
});
