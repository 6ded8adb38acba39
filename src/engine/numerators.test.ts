import { indicatorNumerator, sportsNumerator, sportsSource, sportsTotalMismatch, teachingNumerator, totalContradicts } from "./numerators";
import { missingAt } from "./sectionProblems";
import { fieldsOf, recordOf } from "./testing/fixtures";
import { INDICATOR_CODES } from "./types";
import { usableRecord } from "./usableRecord";

describe("indicatorNumerator", () => {
  it("takes the single field of L1, L2, L3, L6, L7 with its cell", () => {
    const fields = fieldsOf({ qualifiedTeachers: 18, backboneTeachers: 4, peArtTeachers: 3, equipmentValue: 812000, multimediaRooms: 9 });
    expect(indicatorNumerator("L1", fields, true)).toEqual({ kind: "value", value: 18, cells: ["T!qualifiedTeachers"] });
    expect(indicatorNumerator("L2", fields, true)).toMatchObject({ value: 4 });
    expect(indicatorNumerator("L3", fields, true)).toMatchObject({ value: 3 });
    expect(indicatorNumerator("L6", fields, true)).toMatchObject({ value: 812000 });
    expect(indicatorNumerator("L7", fields, true)).toMatchObject({ value: 9 });
  });
  it("reports a missing field, never 0", () => {
    expect(indicatorNumerator("L2", fieldsOf({}), true)).toEqual({
      kind: "problem",
      code: "missing_numerator",
      field: "backboneTeachers",
      value: null,
      cell: null,
    });
  });
  it("keeps a real 0 (a school with no backbone teacher)", () => {
    expect(indicatorNumerator("L2", fieldsOf({ backboneTeachers: 0 }), true)).toMatchObject({ kind: "value", value: 0 });
  });
  it("reports a negative input with its cell", () => {
    expect(indicatorNumerator("L7", fieldsOf({ multimediaRooms: -2 }), true)).toMatchObject({
      code: "negative_value",
      value: -2,
      cell: "T!multimediaRooms",
    });
  });
});

describe("teachingNumerator (L4)", () => {
  it("deducts the indoor sports rooms when the profile says so: 3000 − 400 = 2600", () => {
    const out = teachingNumerator(fieldsOf({ teachingArea: 3000, indoorSportsArea: 400 }), true);
    expect(out).toEqual({ kind: "value", value: 2600, cells: ["T!teachingArea", "T!indoorSportsArea"] });
  });
  it("takes the gross area when the switch is off or no indoor column is given", () => {
    expect(teachingNumerator(fieldsOf({ teachingArea: 3000, indoorSportsArea: 400 }), false)).toMatchObject({ value: 3000 });
    expect(teachingNumerator(fieldsOf({ teachingArea: 3000 }), true)).toMatchObject({ value: 3000 });
  });
  it("reports an indoor area larger than the teaching area", () => {
    // 300 − 400 = −100: the workbook contradicts itself; the issue gives the excess, 400 − 300 = 100 m² (a positive figure the message says "by").
    expect(teachingNumerator(fieldsOf({ teachingArea: 300, indoorSportsArea: 400 }), true)).toMatchObject({
      code: "indoor_exceeds_teaching_area",
      value: 100,
      cell: "T!teachingArea",
    });
  });
  it("reports the missing gross area even when the indoor area is given", () => {
    expect(teachingNumerator(fieldsOf({ indoorSportsArea: 400 }), true)).toMatchObject({ field: "teachingArea" });
  });
});

describe("sportsSource (L5's order of preference)", () => {
  // [ground, indoor, total] → source, all eight combinations by hand from rules.md §2.
  it.each([
    [true, true, true, "parts"],
    [true, true, false, "parts"],
    [true, false, true, "total"],
    [false, true, true, "total"],
    [false, false, true, "total"],
    [true, false, false, "ground"],
    [false, true, false, "none"],
    [false, false, false, "none"],
  ] as const)("ground %s, indoor %s, total %s → %s", (ground, indoor, total, source) => {
    expect(sportsSource(ground, indoor, total)).toBe(source);
  });
});

describe("sportsNumerator (L5)", () => {
  it("adds outdoor ground and indoor rooms: 2400 + 400 = 2800", () => {
    expect(sportsNumerator(fieldsOf({ sportsGroundArea: 2400, indoorSportsArea: 400 }))).toEqual({
      kind: "value",
      value: 2800,
      cells: ["T!sportsGroundArea", "T!indoorSportsArea"],
    });
  });
  it("prefers the parts over a total when both are given", () => {
    expect(sportsNumerator(fieldsOf({ sportsGroundArea: 2400, indoorSportsArea: 400, sportsTotalArea: 3000 }))).toMatchObject({ value: 2800 });
  });
  it("takes the total when there is no indoor column", () => {
    expect(sportsNumerator(fieldsOf({ sportsTotalArea: 3000, sportsGroundArea: 2400 }))).toMatchObject({ value: 3000 });
    expect(sportsNumerator(fieldsOf({ sportsTotalArea: 3000, indoorSportsArea: 400 }))).toMatchObject({ value: 3000 });
  });
  it("takes the outdoor ground alone when nothing else is given", () => {
    expect(sportsNumerator(fieldsOf({ sportsGroundArea: 2400 }))).toMatchObject({ value: 2400 });
  });
  it("names the missing part", () => {
    expect(sportsNumerator(fieldsOf({ indoorSportsArea: 400 }))).toMatchObject({ code: "missing_numerator", field: "sportsGroundArea" });
    expect(sportsNumerator(fieldsOf({}))).toMatchObject({ code: "missing_numerator", field: "sportsTotalArea" });
  });
  it("reports a negative part", () => {
    expect(sportsNumerator(fieldsOf({ sportsGroundArea: -1, indoorSportsArea: 400 }))).toMatchObject({ code: "negative_value" });
    expect(sportsNumerator(fieldsOf({ sportsGroundArea: 1, indoorSportsArea: -4 }))).toMatchObject({ code: "negative_value" });
  });
});

describe("totalContradicts (the rule both paths share)", () => {
  it("a total more than 1 m² from ground + indoor contradicts it; within 1 m², or no total (NaN), does not", () => {
    expect([totalContradicts(3000, 2800), totalContradicts(2801.01, 2800), totalContradicts(2801, 2800), totalContradicts(2800, 2800.4), totalContradicts(Number.NaN, 2800)]).toEqual([true, true, false, false, false]);
  });
});

describe("sportsTotalMismatch", () => {
  it("flags a total that differs from the parts by more than 1 m²", () => {
    expect(sportsTotalMismatch(fieldsOf({ sportsGroundArea: 2400, indoorSportsArea: 400, sportsTotalArea: 3000 }))).toMatchObject({ parts: 2800 });
  });
  it("accepts rounding within 1 m² and incomplete data", () => {
    expect(sportsTotalMismatch(fieldsOf({ sportsGroundArea: 2400, indoorSportsArea: 400.4, sportsTotalArea: 2800 }))).toBeNull();
    expect(sportsTotalMismatch(fieldsOf({ sportsGroundArea: 2400, sportsTotalArea: 9999 }))).toBeNull();
  });
});

describe("indicatorNumerator: blank vs 0, and the deduction at its edges", () => {
  const ALL_ZERO = { qualifiedTeachers: 0, backboneTeachers: 0, peArtTeachers: 0, teachingArea: 0, sportsGroundArea: 0, indoorSportsArea: 0, equipmentValue: 0, multimediaRooms: 0 };
  it("a 0 in every field is a numerator of 0 for every indicator, each with its cells (L4 0 − 0 = 0, L5 0 + 0 = 0)", () => {
    const fields = fieldsOf(ALL_ZERO);
    expect(INDICATOR_CODES.map((code) => [code, indicatorNumerator(code, fields, true)])).toEqual([
      ["L1", { kind: "value", value: 0, cells: ["T!qualifiedTeachers"] }],
      ["L2", { kind: "value", value: 0, cells: ["T!backboneTeachers"] }],
      ["L3", { kind: "value", value: 0, cells: ["T!peArtTeachers"] }],
      ["L4", { kind: "value", value: 0, cells: ["T!teachingArea", "T!indoorSportsArea"] }],
      ["L5", { kind: "value", value: 0, cells: ["T!sportsGroundArea", "T!indoorSportsArea"] }],
      ["L6", { kind: "value", value: 0, cells: ["T!equipmentValue"] }],
      ["L7", { kind: "value", value: 0, cells: ["T!multimediaRooms"] }],
    ]);
  });
  it("a blank in every field is a missing numerator for every indicator, naming the field (rules.md §2 table), never 0", () => {
    const fields = fieldsOf({});
    const missing = INDICATOR_CODES.map((code) => {
      const out = indicatorNumerator(code, fields, true);
      return [code, out.kind === "problem" ? [out.code, out.field, out.value] : out];
    });
    expect(missing).toEqual([
      ["L1", ["missing_numerator", "qualifiedTeachers", null]],
      ["L2", ["missing_numerator", "backboneTeachers", null]],
      ["L3", ["missing_numerator", "peArtTeachers", null]],
      ["L4", ["missing_numerator", "teachingArea", null]],
      ["L5", ["missing_numerator", "sportsTotalArea", null]],
      ["L6", ["missing_numerator", "equipmentValue", null]],
      ["L7", ["missing_numerator", "multimediaRooms", null]],
    ]);
  });
  it("indoor rooms exactly the teaching area leave 0 m², not a contradiction (400 − 400 = 0); 1 m² more is one (400 − 401 = −1 → by 1)", () => {
    expect(teachingNumerator(fieldsOf({ teachingArea: 400, indoorSportsArea: 400 }), true)).toMatchObject({ kind: "value", value: 0 });
    expect(teachingNumerator(fieldsOf({ teachingArea: 400, indoorSportsArea: 401 }), true)).toMatchObject({ code: "indoor_exceeds_teaching_area", value: 1 });
  });
  it("an indoor area of 0 deducts nothing but is still a part (3000 − 0 = 3000; 2400 + 0 = 2400)", () => {
    expect(teachingNumerator(fieldsOf({ teachingArea: 3000, indoorSportsArea: 0 }), true)).toEqual({ kind: "value", value: 3000, cells: ["T!teachingArea", "T!indoorSportsArea"] });
    expect(sportsNumerator(fieldsOf({ sportsGroundArea: 2400, indoorSportsArea: 0 }))).toEqual({ kind: "value", value: 2400, cells: ["T!sportsGroundArea", "T!indoorSportsArea"] });
  });
  it("a negative indoor area is reported, not deducted as a gain (3000 − (−400) would be 3400)", () => {
    expect(teachingNumerator(fieldsOf({ teachingArea: 3000, indoorSportsArea: -400 }), true)).toMatchObject({ code: "negative_value", field: "indoorSportsArea", value: -400, cell: "T!indoorSportsArea" });
  });
  it("a sports total of 0 is taken as 0 (nothing else given), not passed over for a missing ground", () => {
    expect(sportsNumerator(fieldsOf({ sportsTotalArea: 0 }))).toEqual({ kind: "value", value: 0, cells: ["T!sportsTotalArea"] });
  });
});

describe("indicatorNumerator never sees a value stored as text: usableRecord makes it a blank first", () => {
  it("'18' qualified teachers: value_not_number at the cell, then L1 a missing numerator, named at that cell (missingAt)", () => {
    const base = recordOf({ students: 376, backboneTeachers: 4 });
    const spoilt = { ...base, fields: { ...base.fields, qualifiedTeachers: { value: "18" as unknown as number, cell: "S!F5" } } };
    const { record, issues } = usableRecord(spoilt, true);
    expect(issues.map((i) => [i.code, i.cell])).toEqual([["value_not_number", "S!F5"]]);
    const out = indicatorNumerator("L1", record.fields, true);
    expect(out).toEqual({ kind: "problem", code: "missing_numerator", field: "qualifiedTeachers", value: null, cell: null });
    expect(missingAt("qualifiedTeachers", record.blankCells ?? {})).toEqual({ field: "qualifiedTeachers", cell: "S!F5" });
    expect(indicatorNumerator("L2", record.fields, true)).toMatchObject({ kind: "value", value: 4 });
  });
});
