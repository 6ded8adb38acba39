import { sectionResult } from "../guarantee/testRecords";
import { AT_STANDARD_PRIMARY, NATIONAL, recordOf } from "../testing/fixtures";
import { randomInput } from "../testing/randomRecords";
import { sectionCounts } from "../verdict/sectionCounts";
import { SectionTableBuilder, tableOf } from "./sectionTable";
import { countySections } from "./sectionTables";
import { tableSums, type TableSums } from "./tableSums";

/** Slot of stage s (0 primary, 1 junior) and indicator k (0 = L1 …). */
const slot = (s: number, k: number): number => s * 7 + k;

/**
 * Five rows: two primary sections of 500 and 300 students (L1 numerators 30 and 15, shortfalls 2
 * and 1, both passing), an excluded junior section, a junior section of 0 students (L2 shortfall 4)
 * and a junior section of unknown students, neither judged.
 */
function table(): SectionTableBuilder {
  const t = new SectionTableBuilder(5);
  let row = t.open(0, 0, 500, null);
  t.setIndicator(row, 0, 30, 2);
  t.pass[row] = 1;
  row = t.open(1, 0, 300, null);
  t.setIndicator(row, 0, 15, 1);
  t.pass[row] = 1;
  row = t.open(2, 1, 400, "special_education");
  t.setIndicator(row, 0, 9, 5);
  t.pass[row] = 0;
  row = t.open(3, 1, 0, null);
  t.setIndicator(row, 1, 0, 4);
  t.open(4, 1, NaN, null);
  return t;
}

describe("tableSums", () => {
  it("sums the points, the shortfalls and the counts of in-scope rows in one pass", () => {
    const sums = tableSums(table());
    // L1 primary: 2 points, 500 + 300 students, 30 + 15 numerators, shortfalls 2 + 1; the excluded junior row adds nothing.
    expect([sums.count[slot(0, 0)], sums.totalStudents[slot(0, 0)], sums.totalNumerators[slot(0, 0)], sums.shortfall[slot(0, 0)]]).toEqual([2, 800, 45, 3]);
    expect([sums.count[slot(1, 0)], sums.shortfall[slot(1, 0)]]).toEqual([0, 0]);
    // The 0-student junior row: its shortfall counts (a real need), but no point.
    expect([sums.count[slot(1, 1)], sums.totalStudents[slot(1, 1)], sums.shortfall[slot(1, 1)]]).toEqual([0, 0, 4]);
    // Schools: both primary rows; junior the unknown count only (0 students is none).
    expect([...sums.inScope]).toEqual([2, 1]);
    expect([...sums.present]).toEqual([1, 1]);
    expect({ judged: sums.judged, passing: sums.passing, unjudged: sums.unjudged, noStudents: sums.noStudents }).toEqual({ judged: 2, passing: 2, unjudged: 1, noStudents: 1 });
  });

  it("lists the rows with points (in scope, students > 0) per stage in table order", () => {
    // Rows 0 and 1 primary with 500 and 300 students; row 2 excluded, row 3 has 0 students, row 4 unknown: none of those.
    const sums = tableSums(table());
    expect([...sums.points]).toEqual([2, 0]);
    expect([...(sums.pointRows[0] ?? new Int32Array(0)).subarray(0, 2)]).toEqual([0, 1]);
    // A junior row of 120 students added after them: row 5, stage 1.
    const t = new SectionTableBuilder(6);
    for (let r = 0; r < 5; r++) t.open(r, r < 2 ? 0 : 1, [500, 300, 400, 0, NaN][r] ?? NaN, r === 2 ? "special_education" : null);
    t.open(5, 1, 120, null);
    const more = tableSums(t);
    expect([...more.points]).toEqual([2, 1]);
    expect([...(more.pointRows[0] ?? new Int32Array(0)).subarray(0, 2), ...(more.pointRows[1] ?? new Int32Array(0)).subarray(0, 1)]).toEqual([0, 1, 5]);
  });

  it("grows a stage's list of point rows past its first length (64) and keeps their order", () => {
    const t = new SectionTableBuilder(300);
    for (let r = 0; r < 300; r++) t.open(r, r % 2, r % 3 === 0 ? 0 : 10, null);
    const sums = tableSums(t);
    // Rows 0, 3, 6 … (0 students) left out: 100 per stage; primary 2, 4, 8, 10 …, junior 1, 5, 7 … 299.
    expect([...sums.points]).toEqual([100, 100]);
    expect([...(sums.pointRows[0] ?? new Int32Array(0)).subarray(0, 4)]).toEqual([2, 4, 8, 10]);
    expect([...(sums.pointRows[1] ?? new Int32Array(0)).subarray(0, 3), sums.pointRows[1]?.[99]]).toEqual([1, 5, 7, 299]);
  });

  it("starts from nothing on each call (the sums are reused)", () => {
    tableSums(table());
    const sums = tableSums(new SectionTableBuilder(1));
    expect([sums.count[slot(0, 0)], sums.shortfall[slot(1, 1)], sums.judged, sums.inScope[0], sums.present[1]]).toEqual([0, 0, 0, 0, 0]);
  });

  it("counts sections as sectionCounts does", () => {
    const rows = [
      sectionResult({ recordId: "表1!5", pass: true, metCount: 7 }),
      sectionResult({ recordId: "表1!6", evaluable: false, pass: false, metCount: null, notEvaluable: ["missing_numerator"] }),
      sectionResult({ recordId: "表1!7", evaluable: false, pass: null, metCount: null, notEvaluable: ["missing_numerator"] }),
      sectionResult({ recordId: "表1!8", students: 0, evaluable: false, pass: null, metCount: null, notEvaluable: ["zero_students"] }),
      sectionResult({ recordId: "表1!9", included: false, exclusion: "special_education", pass: true }),
    ];
    const sums = tableSums(tableOf(rows));
    // Judged 表1!5 (passing) and 表1!6 (failed by what it has); unjudged 表1!7; no students 表1!8; 表1!9 out of scope.
    expect({ judged: sums.judged, passing: sums.passing, unjudged: sums.unjudged, noStudents: sums.noStudents }).toEqual({ judged: 2, passing: 1, unjudged: 1, noStudents: 1 });
    expect({ judged: sums.judged, passing: sums.passing, unjudged: sums.unjudged, noStudents: sums.noStudents }).toEqual(sectionCounts(tableOf(rows)));
  });
});

/** The sums copied out of the module's reused arrays. */
function snapshot(sums: TableSums): unknown {
  const { count, totalStudents, totalNumerators, shortfall, inScope, present, judged, passing, unjudged, noStudents } = sums;
  return { count: [...count], totalStudents: [...totalStudents], totalNumerators: [...totalNumerators], shortfall: [...shortfall], inScope: [...inScope], present: [...present], judged, passing, unjudged, noStudents };
}

/** The sums kept while countySections built the table, and the same table summed row by row afterwards. */
function keptAndSummed(records: Parameters<typeof countySections>[0], fast: boolean): [unknown, unknown] {
  const { table } = countySections(records, NATIONAL, undefined, fast).sections;
  const kept = snapshot(tableSums(table));
  // An edit that changes nothing: the kept sums no longer hold, so the rows are read again.
  table.truncate(table.size);
  return [kept, snapshot(tableSums(table))];
}

describe("tableSums of a table countySections built", () => {
  it("are the sums kept while it was built: a fast-path row, a reference-path row and another fast row, in table order", () => {
    // Rows: 10 000 students at standard (L1 420 teachers, shortfall 0); 0 students (the reference path: no point, no indicator); L1 400 teachers, 20 short of 4.2 × 100 (6 met, none below 85%: passes).
    const records = [recordOf(AT_STANDARD_PRIMARY), recordOf({ ...AT_STANDARD_PRIMARY, students: 0 }, { id: "S!3" }), recordOf({ ...AT_STANDARD_PRIMARY, qualifiedTeachers: 400 }, { id: "S!4" })];
    const { table } = countySections(records, NATIONAL).sections;
    const sums = tableSums(table);
    expect([sums.count[slot(0, 0)], sums.totalStudents[slot(0, 0)], sums.totalNumerators[slot(0, 0)], sums.shortfall[slot(0, 0)]]).toEqual([2, 20000, 820, 20]);
    expect([...sums.inScope, ...sums.present]).toEqual([2, 0, 1, 0]);
    expect({ judged: sums.judged, passing: sums.passing, unjudged: sums.unjudged, noStudents: sums.noStudents }).toEqual({ judged: 2, passing: 2, unjudged: 0, noStudents: 1 });
  });

  it.each([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])("equal the table summed row by row, to the last bit (random county %i, both paths)", (seed) => {
    const { records } = randomInput({ seed, schools: 30 + seed, counties: ["甲县"], irregular: 0.25 });
    for (const fast of [true, false]) {
      const [kept, summed] = keptAndSummed(records, fast);
      expect(kept).toEqual(summed);
    }
  });

  it("are summed afresh for another table, and for the built one once edited", () => {
    const built = countySections([recordOf(AT_STANDARD_PRIMARY)], NATIONAL).sections.table;
    expect(tableSums(new SectionTableBuilder(1)).judged).toBe(0);
    expect(tableSums(built).judged).toBe(1);
    built.reset();
    expect(tableSums(built).judged).toBe(0);
  });
});
