import type { Issue } from "../../engine/types";
import { message } from "../../messages/catalogue";
import type { CellValue } from "../types";
import type { NoDataNote } from "./findNoDataNote";
import type { ColumnKey, ColumnRole } from "./keys";
import { rowFields, type FieldScope } from "./rowFields";
import { gridOf } from "./testing";

/** A role by hand (column 0-based), headed as a bureau's two-row header names it. */
function role(column: number, key: ColumnKey, stage: ColumnRole["stage"], header: string): ColumnRole {
  return { column, key, stage, part: null, unitFactor: 1, header };
}

// A 在校生数 group as bureaus keep it: B 合计, C 其中：小学, D 其中：初中 (学校基本情况!B2, C2, D2).
const STUDENTS = [role(1, "students", null, "在校生数/合计"), role(2, "students", "primary", "在校生数/其中：小学"), role(3, "students", "junior", "在校生数/其中：初中")];
const SINGLE: FieldScope = { kind: "section", stage: "primary", singleStage: true };

function readRow(cells: readonly CellValue[], scope: FieldScope = SINGLE, roles: readonly ColumnRole[] = STUDENTS, noData: NoDataNote | null = null) {
  const issues: Issue[] = [];
  const grid = gridOf([cells.map(() => "h"), cells]);
  return { ...rowFields(grid, 1, roles, scope, issues, noData), issues };
}

/** The sheet's 填表说明 says 无数据填“—” (at A9). */
const DASH_NO_DATA: NoDataNote = { marks: new Map([["dash", "学校基本情况!A9"]]), contradictions: [] };

describe("rowFields: a single-stage school's blank stage cell read from 合计 (the reviewer's messy.xlsx)", () => {
  it("reads 城关小学's 1,234 (text) from 合计 when 其中：小学 is blank, noting both the text and where the number came from", () => {
    const r = readRow(["城关小学", "1,234", null, null]);
    expect(r.fields.students).toEqual({ value: 1234, cell: "学校基本情况!B2" });
    expect(r.blankCells).toEqual({});
    expect(r.issues.map((i) => [i.code, i.cell])).toEqual([["read_number_as_text", "学校基本情况!B2"], ["read_stage_blank_total", "学校基本情况!B2"]]);
    const note = r.issues[1] as Issue;
    expect(message(note.code, note.params, "zh")).toBe("“在校生数/其中：小学”（学校基本情况!C2）为空，本行只属一个学段，按本行“在校生数/合计”读取为 1234");
    expect(message(note.code, note.params, "en")).toContain("(学校基本情况!C2) is blank; the row is of one stage, so 1234 was read from");
  });

  it("keeps the stage's own number when it is given, 合计 unread (1,200 of 1,234: the stage wins, as before)", () => {
    const r = readRow(["城关小学", 1234, 1200, null]);
    expect(r.fields.students?.value).toBe(1200);
    expect(r.issues).toEqual([]);
  });

  it("leaves the students missing, at the stage cell, when 合计 is blank too", () => {
    const r = readRow(["城关小学", null, null, null]);
    expect(r.fields.students).toBeUndefined();
    expect(r.blankCells).toEqual({ students: "学校基本情况!C2" });
  });

  it("does not fill a 小学 row whose 其中：初中 holds a number (not plainly single-stage): missing at its stage cell", () => {
    const r = readRow(["城关小学", 900, null, 380]);
    expect(r.fields.students).toBeUndefined();
    expect(r.blankCells).toEqual({ students: "学校基本情况!C2" });
  });

  // The statistics export writes 0 in every cell of a stage a school has not (R1 of s48, F3): before, such a
  // 0 or dash in 其中：初中 took the 合计 away from a 小学, whose students were then missing at C2.
  it.each<[string, CellValue]>([
    ["0", 0],
    ["0 as text", "0"],
    ["0人", "0人"],
    ["a dash", "—"],
    ["a slash", "/"],
  ])("reads 城关小学's 600 from 合计 when 其中：小学 is blank and 其中：初中 holds %s, as when it is blank", (_, junior) => {
    const r = readRow(["城关小学", 600, null, junior]);
    expect(r.fields.students).toEqual({ value: 600, cell: "学校基本情况!B2" });
    expect(r.blankCells).toEqual({});
    expect(r.issues.map((i) => [i.code, i.cell])).toEqual([["read_stage_blank_total", "学校基本情况!B2"]]);
  });

  // R1 of s49 (s1.xlsx row 7): 暂无 in a 初级中学's 小学在校生数 was refused as no usable number and the 650 in 合计 lost,
  // though 暂无 says there is none, as a county sheet's 备注 reads it since 20ef4f4.
  it.each<[string]>([["暂无"], ["暂无数据"], ["无"], [" 暂无。"]])("reads 三中's 650 from 合计 when 其中：初中 is blank and 其中：小学 says %s, as when it is blank", (primary) => {
    const r = readRow(["三中", 650, primary, null], { kind: "section", stage: "junior", singleStage: true });
    expect(r.fields.students).toEqual({ value: 650, cell: "学校基本情况!B2" });
    expect(r.blankCells).toEqual({});
    expect(r.issues.map((i) => [i.code, i.cell])).toEqual([["read_stage_blank_total", "学校基本情况!B2"]]);
  });

  it("still keeps 合计 from a row whose other stage says 待核实 (a value pending, not none): warned at that cell", () => {
    const r = readRow(["三中", 650, "待核实", null], { kind: "section", stage: "junior", singleStage: true });
    expect(r.fields.students).toBeUndefined();
    expect(r.issues.map((i) => [i.code, i.cell])).toEqual([["read_stage_blank_total_blocked", "学校基本情况!C2"]]);
  });

  it("reads the 600 too when the sheet's note declares the dash in 其中：初中 no data (no data of a stage the school has not)", () => {
    expect(readRow(["城关小学", 600, null, "—"], SINGLE, STUDENTS, DASH_NO_DATA).fields.students?.value).toBe(600);
  });

  it("reads a 初中's 500 from 合计 beside 其中：小学 0", () => {
    const r = readRow(["城关中学", 500, 0, null], { kind: "section", stage: "junior", singleStage: true });
    expect(r.fields.students).toEqual({ value: 500, cell: "学校基本情况!B2" });
  });

  it("still does not fill a 小学 row whose 其中：初中 is unreadable (#N/A: what it holds is unknown), missing at its stage cell", () => {
    const r = readRow(["城关小学", 900, null, { error: "#N/A" }]);
    expect(r.fields.students).toBeUndefined();
    expect(r.blankCells).toEqual({ students: "学校基本情况!C2" });
  });

  it("does not fill a section scope not flagged as one stage's (singleStage false or absent: a one-row school's stage lines)", () => {
    expect(readRow(["红旗学校小学部", 900, null, null], { kind: "section", stage: "primary", singleStage: false }).fields.students).toBeUndefined();
    expect(readRow(["红旗学校小学部", 900, null, null], { kind: "section", stage: "primary" }).fields.students).toBeUndefined();
  });

  it("reports an unreadable 合计 at its cell and reads nothing: never 0", () => {
    const r = readRow(["城关小学", "约一千", null, null]);
    expect(r.fields.students).toBeUndefined();
    expect(r.issues.map((i) => [i.code, i.cell])).toEqual([["read_not_a_number", "学校基本情况!B2"]]);
  });

  it("reads 0 students from 合计 as 0 (a school that has none), noted", () => {
    const r = readRow(["城关小学", 0, null, null]);
    expect(r.fields.students?.value).toBe(0);
    expect(r.issues.map((i) => i.code)).toEqual(["read_stage_blank_total"]);
  });

  it("reads a 初中's junior cell the same way from 合计", () => {
    const r = readRow(["实验中学", " 856 ", null, null], { kind: "section", stage: "junior", singleStage: true });
    expect(r.fields.students).toEqual({ value: 856, cell: "学校基本情况!B2" });
  });
});

// A bad value in the OTHER stage's cell (s49 H1, item 1): the row gives up its 合计, and before only the blank own-stage
// cell C2 was named (missing_students at C2), never the cell that blocks (D2) nor why.
describe("rowFields: a single-stage row kept from its 合计 by an unreadable cell of the other stage names that cell", () => {
  it.each<[string, CellValue, string]>([
    ["约5", "约5", "约5"],
    ["-5", -5, "-5"],
    ["#N/A", { error: "#N/A" }, "#N/A"],
  ])("其中：初中 %s beside 合计 900: students missing at C2, a warning at D2 saying D2 blocks B2", (_, other, text) => {
    const r = readRow(["东街小学", 900, null, other]);
    expect(r.fields.students).toBeUndefined();
    expect(r.blankCells).toEqual({ students: "学校基本情况!C2" });
    const said = r.issues.filter((i) => i.code === "read_stage_blank_total_blocked");
    expect(said.map((i) => [i.cell, i.severity])).toEqual([["学校基本情况!D2", "warning"]]);
    const note = said[0] as Issue;
    expect(message(note.code, note.params, "zh")).toBe(
      `“在校生数/其中：小学”（学校基本情况!C2）为空，本行只属一个学段，本应按本行“在校生数/合计”（学校基本情况!B2）读取；但另一学段的“在校生数/其中：初中”填有“${text}”，不是可用的数值（不是数字、为负数或是公式错误），无法确定本行只有一个学段，因此未按“在校生数/合计”读取，该项缺失。如该校没有这一学段，请清空此格或填 0；如有，请填写正确的数值`,
    );
    expect(message(note.code, note.params, "en")).toBe(
      `在校生数/其中：小学 (学校基本情况!C2) is blank and the row is of one stage, so its number would be read from 在校生数/合计 (学校基本情况!B2) in the same row; but Students, junior secondary (在校生数/其中：初中), of the other stage, holds “${text}”, which is no usable number (not a number, negative or a formula error), so the row cannot be taken as one stage's and 在校生数/合计 was not read: the value is missing. If the school has no such stage, clear this cell or enter 0; if it has, enter the right number`,
    );
  });

  it("says nothing of D2 when the row's own 小学 cell is given (the row is read from it)", () => {
    expect(readRow(["东街小学", 900, 900, "约5"]).issues).toEqual([]);
  });

  // R1 of s49 (s1.xlsx rows 3–4): with 合计 unreadable or blank too, no cell but the blank C2 was named before — not the
  // 约800 in 合计, nor the 约5 / -5 the statistician typed in 其中：初中. Each is now said as a cell read is.
  it("names 合计 约800 and 其中：初中 约5 (read_not_a_number at B2 and D2), students missing at C2", () => {
    const r = readRow(["东街小学", "约800", null, "约5"]);
    expect(r.fields.students).toBeUndefined();
    expect(r.blankCells).toEqual({ students: "学校基本情况!C2" });
    expect(r.issues.map((i) => [i.code, i.cell, i.params.text])).toEqual([["read_not_a_number", "学校基本情况!B2", "约800"], ["read_not_a_number", "学校基本情况!D2", "约5"]]);
  });

  it("names 其中：初中 -5 (read_negative at D2) beside a blank 合计, students missing at C2", () => {
    const r = readRow(["西街小学", null, null, -5]);
    expect(r.blankCells).toEqual({ students: "学校基本情况!C2" });
    const said = r.issues.map((i) => [i.code, i.cell]);
    expect(said).toEqual([["read_negative", "学校基本情况!D2"]]);
    expect(message("read_negative", r.issues[0]?.params ?? {}, "zh")).toBe("“在校生数/其中：初中”的值 -5 为负数，该项未读取；请填入正确的数值后重新评估");
  });

  it("names the 初中 block's 约5 once when every degree part's 合计 is blank (three parts kept back by one cell)", () => {
    const roles = [...EXPORT_DEGREES, degreeRole(7, "junior", "graduate", "初中专任教师/#按学历分/研究生"), degreeRole(8, "junior", "bachelor", "初中专任教师/#按学历分/本科"), degreeRole(9, "junior", "associate", "初中专任教师/#按学历分/专科")];
    const r = readRow(["青石县第二小学", null, null, null, null, null, null, 0, "约5", null], SINGLE, roles);
    expect(r.fields.qualifiedTeachers).toBeUndefined();
    expect(r.issues.map((i) => [i.code, i.cell])).toEqual([["read_not_a_number", "学校基本情况!I2"]]);
  });

  it("adds nothing beside a number above 0 there (kindConflicts' read_single_stage_other_stage says that one)", () => {
    expect(readRow(["东街小学", 900, null, 5]).issues).toEqual([]);
  });

  it("names the blocking cell once for a sum of parts, the first unreadable one of the 初中 block (约2 in J2, 约5 in I2: I2)", () => {
    const roles = [...EXPORT_DEGREES, degreeRole(7, "junior", "graduate", "初中专任教师/#按学历分/研究生"), degreeRole(8, "junior", "bachelor", "初中专任教师/#按学历分/本科"), degreeRole(9, "junior", "associate", "初中专任教师/#按学历分/专科")];
    const r = readRow(["青石县第二小学", 2, 48, 20, null, null, null, 0, "约5", "约2"], SINGLE, roles);
    expect(r.fields.qualifiedTeachers).toBeUndefined();
    expect(r.issues.filter((i) => i.code === "read_stage_blank_total_blocked").map((i) => [i.cell, i.params.header, i.params.totalCell])).toEqual([["学校基本情况!I2", "初中专任教师/#按学历分/本科", "学校基本情况!B2"]]);
  });
});

/** A part's column by hand, as the reviewer's combined2.xlsx heads them (学校基本情况!H, I; AM, AN). */
function partRole(column: number, stage: ColumnRole["stage"], part: "associateUp" | "bachelorUp", header: string): ColumnRole {
  return { column, key: "qualifiedTeachers", stage, part, unitFactor: 1, header };
}

// B 专科及以上, C 本科及以上 (the whole row's); D 小学专任教师专科及以上, E 初中专任教师本科及以上 (filled only for a one-row 九年一贯制).
const DEGREES = [partRole(1, null, "associateUp", "专任教师/其中：专科及以上"), partRole(2, null, "bachelorUp", "专任教师/其中：本科及以上"), partRole(3, "primary", "associateUp", "小学专任教师专科及以上"), partRole(4, "junior", "bachelorUp", "初中专任教师本科及以上")];

describe("rowFields: a one-stage row's blank L1 stage column read from the whole row's degree column (R1 finding 1a)", () => {
  it("reads 城关第一小学's 104 from 专科及以上 when 小学专任教师专科及以上 is blank, noted at the 专科及以上 cell (before: missing at the stage cell)", () => {
    const r = readRow(["城关第一小学", 104, 70, null, null], SINGLE, DEGREES);
    expect(r.fields.qualifiedTeachers).toEqual({ value: 104, cell: "学校基本情况!B2" });
    expect(r.blankCells).toEqual({});
    expect(r.issues.map((i) => [i.code, i.cell])).toEqual([["read_stage_blank_total", "学校基本情况!B2"]]);
    const note = r.issues[0] as Issue;
    expect(message(note.code, note.params, "zh")).toBe("“小学专任教师专科及以上”（学校基本情况!D2）为空，本行只属一个学段，按本行“专任教师/其中：专科及以上”读取为 104");
    expect(message(note.code, note.params, "en")).toContain("小学专任教师专科及以上 (学校基本情况!D2) is blank; the row is of one stage, so 104 was read from");
  });

  it("reads a junior row's 本科及以上 (I), never 专科及以上, for 初中 (rules.md §2 L1)", () => {
    const r = readRow(["第一初级中学", 88, 81, null, null], { kind: "section", stage: "junior", singleStage: true }, DEGREES);
    expect(r.fields.qualifiedTeachers).toEqual({ value: 81, cell: "学校基本情况!C2" });
  });

  it("keeps the stage's own number when given (75 in 小学专任教师专科及以上 over 140 in 专科及以上), nothing noted", () => {
    const r = readRow(["城关第一小学", 140, 120, 75, null], SINGLE, DEGREES);
    expect(r.fields.qualifiedTeachers).toEqual({ value: 75, cell: "学校基本情况!D2" });
    expect(r.issues).toEqual([]);
  });

  it("leaves L1's numerator missing at the stage cell when 专科及以上 is blank too: never 0", () => {
    const r = readRow(["城关第一小学", null, 70, null, null], SINGLE, DEGREES);
    expect(r.fields.qualifiedTeachers).toBeUndefined();
    expect(r.blankCells).toEqual({ qualifiedTeachers: "学校基本情况!D2" });
    expect(r.issues).toEqual([]);
  });

  it("does not fill a 小学 row whose 初中专任教师本科及以上 holds a number (the row is not plainly one stage's)", () => {
    const r = readRow(["城关第一小学", 104, 70, null, 60], SINGLE, DEGREES);
    expect(r.fields.qualifiedTeachers).toBeUndefined();
    expect(r.blankCells).toEqual({ qualifiedTeachers: "学校基本情况!D2" });
  });

  it("does not fill a section scope without the flag (a one-row school's stage lines, whole-stage reads)", () => {
    expect(readRow(["城关第一小学", 104, 70, null, null], { kind: "section", stage: "primary" }, DEGREES).fields.qualifiedTeachers).toBeUndefined();
  });
});

/** A degree part's column by hand, as the statistics export heads them (专任教师 → #按学历分 → 研究生 / 本科 / 专科). */
function degreeRole(column: number, stage: ColumnRole["stage"], part: "graduate" | "bachelor" | "associate", header: string): ColumnRole {
  return { column, key: "qualifiedTeachers", stage, part, unitFactor: 1, header };
}

// B–D the whole row's 研究生 | 本科 | 专科 (read for a single-stage school); E–G the 小学专任教师 block,
// filled only for a one-row 九年一贯制, so blank on every 小学 row (Q1 of s48: 青石县 学校综合表).
const EXPORT_DEGREES = [
  degreeRole(1, null, "graduate", "专任教师/#按学历分/研究生"),
  degreeRole(2, null, "bachelor", "专任教师/#按学历分/本科"),
  degreeRole(3, null, "associate", "专任教师/#按学历分/专科"),
  degreeRole(4, "primary", "graduate", "小学专任教师/#按学历分/研究生"),
  degreeRole(5, "primary", "bachelor", "小学专任教师/#按学历分/本科"),
  degreeRole(6, "primary", "associate", "小学专任教师/#按学历分/专科"),
];

describe("rowFields: a single-stage row's degree parts read from the whole row's columns, the 小学 block blank (Q1 of s48)", () => {
  it("sums 研究生 + 本科 + 专科 = 2 + 48 + 20 = 70 from B–D for a 小学", () => {
    const r = readRow(["青石县第二小学", 2, 48, 20, null, null, null], SINGLE, EXPORT_DEGREES);
    expect(r.fields.qualifiedTeachers?.value).toBe(70);
    expect(r.fields.qualifiedTeachers?.assumedZeros).toBeUndefined();
  });

  it("names 专科's own blank cell D2, the one read for this row, when it is blank there too (before: the 小学 block's G2, blank on every 小学 row)", () => {
    const r = readRow(["青石县第二小学", 2, 48, null, null, null, null], SINGLE, EXPORT_DEGREES);
    // 2 + 48, the blank 专科 taken as none (the statistics leave zeros blank), named at D2.
    expect(r.fields.qualifiedTeachers?.value).toBe(50);
    expect(r.fields.qualifiedTeachers?.assumedZeros).toEqual([{ cell: "学校基本情况!D2", kind: "blank", header: "专任教师/#按学历分/专科", field: "qualifiedTeachers", part: "associate" }]);
  });

  it("does not count an unreadable 专科 (#N/A in D2) as 0: L1's numerator is not read, the error stands at D2 (before: 2 + 48 = 50, the blank G2 taken as 0)", () => {
    const r = readRow(["青石县第二小学", 2, 48, { error: "#N/A" }, null, null, null], SINGLE, EXPORT_DEGREES);
    expect(r.fields.qualifiedTeachers).toBeUndefined();
    expect(r.blankCells).toEqual({ qualifiedTeachers: "学校基本情况!D2" });
    expect(r.issues.filter((i) => i.severity === "error").map((i) => [i.code, i.cell])).toEqual([["read_formula_error", "学校基本情况!D2"]]);
  });

  it("does not take an unreadable 合计 for a blank stage cell either: the students missing at the 合计 cell with its error, never 0", () => {
    const r = readRow(["城关小学", { error: "#DIV/0!" }, null, null]);
    expect(r.fields.students).toBeUndefined();
    expect(r.blankCells).toEqual({ students: "学校基本情况!B2" });
    expect(r.issues.map((i) => [i.code, i.cell])).toEqual([["read_formula_error", "学校基本情况!B2"]]);
  });

  it("sums 2 + 48 + 20 = 70 from B–D when the 初中专任教师 block beside holds the export's 0s (before: L1's numerator missing at the 小学 block's E2)", () => {
    const roles = [...EXPORT_DEGREES, degreeRole(7, "junior", "graduate", "初中专任教师/#按学历分/研究生"), degreeRole(8, "junior", "bachelor", "初中专任教师/#按学历分/本科"), degreeRole(9, "junior", "associate", "初中专任教师/#按学历分/专科")];
    expect(readRow(["青石县第二小学", 2, 48, 20, null, null, null, 0, 0, 0], SINGLE, roles).fields.qualifiedTeachers?.value).toBe(70);
    expect(readRow(["青石县第二小学", 2, 48, 20, null, null, null, "—", "—", "—"], SINGLE, roles).fields.qualifiedTeachers?.value).toBe(70);
    // A number in the other block: not plainly one stage's, as before (the school is warned of it: read_single_stage_other_stage).
    expect(readRow(["青石县第二小学", 2, 48, 20, null, null, null, 0, 5, 0], SINGLE, roles).fields.qualifiedTeachers).toBeUndefined();
  });

  // The sheet's note says 无数据填“—” (R1 of s48, F2): a dash there is no number, so the sum of parts is unknown.
  it("leaves L1's numerator missing at D2 when the whole row's 专科 holds a — the note declares no data, said once there (before: D2 also 'blank, taken as 0', 2 + 48 = 50)", () => {
    const r = readRow(["青石县第二小学", 2, 48, "—", null, null, null], SINGLE, EXPORT_DEGREES, DASH_NO_DATA);
    expect(r.fields.qualifiedTeachers).toBeUndefined();
    expect(r.blankCells).toEqual({ qualifiedTeachers: "学校基本情况!D2" });
    // B2 and C2 noted as read for the blank E2, F2; D2 said once, as no data.
    expect(r.issues.map((i) => [i.code, i.cell])).toEqual([
      ["read_stage_blank_total", "学校基本情况!B2"],
      ["read_stage_blank_total", "学校基本情况!C2"],
      ["read_dash_as_missing", "学校基本情况!D2"],
    ]);
  });

  it("leaves a row's own 小学 block's sum missing at G2 when its 专科 is such a —: never 2 + 48 = 50 without a word", () => {
    const r = readRow(["马坊学校", null, null, null, 2, 48, "—"], { kind: "stage", stage: "primary" }, EXPORT_DEGREES, DASH_NO_DATA);
    expect(r.fields.qualifiedTeachers).toBeUndefined();
    expect(r.blankCells).toEqual({ qualifiedTeachers: "学校基本情况!G2" });
    expect(r.issues.map((i) => [i.code, i.cell])).toEqual([["read_dash_as_missing", "学校基本情况!G2"]]);
  });

  it("still reads a — without such a note as 0 (what the person typed): 2 + 48 + 0 = 50, the dash named", () => {
    const r = readRow(["青石县第二小学", 2, 48, "—", null, null, null], SINGLE, EXPORT_DEGREES);
    expect(r.fields.qualifiedTeachers?.value).toBe(50);
    expect(r.fields.qualifiedTeachers?.assumedZeros).toEqual([{ cell: "学校基本情况!D2", kind: "dash", header: "专任教师/#按学历分/专科", field: "qualifiedTeachers", part: "associate", text: "—" }]);
  });

  it("leaves the students missing at the 合计 cell B2 when it holds such a —, its 其中：小学 blank (before: missing at C2)", () => {
    const r = readRow(["城关小学", "—", null, null], SINGLE, STUDENTS, DASH_NO_DATA);
    expect(r.fields.students).toBeUndefined();
    expect(r.blankCells).toEqual({ students: "学校基本情况!B2" });
    expect(r.issues.map((i) => [i.code, i.cell])).toEqual([["read_dash_as_missing", "学校基本情况!B2"]]);
  });

  it("keeps a row that fills its own 小学 block as it was: 专科 blank in both blocks is named at the block's cell G2, no part read from B–D", () => {
    const r = readRow(["青石县实验小学", 3, 70, null, 3, 70, null], SINGLE, EXPORT_DEGREES);
    expect(r.fields.qualifiedTeachers?.value).toBe(73);
    expect(r.fields.qualifiedTeachers?.assumedZeros?.map((z) => z.cell)).toEqual(["学校基本情况!G2"]);
  });
});
