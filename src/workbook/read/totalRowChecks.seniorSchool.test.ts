/**
 * A senior high school kept on the sheet beside the compulsory schools (县第一高级中学 | 高级中学 |
 * 高中), read as no school: a 中学合计 or a plain total may count it or not (helper Q2 of s48: both
 * were warned though right, 4,985 / 2,525 and 8,124 / 5,664); a 小学 / 初中 subtotal never counts it.
 */
import type { Stage } from "../../engine/types";
import type { CellValue } from "../types";
import type { ColumnKey, ColumnRole } from "./keys";
import type { Classified } from "./rowKind";
import { message } from "../../messages/catalogue";
import { totalRowChecks, type RowStage } from "./totalRowChecks";
import { gridOf, readGridsOk } from "./testing";

function role(column: number, key: ColumnKey, header: string, stage: Stage | null = null): ColumnRole {
  return { column, key, stage, part: null, unitFactor: 1, header };
}

// Columns A 学校名称, B 在校生数; row 0 the header.
const ROLES = [role(1, "students", "在校生数")];

/** A row: a school with its stage as read, a senior high school ("seniorSchool", read as no school) or a total row. */
type Line = readonly [kind: RowStage | "seniorSchool" | "total", name: string, students: CellValue];

function checks(lines: readonly Line[]) {
  const grid = gridOf([["学校名称", "在校生数"], ...lines.map(([, ...cells]) => cells)]);
  const kinds = new Map<number, Classified>(lines.map(([kind], i) => [i + 1, { kind: kind === "total" ? "total" : "school", labelColumn: null }]));
  const schools = lines.flatMap(([kind], i) => (kind === "total" || kind === "seniorSchool" ? [] : [[i + 1, kind] as const]));
  const seniorSchoolRows = lines.flatMap(([kind], i) => (kind === "seniorSchool" ? [i + 1] : []));
  return totalRowChecks({ grid, kinds, nameColumn: 0, schoolRows: schools.map(([row]) => row), fieldRoles: ROLES, rowStages: new Map<number, RowStage>(schools), seniorSchoolRows });
}

function said(lines: readonly Line[]) {
  return checks(lines).map((i) => [i.cell, i.code, i.params.totalColumns]);
}

// 城关中学 1207 + 第二初级中学 1318 = 2525 初中; with 县第一高级中学 2460: 4985. 城关一小 1652 + 城关二小 1487 = 3139 小学.
// 总计: 2525 + 3139 = 5664 without the 高级中学, 8124 with it.
const CHENGGUAN: Line = ["junior", "城关中学", 1207];
const ERZHONG: Line = ["junior", "第二初级中学", 1318];
const GAOZHONG: Line = ["seniorSchool", "县第一高级中学", 2460];
const YIXIAO: Line = ["primary", "城关一小", 1652];
const ERXIAO: Line = ["primary", "城关二小", 1487];

describe("totalRowChecks: a senior high school's row in a total's range (Q2 of s48)", () => {
  it("finds 中学合计 4985 and 总计 8124 counting the 高级中学 right, as 2525 and 5664 leaving it out", () => {
    expect(said([CHENGGUAN, ERZHONG, GAOZHONG, ["total", "中学合计", 4985], YIXIAO, ERXIAO, ["total", "小学合计", 3139], ["total", "总计", 8124]])).toEqual([]);
    expect(said([CHENGGUAN, ERZHONG, GAOZHONG, ["total", "中学合计", 2525], YIXIAO, ERXIAO, ["total", "小学合计", 3139], ["total", "总计", 5664]])).toEqual([]);
  });

  it("finds a 城区小计 right with or without it (a part's plain total)", () => {
    expect(said([CHENGGUAN, GAOZHONG, YIXIAO, ["total", "城区小计", 1207 + 2460 + 1652]])).toEqual([]);
    expect(said([CHENGGUAN, GAOZHONG, YIXIAO, ["total", "城区小计", 1207 + 1652]])).toEqual([]);
  });

  it("warns a 中学合计 typed 4995, naming the row it may count and both sums (4,995 / 4,985 / 2,525)", () => {
    const found = checks([CHENGGUAN, ERZHONG, GAOZHONG, ["total", "中学合计", 4995]]);
    expect(found.map((i) => [i.cell, i.code, i.params.rows, i.params.totalColumns])).toEqual([["学校基本情况!A5", "read_total_row_mismatch_stage_open_few", "4", "B“在校生数” 4,995 / 4,985 / 2,525"]]);
    expect(message(found[0]?.code ?? "", found[0]?.params ?? {}, "zh")).toContain("（第 4 行：一行填写的一贯制学校的整校数值、高中部或不参评的高级中学，或隐藏、筛选掉未读取的行）");
    expect(message(found[0]?.code ?? "", found[0]?.params ?? {}, "en")).toContain("with or without row 4, which may hold a combined school's whole-school numbers on one row, a senior part or a senior high school, which are not evaluated, or hidden or filtered-out rows that were not read (the total row");
  });

  it("warns a 总计 typed 8134, saying row 4 is a 高级中学 it may count or not, and both sums (8,134 / 8,124 / 5,664): no hidden rows named that are not there (R1 of s49, g21)", () => {
    const found = checks([CHENGGUAN, ERZHONG, GAOZHONG, YIXIAO, ERXIAO, ["total", "总计", 8134]]);
    expect(found.map((i) => [i.cell, i.code, i.params.first, i.params.rows, i.params.totalColumns])).toEqual([["学校基本情况!A7", "read_total_row_mismatch_open_few", 2, "4", "B“在校生数” 8,134 / 8,124 / 5,664"]]);
    const [issue] = found;
    expect(message(issue?.code ?? "", issue?.params ?? {}, "zh")).toBe(
      "第 7 行“总计”与第 2 行起的学校行相加不符，无论是否计入第 4 行不参评的高级中学都对不上（合计行 / 计入后相加 / 不计入相加）：B“在校生数” 8,134 / 8,124 / 5,664。可能有以文本存储、Excel 求和时跳过的数字，有未能读取的数值（见其他问题），或合计行本身有误，请核对",
    );
    expect(message(issue?.code ?? "", issue?.params ?? {}, "en")).toBe(
      "Row 7 (总计) does not match the school rows from row 2 down, added up, whether or not it counts the senior high school in row 4, which is not evaluated (the total row / the sum including senior high schools / excluding them): B “在校生数” 8,134 / 8,124 / 5,664. Numbers stored as text are skipped by Excel's SUM, values may not have been readable (see the other problems), or the total itself is wrong; please check",
    );
  });

  it("warns a 总计 of 9000 with the 高级中学 (row 4) and the hidden 城关一小 (row 5) in range, naming each for what it is", () => {
    // Read: 城关中学 1207 + 第二初级中学 1318 + 城关二小 1487 = 4,012; with the 高级中学 2460 and the hidden 城关一小 1652: 8,124. 9,000 is none of 4,012, 5,664, 6,472, 8,124.
    const lines: Line[] = [CHENGGUAN, ERZHONG, GAOZHONG, YIXIAO, ERXIAO, ["total", "总计", 9000]];
    const grid = gridOf([["学校名称", "在校生数"], ...lines.map(([, ...cells]) => cells)]);
    const kinds = new Map<number, Classified>(lines.map(([kind], i) => [i + 1, { kind: kind === "total" ? "total" : "school", labelColumn: null }]));
    const rowStages = new Map<number, RowStage>([[1, "junior"], [2, "junior"], [4, "primary"], [5, "primary"]]);
    const [issue, ...more] = totalRowChecks({ grid, kinds, nameColumn: 0, schoolRows: [1, 2, 5], fieldRoles: ROLES, rowStages, seniorSchoolRows: [3], skippedRows: [4] });
    expect(more).toEqual([]);
    expect([issue?.code, issue?.params.rows, issue?.params.hiddenRows, issue?.params.totalColumns]).toEqual(["read_total_row_mismatch_open_hidden_few", "4", "5", "B“在校生数” 9,000 / 8,124 / 4,012"]);
    expect(message(issue?.code ?? "", issue?.params ?? {}, "zh")).toBe(
      "第 7 行“总计”与第 2 行起的学校行相加不符，无论是否计入第 4 行不参评的高级中学以及隐藏或筛选掉、未读取的学校行（第 5 行）都对不上（合计行 / 全部计入相加 / 都不计入相加）：B“在校生数” 9,000 / 8,124 / 4,012。可能合计行只计入了其中几行，有以文本存储、Excel 求和时跳过的数字，有未能读取的数值（见其他问题），或合计行本身有误，请核对",
    );
    expect(message(issue?.code ?? "", issue?.params ?? {}, "en")).toBe(
      "Row 7 (总计) does not match the school rows from row 2 down, added up, whether or not it counts the senior high school in row 4, which is not evaluated, and the hidden or filtered-out school rows that were not read, row 5 (the total row / the sum including them all / excluding them all): B “在校生数” 9,000 / 8,124 / 4,012. The total may count only some of those rows, numbers stored as text are skipped by Excel's SUM, values may not have been readable (see the other problems), or the total itself is wrong; please check",
    );
  });

  it("warns a 初中小计 that counts the 高级中学 (4,985 against the 初中 rows' 2,525): 初中 is no senior school", () => {
    expect(said([CHENGGUAN, ERZHONG, GAOZHONG, ["total", "初中小计", 4985]])).toEqual([["学校基本情况!A5", "read_total_row_mismatch_stage_few", "B“在校生数” 4,985 / 2,525"]]);
  });

  it("still checks a 九年一贯制小计 with a 高级中学 in its range: 1,040 against 育才学校's 1,030", () => {
    const lines: Line[] = [["primary", "城关一小", 1652], ["junior", "育才学校", 1030], GAOZHONG, ["total", "九年一贯制小计", 1040]];
    const grid = gridOf([["学校名称", "在校生数"], ...lines.map(([, ...cells]) => cells)]);
    const kinds = new Map<number, Classified>(lines.map(([kind], i) => [i + 1, { kind: kind === "total" ? "total" : "school", labelColumn: null }]));
    const rowTypes = new Map([[1, "primary" as const], [2, "nine_year" as const]]);
    const found = totalRowChecks({ grid, kinds, nameColumn: 0, schoolRows: [1, 2], fieldRoles: ROLES, rowStages: new Map<number, RowStage>([[1, "primary"], [2, "junior"]]), rowTypes, seniorSchoolRows: [3] });
    expect(found.map((i) => [i.code, i.params.totalColumns])).toEqual([["read_total_row_mismatch_type_few", "B“在校生数” 1,040 / 1,030"]]);
  });
});

describe("readSchoolRows: the 高级中学 row reaches the total checks (Q2 of s48, s1f)", () => {
  const HEAD = ["学校名称", "办学类型", "学段", "在校生数"];
  const rows: CellValue[][] = [
    ["城关中学", "初级中学", "初中", 1207],
    ["第二初级中学", "初级中学", "初中", 1318],
    ["县第一高级中学", "高级中学", "高中", 2460],
    ["中学合计", null, null, 4985],
    ["城关一小", "小学", "小学", 1652],
    ["城关二小", "小学", "小学", 1487],
    ["小学合计", null, null, 3139],
    ["总计", null, null, 8124],
  ];

  it("says nothing of 中学合计 4985 and 总计 8124 (before: two warnings, 4,985 / 2,525 and 8,124 / 5,664); the 高级中学 is noted and not read", async () => {
    const read = await readGridsOk([gridOf([HEAD, ...rows])]);
    expect(read.issues.filter((i) => i.code.startsWith("read_total_row_mismatch"))).toEqual([]);
    expect(read.issues.filter((i) => i.code === "read_senior_school_row").map((i) => i.cell)).toEqual(["学校基本情况!B4"]);
    expect(read.input.records.map((r) => r.name)).toEqual(["城关中学", "第二初级中学", "城关一小", "城关二小"]);
  });

  it("warns a 总计 of 8,024 (100 short of the rows with the 高级中学, 2,360 over those without)", async () => {
    const wrong = rows.map((r) => (r[0] === "总计" ? ["总计", null, null, 8024] : r));
    const read = await readGridsOk([gridOf([HEAD, ...wrong])]);
    expect(read.issues.filter((i) => i.code.startsWith("read_total_row_mismatch")).map((i) => [i.cell, i.code, i.params.totalColumns])).toEqual([
      ["学校基本情况!A9", "read_total_row_mismatch_open_few", "D“在校生数” 8,024 / 8,124 / 5,664"],
    ]);
  });
});
