/**
 * A row equal to the sum of the school rows beside it: a block's subtotal named by its unit
 * (石桥镇中心校, 城关学区), skipped with a warning (reviewer R1, findings 1 and 2); a whole school over
 * its 学部 rows; a school over its campuses. And the rows that must stay schools (reviewers R2 W3–W5,
 * R3 findings 3–6). The sums below are worked by hand in the comments.
 */
import type { CellValue } from "../types";
import { gridOf, issuesWith, readGridsOk, type ReadOk } from "./testing";

/** Columns A–H: name, type, students, classes, teachers, teaching area (㎡), sports ground (㎡), equipment (万元). */
const HEADER = ["学校名称", "办学类型", "在校生数", "班级数", "专任教师数", "教学及辅助用房面积", "运动场地面积", "教学仪器设备值（万元）"];

async function read(rows: readonly (readonly CellValue[])[], options: { header?: readonly CellValue[]; merges?: string[] } = {}): Promise<ReadOk> {
  return readGridsOk([gridOf([options.header ?? HEADER, ...rows], { merges: options.merges ?? [] })]);
}

function names(result: ReadOk): string[] {
  return result.input.records.map((r) => r.name);
}

/** 石桥镇中心小学 450 | 15 | 30 | 2400 | 5000 | 95 and 王庄小学 120 | 6 | 9 | 700 | 2000 | 20.5; together 570 | 21 | 39 | 3100 | 7000 | 115.5. */
const SHIQIAO: CellValue[][] = [
  ["石桥镇中心小学", "小学", 450, 15, 30, 2400, 5000, 95],
  ["王庄小学", "小学", 120, 6, 9, 700, 2000, 20.5],
];
/** 城关小学 900 | 24 | 60 | 5000 | 9000 | 200 and 城关中学 600 | 15 | 40 | 3000 | 8000 | 130; together 1500 | 39 | 100 | 8000 | 17000 | 330. */
const CHENGGUAN: CellValue[][] = [
  ["城关小学", "小学", 900, 24, 60, 5000, 9000, 200],
  ["城关中学", "初级中学", 600, 15, 40, 3000, 8000, 130],
];

describe("blockTotalRows: a row whose every column is the sum of the school rows next to it", () => {
  it("skips 石桥镇中心校 (570 | 21 | 39 | 3100 | 7000 | 115.5) above its two schools, a warning naming the rows it adds up", async () => {
    const result = await read([["石桥镇中心校", null, 570, 21, 39, 3100, 7000, 115.5], ...SHIQIAO, ["城关小学", "小学", 900, 24, 60, 5000, 9000, 200]]);
    expect(names(result)).toEqual(["石桥镇中心小学", "王庄小学", "城关小学"]);
    expect(issuesWith(result.issues, "read_block_total_row")).toMatchObject([{ cell: "学校基本情况!A2", severity: "warning", params: { row: 2, first: 3, last: 4, text: "石桥镇中心校" } }]);
  });

  it("allows half a unit for a subtotal typed from rounded figures: 115.9 (0.4 over 95 + 20.5) is a sum, 116.1 (0.6 over) is not", async () => {
    const off = (equipment: number) => read([["石桥镇中心校", null, 570, 21, 39, 3100, 7000, equipment], ...SHIQIAO]);
    expect(names(await off(115.9))).toEqual(["石桥镇中心小学", "王庄小学"]);
    expect(names(await off(116.1))).toEqual(["石桥镇中心校", "石桥镇中心小学", "王庄小学"]);
  });

  it("skips a subtotal under its schools (城关学区 1500 | 39 | 100 | 8000 | 17000 | 330) and the next block's above them", async () => {
    const result = await read([...CHENGGUAN, ["城关学区", null, 1500, 39, 100, 8000, 17000, 330], ["石桥镇中心校", null, 570, 21, 39, 3100, 7000, 115.5], ...SHIQIAO]);
    expect(names(result)).toEqual(["城关小学", "城关中学", "石桥镇中心小学", "王庄小学"]);
    expect(issuesWith(result.issues, "read_block_total_row").map((i) => i.params)).toEqual([
      { text: "城关学区", row: 4, first: 2, last: 3 },
      { text: "石桥镇中心校", row: 5, first: 6, last: 7 },
    ]);
  });

  it("compares the columns filled (equipment blank in every row) and reads numbers stored as text (“1,500”, “39”)", async () => {
    const result = await read([
      ["城关小学", "小学", 900, 24, 60, 5000, 9000, null],
      ["城关中学", "初级中学", "600", 15, 40, 3000, 8000, null],
      ["城关学区", null, "1,500", "39", 100, 8000, 17000, null],
    ]);
    expect(names(result)).toEqual(["城关小学", "城关中学"]);
    expect(issuesWith(result.issues, "read_block_total_row")).toHaveLength(1);
  });

  it("keeps a row leaving blank a column its neighbours fill (运动场地 9000 + 8000, blank on 城关学区): a subtotal is never sparser than its schools", async () => {
    const result = await read([...CHENGGUAN, ["城关学区", null, 1500, 39, 100, 8000, null, 330]]);
    expect(names(result)).toEqual(["城关小学", "城关中学", "城关学区"]);
    expect(issuesWith(result.issues, "read_block_total_row")).toEqual([]);
  });

  it("leaves 最大班额 out: a subtotal holding its schools' largest class (45, not 45 + 40) is still their sum (R3 finding 6)", async () => {
    const header = [...HEADER, "最大班额"];
    const result = await read([["城关学区", null, 1500, 39, 100, 8000, 17000, 330, 45], ["城关小学", "小学", 900, 24, 60, 5000, 9000, 200, 45], ["城关中学", "初级中学", 600, 15, 40, 3000, 8000, 130, 40]], { header });
    expect(names(result)).toEqual(["城关小学", "城关中学"]);
  });

  it("checks the 合计 under the towns' subtotals against the schools alone: no mismatch of twice the total (as W7: 4,718 / 9,436)", async () => {
    const result = await read([
      ...CHENGGUAN,
      ["城关学区", null, 1500, 39, 100, 8000, 17000, 330],
      ...SHIQIAO,
      ["石桥镇中心校", null, 570, 21, 39, 3100, 7000, 115.5],
      // 1500 + 570 = 2070 | 39 + 21 = 60 | 139 | 11100 | 24000 | 445.5
      ["合计", null, 2070, 60, 139, 11100, 24000, 445.5],
    ]);
    expect(names(result)).toEqual(["城关小学", "城关中学", "石桥镇中心小学", "王庄小学"]);
    expect(result.issues.filter((i) => i.code.startsWith("read_total_row_mismatch"))).toEqual([]);
  });
});

describe("blockTotalRows: rows that stay schools", () => {
  it("keeps a school that equals the sum of two others in students only (500 = 200 + 300; teachers 30 ≠ 35)", async () => {
    const result = await read([
      ["甲小学", "小学", 500, 12, 30, 2000, 4000, 80],
      ["乙小学", "小学", 200, 6, 10, 900, 2000, 30],
      ["丙小学", "小学", 300, 6, 25, 1100, 2000, 50],
    ]);
    expect(names(result)).toEqual(["甲小学", "乙小学", "丙小学"]);
    expect(issuesWith(result.issues, "read_block_total_row")).toEqual([]);
  });

  it("keeps three 教学点 filling 3 columns that add up by chance (30 | 3 | 3 = 18 | 2 | 2 + 12 | 1 | 1): five non-zero columns needed (R3 finding 5)", async () => {
    const result = await read([
      ["杏花村教学点", "教学点", 30, 3, 3, null, null, null],
      ["石门教学点", "教学点", 18, 2, 2, null, null, null],
      ["柏树湾教学点", "教学点", 12, 1, 1, null, null, null],
    ]);
    expect(names(result)).toEqual(["杏花村教学点", "石门教学点", "柏树湾教学点"]);
  });

  it("keeps one school alone, and a row of four columns that add up (300 | 12 | 20 | 1500 = 200 | 8 | 12 | 1000 + 100 | 4 | 8 | 500)", async () => {
    expect(names(await read([["甲小学", "小学", 300, 12, 20, 1500, 3000, 60]]))).toEqual(["甲小学"]);
    const result = await read([
      ["甲小学", "小学", 300, 12, 20, 1500],
      ["乙小学", "小学", 200, 8, 12, 1000],
      ["丙小学", "小学", 100, 4, 8, 500],
    ]);
    expect(names(result)).toEqual(["甲小学", "乙小学", "丙小学"]);
  });

  it("keeps a school equal to one neighbour with a row of zeros after it (R2 W4, R3 C4): a zero row adds nothing, one row is no sum", async () => {
    const result = await read([
      ["丙小学", "小学", 300, 12, 20, 1500, 3000, 60],
      ["丁小学", "小学", 300, 12, 20, 1500, 3000, 60],
      ["戊教学点", "教学点", 0, 0, 0, 0, 0, 0],
    ]);
    expect(names(result)).toEqual(["丙小学", "丁小学", "戊教学点"]);
    expect(issuesWith(result.issues, "read_block_total_row")).toEqual([]);
  });

  it("keeps a school copied twice an error, a zero row after the copies or between them (R3 C1, C2)", async () => {
    const school = ["城东小学", "小学", 942, 24, 55, 6000, 9000, 180];
    const zero = ["柏树湾教学点", "教学点", 0, 0, 0, 0, 0, 0];
    for (const rows of [[school, school, zero], [school, zero, school]]) {
      const result = await read(rows);
      expect(issuesWith(result.issues, "read_duplicate_school")).toMatchObject([{ severity: "error" }]);
      expect(issuesWith(result.issues, "read_block_total_row")).toEqual([]);
    }
  });

  it("keeps a central school named as its 学区 (学区 石桥镇中心小学 on every row, no type column), whatever the name says (R2 W3, R3 A1)", async () => {
    const header = ["学区", "学校名称", "在校生数", "班级数", "专任教师数", "教学及辅助用房面积", "运动场地面积", "教学仪器设备值（万元）"];
    const result = await read(
      [
        ["石桥镇中心小学", "石桥镇中心小学", 450, 15, 30, 2400, 5000, 95],
        [null, "王庄小学", 120, 6, 9, 700, 2000, 20.5],
        [null, "李村小学", 90, 6, 8, 600, 1800, 15],
      ],
      { header, merges: ["A2:A4"] },
    );
    expect(names(result)).toEqual(["石桥镇中心小学", "王庄小学", "李村小学"]);
    expect(result.issues.filter((i) => i.code.startsWith("read_block"))).toEqual([]);
  });

  it("keeps a school called 城关镇 in the 乡镇 城关镇 with a blank type (R3 A3), and skips the town's row when it is the sum (as W7)", async () => {
    const header = ["乡镇", ...HEADER];
    const school = await read([["城关镇", "城关小学", "小学", 900, 24, 60, 5000, 9000, 200], [null, "城关镇", null, 1487, 30, 80, 7000, 12000, 260]], { header, merges: ["A2:A3"] });
    expect(names(school)).toEqual(["城关小学", "城关镇"]);
    // 城关镇 1500 | 39 | 100 | 8000 | 17000 | 330 under its two schools: their sum.
    const town = await read([["城关镇", ...CHENGGUAN[0]!], [null, ...CHENGGUAN[1]!], [null, "城关镇", null, 1500, 39, 100, 8000, 17000, 330]], { header, merges: ["A2:A3"] });
    expect(names(town)).toEqual(["城关小学", "城关中学"]);
    expect(issuesWith(town.issues, "read_block_total_row")).toMatchObject([{ cell: "学校基本情况!B4", severity: "warning", params: { first: 2, last: 3 } }]);
  });
});

describe("blockTotalRows: a school's own 学部 and campuses", () => {
  it("skips a 九年一贯制 row whose 小学部 and 初中部 rows under it add up to it (500 | 14 | 40 | 3100 | 6000 | 121 = 300 | 8 | 22 | 1600 | 3500 | 66 + 200 | 6 | 18 | 1500 | 2500 | 55), as info: the sections carry the numbers", async () => {
    const result = await read([
      ["石桥学校", "九年一贯制学校", 500, 14, 40, 3100, 6000, 121],
      ["石桥学校（小学部）", "九年一贯制学校", 300, 8, 22, 1600, 3500, 66],
      ["石桥学校（初中部）", "九年一贯制学校", 200, 6, 18, 1500, 2500, 55],
    ]);
    expect(result.input.records.map((r) => [r.name, r.stage, r.fields.students?.value])).toEqual([
      ["石桥学校（小学部）", "primary", 300],
      ["石桥学校（初中部）", "junior", 200],
    ]);
    expect(issuesWith(result.issues, "read_block_total_row_sections")).toMatchObject([{ severity: "info", params: { text: "石桥学校", row: 2, first: 3, last: 4 } }]);
    // Before, the 学部 rows were errors (read_duplicate_school_section) and the whole row was read without its stages' numbers.
    expect(result.issues.filter((i) => i.severity === "error")).toEqual([]);
  });

  it("skips the whole-school row after its 学部 rows too when it is their sum (1000 = 600 + 400, 70 = 40 + 30, 6000 = 3300 + 2700 …)", async () => {
    const result = await read([
      ["庚学校（小学部）", "九年一贯制学校", 600, 15, 40, 3300, 5000, 150],
      ["庚学校（初中部）", "九年一贯制学校", 400, 9, 30, 2700, 4000, 110],
      ["庚学校", "九年一贯制学校", 1000, 24, 70, 6000, 9000, 260],
    ]);
    expect(names(result)).toEqual(["庚学校（小学部）", "庚学校（初中部）"]);
    expect(issuesWith(result.issues, "read_block_total_row_sections").map((i) => i.params)).toEqual([{ text: "庚学校", row: 4, first: 2, last: 3 }]);
    expect(issuesWith(result.issues, "read_duplicate_whole_school")).toEqual([]);
  });

  it("keeps 实验小学 (500 | 12 | 30 | 2500 | 4000 | 100) the school of its 不计校数 东校区 and 西校区 rows, which add up to it: the campus rows are skipped, one school of 500 (R2 W5)", async () => {
    const header = ["学校名称", "办学类型", "是否计校数", ...HEADER.slice(2)];
    const result = await read([
      ["实验小学", "小学", "计校数", 500, 12, 30, 2500, 4000, 100],
      ["实验小学（东校区）", "小学", "不计校数", 300, 7, 18, 1500, 2500, 60],
      ["实验小学（西校区）", "小学", "不计校数", 200, 5, 12, 1000, 1500, 40],
      ["二小", "小学", "计校数", 400, 10, 25, 2000, 3000, 80],
    ], { header });
    expect(result.input.records.map((r) => [r.name, r.fields.students?.value])).toEqual([["实验小学", 500], ["二小", 400]]);
    expect(issuesWith(result.issues, "read_block_campus_row")).toMatchObject([
      { cell: "学校基本情况!A3", severity: "info", params: { row: 3, school: 2, name: "实验小学", first: 3, last: 4 } },
      { cell: "学校基本情况!A4", severity: "info" },
    ]);
    expect(issuesWith(result.issues, "read_campus_orphan")).toEqual([]);
    expect(issuesWith(result.issues, "read_block_total_row")).toEqual([]);
  });

  it("passes over the campus rows so skipped when adding up the block under them (城关学区 900 | 22 | 55 | 4500 | 7000 | 180 = 实验小学 500 | 12 | 30 | 2500 | 4000 | 100 + 二小 400 | 10 | 25 | 2000 | 3000 | 80)", async () => {
    const header = ["学校名称", "办学类型", "是否计校数", ...HEADER.slice(2)];
    const result = await read([
      ["实验小学", "小学", "计校数", 500, 12, 30, 2500, 4000, 100],
      ["实验小学（东校区）", "小学", "不计校数", 300, 7, 18, 1500, 2500, 60],
      ["实验小学（西校区）", "小学", "不计校数", 200, 5, 12, 1000, 1500, 40],
      ["二小", "小学", "计校数", 400, 10, 25, 2000, 3000, 80],
      ["城关学区", null, null, 900, 22, 55, 4500, 7000, 180],
    ], { header });
    expect(result.input.records.map((r) => [r.name, r.fields.students?.value])).toEqual([["实验小学", 500], ["二小", 400]]);
    expect(issuesWith(result.issues, "read_block_total_row")).toMatchObject([{ cell: "学校基本情况!A6", params: { first: 2, last: 5 } }]);
  });

  it("reads the same one school of 500 with a 校区 column (实验小学 | 东校区, 实验小学 | 西校区)", async () => {
    const header = ["学校名称", "校区", ...HEADER.slice(1)];
    const result = await read([
      ["实验小学", null, "小学", 500, 12, 30, 2500, 4000, 100],
      ["实验小学", "东校区", "小学", 300, 7, 18, 1500, 2500, 60],
      ["实验小学", "西校区", "小学", 200, 5, 12, 1000, 1500, 40],
    ], { header });
    expect(result.input.records.map((r) => [r.name, r.fields.students?.value])).toEqual([["实验小学", 500]]);
    expect(issuesWith(result.issues, "read_block_campus_row")).toHaveLength(2);
  });
});

/** Columns A–F: name, type, 是否计校数, students, classes, teachers, teaching area (㎡): four number columns. */
const NARROW = ["学校名称", "办学类型", "是否计校数", "在校生数", "班级数", "专任教师数", "教学及辅助用房面积"];

describe("blockTotalRows: a school over its own campuses on a narrow sheet (reviewer R4, finding 1)", () => {
  it("keeps 实验小学 500 | 12 | 30 | 2500 one school over its 不计校数 campuses 300 | 7 | 18 | 1500 + 200 | 5 | 12 | 1000 with four number columns, not 1000", async () => {
    const result = await read([
      ["实验小学", "小学", "计校数", 500, 12, 30, 2500],
      ["实验小学（东校区）", "小学", "不计校数", 300, 7, 18, 1500],
      ["实验小学（西校区）", "小学", "不计校数", 200, 5, 12, 1000],
      ["二小", "小学", "计校数", 400, 10, 25, 2000],
    ], { header: NARROW });
    expect(result.input.records.map((r) => [r.name, r.fields.students?.value])).toEqual([["实验小学", 500], ["二小", 400]]);
    expect(issuesWith(result.issues, "read_block_campus_row")).toMatchObject([{ cell: "学校基本情况!A3", params: { school: 2, first: 3, last: 4 } }, { cell: "学校基本情况!A4" }]);
    expect(issuesWith(result.issues, "read_campus_merged")).toEqual([]);
  });

  it("keeps it one school of 500 with only 在校生数 | 班级数 (500 | 12 = 300 | 7 + 200 | 5), by the campus name (（东校区）) or a 校区 column", async () => {
    const header = ["学校名称", "校区", "办学类型", "在校生数", "班级数"];
    const byColumn = await read([["实验小学", null, "小学", 500, 12], ["实验小学", "东校区", "小学", 300, 7], ["实验小学", "西校区", "小学", 200, 5]], { header });
    expect(byColumn.input.records.map((r) => [r.name, r.fields.students?.value, r.fields.classes?.value])).toEqual([["实验小学", 500, 12]]);
    const byName = await read([["实验小学", "小学", 500, 12], ["实验小学（东校区）", "小学", 300, 7], ["实验小学（西校区）", "小学", 200, 5]], { header: ["学校名称", "办学类型", "在校生数", "班级数"] });
    expect(byName.input.records.map((r) => [r.name, r.fields.students?.value])).toEqual([["实验小学", 500]]);
    expect(issuesWith(byName.issues, "read_block_campus_row")).toHaveLength(2);
  });

  it("merges the campuses as before (1000 = 500 + 300 + 200) when they do not add up to the main row: 班级数 12 ≠ 7 + 6", async () => {
    const result = await read([
      ["实验小学", "小学", "计校数", 500, 12, 30, 2500],
      ["实验小学（东校区）", "小学", "不计校数", 300, 7, 18, 1500],
      ["实验小学（西校区）", "小学", "不计校数", 200, 6, 12, 1000],
    ], { header: NARROW });
    expect(result.input.records.map((r) => [r.name, r.fields.students?.value])).toEqual([["实验小学", 1000]]);
    expect(issuesWith(result.issues, "read_block_campus_row")).toEqual([]);
  });

  it("needs students among the columns: 实验小学 with students blank, 12 | 30 = 7 | 18 + 5 | 12, is not taken for its campuses' sum", async () => {
    const result = await read([
      ["实验小学", "小学", "计校数", null, 12, 30, null],
      ["实验小学（东校区）", "小学", "不计校数", null, 7, 18, null],
      ["实验小学（西校区）", "小学", "不计校数", null, 5, 12, null],
    ], { header: NARROW });
    expect(issuesWith(result.issues, "read_block_campus_row")).toEqual([]);
  });

  it("keeps the five-column floor for other schools: 甲小学 500 | 12 | 30 | 2500 = 乙小学 300 | 7 | 18 | 1500 + 丙小学 200 | 5 | 12 | 1000 stays three schools", async () => {
    const result = await read([
      ["甲小学", "小学", "计校数", 500, 12, 30, 2500],
      ["乙小学", "小学", "计校数", 300, 7, 18, 1500],
      ["丙小学", "小学", "计校数", 200, 5, 12, 1000],
    ], { header: NARROW });
    expect(names(result)).toEqual(["甲小学", "乙小学", "丙小学"]);
    expect(result.issues.filter((i) => i.code.startsWith("read_block"))).toEqual([]);
  });
});

describe("blockTotalRows: a 学校标识码 column is no number column", () => {
  /** 学校标识码 before HEADER's columns: 10-digit codes, as the statistics give them (numbers, or text as many exports store them). */
  const WITH_ID = ["学校标识码", ...HEADER];

  it("still skips 石桥镇中心校 whose 标识码 is blank over its two schools' codes: the code column is not one the subtotal must fill", async () => {
    const result = await read([["", "石桥镇中心校", null, 570, 21, 39, 3100, 7000, 115.5], [2151000001, ...(SHIQIAO[0] ?? [])], ["2151000002", ...(SHIQIAO[1] ?? [])]], { header: WITH_ID });
    expect(names(result)).toEqual(["石桥镇中心小学", "王庄小学"]);
    expect(issuesWith(result.issues, "read_block_total_row")).toMatchObject([{ cell: "学校基本情况!B2", params: { row: 2, first: 3, last: 4 } }]);
  });

  it("never makes a fifth column: 甲小学 3000000000 | 500 | 12 | 30 | 2500 over 1000000000 | 300 | 7 | 18 | 1500 and 2000000000 | 200 | 5 | 12 | 1000 stays three schools (codes that add up, four number columns)", async () => {
    const header = ["学校标识码", "学校名称", "办学类型", "在校生数", "班级数", "专任教师数", "教学及辅助用房面积"];
    const result = await read([
      [3000000000, "甲小学", "小学", 500, 12, 30, 2500],
      [1000000000, "乙小学", "小学", 300, 7, 18, 1500],
      [2000000000, "丙小学", "小学", 200, 5, 12, 1000],
    ], { header });
    expect(names(result)).toEqual(["甲小学", "乙小学", "丙小学"]);
    expect(result.issues.filter((i) => i.code.startsWith("read_block"))).toEqual([]);
    // The same figures under a real fifth number column (运动场地面积 3000 = 1000 + 2000): 甲小学 is their sum, skipped.
    const fifth = await read([
      [3000, "甲小学", "小学", 500, 12, 30, 2500],
      [1000, "乙小学", "小学", 300, 7, 18, 1500],
      [2000, "丙小学", "小学", 200, 5, 12, 1000],
    ], { header: ["运动场地面积", ...header.slice(1)] });
    expect(names(fifth)).toEqual(["乙小学", "丙小学"]);
  });
});
