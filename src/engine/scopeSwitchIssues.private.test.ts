import { message } from "../messages/catalogue";
import { evaluate } from "./evaluate";
import { NATIONAL, profileWith, recordOf } from "./testing/fixtures";
import type { SchoolRecord } from "./types";

const NO_PRIVATE = profileWith({ scope: { ...NATIONAL.scope, includePrivate: false } });

function school(n: number, over: Partial<SchoolRecord> = {}): SchoolRecord {
  return recordOf({ students: 300 }, { id: `学校!${n}`, name: `第${n}小学`, source: { sheet: "学校", row: n }, ...over });
}

const unusable = (records: readonly SchoolRecord[], profile = NO_PRIVATE) => evaluate({ records, countyFigures: [], year: null }, profile).issues.filter((i) => i.code === "scope_private_unusable");

describe("evaluate: includePrivate off while no school says whether it is 民办 (tG finding 5, P1.xlsx)", () => {
  it("warns once, naming the sheet", () => {
    expect(unusable([school(2), school(3)])).toEqual([{ code: "scope_private_unusable", severity: "warning", cell: null, params: { sheet: "学校" } }]);
  });

  it("says what, where and what to do in both languages", () => {
    const zh = message("scope_private_unusable", { sheet: "学校" }, "zh");
    expect(zh).toContain("工作表“学校”");
    expect(zh).toContain("办学性质");
    const en = message("scope_private_unusable", { sheet: "学校" }, "en");
    expect(en).toContain("sheet “学校”");
    expect(en).toContain("办学性质");
  });

  it("is silent when a school says it (an 办学性质 column was read), or when the switch is on", () => {
    expect(unusable([school(2), school(3, { flags: { private: false } })])).toEqual([]);
    expect(unusable([school(2)], NATIONAL)).toEqual([]);
  });
});

describe("evaluate: 民办 schools counted under the profile, said once (R2 of s46, finding 5)", () => {
  /** A school at row `n` of 学校, its students in column C. */
  const at = (n: number, name: string, over: Partial<SchoolRecord> = {}): SchoolRecord =>
    recordOf({}, { id: `学校!${n}`, name, source: { sheet: "学校", row: n }, fields: { students: { value: 300, cell: `学校!C${n}` } }, ...over });
  const PRIVATE = { flags: { private: true } };
  const counted = (records: readonly SchoolRecord[], profile = NATIONAL) => evaluate({ records, countyFigures: [], year: null }, profile).issues.filter((i) => i.code === "scope_private_counted");

  it("names how many and which, at the first one's students, when the profile counts them (national-2017: includePrivate true)", () => {
    // wbA: 博雅实验学校 (民办, 九年一贯制) at row 10 beside two 公办 schools: one school, one note.
    const records = [at(5, "城关小学", { flags: { private: false } }), at(10, "博雅实验学校", { ...PRIVATE, type: "nine_year", stage: null }), at(11, "育英学校")];
    expect(counted(records)).toEqual([{ code: "scope_private_counted", severity: "info", cell: "学校!C10", params: { count: 1, schoolRows: "博雅实验学校@10" } }]);
  });

  it("counts a school whose sections take two rows once, and two schools as two", () => {
    const records = [at(4, "甲校", { ...PRIVATE, stage: "primary" }), at(5, "甲校", { ...PRIVATE, type: "junior", stage: "junior" }), at(7, "乙校", PRIVATE)];
    expect(counted(records)[0]?.params).toEqual({ count: 2, schoolRows: "甲校@4\n乙校@7" });
  });

  it("counts a school the reader named by its sections (博雅实验学校（小学部） / （初中部）) once, by its name and first row (R3 of s46, finding 2)", () => {
    // minbanSplit.xlsx: the shared cells given on row 10 only, so the reader keeps two section rows and names them by their 部.
    const records = [
      at(5, "城关小学", { flags: { private: false } }),
      at(10, "博雅实验学校（小学部）", { ...PRIVATE, type: "nine_year", stage: "primary" }),
      at(11, "博雅实验学校（初中部）", { ...PRIVATE, type: "nine_year", stage: "junior" }),
    ];
    expect(counted(records)).toEqual([{ code: "scope_private_counted", severity: "info", cell: "学校!C10", params: { count: 1, schoolRows: "博雅实验学校@10" } }]);
    // Beside another 民办 school: 2, each once; a section row alone keeps its name as written.
    const withOther = [...records, at(12, "启明学校（初中部）", { ...PRIVATE, type: "junior", stage: "junior" })];
    expect(counted(withOther)[0]?.params).toEqual({ count: 2, schoolRows: "博雅实验学校@10\n启明学校（初中部）@12" });
    // The same name in two counties is two schools.
    const twoCounties = [at(10, "博雅学校（小学部）", { ...PRIVATE, county: "甲县" }), at(11, "博雅学校（初中部）", { ...PRIVATE, county: "乙县", stage: "junior" })];
    expect(counted(twoCounties)[0]?.params).toEqual({ count: 2, schoolRows: "博雅学校（小学部）@10\n博雅学校（初中部）@11" });
  });

  it("leaves out a 民办 教学点 the evaluation leaves out (30 < 50 students: small_teaching_point), and points at the first one counted (R3 of s46, finding 3)", () => {
    // minbanTP.xlsx: 小太阳教学点 (民办, 30 students) at row 10, 博雅实验学校 (民办) at row 11.
    const point = (n: number, students: number | null, over: Partial<SchoolRecord> = {}) =>
      recordOf({}, { id: `学校!${n}`, name: `教学点${n}`, type: "teaching_point", source: { sheet: "学校", row: n }, fields: students === null ? {} : { students: { value: students, cell: `学校!C${n}` } }, ...PRIVATE, ...over });
    const records = [point(10, 30, { name: "小太阳教学点" }), at(11, "博雅实验学校", PRIVATE)];
    const evaluation = evaluate({ records, countyFigures: [], year: null }, NATIONAL);
    expect(evaluation.counties[0]?.sections.find((s) => s.recordId === "学校!10")?.exclusion).toBe("small_teaching_point");
    expect(counted(records)).toEqual([{ code: "scope_private_counted", severity: "info", cell: "学校!C11", params: { count: 1, schoolRows: "博雅实验学校@11" } }]);
    // Alone, nothing to say.
    expect(counted([point(10, 30)])).toEqual([]);
    // 50 students (not under 50), and blank students (the evaluation keeps it, to report the gap): counted.
    expect(counted([point(10, 50), point(12, null)])[0]?.params).toEqual({ count: 2, schoolRows: "教学点10@10\n教学点12@12" });
    // The stage's own students decide, as the section is evaluated with them: 30 in the 小学 columns, 80 in the row's.
    const staged = point(13, 80, { stageFields: { primary: { students: { value: 30, cell: "学校!D13" } } } });
    expect(counted([staged])).toEqual([]);
  });

  it("says it, the setting and how to change it, in zh and en, with the singular in English", () => {
    const one = { count: 1, schoolRows: "博雅实验学校@10" };
    expect(message("scope_private_counted", one, "zh")).toBe(
      "有 1 所民办学校按所选规则计入参评（“民办学校参评”为是）：博雅实验学校（第10行）。各省对民办学校是否参评规定不同；如本省不计入，请在工作簿的“规则”表中加一行“民办学校参评”，填“否”（也可写路径 scope.includePrivate），再重新评估",
    );
    expect(message("scope_private_counted", one, "en")).toMatch(/^1 private \(民办\) school is evaluated, as the rule profile counts it \(Private schools evaluated: yes\): 博雅实验学校 \(row 10\)\. Provinces differ/);
    expect(message("scope_private_counted", { count: 2, schoolRows: "甲校@4\n乙校@7" }, "en")).toMatch(/^2 private \(民办\) schools are evaluated, as the rule profile counts them .*: 甲校 \(row 4\), 乙校 \(row 7\)\./);
  });

  it("is silent when the profile leaves them out (each keeps its own scope reason), when none is 民办, and for one another rule leaves out", () => {
    expect(counted([at(10, "博雅实验学校", PRIVATE)], NO_PRIVATE)).toEqual([]);
    expect(counted([at(10, "博雅实验学校", { flags: { private: false } }), at(11, "育英学校")])).toEqual([]);
    expect(counted([at(12, "民办特殊教育学校", { ...PRIVATE, type: "special" })])).toEqual([]);
  });

  it("says the same of schools not run by the county, when the profile counts them", () => {
    const issues = evaluate({ records: [at(8, "市实验学校", { flags: { countyRun: false } }), at(9, "城关小学")], countyFigures: [], year: null }, NATIONAL).issues;
    expect(issues.filter((i) => i.code === "scope_not_county_run_counted")).toEqual([{ code: "scope_not_county_run_counted", severity: "info", cell: "学校!C8", params: { count: 1, schoolRows: "市实验学校@8" } }]);
    expect(message("scope_not_county_run_counted", { count: 1, schoolRows: "市实验学校@8" }, "zh")).toContain("有 1 所非县属学校按所选规则计入参评（“非县属学校参评”为是）：市实验学校（第8行）");
  });
});
