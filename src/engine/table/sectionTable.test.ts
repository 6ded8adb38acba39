import { AT_STANDARD_JUNIOR, AT_STANDARD_PRIMARY, fieldsOf, NATIONAL, recordOf, without } from "../testing/fixtures";
import { sectionsOf, we1Rows, WE1_STUDENTS, WE1_TOTALS } from "../testing/sections";
import { isIncluded, isJudged, indicatorIndex, SectionTableBuilder, tableOf, type SectionTable } from "./sectionTable";
import { coefficientGroups, stagesPresent } from "../coefficientGroups";
import { shortfallTotals } from "../shortfallTotals";
import { recordRoles } from "../guarantee/schoolRole";

const K = 7;

/** Row `row`'s cells of a per-indicator column (7 per row). */
function cells(column: Float64Array | Uint8Array, row: number): number[] {
  return Array.from(column.subarray(row * K, row * K + K));
}

const ALL_NAN = [NaN, NaN, NaN, NaN, NaN, NaN, NaN];
const NONE = [0, 0, 0, 0, 0, 0, 0];

describe("SectionTableBuilder: open and setIndicator", () => {
  it("starts empty, with every indicator cell NaN and not computed", () => {
    const t = new SectionTableBuilder(3);
    expect([t.size, t.capacity]).toEqual([0, 3]);
    expect(t.numerator).toHaveLength(21);
    expect(Array.from(t.numerator).every(Number.isNaN)).toBe(true);
    expect(Array.from(t.shortfall).every(Number.isNaN)).toBe(true);
    expect(Array.from(t.computed)).toEqual(Array(21).fill(0));
  });
  it("opens rows in order, undecided and not evaluable until told, with the section's record, stage, students and scope", () => {
    const t = new SectionTableBuilder(3);
    expect(t.open(4, 0, 376, null)).toBe(0);
    expect(t.open(4, 1, 0, null)).toBe(1);
    expect(t.open(9, 0, NaN, "special_education")).toBe(2);
    expect(t.size).toBe(3);
    expect(Array.from(t.record)).toEqual([4, 4, 9]);
    expect(Array.from(t.stage)).toEqual([0, 1, 0]);
    expect(Array.from(t.students)).toEqual([376, 0, NaN]);
    expect(t.exclusion).toEqual([null, null, "special_education"]);
    expect(Array.from(t.evaluable)).toEqual([0, 0, 0]);
    expect(Array.from(t.pass)).toEqual([-1, -1, -1]);
    expect(cells(t.numerator, 1)).toEqual(ALL_NAN);
  });
  it("puts indicator k of a row at row × 7 + k and marks it computed, a NaN numerator too", () => {
    const t = new SectionTableBuilder(2);
    t.open(0, 0, 100, null);
    const row = t.open(1, 0, 100, null);
    t.setIndicator(row, 0, 12, 4);
    t.setIndicator(row, 6, NaN, NaN);
    expect(t.numerator[7]).toBe(12);
    expect(t.shortfall[7]).toBe(4);
    expect(cells(t.computed, 1)).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(t.numerator[13]).toBeNaN();
    expect(cells(t.computed, 0)).toEqual(NONE); // row 0 untouched
  });
});

describe("SectionTableBuilder: truncate and reset", () => {
  function filled(): SectionTableBuilder {
    const t = new SectionTableBuilder(3);
    for (let r = 0; r < 3; r++) {
      const row = t.open(r, 0, 100, null);
      for (let k = 0; k < K; k++) t.setIndicator(row, k, 10 * r + k, r);
      t.evaluable[row] = 1;
      t.pass[row] = 1;
    }
    return t;
  }
  it("clears the dropped rows (numerator and shortfall NaN, computed 0) and keeps the others", () => {
    const t = filled();
    t.truncate(1);
    expect(t.size).toBe(1);
    expect(t.exclusion[0]).toBeNull();
    expect(cells(t.numerator, 0)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(cells(t.computed, 0)).toEqual([1, 1, 1, 1, 1, 1, 1]);
    for (const row of [1, 2]) {
      expect(cells(t.numerator, row)).toEqual(ALL_NAN);
      expect(cells(t.shortfall, row)).toEqual(ALL_NAN);
      expect(cells(t.computed, row)).toEqual(NONE);
    }
  });
  it("a row opened again after a truncate holds nothing of the dropped one", () => {
    const t = filled();
    t.truncate(2);
    const row = t.open(7, 1, 50, "private");
    expect(row).toBe(2);
    expect([t.record[row], t.stage[row], t.students[row], t.exclusion[row], t.evaluable[row], t.pass[row]]).toEqual([7, 1, 50, "private", 0, -1]);
    expect(cells(t.numerator, row)).toEqual(ALL_NAN);
    expect(cells(t.computed, row)).toEqual(NONE);
  });
  it("the rows dropped leave entries past `size` (exclusions), which no reader of the table takes for rows", () => {
    // Row 0 primary; rows 1 and 2 junior, in scope: after truncate(1) nothing junior may show.
    const build = (rows: number): SectionTableBuilder => {
      const t = new SectionTableBuilder(3);
      for (let r = 0; r < rows; r++) {
        const row = t.open(r, r === 0 ? 0 : 1, 100 * (r + 1), null);
        for (let k = 0; k < K; k++) t.setIndicator(row, k, 10 * (r + 1) + k, r);
        t.evaluable[row] = 1;
        t.pass[row] = 1;
      }
      return t;
    };
    const cut = build(3);
    cut.truncate(1);
    const fresh = build(1);
    expect(stagesPresent(cut)).toEqual(["primary"]);
    expect(shortfallTotals(cut)).toEqual(shortfallTotals(fresh));
    expect(coefficientGroups("A", cut, NATIONAL)).toEqual(coefficientGroups("A", fresh, NATIONAL));
    expect(Array.from(recordRoles(cut, 3))).toEqual(Array.from(recordRoles(fresh, 3)));
  });
  it("truncate to the current size changes nothing", () => {
    const t = filled();
    t.truncate(3);
    expect(t.size).toBe(3);
    expect(cells(t.numerator, 2)).toEqual([20, 21, 22, 23, 24, 25, 26]);
  });
  it("reset empties the whole table and returns it, ready for the next county", () => {
    const t = filled();
    expect(t.reset()).toBe(t);
    expect(t.size).toBe(0);
    expect(Array.from(t.numerator).every(Number.isNaN)).toBe(true);
    expect(Array.from(t.shortfall).every(Number.isNaN)).toBe(true);
    expect(Array.from(t.computed)).toEqual(Array(21).fill(0));
    expect(t.open(0, 0, 1, "private")).toBe(0);
    expect(t.exclusion[0]).toBe("private");
  });
  it("recycle empties the table without clearing it; open clears its row, openWhole leaves it to the caller", () => {
    const t = filled();
    expect(t.recycle()).toBe(t);
    expect(t.size).toBe(0);
    // Row 0 held 0 … 6, row 1 held 10 … 16 (filled): open clears row 0, openWhole leaves row 1's numbers.
    expect(t.open(5, 1, 40, null)).toBe(0);
    expect([cells(t.numerator, 0), cells(t.shortfall, 0), cells(t.computed, 0)]).toEqual([ALL_NAN, ALL_NAN, NONE]);
    expect(t.openWhole(6, 0, 80, null)).toBe(1);
    expect([t.record[1], t.stage[1], t.students[1], t.evaluable[1], t.pass[1]]).toEqual([6, 0, 80, 0, -1]);
    expect(cells(t.numerator, 1)).toEqual([10, 11, 12, 13, 14, 15, 16]);
  });
  it("reset of an empty table is harmless", () => {
    const t = new SectionTableBuilder(0);
    t.reset();
    expect(t.size).toBe(0);
  });
});

describe("SectionTableBuilder.addResult", () => {
  it("a section at every standard: evaluable, pass 1, numerators as given, shortfalls 0", () => {
    const t = new SectionTableBuilder(1);
    const [s] = sectionsOf([{ values: AT_STANDARD_PRIMARY }]);
    if (s === undefined) throw new Error("no section");
    t.addResult(3, s);
    expect([t.size, t.record[0], t.stage[0], t.students[0], t.exclusion[0], t.evaluable[0], t.pass[0]]).toEqual([1, 3, 0, 10000, null, 1, 1]);
    expect(cells(t.numerator, 0)).toEqual([420, 100, 90, 45000, 75000, 20_000_000, 230]);
    expect(cells(t.shortfall, 0)).toEqual(NONE);
    expect(cells(t.computed, 0)).toEqual([1, 1, 1, 1, 1, 1, 1]);
  });
  it("a failing section: pass 0, its shortfalls", () => {
    // L1 300 ÷ 10000 × 100 = 3.0 < floor 3.57 and L2 0.5 < 0.85: two below, fail.
    // Shortfalls: L1 4.2 × 10000 ÷ 100 − 300 = 120 teachers; L2 1.0 × 100 − 50 = 50.
    const t = tableOf(sectionsOf([{ values: { ...AT_STANDARD_PRIMARY, qualifiedTeachers: 300, backboneTeachers: 50 } }]));
    expect([t.evaluable[0], t.pass[0]]).toEqual([1, 0]);
    expect(cells(t.shortfall, 0)).toEqual([120, 50, 0, 0, 0, 0, 0]);
  });
  it("a junior section: stage 1", () => {
    const t = tableOf(sectionsOf([{ values: AT_STANDARD_JUNIOR, over: { type: "junior", stage: "junior" } }]));
    expect([t.stage[0], t.students[0], t.pass[0]]).toEqual([1, 1000, 1]);
  });
  it("zero students: in scope, not evaluable, undecided, no indicator computed", () => {
    const t = tableOf(sectionsOf([{ values: { ...AT_STANDARD_PRIMARY, students: 0 } }]));
    expect([t.students[0], t.exclusion[0], t.evaluable[0], t.pass[0]]).toEqual([0, null, 0, -1]);
    expect(cells(t.computed, 0)).toEqual(NONE);
    expect(cells(t.numerator, 0)).toEqual(ALL_NAN);
  });
  it("students blank: students NaN (not 0), not evaluable, undecided", () => {
    const t = tableOf(sectionsOf([{ values: without(AT_STANDARD_PRIMARY, "students") }]));
    expect([t.students[0], t.evaluable[0], t.pass[0]]).toEqual([NaN, 0, -1]);
    expect(cells(t.computed, 0)).toEqual(NONE);
  });
  it("one numerator blank: that indicator not computed (NaN), the others are", () => {
    const t = tableOf(sectionsOf([{ values: without(AT_STANDARD_PRIMARY, "backboneTeachers") }]));
    expect([t.evaluable[0], t.pass[0]]).toEqual([0, -1]);
    expect(cells(t.computed, 0)).toEqual([1, 0, 1, 1, 1, 1, 1]);
    expect(cells(t.numerator, 0)).toEqual([420, NaN, 90, 45000, 75000, 20_000_000, 230]);
  });
  it("a numerator stored as NaN stays a computed NaN (the column says it was computed, the value says it is NaN)", () => {
    const t = tableOf(sectionsOf([{ values: { ...AT_STANDARD_PRIMARY, qualifiedTeachers: NaN } }]));
    expect(t.computed[0]).toBe(1);
    expect(t.numerator[0]).toBeNaN();
    expect(t.shortfall[0]).toBeNaN();
  });
  it("an out-of-scope section keeps its exclusion", () => {
    const t = tableOf(sectionsOf([{ values: AT_STANDARD_PRIMARY, over: { type: "special" } }]));
    expect(t.exclusion[0]).toBe("special_education");
  });
  it("a 九年一贯制 school (WE-2): two rows of one record, primary then junior, the shared area split", () => {
    // 23 226 m² × 166 ÷ 397 = 9711.6272…; × 231 ÷ 397 = 13 514.3728… (rules.md WE-2)
    const stageFields = { primary: fieldsOf({ students: 166 }), junior: fieldsOf({ students: 210 }) };
    const t = tableOf(sectionsOf([{ values: { teachingArea: 23226 }, over: { type: "nine_year", stage: null, stageFields } }]));
    expect(t.size).toBe(2);
    expect(Array.from(t.record.subarray(0, 2))).toEqual([0, 0]);
    expect(Array.from(t.stage.subarray(0, 2))).toEqual([0, 1]);
    expect(Array.from(t.students.subarray(0, 2))).toEqual([166, 210]);
    expect(t.numerator[indicatorIndex("L4")]).toBeCloseTo(9711.6272, 4);
    expect(t.numerator[K + indicatorIndex("L4")]).toBeCloseTo(13514.3728, 4);
    expect(t.computed[indicatorIndex("L1")]).toBe(0); // no teachers given
  });
});

describe("tableOf", () => {
  it("WE-1: five rows, records 0–4, the resource totals as numerators", () => {
    const t = tableOf(sectionsOf(we1Rows()));
    expect(t.size).toBe(5);
    expect(Array.from(t.record.subarray(0, 5))).toEqual([0, 1, 2, 3, 4]);
    expect(Array.from(t.students.subarray(0, 5))).toEqual([...WE1_STUDENTS]);
    expect([0, 1, 2, 3, 4].map((r) => t.numerator[r * K + indicatorIndex("L4")])).toEqual([...WE1_TOTALS]);
  });
  it("one school, all equal: rows alike", () => {
    expect(tableOf(sectionsOf([{ values: AT_STANDARD_PRIMARY }])).size).toBe(1);
    const t = tableOf(sectionsOf([{ values: AT_STANDARD_PRIMARY }, { values: AT_STANDARD_PRIMARY }]));
    expect(cells(t.numerator, 0)).toEqual(cells(t.numerator, 1));
    expect(Array.from(t.pass.subarray(0, 2))).toEqual([1, 1]);
  });
  it("no sections: an empty table", () => {
    expect(tableOf([]).size).toBe(0);
    expect(tableOf([], [recordOf({})]).size).toBe(0);
  });
  it("without a records list, numbers records by first appearance (a record's second section keeps its number)", () => {
    const stageFields = { primary: fieldsOf({ students: 100 }), junior: fieldsOf({ students: 100 }) };
    const sections = sectionsOf([{ values: {} }, { values: { teachingArea: 1 }, over: { type: "nine_year", stage: null, stageFields } }, { values: {} }]);
    const [a, b1, b2, c] = sections;
    if (a === undefined || b1 === undefined || b2 === undefined || c === undefined) throw new Error("expected 4 sections");
    expect(Array.from(tableOf(sections).record)).toEqual([0, 1, 1, 2]);
    // Out of order: S!4 first, then S!3's primary, S!2, S!3's junior.
    expect(Array.from(tableOf([c, b1, a, b2]).record)).toEqual([0, 1, 2, 1]);
  });
  it("with a records list, numbers records by their position in it (records without sections allowed)", () => {
    const sections = sectionsOf([{ values: AT_STANDARD_PRIMARY }, { values: AT_STANDARD_PRIMARY }, { values: AT_STANDARD_PRIMARY }]); // S!2, S!3, S!4
    const records = [recordOf({}, { id: "S!9" }), recordOf({}, { id: "S!4" }), recordOf({}, { id: "S!3" }), recordOf({}, { id: "S!2" })];
    expect(Array.from(tableOf(sections, records).record)).toEqual([3, 2, 1]);
  });
  it("throws for a section of a record not in the list, naming the section", () => {
    const sections = sectionsOf([{ values: AT_STANDARD_PRIMARY }, { values: AT_STANDARD_PRIMARY }]);
    expect(() => tableOf(sections, [recordOf({}, { id: "S!2" })])).toThrow("tableOf: section S!3#primary belongs to no given record");
    expect(() => tableOf(sections, [])).toThrow(/belongs to no given record/);
  });
});

describe("indicatorIndex", () => {
  it("is the position in L1 … L7", () => {
    expect((["L1", "L2", "L3", "L4", "L5", "L6", "L7"] as const).map(indicatorIndex)).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });
});

describe("isIncluded and isJudged", () => {
  /** Rows with the given scope, evaluable flag and pass value. */
  function table(rows: readonly [exclusion: "private" | null, evaluable: number, pass: number][]): SectionTable {
    const t = new SectionTableBuilder(rows.length);
    for (const [exclusion, evaluable, pass] of rows) {
      const row = t.open(0, 0, 100, exclusion);
      t.evaluable[row] = evaluable;
      t.pass[row] = pass;
    }
    return t;
  }
  it("included: in scope, whatever else; judged: in scope and decided (a fail is judged too, and so is a section missing data that what it has already fails)", () => {
    const t = table([
      [null, 1, 1],
      [null, 1, 0],
      [null, 1, -1],
      [null, 0, -1],
      [null, 0, 0],
      ["private", 1, 1],
      ["private", 0, -1],
    ]);
    expect([0, 1, 2, 3, 4, 5, 6].map((r) => isIncluded(t, r))).toEqual([true, true, true, true, true, false, false]);
    expect([0, 1, 2, 3, 4, 5, 6].map((r) => isJudged(t, r))).toEqual([true, true, false, false, true, false, false]);
  });
  it("from evaluated sections: zero students is included, not judged; special education neither", () => {
    const t = tableOf(sectionsOf([{ values: AT_STANDARD_PRIMARY }, { values: { ...AT_STANDARD_PRIMARY, students: 0 } }, { values: AT_STANDARD_PRIMARY, over: { type: "special" } }]));
    expect([0, 1, 2].map((r) => [isIncluded(t, r), isJudged(t, r)])).toEqual([
      [true, true],
      [true, false],
      [false, false],
    ]);
  });
});

describe("SectionTableBuilder: the value column", () => {
  it("holds (numerator × scale) ÷ students: 12 qualified teachers of 300 students → 4 per 100 (L1); 1500 m² → 5 m² each (L4)", () => {
    const t = new SectionTableBuilder(1);
    const row = t.open(0, 0, 300, null);
    t.setIndicator(row, 0, 12, 0);
    t.setIndicator(row, 3, 1500, 0);
    expect(t.value[0]).toBeCloseTo(4, 12);
    expect(t.value[3]).toBeCloseTo(5, 12);
  });
  it("setComputed keeps the value given, with the numerator, shortfall and computed mark", () => {
    const t = new SectionTableBuilder(1);
    const row = t.open(0, 0, 300, null);
    t.setComputed(row, 6, 9, 3, 1);
    expect([t.numerator[6], t.value[6], t.shortfall[6], t.computed[6]]).toEqual([9, 3, 1, 1]);
  });
});
