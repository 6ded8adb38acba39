import type { CellValue } from "../types";
import { message } from "../../messages/catalogue";
import { gridOf, readGridsOk } from "./testing";

/**
 * 其中：民办学校 under a total other than 合计 at the bottom (s52 R2): its schools are that total's.
 * 公办: 城关第一小学 1652 / 80, 城关第二小学 980 / 50, 石岭小学 300 / 20; 民办: 启航小学 412 / 30, 新华学校 200 / 15.
 * Every school: 3,544 / 195.
 */
const HEADER: CellValue[] = ["学校名称", "学段", "学校类型", "办学性质", "在校生数（人）", "专任教师（人）"];
const school = (name: string, owner: string, students: number, teachers: number): CellValue[] => [name, "小学", "小学", owner, students, teachers];
const tot = (label: string, students: number, teachers: number): CellValue[] => [label, null, null, null, students, teachers];
const [C1, QH, C2, XH, SL] = [school("城关第一小学", "公办", 1652, 80), school("启航小学", "民办", 412, 30), school("城关第二小学", "公办", 980, 50), school("新华学校", "民办", 200, 15), school("石岭小学", "公办", 300, 20)];

async function totalIssues(rows: CellValue[][]) {
  const read = await readGridsOk([gridOf([HEADER, ...rows], { sheet: "学校基本情况" })]);
  return read.issues.filter((i) => i.code.startsWith("read_total_row_"));
}

describe("其中：民办学校 under a town's 小计: the town's 民办 schools, not the sheet's", () => {
  // Rows: 2 城关第一小学, 3 启航小学, 4 城关镇小计 (2,064 / 110), 5 其中, 6 城关第二小学, 7 新华学校, 8 石岭小学, 9 石岭镇小计 (1,480 / 85), 10 其中, 11 合计.
  const sheet = (chengguan: CellValue[], shiling: CellValue[]) => [C1, QH, tot("城关镇小计", 2064, 110), chengguan, C2, XH, SL, tot("石岭镇小计", 1480, 85), shiling, tot("合计", 3544, 195)];

  it("right (412 / 30 and 200 / 15): nothing said (before: row 10 noted as matching row 7 and leaving out rows 2–3, 6, 8)", async () => {
    expect(await totalIssues(sheet(tot("其中：民办学校", 412, 30), tot("其中：民办学校", 200, 15)))).toEqual([]);
  });

  it("石岭镇's 210 / 15: warned against its own 民办 row 7, 210 / 200 (before: against rows 3、7, 210 / 612 and 15 / 45)", async () => {
    const said = await totalIssues(sheet(tot("其中：民办学校", 412, 30), tot("其中：民办学校", 210, 15)));
    expect(said.map((i) => [i.code, i.cell, i.params.rows, i.params.totalColumns])).toEqual([["read_total_row_mismatch_private_few", "学校基本情况!A10", "7", "E“在校生数（人）” 210 / 200"]]);
    const [issue] = said;
    if (issue === undefined) throw new Error("expected the warning");
    expect(message(issue.code, issue.params, "zh")).toContain("第 10 行“其中：民办学校”与办学性质（或举办者）为民办的学校行（第 7 行）相加不符（合计行 / 学校行相加）：E“在校生数（人）” 210 / 200。");
    expect(message(issue.code, issue.params, "en")).toContain("Row 10 (其中：民办学校) does not match the school rows read as 民办 (private) by 办学性质 or 举办者, row 7, added up (the total row / the rows' sum): E “在校生数（人）” 210 / 200.");
  });

  it("城关镇's 420 / 30: warned against row 3, 420 / 412", async () => {
    const said = await totalIssues(sheet(tot("其中：民办学校", 420, 30), tot("其中：民办学校", 200, 15)));
    expect(said.map((i) => [i.code, i.cell, i.params.rows, i.params.totalColumns])).toEqual([["read_total_row_mismatch_private_few", "学校基本情况!A5", "3", "E“在校生数（人）” 420 / 412"]]);
  });
});

describe("其中：民办学校 under a town's 小计 heading its block (the 小计 above its schools)", () => {
  // Rows: 2 城关镇小计 2,064 / 110, 3 其中, 4 城关第一小学, 5 启航小学, 6 石岭镇小计 1,480 / 85, 7 其中, 8 城关第二小学, 9 新华学校, 10 石岭小学, 11 合计.
  const sheet = (shiling: CellValue[]) => [tot("城关镇小计", 2064, 110), tot("其中：民办学校", 412, 30), C1, QH, tot("石岭镇小计", 1480, 85), shiling, C2, XH, SL, tot("合计", 3544, 195)];

  // Not against the 民办 school above it (row 5, the other town's: 200 / 412), as the line's rows taken above it would be.
  it("right (200 / 15): nothing said", async () => {
    expect(await totalIssues(sheet(tot("其中：民办学校", 200, 15)))).toEqual([]);
  });

  it("210 / 15: warned against row 9, the town's own 民办 school, 210 / 200 (before: never checked)", async () => {
    const said = await totalIssues(sheet(tot("其中：民办学校", 210, 15)));
    expect(said.map((i) => [i.code, i.cell, i.params.rows, i.params.totalColumns])).toEqual([["read_total_row_mismatch_private_few", "学校基本情况!A7", "9", "E“在校生数（人）” 210 / 200"]]);
  });
});

describe("其中 lines under a 合计 at the top: the schools below it", () => {
  // Rows: 2 合计 3,544 / 195, 3 其中：民办学校, then 4 城关第一小学, 5 启航小学, 6 城关第二小学, 7 新华学校, 8 石岭小学.
  const sheet = (...lines: CellValue[][]) => [tot("合计", 3544, 195), ...lines, C1, QH, C2, XH, SL];

  it("right (612 / 45): nothing said (before: warned 612 / 3,544 and 45 / 195 against rows 4–8)", async () => {
    expect(await totalIssues(sheet(tot("其中：民办学校", 612, 45)))).toEqual([]);
  });

  it("620 / 45: warned against the 民办 rows 5、7, 620 / 612", async () => {
    const said = await totalIssues(sheet(tot("其中：民办学校", 620, 45)));
    expect(said.map((i) => [i.code, i.cell, i.params.rows, i.params.totalColumns])).toEqual([["read_total_row_mismatch_private_few", "学校基本情况!A3", "5、7", "E“在校生数（人）” 620 / 612"]]);
  });

  it("其中：民办 612 / 45 and 其中：公办 2,930 / 150: the 公办 line warned against rows 5、7、9, 2,930 / 2,932", async () => {
    const said = await totalIssues(sheet(tot("其中：民办", 612, 45), tot("其中：公办", 2930, 150)));
    expect(said.map((i) => [i.code, i.cell, i.params.rows, i.params.totalColumns])).toEqual([["read_total_row_mismatch_public_few", "学校基本情况!A4", "5、7、9", "E“在校生数（人）” 2,930 / 2,932"]]);
  });
});

describe("其中：民办学校 under 全镇合计 at the top, over towns' 小计 heading their blocks: every school below it", () => {
  // Rows: 2 全镇合计 3,544 / 195, 3 其中, 4 城关镇小计 2,064 / 110, 5 城关第一小学, 6 启航小学, 7 石岭镇小计 1,480 / 85, 8 城关第二小学, 9 新华学校, 10 石岭小学.
  // 民办: 启航小学 412 / 30 + 新华学校 200 / 15 = 612 / 45.
  const sheet = (line: CellValue[]) => [tot("全镇合计", 3544, 195), line, tot("城关镇小计", 2064, 110), C1, QH, tot("石岭镇小计", 1480, 85), C2, XH, SL];

  it("right (612 / 45): nothing said, as under 合计 (before: warned against row 6 alone, 612 / 412 and 45 / 30)", async () => {
    expect(await totalIssues(sheet(tot("其中：民办学校", 612, 45)))).toEqual([]);
  });

  it("620 / 45: warned against the 民办 rows 6、9, 620 / 612", async () => {
    const said = await totalIssues(sheet(tot("其中：民办学校", 620, 45)));
    expect(said.map((i) => [i.code, i.cell, i.params.rows, i.params.totalColumns])).toEqual([["read_total_row_mismatch_private_few", "学校基本情况!A3", "6、9", "E“在校生数（人）” 620 / 612"]]);
  });
});

describe("其中：民办学校 under a 合计 that follows the subtotals closing the list", () => {
  // Rows: 2–6 the five schools, 7 公办学校小计 2,932 / 150, 8 民办学校小计 612 / 45, 9 合计 3,544 / 195, 10 其中：民办学校.
  // By hand: the 合计 adds up every school above it, so the line's schools are the 民办 rows 3 and 5: 412 + 200 = 612, 30 + 15 = 45.
  const sheet = (line: CellValue[]) => [C1, QH, C2, XH, SL, tot("公办学校小计", 2932, 150), tot("民办学校小计", 612, 45), tot("合计", 3544, 195), line];

  it("right (612 / 45): nothing said (before: warned as matching no run of rows 2–6)", async () => {
    expect(await totalIssues(sheet(tot("其中：民办学校", 612, 45)))).toEqual([]);
  });

  it("620 / 45: warned against rows 3、5, 620 / 612 (before: no run; and after s52 K5, wrongly “the sheet lists no 民办 school”, 620 / 0)", async () => {
    const said = await totalIssues(sheet(tot("其中：民办学校", 620, 45)));
    expect(said.map((i) => [i.code, i.cell, i.params.rows, i.params.totalColumns])).toEqual([["read_total_row_mismatch_private_few", "学校基本情况!A10", "3、5", "E“在校生数（人）” 620 / 612"]]);
  });
});

describe("其中：民办学校 whose total's schools cannot be told", () => {
  // Rows: 2–6 the five schools, 7 民办学校小计 612 / 45, 8 公办学校小计 2,932 / 150, 9 其中：民办学校 700 / 50: under a subtotal
  // closing no run of schools (a total right above it, none below), its schools are not known, so the sheet's 民办 schools
  // (rows 3, 5) are not "none": it must not be told the sheet lists no 民办 school (s52 K5's wording for a group of no school).
  it("700 / 50: not warned as if the sheet listed no 民办 school", async () => {
    const said = await totalIssues([C1, QH, C2, XH, SL, tot("民办学校小计", 612, 45), tot("公办学校小计", 2932, 150), tot("其中：民办学校", 700, 50)]);
    expect(said.map((i) => i.code).filter((code) => code.includes("_none"))).toEqual([]);
  });
});
