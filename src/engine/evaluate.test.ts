import { evaluate } from "./evaluate";
import { AT_STANDARD_PRIMARY, fieldsOf, NATIONAL, profileWith, recordOf } from "./testing/fixtures";
import { we1Rows } from "./testing/sections";
import type { CountyFigure, SchoolRecord } from "./types";
import { message } from "../messages/catalogue";

function we1Records(county: string | null): SchoolRecord[] {
  return we1Rows().map((row, i) => recordOf(row.values, { id: `${county ?? "-"}!${i + 2}`, county, source: { sheet: "S", row: i + 2 } }));
}

describe("evaluate", () => {
  it("WE-1 through the whole pipeline: one county, one primary group, CV 0.515257", () => {
    const result = evaluate({ records: we1Records("鸠江区"), countyFigures: [], year: 2024 }, NATIONAL);
    expect(result).toMatchObject({ profileId: "national-2017", year: 2024 });
    const [county, ...others] = result.counties;
    expect(others).toHaveLength(0);
    expect(county?.county).toBe("鸠江区");
    expect(county?.sections).toHaveLength(5);
    expect(county?.coefficients).toHaveLength(1);
    expect(county?.coefficients[0]?.indicators.L4.cv).toBeCloseTo(0.515257, 6);
    expect(county?.coefficients[0]?.indicators.L4.met).toBe(false);
    expect(county?.shortfallTotals.map((t) => t.stage)).toEqual(["primary"]);
    expect(county?.passing.evaluated).toBe(5);
  });
  it("groups counties in order of first appearance, null county as one group", () => {
    const records = [...we1Records("B").slice(0, 2), ...we1Records("A").slice(0, 1), ...we1Records("B").slice(2, 3), ...we1Records(null).slice(0, 2)];
    const result = evaluate({ records, countyFigures: [], year: null }, NATIONAL);
    expect(result.counties.map((c) => [c.county, c.sections.length])).toEqual([
      ["B", 3],
      ["A", 1],
      [null, 2],
    ]);
    // One section: the mean is there, the CV is undefined.
    expect(result.counties[1]?.coefficients[0]?.indicators.L1).toMatchObject({ n: 1, cv: null, met: null });
  });
  it("gives section issues in input order, whether a county's rows come together or not", () => {
    // Every row has zero students, so every row raises one issue that names its school.
    const row = (county: string | null, n: number): SchoolRecord =>
      recordOf({ ...AT_STANDARD_PRIMARY, students: 0 }, { id: `S!${n}`, name: `School ${n}`, county, source: { sheet: "S", row: n } });
    const together = [row("A", 2), row("A", 3), row("B", 4), row("B", 5)];
    const apart = [row("B", 2), row("A", 3), row("B", 4), row(null, 5), row("A", 6)];
    for (const records of [together, apart]) {
      const { issues, counties } = evaluate({ records, countyFigures: [], year: null }, NATIONAL);
      const schools = issues.filter((i) => i.code === "zero_students").map((i) => i.params?.school);
      expect(schools).toEqual(records.map((r) => r.name));
      const countiesInOrder = [...new Set(records.map((r) => r.county))];
      const namesByCounty = countiesInOrder.map((c) => records.filter((r) => r.county === c).map((r) => r.name));
      expect(counties.map((c) => c.sections.map((s) => s.name))).toEqual(namesByCounty);
    }
  });
  it("keeps each county's school checks its own, though the counties share their working tables: a county after one with failures, and a result read after another evaluation", () => {
    // National cap for a 小学: 2000 students (rules.md §4 item 4).
    const school = (county: string, n: number, students: number, over: Partial<SchoolRecord> = {}): SchoolRecord =>
      recordOf({ students }, { id: `S!${n}`, name: `${county}${n}小学`, county, source: { sheet: "S", row: n }, ...over });
    // B's second school is private, out of scope under a profile that leaves private schools out: it does not count for the items, though it takes the row of A's second school, which fails G4.
    const profile = profileWith({ scope: { ...NATIONAL.scope, includePrivate: false } });
    // A's first school is a special-education school short of G7's 6000 yuan per student: 100 students need 600 000 yuan, it has 100 000.
    const special = { ...school("A", 1, 100, { type: "special" }), name: "A特教学校" };
    const specialWithFunding = { ...special, fields: { ...special.fields, publicFunding: { value: 100_000, cell: "S!pf1" } } };
    const records = [specialWithFunding, school("A", 2, 2100), school("A", 3, 2200), school("A", 4, 2500), school("B", 5, 1500), school("B", 6, 2600, { flags: { private: true } })];
    const first = evaluate({ records, countyFigures: [], year: null }, profile);
    const g4 = (county: number) => first.counties[county]?.items.find((i) => i.code === "G4");
    expect([g4(0)?.verdict, g4(0)?.figure, g4(0)?.failingSchools]).toEqual(["not_met", 3, ["A2小学", "A3小学", "A4小学"]]);
    expect([g4(1)?.verdict, g4(1)?.figure, g4(1)?.failingSchools]).toEqual(["met", 0, []]);
    // G7 only A's special school is checked for; B has none, and no county figure: not assessed, nothing of A's failure.
    const g7 = (county: number) => first.counties[county]?.items.find((i) => i.code === "G7");
    expect([g7(0)?.verdict, g7(0)?.failingSchools]).toEqual(["not_met", ["A特教学校"]]);
    expect([g7(1)?.verdict, g7(1)?.failingSchools]).toEqual(["not_assessed", []]);
    // Another evaluation in between; A's figures are still A's: 2100 − 2000, 2200 − 2000, 2500 − 2000 (B's private school shows its own, 600).
    evaluate({ records: [school("C", 7, 900)], countyFigures: [], year: null }, profile);
    expect(first.counties[0]?.schoolGuarantee.map((g) => g.studentsOverCap)).toEqual([null, 100, 200, 500]);
    expect(first.counties[1]?.schoolGuarantee.map((g) => g.studentsOverCap)).toEqual([0, 600]);
  });
  it("splits combined schools into sections of their county", () => {
    const nineYear = recordOf({ teachingArea: 23226 }, {
      id: "S!9",
      type: "nine_year",
      stage: null,
      stageFields: { primary: fieldsOf({ ...AT_STANDARD_PRIMARY, teachingArea: 0, students: 166 }), junior: fieldsOf({ students: 210 }) },
    });
    const result = evaluate({ records: [nineYear], countyFigures: [], year: null }, NATIONAL);
    const sections = result.counties[0]?.sections ?? [];
    expect(sections.map((s) => s.id)).toEqual(["S!9#primary", "S!9#junior"]);
    // The primary stage states its own teachingArea (0), so it is not split.
    expect(sections[0]?.indicators.L4?.numerator).toBe(0);
    expect(sections[1]?.indicators.L4?.numerator).toBeCloseTo(13514.37, 2);
    expect(result.counties[0]?.coefficients.map((c) => c.stage)).toEqual(["primary", "junior"]);
  });
  it("returns section issues with messages in the catalogue", () => {
    const records = [recordOf({ ...AT_STANDARD_PRIMARY, students: 0 }), recordOf({ qualifiedTeachers: 1 }, { id: "S!3", source: { sheet: "S", row: 3 } })];
    const { issues } = evaluate({ records, countyFigures: [], year: null }, NATIONAL);
    const engineIssues = issues.filter((i) => ["zero_students", "missing_students", "missing_numerator"].includes(i.code));
    expect(engineIssues.map((i) => i.code)).toEqual(["zero_students", "missing_students", ...Array(6).fill("missing_numerator")]);
    for (const issue of engineIssues) expect(message(issue.code, issue.params, "en")).not.toMatch(/[{}]/);
    expect(message(engineIssues[2]?.code ?? "", engineIssues[2]?.params, "en")).toBe("School (primary): no value for Backbone teachers (county level or above), so L2 cannot be computed (S row 3)");
  });
  it("applies county-less figures to every county and a county's own figure over them", () => {
    const figures: CountyFigure[] = [
      { county: null, code: "R1_recognition", value: 0.9, cell: "F!B2" },
      { county: "B", code: "R1_recognition", value: 0.8, cell: "F!B3" },
    ];
    const records = [...we1Records("A").slice(0, 1), ...we1Records("B").slice(0, 1)];
    const result = evaluate({ records, countyFigures: figures, year: null }, NATIONAL);
    const r1 = result.counties.map((c) => c.items.find((i) => i.code === "R1")?.figure);
    expect(r1).toEqual([0.9, 0.8]);
  });
  it("applies every figure to a single county group, even one without a county name", () => {
    const figures: CountyFigure[] = [{ county: "X", code: "R1_recognition", value: 0.88, cell: "F!B2" }];
    const result = evaluate({ records: we1Records(null), countyFigures: figures, year: null }, NATIONAL);
    expect(result.counties[0]?.items.find((i) => i.code === "R1")?.figure).toBe(0.88);
  });
  it("lists every cell of a figure computed from two (45 / 380 = 0.1184… ≥ 0.10; 12 / 45 = 0.2666… ≥ 0.20) in the item's cells, each county its own", () => {
    const figures: CountyFigure[] = [
      { county: "A", code: "G11_rotation_rate", value: 45 / 380, cell: "F!C2", cells: ["F!C2", "F!C3"] },
      { county: "A", code: "G11_backbone_rotation", value: 12 / 45, cell: "F!C4", cells: ["F!C4", "F!C2"] },
      { county: "B", code: "G8_pay_ratio", value: 8000 / 8500, cell: "F!C6", cells: ["F!C6", "F!C7"] },
    ];
    const records = [...we1Records("A").slice(0, 1), ...we1Records("B").slice(0, 1)];
    const result = evaluate({ records, countyFigures: figures, year: null }, NATIONAL);
    const [a, b] = result.counties;
    // The rotated count (F!C2) is in both parts: named once.
    expect(a?.items.find((i) => i.code === "G11")?.cells).toEqual(["F!C2", "F!C3", "F!C4"]);
    expect(a?.items.find((i) => i.code === "G11")?.verdict).toBe("met");
    expect(b?.items.find((i) => i.code === "G8")?.cells).toEqual(["F!C6", "F!C7"]);
    // 8000 / 8500 = 0.9411… < 1: not met.
    expect(b?.items.find((i) => i.code === "G8")?.verdict).toBe("not_met");
  });
  it("evaluates nothing from nothing", () => {
    expect(evaluate({ records: [], countyFigures: [], year: null }, NATIONAL)).toEqual({ profileId: "national-2017", year: null, counties: [], issues: [] });
  });
});

describe("evaluate: one county's name written with full-width or half-width characters, or spaces", () => {
  const spelled = (names: readonly string[]): SchoolRecord[] => we1Records(null).map((r, i) => ({ ...r, county: names[i] ?? null }));
  it("evaluates the rows as one county (WE-1's five schools: L4 CV 0.515257, as under one name), named as written most often, and notes each other spelling once with its first row", () => {
    // 新区(东片) on rows 2, 4, 6 (three), 新区（东片） with full-width brackets on rows 3, 5 (two).
    const records = spelled(["新区(东片)", "新区（东片）", "新区(东片)", "新区（东片）", "新区(东片)"]);
    for (const paths of ["fast", "reference"] as const) {
      const result = evaluate({ records, countyFigures: [], year: null }, NATIONAL, { paths });
      expect(result.counties.map((c) => [c.county, c.sections.length])).toEqual([["新区(东片)", 5]]);
      expect(result.counties[0]?.coefficients[0]?.indicators.L4.cv).toBeCloseTo(0.515257, 6);
      expect(result.counties[0]?.passing.evaluated).toBe(5);
      const notes = result.issues.filter((i) => i.code === "county_spellings_merged");
      expect(notes).toEqual([{ code: "county_spellings_merged", severity: "info", cell: null, params: { county: "新区(东片)", spelling: "新区（东片）", row: "S!3", n: 2 } }]);
    }
  });
  it("takes the first spelling on a tie, and folds full-width Latin letters and spaces (ＡＢ县, A B县 → AB县)", () => {
    const records = spelled(["AB县", "ＡＢ县", "A B县", "ＡＢ县", "AB县"]);
    const result = evaluate({ records, countyFigures: [], year: null }, NATIONAL);
    expect(result.counties.map((c) => [c.county, c.sections.length])).toEqual([["AB县", 5]]);
    const notes = result.issues.filter((i) => i.code === "county_spellings_merged").map((i) => i.params);
    expect(notes).toEqual([
      { county: "AB县", spelling: "ＡＢ县", row: "S!3", n: 2 },
      { county: "AB县", spelling: "A B县", row: "S!4", n: 1 },
    ]);
    for (const note of result.issues.filter((i) => i.code === "county_spellings_merged")) {
      expect(message(note.code, note.params, "zh")).toContain("S 第");
      expect(message(note.code, note.params, "en")).not.toMatch(/[{}]/);
    }
  });
  it("keeps two counties whose names differ otherwise apart (长沙县 and 长沙市), without a note", () => {
    const result = evaluate({ records: spelled(["长沙县", "长沙市", "长沙县", "长沙市", "长沙县"]), countyFigures: [], year: null }, NATIONAL);
    expect(result.counties.map((c) => [c.county, c.sections.length])).toEqual([
      ["长沙县", 3],
      ["长沙市", 2],
    ]);
    expect(result.issues.filter((i) => i.code === "county_spellings_merged")).toEqual([]);
  });
  it("notes a spelling of a later run, each run written alike (AB县 ×2, 长沙县, ＡＢ县 ×2: AB县 first on the tie of 2 and 2), and none for a name written alike in runs apart", () => {
    const split = evaluate({ records: spelled(["AB县", "AB县", "长沙县", "ＡＢ县", "ＡＢ县"]), countyFigures: [], year: null }, NATIONAL);
    expect(split.counties.map((c) => [c.county, c.sections.length])).toEqual([
      ["AB县", 4],
      ["长沙县", 1],
    ]);
    expect(split.issues.filter((i) => i.code === "county_spellings_merged")).toEqual([{ code: "county_spellings_merged", severity: "info", cell: null, params: { county: "AB县", spelling: "ＡＢ县", row: "S!5", n: 2 } }]);
    // Equal names that are not the same string (as two cells give) are one spelling: no note.
    const apart = evaluate({ records: spelled(["AB县", "长沙县", ["AB", "县"].join(""), "长沙县", "AB县"]), countyFigures: [], year: null }, NATIONAL);
    expect(apart.counties.map((c) => [c.county, c.sections.length])).toEqual([
      ["AB县", 3],
      ["长沙县", 2],
    ]);
    expect(apart.issues.filter((i) => i.code.startsWith("county_"))).toEqual([]);
  });
  it("gives the merged county the figures of either spelling, and warns of none being shared", () => {
    const figures: CountyFigure[] = [{ county: "新区（东片）", code: "R1_recognition", value: 0.88, cell: "F!B2" }];
    const result = evaluate({ records: spelled(["新区(东片)", "新区（东片）", "新区(东片)", "新区（东片）", "新区(东片)"]), countyFigures: figures, year: null }, NATIONAL);
    expect(result.counties[0]?.items.find((i) => i.code === "R1")?.figure).toBe(0.88);
    expect(result.issues.filter((i) => i.code === "county_figures_shared")).toEqual([]);
  });
});

describe("evaluate: figures naming no county beside school rows of several counties", () => {
  it("uses them for each county and warns once per county that takes them, at the first such figure's cell", () => {
    const figures: CountyFigure[] = [
      { county: null, code: "R1_recognition", value: 0.88, cell: "县级指标!B27" },
      { county: null, code: "Q1_consolidation", value: 0.97, cell: "县级指标!B18" },
      { county: "东坡县", code: "R1_recognition", value: 0.9, cell: "县级指标!B40" },
    ];
    const records = [...we1Records("西山县").slice(0, 2), ...we1Records("东坡县").slice(0, 2)];
    const result = evaluate({ records, countyFigures: figures, year: null }, NATIONAL);
    expect(result.counties.map((c) => c.items.find((i) => i.code === "R1")?.figure)).toEqual([0.88, 0.9]);
    const shared = result.issues.filter((i) => i.code === "county_figures_shared");
    // 西山县 takes both county-less figures; 东坡县 its own R1 and the county-less Q1.
    expect(shared).toEqual([
      { code: "county_figures_shared", severity: "warning", cell: "县级指标!B27", params: { county: "西山县", sheet: "县级指标", n: 2 } },
      { code: "county_figures_shared", severity: "warning", cell: "县级指标!B18", params: { county: "东坡县", sheet: "县级指标", n: 1 } },
    ]);
    expect(message("county_figures_shared", shared[0]?.params, "zh")).toContain("县区");
    expect(message("county_figures_shared", shared[0]?.params, "en")).not.toMatch(/[{}]/);
  });
  it("says nothing for a single county, nor for a county whose own figures leave none to share", () => {
    const lone = evaluate({ records: we1Records("西山县"), countyFigures: [{ county: null, code: "R1_recognition", value: 0.88, cell: "F!B2" }], year: null }, NATIONAL);
    expect(lone.issues.filter((i) => i.code === "county_figures_shared")).toEqual([]);
    const own: CountyFigure[] = [
      { county: "西山县", code: "R1_recognition", value: 0.88, cell: "F!B2" },
      { county: "东坡县", code: "R1_recognition", value: 0.9, cell: "F!B3" },
    ];
    const two = evaluate({ records: [...we1Records("西山县").slice(0, 1), ...we1Records("东坡县").slice(0, 1)], countyFigures: own, year: null }, NATIONAL);
    expect(two.issues.filter((i) => i.code === "county_figures_shared")).toEqual([]);
  });
});

describe("evaluate: one county's name written with and without its level word (北山 and 北山县)", () => {
  const spelled = (names: readonly string[]): SchoolRecord[] => we1Records(null).map((r, i) => ({ ...r, county: names[i] ?? null }));
  it("evaluates 北山 with 北山县 as one county named with the level word (WE-1's five schools: L4 CV 0.515257), even when 北山 is written more often, and notes the level word added once with its first row", () => {
    const records = spelled(["北山县", "北山", "北山县", "北山", "北山"]);
    for (const paths of ["fast", "reference"] as const) {
      const result = evaluate({ records, countyFigures: [], year: null }, NATIONAL, { paths });
      expect(result.counties.map((c) => [c.county, c.sections.length])).toEqual([["北山县", 5]]);
      expect(result.counties[0]?.coefficients[0]?.indicators.L4.cv).toBeCloseTo(0.515257, 6);
      expect(result.issues.filter((i) => i.code.startsWith("county_"))).toEqual([{ code: "county_level_word_added", severity: "info", cell: null, params: { county: "北山县", spelling: "北山", row: "S!3", n: 3 } }]);
    }
  });
  it("gives the merged county its figures once (the figures name 北山县), and notes width variants as before", () => {
    const figures: CountyFigure[] = [{ county: "北山县", code: "R1_recognition", value: 0.88, cell: "F!B2" }];
    const result = evaluate({ records: spelled(["北山县", "北山县\u3000", "北 山 县", "北山", "北山县"]), countyFigures: figures, year: null }, NATIONAL);
    expect(result.counties.map((c) => [c.county, c.sections.length, c.items.find((i) => i.code === "R1")?.figure])).toEqual([["北山县", 5, 0.88]]);
    expect(result.issues.filter((i) => i.code.startsWith("county_")).map((i) => [i.code, i.params.spelling, i.params.row])).toEqual([
      ["county_spellings_merged", "北山县\u3000", "S!3"],
      ["county_spellings_merged", "北 山 县", "S!4"],
      ["county_level_word_added", "北山", "S!5"],
    ]);
    const note = result.issues.find((i) => i.code === "county_level_word_added");
    expect(message("county_level_word_added", note?.params ?? {}, "zh")).toContain("北山县");
    expect(message("county_level_word_added", note?.params ?? {}, "en")).not.toMatch(/[{}]/);
  });
  it("keeps 长沙县 and 长沙市 apart, and 长沙 beside both apart too, warned as ambiguous with its first row", () => {
    for (const paths of ["fast", "reference"] as const) {
      const result = evaluate({ records: spelled(["长沙县", "长沙市", "长沙", "长沙县", "长沙市"]), countyFigures: [], year: null }, NATIONAL, { paths });
      expect(result.counties.map((c) => [c.county, c.sections.length])).toEqual([
        ["长沙县", 2],
        ["长沙市", 2],
        ["长沙", 1],
      ]);
      expect(result.issues.filter((i) => i.code.startsWith("county_"))).toEqual([{ code: "county_level_word_ambiguous", severity: "warning", cell: null, params: { spelling: "长沙", counties: "长沙县、长沙市", row: "S!4", n: 1 } }]);
    }
    const warning = { spelling: "长沙", counties: "长沙县、长沙市", row: "S!4", n: 1 };
    expect(message("county_level_word_ambiguous", warning, "zh")).toContain("长沙县、长沙市");
    expect(message("county_level_word_ambiguous", warning, "en")).not.toMatch(/[{}]/);
  });
  it("edge cases: a bare name alone (南湖), and a name whose stem is one character (新区 beside 新), stay as written", () => {
    const alone = evaluate({ records: spelled(["南湖", "南湖", "南湖", "南湖", "南湖"]), countyFigures: [], year: null }, NATIONAL);
    expect(alone.counties.map((c) => c.county)).toEqual(["南湖"]);
    const short = evaluate({ records: spelled(["新区", "新", "新区", "新", "新区"]), countyFigures: [], year: null }, NATIONAL);
    expect(short.counties.map((c) => c.county)).toEqual(["新区", "新"]);
    expect([...alone.issues, ...short.issues].filter((i) => i.code.startsWith("county_"))).toEqual([]);
  });
});
