import { AT_STANDARD_PRIMARY, recordOf } from "../testing/fixtures";
import { sectionsOf } from "../testing/sections";
import { isIncluded, isJudged, SectionTableBuilder, tableOf } from "./sectionTable";

describe("SectionTableBuilder", () => {
  it("clears the indicator cells of the rows it drops, so a reused table holds no stale values", () => {
    const t = new SectionTableBuilder(2);
    const row = t.open(0, 0, 100, null);
    t.setIndicator(row, 3, 450, 12);
    t.truncate(0);
    expect(t.size).toBe(0);
    expect(t.numerator[3]).toBeNaN();
    expect(t.shortfall[3]).toBeNaN();
    expect(t.computed[3]).toBe(0);
    const again = t.reset().open(0, 1, 50, "private");
    expect([t.evaluable[again], t.pass[again]]).toEqual([0, -1]);
  });
});

describe("tableOf", () => {
  const sections = sectionsOf([{ values: AT_STANDARD_PRIMARY }, { values: { ...AT_STANDARD_PRIMARY, students: 0 } }, { values: AT_STANDARD_PRIMARY, over: { type: "special" } }]);
  it("one row per section, with what the aggregates read", () => {
    const t = tableOf(sections);
    expect(t.size).toBe(3);
    expect([0, 1, 2].map((r) => [isIncluded(t, r), isJudged(t, r)])).toEqual([
      [true, true],
      [true, false], // zero students: in scope, not evaluable
      [false, false], // special education: out of scope
    ]);
    expect(t.pass[0]).toBe(1);
    expect(t.computed[7]).toBe(0); // the zero-student section has no indicators
  });
  it("numbers records by a given list, and refuses a section of another record", () => {
    const records = [recordOf({}, { id: "S!4" }), recordOf({}, { id: "S!3" }), recordOf({}, { id: "S!2" })];
    expect([...tableOf(sections, records).record.subarray(0, 3)]).toEqual([2, 1, 0]);
    expect(() => tableOf(sections, records.slice(0, 1))).toThrow(/belongs to no given record/);
  });
});
