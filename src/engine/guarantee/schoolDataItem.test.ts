import type { CountyItem } from "../../profiles/schema";
import { CHECK, checkTable, putCheck, putChecks, putTeacherCount, TEACHER, type CheckTable } from "./checkTable";
import { STATUS } from "./checkStatus";
import { columnTallies, everySchoolItem, everySchoolItemInto, rateItem } from "./schoolDataItem";

/** A table of counted schools 甲, 乙, 丙 … with one check each in column `item`: [status, figure (NaN: none)]. */
function schools(item: number, rows: readonly (readonly [number, number])[]): CheckTable {
  const table = checkTable(rows.length);
  rows.forEach(([status, value], s) => {
    table.names[s] = "甲乙丙丁戊"[s] ?? "";
    table.counted[s] = 1;
    putCheck(table, s, item, status, value);
  });
  return table;
}

const FAILING = { kind: "failing" } as const;
const LOWEST = { kind: "lowest", countyCode: "Q4_training_share", threshold: 0.05 } as const;
const { PASS, FAIL, UNKNOWN, NONE } = STATUS;

describe("columnTallies", () => {
  it("every column's checked, failing and unknown schools of the counted ones, in one pass, in school order", () => {
    // By hand: 甲 G4 pass, G5 unknown; 乙 G4 fail 130, G5 pass; 丙 G4 fail 20, G5 fail 2 but does not count.
    const table = schools(CHECK.G4, [[PASS, 0], [FAIL, 130], [FAIL, 20]]);
    putCheck(table, 0, CHECK.G5, UNKNOWN, NaN);
    putCheck(table, 1, CHECK.G5, PASS, 0);
    putCheck(table, 2, CHECK.G5, FAIL, 2);
    table.counted[2] = 0;
    const tallies = columnTallies(table);
    expect(tallies[CHECK.G4]).toEqual({ checked: 2, failing: ["乙"], unknown: 0 });
    expect(tallies[CHECK.G5]).toEqual({ checked: 2, failing: [], unknown: 1 });
    expect(tallies[CHECK.G6]).toEqual({ checked: 0, failing: [], unknown: 0 });
    expect(tallies).toHaveLength(6);
  });
  it("each of the six columns (written out) counted on its own: a status in one column never counts in another", () => {
    // By hand, four schools, 丁 not counted:
    //   G3: 甲 fail, 乙 fail, 丙 pass → checked 3, failing [甲, 乙]
    //   G4: 乙 unknown → checked 1, unknown 1
    //   G5: none
    //   G6: 甲 pass, 丙 unknown → checked 2, unknown 1
    //   G7: 丙 fail (丁 fail, not counted) → checked 1, failing [丙]
    //   Q4: 甲 unknown, 乙 unknown, 丙 fail → checked 3, failing [丙], unknown 2
    const table = schools(CHECK.G3, [[FAIL, 2], [FAIL, 1], [PASS, 0], [FAIL, 5]]);
    table.counted[3] = 0;
    putCheck(table, 1, CHECK.G4, UNKNOWN, NaN);
    putCheck(table, 0, CHECK.G6, PASS, 0);
    putCheck(table, 2, CHECK.G6, UNKNOWN, NaN);
    putCheck(table, 2, CHECK.G7, FAIL, 300);
    putCheck(table, 3, CHECK.G7, FAIL, 300);
    putCheck(table, 0, CHECK.Q4, UNKNOWN, NaN);
    putCheck(table, 1, CHECK.Q4, UNKNOWN, NaN);
    putCheck(table, 2, CHECK.Q4, FAIL, 0.01);
    expect(columnTallies(table)).toEqual([
      { checked: 3, failing: ["甲", "乙"], unknown: 0 },
      { checked: 1, failing: [], unknown: 1 },
      { checked: 0, failing: [], unknown: 0 },
      { checked: 2, failing: [], unknown: 1 },
      { checked: 1, failing: ["丙"], unknown: 0 },
      { checked: 3, failing: ["丙"], unknown: 2 },
    ]);
    expect([CHECK.G3, CHECK.G4, CHECK.G5, CHECK.G6, CHECK.G7, CHECK.Q4]).toEqual([0, 1, 2, 3, 4, 5]);
  });
  it("an empty table: six empty tallies", () => {
    expect(columnTallies(checkTable(0))).toEqual(Array.from({ length: 6 }, () => ({ checked: 0, failing: [], unknown: 0 })));
  });
  it("everySchoolItemInto from a tally taken beforehand: 甲 passes, 乙 130 over → not met, 1 failing of 2, 乙 named", () => {
    const table = schools(CHECK.G4, [[PASS, 0], [FAIL, 130]]);
    const tally = columnTallies(table)[CHECK.G4];
    expect(everySchoolItemInto("G4", table, CHECK.G4, FAILING, [], undefined, tally)).toMatchObject({ verdict: "not_met", figure: 1, failingSchools: ["乙"], parts: { schools_checked: 2, schools_failing: 1, schools_unknown: 0 } });
  });
});

describe("everySchoolItem", () => {
  it("met when every school passes: figure 0 failing, parts counted", () => {
    const { value, issues } = everySchoolItem("G4", schools(CHECK.G4, [[PASS, 0], [PASS, 0]]), CHECK.G4, FAILING);
    expect(issues).toEqual([]);
    expect(value).toMatchObject({ code: "G4", area: "guarantee", verdict: "met", figure: 0, threshold: null, basis: "school_data", figureOf: "failing_count", failingSchools: [] });
    expect(value?.parts).toEqual({ schools_checked: 2, schools_failing: 0, schools_unknown: 0 });
  });
  it("one school, failing: not met, named", () => {
    const { value } = everySchoolItem("G4", schools(CHECK.G4, [[FAIL, 130]]), CHECK.G4, FAILING);
    expect([value?.verdict, value?.figure, value?.failingSchools]).toEqual(["not_met", 1, ["甲"]]);
  });
  it("an undecided school with none failing: not assessed from school data, with the counts, and a warning naming it", () => {
    const { value, issues } = everySchoolItem("G5", schools(CHECK.G5, [[PASS, 0], [UNKNOWN, NaN]]), CHECK.G5, FAILING);
    expect(value).toEqual({ code: "G5", area: "guarantee", verdict: "not_assessed", figure: null, threshold: null, basis: "school_data", figureOf: "failing_count", failingSchools: [], cells: [], parts: { schools_checked: 2, schools_failing: 0, schools_unknown: 1 } });
    expect(issues).toEqual([{ code: "guarantee_school_data_partial", severity: "warning", cell: null, params: { item: "G5", missing: 1, schools: "乙", schoolRows: "乙" } }]);
  });
  it("an undecided school beside a failing one: already not met, with the warning", () => {
    const { value, issues } = everySchoolItem("G5", schools(CHECK.G5, [[UNKNOWN, NaN], [FAIL, 2], [PASS, 0]]), CHECK.G5, FAILING);
    expect([value?.verdict, value?.figure, value?.parts]).toEqual(["not_met", 1, { schools_checked: 3, schools_failing: 1, schools_unknown: 1 }]);
    expect(issues.map((i) => i.params)).toEqual([{ item: "G5", missing: 1, schools: "甲", schoolRows: "甲" }]);
  });
  it("no school checked, or every school undecided: null without a warning", () => {
    expect(everySchoolItem("G6", schools(CHECK.G6, []), CHECK.G6, FAILING)).toEqual({ value: null, issues: [] });
    expect(everySchoolItem("G6", schools(CHECK.G6, [[NONE, NaN]]), CHECK.G6, FAILING)).toEqual({ value: null, issues: [] });
    expect(everySchoolItem("G6", schools(CHECK.G6, [[UNKNOWN, NaN], [UNKNOWN, NaN]]), CHECK.G6, FAILING)).toEqual({ value: null, issues: [] });
  });
  it("leaves out schools that do not count", () => {
    const table = schools(CHECK.G4, [[FAIL, 10], [PASS, 0]]);
    table.counted[0] = 0;
    expect(everySchoolItem("G4", table, CHECK.G4, FAILING).value?.verdict).toBe("met");
  });
  it("Q4: the lowest share of all schools that have one, against the threshold, in any school order", () => {
    // By hand: min(0.06, 0.04, 0.08) = 0.04; the school with no share is undecided but one fails.
    const rows: [number, number][] = [[PASS, 0.06], [FAIL, 0.04], [UNKNOWN, NaN], [PASS, 0.08]];
    for (const order of [rows, [...rows].reverse(), [rows[2], rows[0], rows[3], rows[1]] as [number, number][]]) {
      const { value } = everySchoolItem("Q4", schools(CHECK.Q4, order), CHECK.Q4, LOWEST);
      expect([value?.figure, value?.threshold, value?.parts.Q4_training_share, value?.figureOf]).toEqual([0.04, 0.05, 0.04, "lowest_school"]);
    }
  });
  it("Q4: a share that is not a number (given so through the reference path) makes the lowest NaN wherever it stands", () => {
    const found = (value: number) => ({ name: "某校", role: "compulsory" as const, checks: { Q4: { school: "某校", status: "fail" as const, value, cells: [] } }, teachers: { teachers: null, certified: null, trained: null }, issues: [], guarantee: { roomsShortLowerBound: null } });
    for (const values of [[0.02, NaN, 0.05], [NaN, 0.02, 0.05], [0.02, 0.05, NaN]]) {
      const table = checkTable(values.length);
      values.forEach((v, s) => putChecks(table, s, found(v)));
      const { value } = everySchoolItem("Q4", table, CHECK.Q4, LOWEST);
      expect(value?.figure).toBeNaN();
      // No school's share is that figure: none named.
      expect(value && "figureSchool" in value).toBe(false);
    }
  });
});

describe("everySchoolItem: the school of a lowest figure (Q4)", () => {
  /** Counted schools 甲, 乙, 丙 … with the given Q4 shares, each at its own two cells (S!AH<n>, S!AG<n>, n its row from 2). */
  function shares(values: readonly number[]): CheckTable {
    const table = schools(CHECK.Q4, values.map((v) => [v >= 0.05 ? PASS : FAIL, v]));
    values.forEach((_, s) => (table.cells[s * 6 + CHECK.Q4] = [`S!AH${s + 2}`, `S!AG${s + 2}`]));
    return table;
  }

  it("names the school the lowest share is of, with its cells, whether the item is met or not", () => {
    // 甲 30 ÷ 500 = 6%, 乙 0.36 ÷ 6.50 = 5.538…% (the sample's 杏花村教学点), 丙 8%: 乙 is the lowest, and meets 5%.
    const { value } = everySchoolItem("Q4", shares([0.06, 0.36 / 6.5, 0.08]), CHECK.Q4, LOWEST);
    expect(value?.verdict).toBe("met");
    expect(value?.figure).toBeCloseTo(0.0553846153846, 12);
    expect(value?.figureSchool).toEqual({ name: "乙", cells: ["S!AH3", "S!AG3"], schoolsWithValue: 1 });
    // Below 5%: the same school, now failing too.
    expect(everySchoolItem("Q4", shares([0.06, 0.04, 0.08]), CHECK.Q4, LOWEST).value).toMatchObject({ verdict: "not_met", failingSchools: ["乙"], figureSchool: { name: "乙", schoolsWithValue: 1 } });
  });
  it("a tie: the first in sheet order, with the number of schools at that value", () => {
    // 丙 and 丁 both 4%, 甲 5%, 乙 4.5%.
    expect(everySchoolItem("Q4", shares([0.05, 0.045, 0.04, 0.04]), CHECK.Q4, LOWEST).value?.figureSchool).toEqual({ name: "丙", cells: ["S!AH4", "S!AG4"], schoolsWithValue: 2 });
  });
  it("one school: its own share and cells", () => {
    expect(everySchoolItem("Q4", shares([0.07]), CHECK.Q4, LOWEST).value?.figureSchool).toEqual({ name: "甲", cells: ["S!AH2", "S!AG2"], schoolsWithValue: 1 });
  });
  it("a school not counted is not named, even with the lowest share; an unchecked school leaves the item open and names none", () => {
    const table = shares([0.01, 0.06]);
    table.counted[0] = 0;
    expect(everySchoolItem("Q4", table, CHECK.Q4, LOWEST).value?.figureSchool?.name).toBe("乙");
    const pending = everySchoolItem("Q4", schools(CHECK.Q4, [[PASS, 0.06], [UNKNOWN, NaN]]), CHECK.Q4, LOWEST).value;
    expect(pending?.verdict).toBe("not_assessed");
    expect(pending && "figureSchool" in pending).toBe(false);
  });
  it("a count of failing schools names none", () => {
    const value = everySchoolItem("G4", schools(CHECK.G4, [[PASS, 0], [FAIL, 3]]), CHECK.G4, FAILING).value;
    expect(value && "figureSchool" in value).toBe(false);
  });
});

const CERTIFIED: [string, CountyItem] = ["G12_certificate_rate", { item: "G12", comparison: "at_least", threshold: 1, unit: "ratio" }];

/** Counted schools with [certified, teachers] (NaN: not given). */
function teachers(rows: readonly (readonly [number, number])[]): CheckTable {
  const table = checkTable(rows.length);
  rows.forEach(([certified, all], s) => {
    table.names[s] = "甲乙丙丁戊"[s] ?? "";
    table.counted[s] = 1;
    putTeacherCount(table, s, TEACHER.certified, certified);
    putTeacherCount(table, s, TEACHER.teachers, all);
  });
  return table;
}

describe("rateItem", () => {
  it("certified 40 + 30 of teachers 40 + 31 → 70 ÷ 71 = 0.985915… < 1: not met, failing the second school", () => {
    const { value } = rateItem("G12", teachers([[40, 40], [30, 31]]), TEACHER.certified, CERTIFIED);
    expect(value?.figure).toBeCloseTo(70 / 71, 15);
    expect([value?.verdict, value?.threshold, value?.failingSchools, value?.parts.schools_checked, value?.parts.schools_failing]).toEqual(["not_met", 1, ["乙"], 2, 1]);
  });
  it("all certified: met, nobody listed", () => {
    expect(rateItem("G12", teachers([[12, 12]]), TEACHER.certified, CERTIFIED).value).toMatchObject({ verdict: "met", figure: 1, failingSchools: [] });
  });
  it("a school without its counts: no county rate (a partial sum is none), not assessed with the counts and a warning; no teachers at all: none", () => {
    const partial = rateItem("G12", teachers([[40, 40], [NaN, 31]]), TEACHER.certified, CERTIFIED);
    expect(partial.value).toMatchObject({ verdict: "not_assessed", figure: null, basis: "school_data", figureOf: "rate", failingSchools: [], parts: { G12_certificate_rate: null, schools_checked: 2, schools_failing: 0, schools_unknown: 1 } });
    expect(partial.issues.map((i) => i.params)).toEqual([{ item: "G12", missing: 1, schools: "乙", schoolRows: "乙" }]);
    expect(rateItem("G12", teachers([[30, NaN], [40, 40]]), TEACHER.certified, CERTIFIED).issues.map((i) => i.params)).toEqual([{ item: "G12", missing: 1, schools: "甲", schoolRows: "甲" }]);
    expect(rateItem("G12", teachers([[0, 0]]), TEACHER.certified, CERTIFIED)).toEqual({ value: null, issues: [] });
    expect(rateItem("G12", teachers([[NaN, NaN]]), TEACHER.certified, CERTIFIED)).toEqual({ value: null, issues: [] });
  });
  it("a school without its counts beside one under 100%: not met all the same (no count exceeds its teachers, so 100% needs every school)", () => {
    const { value, issues } = rateItem("G12", teachers([[39, 40], [NaN, 31]]), TEACHER.certified, CERTIFIED);
    expect(value).toMatchObject({ verdict: "not_met", figure: null, failingSchools: ["甲"], parts: { G12_certificate_rate: null, schools_checked: 2, schools_failing: 1, schools_unknown: 1 } });
    expect(issues.map((i) => [i.code, i.params])).toEqual([["guarantee_school_data_partial_failing", { item: "G12", missing: 1, schools: "乙", schoolRows: "乙" }]]);
  });

  it("a school with no teachers is not listed as failing; it still counts in the sums", () => {
    const { value } = rateItem("G12", teachers([[10, 10], [0, 0]]), TEACHER.certified, CERTIFIED);
    expect([value?.verdict, value?.figure, value?.failingSchools]).toEqual(["met", 1, []]);
  });
});

describe("schoolDataItem: edge cases", () => {
  it("everySchoolItem, lowest kind, an undecided school and none failing: not assessed, the lowest share null in the parts, the threshold kept", () => {
    const { value, issues } = everySchoolItem("Q4", schools(CHECK.Q4, [[PASS, 0.06], [UNKNOWN, NaN]]), CHECK.Q4, LOWEST);
    expect(value).toEqual({ code: "Q4", area: "quality", verdict: "not_assessed", figure: null, threshold: 0.05, basis: "school_data", figureOf: "lowest_school", failingSchools: [], cells: [], parts: { Q4_training_share: null, schools_checked: 2, schools_failing: 0, schools_unknown: 1 } });
    expect(issues.map((i) => i.code)).toEqual(["guarantee_school_data_partial"]);
  });

  it("everySchoolItem, lowest kind, all schools at the threshold: met with the threshold as the lowest; one school of 0: that 0", () => {
    const equal = everySchoolItem("Q4", schools(CHECK.Q4, [[PASS, 0.05], [PASS, 0.05], [PASS, 0.05]]), CHECK.Q4, LOWEST).value;
    expect([equal?.verdict, equal?.figure, equal?.parts.schools_checked]).toEqual(["met", 0.05, 3]);
    const zero = everySchoolItem("Q4", schools(CHECK.Q4, [[FAIL, 0]]), CHECK.Q4, LOWEST).value;
    expect([zero?.verdict, zero?.figure, zero?.failingSchools]).toEqual(["not_met", 0, ["甲"]]);
  });

  it("everySchoolItem: every school failing gives their number; an undecided school that does not count is ignored", () => {
    expect(everySchoolItem("G4", schools(CHECK.G4, [[FAIL, 1], [FAIL, 2], [FAIL, 3]]), CHECK.G4, FAILING).value).toMatchObject({ verdict: "not_met", figure: 3, failingSchools: ["甲", "乙", "丙"] });
    const table = schools(CHECK.G4, [[PASS, 0], [UNKNOWN, NaN]]);
    table.counted[1] = 0;
    expect(everySchoolItem("G4", table, CHECK.G4, FAILING)).toMatchObject({ value: { verdict: "met", parts: { schools_checked: 1, schools_failing: 0, schools_unknown: 0 } }, issues: [] });
  });

  it("partialRate: a school failing a rate under 100% beside one without counts stays not assessed (the missing school could lift the county)", () => {
    // Training ≥ 50%: 甲 1 of 4 = 25% fails on its own; 乙's counts missing: (1 + x) ÷ (4 + d) can reach 50% (x = d = 4: 5 ÷ 8).
    const half: [string, CountyItem] = ["G9_training_rate", { item: "G9", comparison: "at_least", threshold: 0.5, unit: "ratio" }];
    const { value, issues } = rateItem("G9", teachers([[1, 4], [NaN, 10]]), TEACHER.certified, half);
    expect(value).toMatchObject({ verdict: "not_assessed", figure: null, threshold: 0.5, failingSchools: ["甲"], parts: { G9_training_rate: null, schools_checked: 2, schools_failing: 1, schools_unknown: 1 } });
    expect(issues.map((i) => i.code)).toEqual(["guarantee_school_data_partial"]);
  });

  it("partialRate: no threshold decides nothing and lists nobody", () => {
    const open: [string, CountyItem] = ["G12_certificate_rate", { item: "G12", comparison: "at_least", threshold: null, unit: "ratio" }];
    expect(rateItem("G12", teachers([[0, 40], [NaN, 31]]), TEACHER.certified, open).value).toMatchObject({ verdict: "not_assessed", threshold: null, failingSchools: [] });
  });

  it("rateItem: every school exactly at the threshold meets it (9 + 9 of 10 + 10 = 0.9 ≥ 0.9); schools with no teachers at all give no rate", () => {
    const ninety: [string, CountyItem] = ["G9_training_rate", { item: "G9", comparison: "at_least", threshold: 0.9, unit: "ratio" }];
    const { value } = rateItem("G9", teachers([[9, 10], [9, 10]]), TEACHER.certified, ninety);
    expect([value?.verdict, value?.failingSchools]).toEqual(["met", []]);
    expect(value?.figure).toBeCloseTo(0.9, 15);
    expect(rateItem("G12", teachers([[0, 0], [0, 0]]), TEACHER.certified, CERTIFIED)).toEqual({ value: null, issues: [] });
  });

  it("rateItem: no schools at all, or none that counts, gives null without a warning", () => {
    expect(rateItem("G12", teachers([]), TEACHER.certified, CERTIFIED)).toEqual({ value: null, issues: [] });
    const table = teachers([[39, 40]]);
    table.counted[0] = 0;
    expect(rateItem("G12", table, TEACHER.certified, CERTIFIED)).toEqual({ value: null, issues: [] });
  });

  it("rateItem: large counts sum exactly (3 000 schools of 100 teachers, one short by one: 299 999 ÷ 300 000)", () => {
    const rows = Array.from({ length: 3000 }, (_, i): [number, number] => [i === 0 ? 99 : 100, 100]);
    const { value } = rateItem("G12", teachers(rows), TEACHER.certified, CERTIFIED);
    expect(value?.figure).toBeCloseTo(299_999 / 300_000, 15);
    expect([value?.verdict, value?.parts.schools_failing]).toEqual(["not_met", 1]);
  });
});
