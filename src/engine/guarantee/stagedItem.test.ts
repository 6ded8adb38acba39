import { builtInProfile } from "../../profiles/resolveProfile";
import type { CountyFigure, ItemResult, SchoolRecord } from "../types";
import { tableOf } from "../table/sectionTable";
import { CHECK, checkTable, putChecks } from "./checkTable";
import { evaluateCountyAreas } from "./evaluateCountyAreas";
import type { SchoolChecks } from "./schoolFindings";
import { recordRoles } from "./schoolRole";
import { schoolStageVerdict, stagedParts } from "./stagedItem";
import { schoolRecord, type Numbers } from "./testRecords";

const national = builtInProfile("national-2017");
const sichuan = builtInProfile("sichuan-guanghan-2024");
const COUNTY = "测试县";

const fig = (code: string, value: number, row: number): CountyFigure => ({ county: COUNTY, code, value, cell: `保障!B${row}` });
const primaryFig = (value: number, row = 2) => fig("G7_special_primary", value, row);
const juniorFig = (value: number, row = 3) => fig("G7_special_junior", value, row);

/** A special-education school of one stage (or none: `null`) on row `row`. */
const special = (name: string, row: number, stage: "primary" | "junior" | null, fields: Numbers): SchoolRecord => schoolRecord({ name, row, type: "special", stage, fields });

/** G7 and the issues about it (every issue names its item) of a county of `records` with `figures`. */
function g7Of(records: SchoolRecord[], figures: CountyFigure[], profile = national): { item: ItemResult; issues: { code: string; cell: string | null; params: object }[] } {
  const roles = recordRoles(tableOf([], records), records.length);
  const r = evaluateCountyAreas({ county: COUNTY, records, roles, figures, profile });
  const item = r.items.find((i) => i.code === "G7");
  if (item === undefined) throw new Error("no G7");
  const issues = r.issues.filter((i) => i.params.item === "G7").map((i) => ({ code: i.code, cell: i.cell, params: i.params }));
  return { item, issues };
}

const stageAbsent = (cell: string | null) => ({ code: "guarantee_school_data_stage_absent", cell, params: { item: "G7", stageInText: "junior", countyItem: "G7_special_junior" } });
const partOverruled = (cell: string | null, countyItem: string, countyVerdict: string, schoolVerdict: string) => ({
  code: "county_figure_part_overruled",
  cell,
  params: { item: "G7", countyVerdict, schoolVerdict, countyItem },
});

// The trial's county: its one special school is a 小学 of 86 pupils with 55.9万元 = 559 000 yuan: 559000 ÷ 86 = 6500 ≥ 6000.
const PRIMARY_6500 = special("特教学校", 30, "primary", { students: 86, publicFunding: 559000 });

describe("G7 judged stage by stage: the school data judge only the stages their special schools teach", () => {
  it("the trial: 小学 from the school (6500 ≥ 6000, met), 初中 from the county's 5900 (< 6000, not met) → not met, no overrule", () => {
    const { item, issues } = g7Of([PRIMARY_6500], [juniorFig(5900)]);
    expect(item).toMatchObject({ verdict: "not_met", basis: "school_data", figureOf: "failing_count", figure: 0, failingSchools: [] });
    expect(item.parts).toEqual({ schools_checked: 1, schools_failing: 0, schools_unknown: 0, G7_special_junior: 5900 });
    expect(item.cells).toEqual(["保障!B3"]);
    expect(issues).toEqual([stageAbsent("保障!B3")]);
  });
  it("the trial with the county's 小学 figure 5900 as well: only the 小学 figure is overruled (and named); the item stays not met on 初中", () => {
    const { item, issues } = g7Of([PRIMARY_6500], [primaryFig(5900), juniorFig(5900)]);
    expect(item.verdict).toBe("not_met");
    // The parts the county's figures judge are said first, then those the school data overrule.
    expect(issues).toEqual([stageAbsent("保障!B3"), partOverruled("保障!B2", "G7_special_primary", "not_met", "met")]);
  });
  it("the trial with a 初中 figure of exactly 6000: met", () => {
    const { item } = g7Of([PRIMARY_6500], [juniorFig(6000)]);
    expect(item).toMatchObject({ verdict: "met", basis: "school_data", parts: { G7_special_junior: 6000 } });
  });
  it("a special school of each stage (50 × 6200 = 310000; 40 × 6200 = 248000): both county figures (5000, 5500) overruled, each warned of at its cell", () => {
    const records = [special("特教甲", 30, "primary", { students: 50, publicFunding: 310000 }), special("特教乙", 31, "junior", { students: 40, publicFunding: 248000 })];
    const { item, issues } = g7Of(records, [primaryFig(5000), juniorFig(5500)]);
    expect(item).toMatchObject({ verdict: "met", basis: "school_data", figure: 0, cells: [] });
    expect(item.parts).toEqual({ schools_checked: 2, schools_failing: 0, schools_unknown: 0 });
    expect(issues).toEqual([partOverruled("保障!B2", "G7_special_primary", "not_met", "met"), partOverruled("保障!B3", "G7_special_junior", "not_met", "met")]);
  });
  it("the 初中 school fails (200000 ÷ 40 = 5000) and the 小学 one passes: only the 初中 figure (6500, met) is overruled, not the 小学 one that agrees", () => {
    const records = [special("特教甲", 30, "primary", { students: 50, publicFunding: 310000 }), special("特教乙", 31, "junior", { students: 40, publicFunding: 200000 })];
    const { item, issues } = g7Of(records, [primaryFig(6500), juniorFig(6500)]);
    expect(item).toMatchObject({ verdict: "not_met", figure: 1, failingSchools: ["特教乙"] });
    expect(issues).toEqual([partOverruled("保障!B3", "G7_special_junior", "met", "not_met")]);
  });
  it("one school teaching both stages, Sichuan: 6080 × 30 + 6100 × 20 = 304400 > 300000 fails both; both county figures of 6200 overruled", () => {
    const both = schoolRecord({ name: "特教学校", row: 30, type: "special", stage: null, fields: { publicFunding: 300000 }, stageFields: { primary: { students: 30 }, junior: { students: 20 } } });
    const { item, issues } = g7Of([both], [primaryFig(6200), juniorFig(6200)], sichuan);
    expect(item).toMatchObject({ verdict: "not_met", failingSchools: ["特教学校"] });
    expect(issues).toEqual([partOverruled("保障!B2", "G7_special_primary", "met", "not_met"), partOverruled("保障!B3", "G7_special_junior", "met", "not_met")]);
    // One figure read for both stages (one cell): warned of once, for the item.
    const shared = g7Of([both], [primaryFig(6200, 4), juniorFig(6200, 4)], sichuan);
    expect(shared.issues).toEqual([{ code: "county_figure_overruled", cell: "保障!B4", params: { item: "G7", countyVerdict: "met", schoolVerdict: "not_met" } }]);
  });
  it("a special school whose stage is unknown speaks for both stages (judged at the higher threshold): no county figure stands beside it", () => {
    const unknownStage = special("特教学校", 30, null, { students: 86, publicFunding: 559000 });
    const { item, issues } = g7Of([unknownStage], [juniorFig(5900)]);
    expect(item).toMatchObject({ verdict: "met", basis: "school_data" });
    expect(item.parts).toEqual({ schools_checked: 1, schools_failing: 0, schools_unknown: 0 });
    expect(issues).toEqual([partOverruled("保障!B3", "G7_special_junior", "not_met", "met")]);
  });
});

/**
 * One stage-less row (特殊教育学校生均公用经费) is read as both stages' figures at one cell
 * (stagelessFigures). The county's one rate for its special schools: when the school data show it
 * wrong for the stage they teach, the stage no special school teaches is not judged by it.
 */
describe("G7 from one stage-less figure read for both stages (one cell)", () => {
  const stageless = (value: number, row = 5) => [primaryFig(value, row), juniorFig(value, row)];
  const overruled = (cell: string, countyVerdict: string, schoolVerdict: string) => ({ code: "county_figure_overruled", cell, params: { item: "G7", countyVerdict, schoolVerdict } });
  const severities = (records: SchoolRecord[], figures: CountyFigure[], profile = national) => {
    const roles = recordRoles(tableOf([], records), records.length);
    return evaluateCountyAreas({ county: COUNTY, records, roles, figures, profile }).issues.filter((i) => i.params.item === "G7").map((i) => i.severity);
  };

  it("the reviewer's case: 小学 school 559000 ÷ 86 = 6500 ≥ 6000 (met), 5900 at B5 (< 6000) overruled for 小学 → met; 初中 (no school) not judged by B5", () => {
    const { item, issues } = g7Of([PRIMARY_6500], stageless(5900));
    expect(item).toMatchObject({ verdict: "met", basis: "school_data", figure: 0, failingSchools: [], cells: [] });
    expect(item.parts).toEqual({ schools_checked: 1, schools_failing: 0, schools_unknown: 0 });
    expect(issues).toEqual([overruled("保障!B5", "not_met", "met")]);
    expect(severities([PRIMARY_6500], stageless(5900))).toEqual(["warning"]);
  });
  it("the same 5900 split into two rows (小学 B5, 初中 B6): 小学 overruled (met from the school), 初中 judged by its own 5900 < 6000 → not met", () => {
    const { item, issues } = g7Of([PRIMARY_6500], [primaryFig(5900, 5), juniorFig(5900, 6)]);
    expect(item).toMatchObject({ verdict: "not_met", basis: "school_data", failingSchools: [], cells: ["保障!B6"] });
    expect(item.parts).toEqual({ schools_checked: 1, schools_failing: 0, schools_unknown: 0, G7_special_junior: 5900 });
    expect(issues).toEqual([stageAbsent("保障!B6"), partOverruled("保障!B5", "G7_special_primary", "not_met", "met")]);
  });
  it("a stage-less 6500 beside the 小学 school at 6500: agrees, so nothing is overruled; 初中 judged by it (6500 ≥ 6000) → met, no warning", () => {
    const { item, issues } = g7Of([PRIMARY_6500], stageless(6500));
    expect(item).toMatchObject({ verdict: "met", basis: "school_data", parts: { G7_special_junior: 6500 }, cells: ["保障!B5"] });
    expect(issues).toEqual([stageAbsent("保障!B5")]);
    expect(severities([PRIMARY_6500], stageless(6500))).toEqual(["info"]);
  });
  it("the school fails (500000 ÷ 86 = 5813.95 < 6000) and the stage-less 6500 meets: overruled the other way, 初中 not judged by it → not met from the school", () => {
    const short = special("特教学校", 30, "primary", { students: 86, publicFunding: 500000 });
    const { item, issues } = g7Of([short], stageless(6500));
    expect(item).toMatchObject({ verdict: "not_met", basis: "school_data", figure: 1, failingSchools: ["特教学校"] });
    expect(item.parts).toEqual({ schools_checked: 1, schools_failing: 1, schools_unknown: 0 });
    expect(issues).toEqual([overruled("保障!B5", "met", "not_met")]);
  });
  it("Sichuan (6080 小学, 6100 初中): a stage-less 6090 meets 小学 as the school does (6500), so it still judges 初中: 6090 < 6100 → not met", () => {
    const { item, issues } = g7Of([PRIMARY_6500], stageless(6090), sichuan);
    expect(item).toMatchObject({ verdict: "not_met", basis: "school_data", parts: { G7_special_junior: 6090 } });
    expect(issues).toEqual([stageAbsent("保障!B5")]);
    // 6050 < 6080 is overruled for 小学 by the school's 6500: 初中 is then not judged by it → met.
    expect(g7Of([PRIMARY_6500], stageless(6050), sichuan)).toMatchObject({ item: { verdict: "met" }, issues: [overruled("保障!B5", "not_met", "met")] });
  });
  it("figures without a cell are never taken as one figure: 初中's 5900 still judges it → not met", () => {
    const noCell = stageless(5900).map((f) => ({ ...f, cell: null }));
    const { item, issues } = g7Of([PRIMARY_6500], noCell);
    expect(item).toMatchObject({ verdict: "not_met", parts: { G7_special_junior: 5900 } });
    expect(issues).toEqual([stageAbsent(null), partOverruled(null, "G7_special_primary", "not_met", "met")]);
  });
  it("a school of each stage (310000 ÷ 50 = 6200, 248000 ÷ 40 = 6200): both stages overruled, warned of once (no stage left to skip)", () => {
    const records = [special("特教甲", 30, "primary", { students: 50, publicFunding: 310000 }), special("特教乙", 31, "junior", { students: 40, publicFunding: 248000 })];
    const { item, issues } = g7Of(records, stageless(5900));
    expect(item).toMatchObject({ verdict: "met", basis: "school_data", parts: { schools_checked: 2, schools_failing: 0, schools_unknown: 0 } });
    expect(issues).toEqual([overruled("保障!B5", "not_met", "met")]);
  });
});

describe("G7 without school data for a stage", () => {
  it("no special school: the county's figures decide (6000 met, 5900 not met → not met)", () => {
    const primary = schoolRecord({ name: "甲小学", row: 5, fields: { students: 300, publicFunding: 300000 } });
    const { item, issues } = g7Of([primary], [primaryFig(6000), juniorFig(5900)]);
    expect(item).toMatchObject({ verdict: "not_met", basis: "county_figure", figureOf: "county_figure", parts: { G7_special_primary: 6000, G7_special_junior: 5900 } });
    expect(issues).toEqual([]);
  });
  it("no county figure for the stage no special school teaches: nothing to fund there, so the schools decide (559 000 ÷ 86 = 6500 ≥ 6000 → met)", () => {
    const { item, issues } = g7Of([PRIMARY_6500], []);
    expect(item).toMatchObject({ verdict: "met", basis: "school_data", failingSchools: [], cells: [] });
    expect(item.parts).toEqual({ schools_checked: 1, schools_failing: 0, schools_unknown: 0 });
    expect(issues).toEqual([]);
  });
  it("… unless the stage the schools have fails: 500000 ÷ 86 = 5813.95 < 6000 → not met", () => {
    const short = special("特教学校", 30, "primary", { students: 86, publicFunding: 500000 });
    const { item } = g7Of([short], []);
    expect(item).toMatchObject({ verdict: "not_met", figure: 1, failingSchools: ["特教学校"] });
  });
});

describe("G7 edge cases", () => {
  it("a special school of zero pupils has no G7 check: the county's figures decide", () => {
    const empty = special("特教学校", 30, "primary", { students: 0, publicFunding: 0 });
    const { item, issues } = g7Of([empty], [primaryFig(6000), juniorFig(5900)]);
    expect(item).toMatchObject({ verdict: "not_met", basis: "county_figure" });
    expect(issues).toEqual([]);
  });
  it("a 小学 school with blank funding beside a passing 初中 one (248000 ÷ 40 = 6200): 小学 falls to the county's 5900 → not met", () => {
    const records = [special("特教甲", 30, "primary", { students: 86 }), special("特教乙", 31, "junior", { students: 40, publicFunding: 248000 })];
    const { item, issues } = g7Of(records, [primaryFig(5900)]);
    expect(item).toMatchObject({ verdict: "not_met", basis: "school_data", failingSchools: [] });
    expect(item.parts).toEqual({ schools_checked: 2, schools_failing: 0, schools_unknown: 1, G7_special_primary: 5900 });
    // 特教甲 gives no funding cell at all (a real blank is at its cell: schoolPlaces.test.ts): the note is at its students B30, G7's other figure.
    expect(issues).toEqual([{ code: "guarantee_school_data_partial", cell: "表1!B30", params: { item: "G7", missing: 1, schools: "特教甲", schoolRows: "特教甲@30" } }]);
    // With a 小学 figure that meets (6000), met; without any, not assessed.
    expect(g7Of(records, [primaryFig(6000)]).item.verdict).toBe("met");
    expect(g7Of(records, []).item.verdict).toBe("not_assessed");
  });
  it("a blank-funding 小学 school alone: the county's figures judge the item as a whole (both 6000: met)", () => {
    const { item } = g7Of([special("特教学校", 30, "primary", { students: 86 })], [primaryFig(6000), juniorFig(6000)]);
    expect(item).toMatchObject({ verdict: "met", basis: "county_figure" });
  });
});

describe("stagedParts", () => {
  it("G7's county items with their stages; none for an item of one county item or of parts without a stage", () => {
    expect(stagedParts(national, "G7")?.map((p) => [p.code, p.stage])).toEqual([
      ["G7_special_primary", "primary"],
      ["G7_special_junior", "junior"],
    ]);
    expect(stagedParts(sichuan, "G7")?.map((p) => p.item.threshold)).toEqual([6080, 6100]);
    expect(stagedParts(national, "G3")).toBeNull();
    expect(stagedParts(national, "G11")).toBeNull();
  });
});

describe("schoolStageVerdict", () => {
  const g7 = (name: string, status: "pass" | "fail" | "unknown", stages?: ("primary" | "junior")[], role: SchoolChecks["role"] = "special"): SchoolChecks => ({
    name,
    role,
    checks: { G7: { school: name, status, value: null, cells: [], ...(stages === undefined ? {} : { stages }) } },
    teachers: { teachers: null, certified: null, trained: null },
    issues: [],
    guarantee: { roomsShortLowerBound: null },
  });
  function tableOfChecks(rows: SchoolChecks[]) {
    const table = checkTable(rows.length);
    rows.forEach((row, s) => putChecks(table, s, row));
    return table;
  }
  it("per stage: null without a school of it, not met when one fails, not assessed when one is unknown and none fails, else met", () => {
    const table = tableOfChecks([g7("甲", "pass", ["primary"]), g7("乙", "unknown", ["primary"]), g7("丙", "fail", ["junior"])]);
    expect([schoolStageVerdict(table, CHECK.G7, "primary"), schoolStageVerdict(table, CHECK.G7, "junior")]).toEqual(["not_assessed", "not_met"]);
    expect(schoolStageVerdict(tableOfChecks([g7("甲", "pass", ["primary"])]), CHECK.G7, "junior")).toBeNull();
    expect(schoolStageVerdict(tableOfChecks([g7("甲", "pass", ["primary", "junior"])]), CHECK.G7, "junior")).toBe("met");
  });
  it("a check without stages speaks for every stage; a school that does not count is left out", () => {
    expect(schoolStageVerdict(tableOfChecks([g7("甲", "fail")]), CHECK.G7, "junior")).toBe("not_met");
    expect(schoolStageVerdict(tableOfChecks([g7("甲", "fail", ["junior"], "none")]), CHECK.G7, "junior")).toBeNull();
  });
});
