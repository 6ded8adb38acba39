import type { Fields, SchoolRecord } from "../../engine/types";
import { stageLinesFit, takesStageLines, withStageLine, type StageLine } from "./stageLine";

function sourced(values: Record<string, number>, row: number): Fields {
  const columns: Record<string, string> = { students: "D", teachers: "E", teachingArea: "F", sportsTotalArea: "G" };
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, { value: v, cell: `学校基本情况!${columns[k] ?? "Z"}${row}` }]));
}

function combined(fields: Record<string, number>, extra: Partial<SchoolRecord> = {}): SchoolRecord {
  return { id: "学校基本情况!3", name: "城关九年一贯制学校", county: null, type: "nine_year", stage: null, fields: sourced(fields, 3), stageFields: {}, flags: {}, source: { sheet: "学校基本情况", row: 3 }, ...extra };
}

describe("takesStageLines", () => {
  it("is a whole combined school without either stage's students", () => {
    expect(takesStageLines(combined({ teachingArea: 10400 }))).toBe(true);
    // Its whole count does not say its stages'.
    expect(takesStageLines(combined({ students: 1000, teachingArea: 10400 }))).toBe(true);
  });

  it("is not a section, nor a combined school with a stage's students already", () => {
    expect(takesStageLines(combined({ students: 600 }, { stage: "primary", type: "primary" }))).toBe(false);
    expect(takesStageLines(combined({ teachingArea: 10400 }, { stageFields: { junior: sourced({ students: 400 }, 3) } }))).toBe(false);
  });
});

describe("stageLinesFit", () => {
  const line = (stage: "primary" | "junior", students: number | null, row: number): StageLine => ({ stage, fields: students === null ? sourced({ teachers: 40 }, row) : sourced({ students }, row) });

  it("fits one line per stage whose students add up to the school's (1200 + 800 = 2000), or any when the school gives none", () => {
    expect(stageLinesFit(combined({ students: 2000 }), [line("primary", 1200, 4), line("junior", 800, 5)])).toBe("fits");
    expect(stageLinesFit(combined({ teachingArea: 10400 }), [line("junior", 5200, 4), line("primary", 900, 5)])).toBe("fits");
    // A 完全中学 has one compulsory stage: its 初中 line alone.
    expect(stageLinesFit(combined({ students: 900 }, { type: "complete_middle" }), [line("junior", 900, 4)])).toBe("fits");
  });

  it("is incomplete when a stage of the type has no line, or a line names a stage the type has not", () => {
    expect(stageLinesFit(combined({ students: 2000 }), [line("primary", 1200, 4)])).toBe("incomplete");
    expect(stageLinesFit(combined({ teachingArea: 10400 }), [line("junior", 400, 4)])).toBe("incomplete");
    expect(stageLinesFit(combined({ students: 900 }, { type: "complete_middle" }), [line("junior", 600, 4), line("primary", 300, 5)])).toBe("incomplete");
    expect(stageLinesFit(combined({}, { type: "other" }), [line("primary", 300, 4)])).toBe("incomplete");
  });

  it("rejects students that pass the whole on the way (1800 of 2000, then 1500) or do not reach it (1200 + 900 ≠ 2000)", () => {
    expect(stageLinesFit(combined({ students: 2000 }), [line("primary", 1800, 4), line("junior", 1500, 5)])).toBe("sum");
    expect(stageLinesFit(combined({ students: 2000 }), [line("primary", 1200, 4), line("junior", 900, 5)])).toBe("sum");
    expect(stageLinesFit(combined({ students: 2000 }), [line("primary", 1200, 4), line("junior", 700, 5)])).toBe("sum");
    expect(stageLinesFit(combined({ students: 2000 }), [line("primary", 2000, 4), line("junior", null, 5)])).toBe("sum");
    expect(stageLinesFit(combined({ students: 0 }), [line("primary", 0, 4), line("junior", 0, 5)])).toBe("fits");
  });
});

describe("withStageLine", () => {
  it("makes the line's numbers the stage's fields and keeps the school row's shared ones", () => {
    const school = withStageLine(combined({ teachingArea: 10400 }), "primary", { fields: sourced({ students: 600, teachers: 40 }, 4), blankCells: {} });
    expect(school.stageFields).toEqual({ primary: sourced({ students: 600, teachers: 40 }, 4) });
    expect(school.fields).toEqual(sourced({ teachingArea: 10400 }, 3));
    expect(school.stageBlankCells).toBeUndefined();
    const both = withStageLine(school, "junior", { fields: sourced({ students: 400 }, 5), blankCells: {} });
    expect(Object.keys(both.stageFields ?? {})).toEqual(["primary", "junior"]);
  });

  it("keeps a stage's own shared value, but not a 0 (a dash) under a value of the school row", () => {
    const line = { fields: sourced({ students: 400, teachingArea: 4000, sportsTotalArea: 0 }, 5), blankCells: {} };
    const school = withStageLine(combined({ teachingArea: 10400, sportsTotalArea: 20800 }), "junior", line);
    expect(school.stageFields?.junior).toEqual(sourced({ students: 400, teachingArea: 4000 }, 5));
    // Without a value on the school row, the 0 is the stage's own.
    const bare = withStageLine(combined({}), "junior", line);
    expect(bare.stageFields?.junior?.sportsTotalArea?.value).toBe(0);
  });

  it("keeps the line's blank cells as the stage's, except for the fields the stage has", () => {
    const line = { fields: sourced({ students: 400 }, 5), blankCells: { teachers: "学校基本情况!E5" } };
    const parent = combined({}, { stageBlankCells: { junior: { students: "学校基本情况!Y3", backboneTeachers: "学校基本情况!J3" } } });
    expect(withStageLine(parent, "junior", line).stageBlankCells).toEqual({ junior: { teachers: "学校基本情况!E5", backboneTeachers: "学校基本情况!J3" } });
  });
});
