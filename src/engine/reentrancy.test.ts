/**
 * The engine reuses scratch memory from county to county (the columns, the section and check
 * tables, the item counts, readAll's flags); each is taken for a call and handed back after it, so
 * that an evaluation started from inside another — through a getter of the input, the one way user
 * code runs during an evaluation — gets memory of its own. Cases found by reviewer R1 of de92cf9,
 * where the outer evaluation read the inner one's counts.
 */
import { builtInProfile } from "../profiles/resolveProfile";
import { evaluate } from "./evaluate";
import { schoolRecord, type Numbers } from "./guarantee/testRecords";
import type { AreaVerdict, EvaluationInput, SchoolRecord } from "./types";

const national = builtInProfile("national-2017");
const U = undefined as unknown as number;
function primary(name: string, row: number, over: Numbers = {}): SchoolRecord {
  const fields: Numbers = { students: 500, classes: 12, largestClass: 40, musicRoomsCompliant: 2, artRoomsCompliant: 2, teachers: 40, certifiedTeachers: 40, trainedTeachers: 40, ...over };
  for (const k of Object.keys(fields) as (keyof Numbers)[]) if (fields[k] === undefined) delete fields[k];
  return schoolRecord({ name, row, fields });
}
/** Every school over G4's size cap: another county whose counts overwrite the scratch. */
const inner: EvaluationInput = { records: [primary("X", 5, { students: 3000 }), primary("Y", 6, { students: 3000 })], countyFigures: [], year: null };
/** `record` whose `key` evaluates `inner` (once per read, not nested) when read. */
function nesting(record: SchoolRecord, key: string, value: unknown): SchoolRecord {
  let busy = false;
  Object.defineProperty(record, key, { enumerable: true, configurable: true, get() { if (!busy) { busy = true; try { evaluate(inner, national); } finally { busy = false; } } return value; } });
  return record;
}

describe("an evaluation run from inside another (a getter of the input) leaves the outer one as it was", () => {
  it("item counts: G4 of 甲 and 乙 (500 students each) stays met when a county of 3,000-student schools is evaluated while G3's partial note is made", () => {
    const input = (nested: boolean): EvaluationInput => {
      const a = primary("甲", 5, { musicRoomsCompliant: U, artRoomsCompliant: U });
      if (nested) nesting(a, "blankCells", { musicRoomsArea: "表1!AB5" });
      else (a as { blankCells?: unknown }).blankCells = { musicRoomsArea: "表1!AB5" };
      return { records: [a, primary("乙", 6)], countyFigures: [], year: null };
    };
    const guarantee = (e: ReturnType<typeof evaluate>): AreaVerdict | undefined => e.counties[0]?.areas.find((a) => a.area === "guarantee");
    expect(guarantee(evaluate(input(false), national))?.reasons).not.toContain("G4");
    expect(guarantee(evaluate(input(true), national))?.reasons).not.toContain("G4");
  });

  it("readAll's flags: a record with 学生数 \"abc\" is still made usable (value_not_number) when a getter of the record before it evaluates another input", () => {
    const input = (nested: boolean): EvaluationInput => {
      const bad = primary("丙", 7);
      (bad.fields as unknown as Record<string, unknown>).students = { value: "abc", cell: "表1!B7" };
      const a = primary("甲", 5);
      if (nested) nesting(a, "flags", {});
      return { records: [a, bad], countyFigures: [], year: null };
    };
    const codes = (e: ReturnType<typeof evaluate>): string[] => e.issues.map((i) => i.code);
    expect(codes(evaluate(input(false), national))).toContain("value_not_number");
    expect(codes(evaluate(input(true), national))).toContain("value_not_number");
  });
});
