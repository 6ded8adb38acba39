import { schoolRecord } from "./schoolRecord";
import type { SchoolRecord } from "./types";

const REQUIRED = ["id", "name", "county", "type", "stage", "fields", "flags", "source"];

function base(id: string): SchoolRecord {
  // Deliberately in another order than schoolRecord's, as a spread of reader parts arrives.
  return { source: { sheet: "S", row: 2 }, flags: {}, fields: { students: { value: 10, cell: "S!E2" } }, stage: "primary", type: "primary", county: "甲县", name: "一小", id };
}

describe("schoolRecord", () => {
  it("keeps every value", () => {
    const r = base("S!2");
    expect(schoolRecord(r)).toEqual(r);
  });
  it("sets the required properties in one order, whatever order they came in", () => {
    expect(Object.keys(schoolRecord(base("S!2")))).toEqual(REQUIRED);
  });
  it("adds the optional ones last, in one order, only when present", () => {
    const combined: SchoolRecord = { stageBlankCells: { junior: { teachers: "S!F3" } }, ...base("S!3"), stage: null, type: "nine_year", blankCells: { musicRooms: "S!Z3" }, stageFields: { primary: {}, junior: {} } };
    expect(Object.keys(schoolRecord(combined))).toEqual([...REQUIRED, "stageFields", "blankCells", "stageBlankCells"]);
    expect(schoolRecord(combined)).toEqual(combined);
    expect("stageFields" in schoolRecord(base("S!4"))).toBe(false);
  });
  it("keeps a combined row's whole-school numbers by stage (L1's degree parts), after the others", () => {
    const whole: SchoolRecord = { wholeStageBlankCells: { primary: { qualifiedTeachers: "S!H3" } }, wholeStageFields: { junior: { qualifiedTeachers: { value: 45, cell: "S!I3" } } }, ...base("S!3"), stage: null, type: "nine_year", stageFields: { primary: {}, junior: {} } };
    expect(Object.keys(schoolRecord(whole))).toEqual([...REQUIRED, "stageFields", "wholeStageFields", "wholeStageBlankCells"]);
    expect(schoolRecord(whole)).toEqual(whole);
  });
  it("keeps a section's values unread in a column of the other stage, last", () => {
    const unread: SchoolRecord = { unreadStageCells: { sportsGroundArea: "S!P31" }, ...base("S!31"), blankCells: { musicRooms: "S!Z31" } };
    expect(Object.keys(schoolRecord(unread))).toEqual([...REQUIRED, "blankCells", "unreadStageCells"]);
    expect(schoolRecord(unread)).toEqual(unread);
  });
  it("keeps a null county and a null source (a record typed in, not read from a sheet)", () => {
    const r: SchoolRecord = { ...base("x"), county: null, source: null };
    expect(schoolRecord(r)).toEqual(r);
    expect(Object.keys(schoolRecord(r))).toEqual(REQUIRED);
  });
  it("shares the nested objects rather than copying them", () => {
    const r = base("S!2");
    expect(schoolRecord(r).fields).toBe(r.fields);
  });
});
