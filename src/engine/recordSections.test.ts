import { recordSections } from "./recordSections";
import { fieldsOf, NATIONAL, recordOf } from "./testing/fixtures";
import type { SchoolRecord } from "./types";

const SHARED = { teachingArea: 23226, indoorSportsArea: 397, sportsGroundArea: 7940, equipmentValue: 794_000, multimediaRooms: 20, musicRooms: 3 };

describe("recordSections", () => {
  it("keeps a record with a stage as one section", () => {
    const [s, ...rest] = recordSections(recordOf({ students: 300, teachingArea: 1500 }), NATIONAL);
    expect(rest).toHaveLength(0);
    expect(s).toMatchObject({ id: "S!2#primary", recordId: "S!2", stage: "primary", split: null, problems: [] });
    expect(s?.fields.teachingArea).toEqual({ value: 1500, cell: "T!teachingArea" });
  });
  it("gives single-stage types without a stage their natural stage", () => {
    expect(recordSections(recordOf({}, { type: "junior", stage: null }), NATIONAL)[0]?.stage).toBe("junior");
    expect(recordSections(recordOf({}, { type: "primary", stage: null }), NATIONAL)[0]?.stage).toBe("primary");
    expect(recordSections(recordOf({}, { type: "teaching_point", stage: null }), NATIONAL)[0]?.stage).toBe("primary");
  });
  it("splits a nine-year school (WE-2): per-stage fields as given, shared ones by 166 : 1.1 × 210", () => {
    const record = recordOf(SHARED, {
      type: "nine_year",
      stage: null,
      stageFields: { primary: fieldsOf({ students: 166, qualifiedTeachers: 9 }), junior: fieldsOf({ students: 210, qualifiedTeachers: 14 }) },
    });
    const [p, j] = recordSections(record, NATIONAL);
    expect(p?.id).toBe("S!2#primary");
    expect(p?.split?.share).toBeCloseTo(166 / 397, 12);
    expect(p?.fields.teachingArea?.value).toBeCloseTo(9711.63, 2); // 23 226 × 166 ÷ 397
    expect(j?.fields.teachingArea?.value).toBeCloseTo(13514.37, 2); // 23 226 × 231 ÷ 397
    expect(p?.fields.indoorSportsArea?.value).toBeCloseTo(166, 10); // 397 × 166 ÷ 397
    expect(j?.fields.multimediaRooms?.value).toBeCloseTo(20 * (231 / 397), 10);
    expect(p?.fields.teachingArea?.cell).toBe("T!teachingArea");
    expect(j?.fields.qualifiedTeachers?.value).toBe(14);
    // Guarantee-only whole-school fields are not copied into a section.
    expect(p?.fields.musicRooms).toBeUndefined();
  });
  it("uses a stage's own shared value instead of splitting", () => {
    const record = recordOf(SHARED, {
      type: "nine_year",
      stage: null,
      stageFields: { primary: fieldsOf({ students: 166, equipmentValue: 500_000 }), junior: fieldsOf({ students: 210 }) },
    });
    const [p, j] = recordSections(record, NATIONAL);
    expect(p?.fields.equipmentValue?.value).toBe(500_000);
    expect(j?.fields.equipmentValue?.value).toBeCloseTo(794_000 * (231 / 397), 6);
    // L6 of the primary is its own: only the junior takes it from the school's equipment.
    expect(p?.split?.shared).toEqual(["L4", "L5", "L7"]);
    expect(j?.split?.shared).toEqual(["L4", "L5", "L6", "L7"]);
  });
  it("splits a twelve-year school with its senior students in the weights", () => {
    // 300 + 1.1 × 200 + 1.32 × 100 = 652 → primary 300 ÷ 652 of 6520 m² = 3000, junior 220 ÷ 652 → 2200.
    const record = recordOf({ teachingArea: 6520, seniorStudents: 100 }, {
      type: "twelve_year",
      stage: null,
      stageFields: { primary: fieldsOf({ students: 300 }), junior: fieldsOf({ students: 200 }) },
    });
    const [p, j] = recordSections(record, NATIONAL);
    expect(p?.fields.teachingArea?.value).toBeCloseTo(3000, 9);
    expect(j?.fields.teachingArea?.value).toBeCloseTo(2200, 9);
  });
  it("yields only the junior section of a complete middle school", () => {
    // 600 junior, 500 senior: 600 ÷ (600 + 1.2 × 500) = 0.5 of 10 000 m² = 5000.
    const record = recordOf({ teachingArea: 10000, seniorStudents: 500 }, {
      type: "complete_middle",
      stage: null,
      stageFields: { junior: fieldsOf({ students: 600 }) },
    });
    const sections = recordSections(record, NATIONAL);
    expect(sections.map((s) => s.id)).toEqual(["S!2#junior"]);
    expect(sections[0]?.fields.teachingArea?.value).toBeCloseTo(5000, 9);
  });
  it("holds shared fields back when the share cannot be computed", () => {
    const record = recordOf({ teachingArea: 6520 }, {
      type: "twelve_year",
      stage: null,
      stageFields: { primary: fieldsOf({ students: 300, equipmentValue: 1 }), junior: fieldsOf({ students: 200 }) },
    });
    const [p] = recordSections(record, NATIONAL);
    expect(p?.split).toBeNull();
    expect(p?.fields.teachingArea).toBeUndefined();
    expect(p?.problems.map((x) => x.code)).toEqual(["split_missing_senior_students"]);
    expect(p?.withheld).toContain("teachingArea");
    expect(p?.withheld).not.toContain("equipmentValue");
  });
  it("needs no share when the stage states every shared value itself", () => {
    const own = fieldsOf({ students: 300, teachingArea: 1, indoorSportsArea: 1, sportsGroundArea: 1, sportsTotalArea: 1, equipmentValue: 1, multimediaRooms: 1 });
    const record = recordOf({ teachingArea: 6520 }, { type: "twelve_year", stage: null, stageFields: { primary: own, junior: fieldsOf({ students: 200 }) } });
    const [p, j] = recordSections(record, NATIONAL);
    expect(p).toMatchObject({ problems: [], withheld: [], split: null });
    expect(j?.problems.map((x) => x.code)).toEqual(["split_missing_senior_students"]);
  });
  it("carries blank cells: a section row's as they are, a split stage's own over the shared ones", () => {
    expect(recordSections(recordOf({}, { blankCells: { backboneTeachers: "S!J7" } }), NATIONAL)[0]?.blankCells).toEqual({ backboneTeachers: "S!J7" });
    expect(recordSections(recordOf({}), NATIONAL)[0]?.blankCells).toEqual({});
    const record = recordOf({ teachingArea: 6520 }, {
      type: "nine_year",
      stage: null,
      stageFields: { primary: fieldsOf({ students: 300 }), junior: fieldsOf({ students: 200 }) },
      blankCells: { equipmentValue: "S!P9", backboneTeachers: "S!J9" },
      stageBlankCells: { junior: { backboneTeachers: "S!L9", multimediaRooms: "S!R9" } },
    });
    const [p, j] = recordSections(record, NATIONAL);
    expect(p?.blankCells).toEqual({ equipmentValue: "S!P9", backboneTeachers: "S!J9" });
    expect(j?.blankCells).toEqual({ equipmentValue: "S!P9", backboneTeachers: "S!L9", multimediaRooms: "S!R9" });
  });
  it("reports a combined school without per-stage numbers, one section per stage of its type, at its whole-school students cell", () => {
    const sections = recordSections(recordOf({ students: 500 }, { type: "nine_year", stage: null }), NATIONAL);
    expect(sections.map((s) => [s.id, s.problems[0]?.code, s.problems[0]?.cell])).toEqual([
      ["S!2#primary", "combined_no_stage_data", "T!students"],
      ["S!2#junior", "combined_no_stage_data", "T!students"],
    ]);
    // No students at all: the row's blank students cell, else any of its cells.
    expect(recordSections(recordOf({}, { type: "nine_year", stage: null, blankCells: { students: "S!D2" } }), NATIONAL)[0]?.problems[0]?.cell).toBe("S!D2");
    expect(recordSections(recordOf({ teachingArea: 900 }, { type: "nine_year", stage: null }), NATIONAL)[0]?.problems[0]?.cell).toBe("T!teachingArea");
  });
  it("holds back a per-stage teacher count the row gives only for the whole school (rules.md §2: teachers by the stage they teach), at its cell", () => {
    const record = recordOf(
      { ...SHARED, qualifiedTeachers: 55, backboneTeachers: 10 },
      { type: "nine_year", stage: null, stageFields: { primary: fieldsOf({ students: 600, peArtTeachers: 5 }), junior: fieldsOf({ students: 400, peArtTeachers: 4 }) } },
    );
    const [p, j] = recordSections(record, NATIONAL);
    for (const [section, stage] of [[p, "primary"], [j, "junior"]] as const) {
      expect(section?.stage).toBe(stage);
      expect(section?.problems).toEqual([
        { code: "combined_whole_school_only", severity: "error", blocking: true, cell: "T!qualifiedTeachers", params: { indicator: "L1", field: "qualifiedTeachers", value: 55 } },
        { code: "combined_whole_school_only", severity: "error", blocking: true, cell: "T!backboneTeachers", params: { indicator: "L2", field: "backboneTeachers", value: 10 } },
      ]);
      expect(section?.withheld).toEqual(["qualifiedTeachers", "backboneTeachers"]);
      // Neither the whole count nor a share of it reaches the section; PE / arts is the stage's own.
      expect(section?.fields.qualifiedTeachers).toBeUndefined();
      expect(section?.fields.peArtTeachers?.value).toBe(stage === "primary" ? 5 : 4);
    }
  });
  it("leaves a stage whose own teacher cell is blank to report that cell, not the whole-school figure", () => {
    const record = recordOf(
      { ...SHARED, qualifiedTeachers: 55 },
      { type: "nine_year", stage: null, stageFields: { primary: fieldsOf({ students: 600 }), junior: fieldsOf({ students: 400, qualifiedTeachers: 20 }) }, stageBlankCells: { primary: { qualifiedTeachers: "S!G2" } } },
    );
    const [p, j] = recordSections(record, NATIONAL);
    expect(p?.problems).toEqual([]);
    expect(p?.blankCells.qualifiedTeachers).toBe("S!G2");
    expect(j?.problems).toEqual([]);
    expect(j?.fields.qualifiedTeachers?.value).toBe(20);
  });
});

describe("recordSections: L1 given only as the whole school's degree parts (红旗学校, messy.xlsx row 7)", () => {
  // 九年一贯制, 520 primary and 380 junior students, 专任教师 65 of whom 专科及以上 63 (H7), 本科及以上 45 (I7).
  const STAGES = { primary: fieldsOf({ students: 520 }), junior: fieldsOf({ students: 380 }) };
  const WHOLE = { primary: { qualifiedTeachers: { value: 63, cell: "S!H7" } }, junior: { qualifiedTeachers: { value: 45, cell: "S!I7" } } };
  const l1 = (value: number, cell: string) => ({ code: "combined_whole_school_only", severity: "error", blocking: true, cell, params: { indicator: "L1", field: "qualifiedTeachers", value } });

  it("says each stage's part as the whole school's at its own cell: 小学 专科及以上 63 at H7, 初中 本科及以上 45 at I7", () => {
    const [p, j] = recordSections(recordOf(SHARED, { type: "nine_year", stage: null, stageFields: STAGES, wholeStageFields: WHOLE }), NATIONAL);
    expect(p?.problems).toEqual([l1(63, "S!H7")]);
    expect(j?.problems).toEqual([l1(45, "S!I7")]);
    // Never split by students: 63 × 520 ÷ 900 = 36.4 would be a number the statistics do not have.
    for (const section of [p, j]) {
      expect(section?.fields.qualifiedTeachers).toBeUndefined();
      expect(section?.withheld).toEqual(["qualifiedTeachers"]);
    }
  });
  it("with only 本科及以上 (I7 45) the junior section says it; the primary one has no value and no cell (the sheet lacks 专科)", () => {
    const [p, j] = recordSections(recordOf(SHARED, { type: "nine_year", stage: null, stageFields: STAGES, wholeStageFields: { junior: WHOLE.junior } }), NATIONAL);
    expect(p?.problems).toEqual([]);
    expect(p?.withheld).toEqual([]);
    expect(p?.blankCells.qualifiedTeachers).toBeUndefined();
    expect(j?.problems).toEqual([l1(45, "S!I7")]);
  });
  it("points a stage at its blank whole-school part (H7 blank: 小学 missing there), the other stage's part said as before", () => {
    const record = recordOf(SHARED, { type: "nine_year", stage: null, stageFields: STAGES, wholeStageFields: { junior: WHOLE.junior }, wholeStageBlankCells: { primary: { qualifiedTeachers: "S!H7" } } });
    const [p, j] = recordSections(record, NATIONAL);
    expect(p?.problems).toEqual([]);
    expect(p?.blankCells.qualifiedTeachers).toBe("S!H7");
    expect(j?.blankCells.qualifiedTeachers).toBeUndefined();
    expect(j?.problems).toEqual([l1(45, "S!I7")]);
  });
  it("leaves per-stage teacher columns as they were: a stage's own 20 is used, its own blank cell wins over the whole-school part", () => {
    const stages = { primary: fieldsOf({ students: 520 }), junior: fieldsOf({ students: 380, qualifiedTeachers: 20 }) };
    const record = recordOf(SHARED, { type: "nine_year", stage: null, stageFields: stages, stageBlankCells: { primary: { qualifiedTeachers: "S!G7" } }, wholeStageFields: WHOLE, wholeStageBlankCells: { primary: { qualifiedTeachers: "S!H7" } } });
    const [p, j] = recordSections(record, NATIONAL);
    expect(p?.problems).toEqual([]);
    expect(p?.blankCells.qualifiedTeachers).toBe("S!G7");
    expect(j?.problems).toEqual([]);
    expect(j?.fields.qualifiedTeachers).toEqual({ value: 20, cell: "T!qualifiedTeachers" });
  });
  it("prefers the row's own whole L1 column (高于规定学历) to the parts, and ignores a part that is no finite number (API)", () => {
    const own = recordSections(recordOf({ ...SHARED, qualifiedTeachers: 55 }, { type: "nine_year", stage: null, stageFields: STAGES, wholeStageFields: WHOLE }), NATIONAL);
    expect(own.map((s) => s.problems)).toEqual([[l1(55, "T!qualifiedTeachers")], [l1(55, "T!qualifiedTeachers")]]);
    const notNumber = { primary: { qualifiedTeachers: { value: Number.NaN, cell: "S!H7" } } };
    expect(recordSections(recordOf(SHARED, { type: "nine_year", stage: null, stageFields: STAGES, wholeStageFields: notNumber }), NATIONAL)[0]?.problems).toEqual([]);
  });
  it("says it for a section of 0 students too (the number is still the whole school's)", () => {
    const stages = { primary: fieldsOf({ students: 0 }), junior: fieldsOf({ students: 380 }) };
    const [p] = recordSections(recordOf(SHARED, { type: "nine_year", stage: null, stageFields: stages, wholeStageFields: WHOLE }), NATIONAL);
    expect(p?.problems.filter((x) => x.code === "combined_whole_school_only")).toEqual([l1(63, "S!H7")]);
  });
});

/**
 * 县特殊教育学校 of H5's county workbook (qingshi.xlsx row 39): one row of a special school with 60
 * 小学 and 26 初中 students. It was read as a single 小学 section of 60 students, its 26 junior
 * students dropped and its whole-school areas divided by 60. Now one section per stage, shared
 * resources split as a 九年一贯制's (rules.md §2 "Combined schools", 1 : 1.1): weighted students
 * 60 + 1.1 × 26 = 88.6; 小学 share 60 ÷ 88.6, 初中 28.6 ÷ 88.6.
 */
describe("recordSections: a special school giving students for both stages", () => {
  const special = (stageFields: NonNullable<SchoolRecord["stageFields"]>): SchoolRecord =>
    recordOf({ teachingArea: 526, indoorSportsArea: 21, sportsGroundArea: 909, equipmentValue: 231_300, multimediaRooms: 3 }, { type: "special", stage: null, stageFields });
  const both = { primary: fieldsOf({ students: 60, qualifiedTeachers: 4 }), junior: fieldsOf({ students: 26, qualifiedTeachers: 2 }) };

  it("gives both stages their own students and teachers, the shared areas split 60 : 1.1 × 26", () => {
    const sections = recordSections(special(both), NATIONAL);
    expect(sections.map((s) => [s.id, s.stage, s.fields.students?.value, s.fields.qualifiedTeachers?.value])).toEqual([
      ["S!2#primary", "primary", 60, 4],
      ["S!2#junior", "junior", 26, 2],
    ]);
    const [p, j] = sections;
    expect(p?.split?.share).toBeCloseTo(0.677200903, 9); // 60 ÷ 88.6
    expect(j?.split?.share).toBeCloseTo(0.322799097, 9); // 28.6 ÷ 88.6
    expect(p?.fields.teachingArea?.value).toBeCloseTo(356.207675, 6); // 526 × 60 ÷ 88.6
    expect(j?.fields.teachingArea?.value).toBeCloseTo(169.792325, 6); // 526 × 28.6 ÷ 88.6
    expect(j?.fields.equipmentValue?.value).toBeCloseTo(74_663.431151, 5); // 231 300 × 28.6 ÷ 88.6
    expect(sections.flatMap((s) => s.problems)).toEqual([]);
  });
  it("keeps a special school of one stage, or without stage numbers, one section as before", () => {
    const one = recordSections(special({ primary: fieldsOf({ students: 60 }) }), NATIONAL);
    expect(one.map((s) => [s.stage, s.fields.students?.value, s.split])).toEqual([["primary", 60, null]]);
    const none = recordSections(recordOf({ students: 86 }, { type: "special", stage: null }), NATIONAL);
    expect(none.map((s) => [s.stage, s.fields.students?.value, s.problems])).toEqual([["primary", 86, []]]);
  });
});
