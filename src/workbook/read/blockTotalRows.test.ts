/**
 * A block's subtotal row named by its unit (石桥镇中心校, 城关学区) or its 乡镇 (城关镇), above its
 * schools or under them: skipped as 合计 / 小计 rows are, never a school (reviewer R1, findings 1
 * and 2). The sums below are worked by hand in the comments.
 */
import type { CellValue } from "../types";
import { gridOf, issuesWith, readGridsOk, type ReadOk } from "./testing";

/** Columns A–F: name, type, students, teachers, teaching area (㎡), equipment (万元). */
const HEADER = ["学校名称", "办学类型", "在校生数", "专任教师数", "教学及辅助用房面积", "教学仪器设备值（万元）"];

async function read(rows: readonly (readonly CellValue[])[], options: { header?: readonly CellValue[]; merges?: string[] } = {}): Promise<ReadOk> {
  return readGridsOk([gridOf([options.header ?? HEADER, ...rows], { merges: options.merges ?? [] })]);
}

function names(result: ReadOk): string[] {
  return result.input.records.map((r) => r.name);
}

/** 石桥镇中心小学 450 | 30 | 2400 | 95 and 王庄小学 120 | 9 | 700 | 20.5; together 570 | 39 | 3100 | 115.5. */
const SHIQIAO: CellValue[][] = [
  ["石桥镇中心小学", "小学", 450, 30, 2400, 95],
  ["王庄小学", "小学", 120, 9, 700, 20.5],
];

describe("blockTotalRows: a row whose every column is the sum of the school rows next to it", () => {
  it("skips 石桥镇中心校 (570 | 39 | 3100 | 115.5) above its two schools, noted with the rows it adds up", async () => {
    const result = await read([["石桥镇中心校", null, 570, 39, 3100, 115.5], ...SHIQIAO, ["城关小学", "小学", 900, 60, 5000, 200]]);
    expect(names(result)).toEqual(["石桥镇中心小学", "王庄小学", "城关小学"]);
    const [note] = issuesWith(result.issues, "read_block_total_row");
    expect(note).toMatchObject({ cell: "学校基本情况!A2", severity: "info", params: { row: 2, first: 3, last: 4, text: "石桥镇中心校" } });
  });

  it("skips a subtotal under its schools (城关学区 1500 | 100 | 8000 | 330 = 900 + 600 | 60 + 40 | 5000 + 3000 | 200 + 130) and the next block's above them", async () => {
    const result = await read([
      ["城关小学", "小学", 900, 60, 5000, 200],
      ["城关中学", "初级中学", 600, 40, 3000, 130],
      ["城关学区", null, 1500, 100, 8000, 330],
      ["石桥镇中心校", null, 570, 39, 3100, 115.5],
      ...SHIQIAO,
    ]);
    expect(names(result)).toEqual(["城关小学", "城关中学", "石桥镇中心小学", "王庄小学"]);
    expect(issuesWith(result.issues, "read_block_total_row").map((i) => i.params)).toEqual([
      { text: "城关学区", row: 4, first: 2, last: 3 },
      { text: "石桥镇中心校", row: 5, first: 6, last: 7 },
    ]);
  });

  it("checks the columns the subtotal fills (blank equipment) and reads numbers stored as text (“1,500”, “100”)", async () => {
    const result = await read([
      ["城关小学", "小学", 900, 60, 5000, 200],
      ["城关中学", "初级中学", "600", 40, 3000, 130],
      ["城关学区", null, "1,500", "100", 8000, null],
    ]);
    expect(names(result)).toEqual(["城关小学", "城关中学"]);
    expect(issuesWith(result.issues, "read_block_total_row")).toHaveLength(1);
  });

  it("keeps a school that equals the sum of two others in students only (500 = 200 + 300; teachers 30 ≠ 35, area 2000 ≠ 2100)", async () => {
    const result = await read([
      ["甲小学", "小学", 500, 30, 2000, 80],
      ["乙小学", "小学", 200, 10, 900, 30],
      ["丙小学", "小学", 300, 25, 1200, 50],
    ]);
    expect(names(result)).toEqual(["甲小学", "乙小学", "丙小学"]);
    expect(issuesWith(result.issues, "read_block_total_row")).toEqual([]);
  });

  it("keeps two schools equal to each other in every column: one row is no sum", async () => {
    const result = await read([
      ["甲小学", "小学", 300, 20, 1500, 60],
      ["乙小学", "小学", 300, 20, 1500, 60],
    ]);
    expect(names(result)).toEqual(["甲小学", "乙小学"]);
  });

  it("keeps one school alone, and a row whose only two columns filled add up (too few to tell a sum from chance)", async () => {
    expect(names(await read([["甲小学", "小学", 300, 20, 1500, 60]]))).toEqual(["甲小学"]);
    const result = await read([
      ["甲小学", "小学", 500, 30],
      ["乙小学", "小学", 200, 10],
      ["丙小学", "小学", 300, 20],
    ]);
    expect(names(result)).toEqual(["甲小学", "乙小学", "丙小学"]);
  });

  it("skips a 九年一贯制 row whose 小学部 and 初中部 rows under it add up to it (500 = 300 + 200 …): the sections are the school, read with their own numbers", async () => {
    const result = await read([
      ["石桥学校", "九年一贯制学校", 500, 40, 3100, 121],
      ["石桥学校（小学部）", "九年一贯制学校", 300, 22, 1600, 66],
      ["石桥学校（初中部）", "九年一贯制学校", 200, 18, 1500, 55],
    ]);
    expect(result.input.records.map((r) => [r.name, r.stage, r.fields.students?.value])).toEqual([
      ["石桥学校（小学部）", "primary", 300],
      ["石桥学校（初中部）", "junior", 200],
    ]);
    expect(issuesWith(result.issues, "read_block_total_row").map((i) => i.params)).toEqual([{ text: "石桥学校", row: 2, first: 3, last: 4 }]);
    // Before, the 学部 rows were errors (read_duplicate_school_section) and the whole row was read without its stages' numbers.
    expect(result.issues.filter((i) => i.severity === "error")).toEqual([]);
  });

  it("skips the whole-school row after its 学部 rows too when it is their sum (1000 = 600 + 400, 70 = 40 + 30, 6000 = 3300 + 2700)", async () => {
    const result = await read([
      ["庚学校（小学部）", "九年一贯制学校", 600, 40, 3300, 150],
      ["庚学校（初中部）", "九年一贯制学校", 400, 30, 2700, 110],
      ["庚学校", "九年一贯制学校", 1000, 70, 6000, 260],
    ]);
    expect(names(result)).toEqual(["庚学校（小学部）", "庚学校（初中部）"]);
    expect(issuesWith(result.issues, "read_block_total_row").map((i) => i.params)).toEqual([{ text: "庚学校", row: 4, first: 2, last: 3 }]);
    expect(issuesWith(result.issues, "read_duplicate_whole_school")).toEqual([]);
  });

  it("checks the 合计 under the towns' subtotals against the schools alone: no mismatch of twice the total (as W7: 4,718 / 9,436)", async () => {
    const result = await read([
      ["城关小学", "小学", 900, 60, 5000, 200],
      ["城关中学", "初级中学", 600, 40, 3000, 130],
      ["城关学区", null, 1500, 100, 8000, 330],
      ...SHIQIAO,
      ["石桥镇中心校", null, 570, 39, 3100, 115.5],
      // 1500 + 570 = 2070 | 139 | 11100 | 445.5
      ["合计", null, 2070, 139, 11100, 445.5],
    ]);
    expect(names(result)).toEqual(["城关小学", "城关中学", "石桥镇中心小学", "王庄小学"]);
    expect(result.issues.filter((i) => i.code.startsWith("read_total_row_mismatch"))).toEqual([]);
  });

  it("skips a row named as the 乡镇 merged over the school rows above it, with no type, whatever its numbers", async () => {
    const header = ["乡镇", ...HEADER];
    const result = await read(
      [
        ["城关镇", "城关小学", "小学", 900, 60, 5000, 200],
        [null, "城关中学", "初级中学", 600, 40, 3000, 130],
        // A hand-typed subtotal that is off (1400): still the town's row, not a school.
        [null, "城关镇", null, 1400, 100, 8000, 330],
      ],
      { header, merges: ["A2:A3"] },
    );
    expect(names(result)).toEqual(["城关小学", "城关中学"]);
    expect(issuesWith(result.issues, "read_block_total_row_township")).toMatchObject([{ cell: "学校基本情况!B4", params: { text: "城关镇" } }]);
    expect(issuesWith(result.issues, "read_type_unknown_blank")).toEqual([]);
  });
});
