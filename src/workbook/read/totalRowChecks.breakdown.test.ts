import type { CellValue } from "../types";
import { gridOf, readGridsOk } from "./testing";

/**
 * A 其中 line the tool cannot check (其中：寄宿制学校: which schools board is not on the sheet) is a
 * part of the row above it, in no sum: the sheet's other totals are still checked (s52 H6: any such
 * line turned every total check of the sheet off).
 * 公办: 城关第一小学 1652 / 80, 城关第二小学 980 / 50, 石岭小学 300 / 20; 民办: 启航小学 412 / 30, 新华学校 200 / 15.
 * Every school: 1652 + 412 + 980 + 200 + 300 = 3,544 students, 80 + 30 + 50 + 15 + 20 = 195 teachers;
 * 民办: 412 + 200 = 612 / 30 + 15 = 45.
 */
const HEADER: CellValue[] = ["学校名称", "学段", "学校类型", "办学性质", "在校生数（人）", "专任教师（人）"];
const school = (name: string, owner: string, students: number, teachers: number): CellValue[] => [name, "小学", "小学", owner, students, teachers];
const tot = (label: string, students: number, teachers: number): CellValue[] => [label, null, null, null, students, teachers];
const [C1, QH, C2, XH, SL] = [school("城关第一小学", "公办", 1652, 80), school("启航小学", "民办", 412, 30), school("城关第二小学", "公办", 980, 50), school("新华学校", "民办", 200, 15), school("石岭小学", "公办", 300, 20)];
/** Rows 2–6 on the sheet: the five schools. */
const SCHOOLS = [C1, QH, C2, XH, SL];
const BOARDING = tot("其中：寄宿制学校", 1200, 60);

async function totalIssues(rows: CellValue[][]) {
  const read = await readGridsOk([gridOf([HEADER, ...rows], { sheet: "学校基本情况" })]);
  return read.issues.filter((i) => i.code.startsWith("read_total_row_")).map((i) => [i.code, i.cell, i.params.rows ?? null, i.params.totalColumns]);
}

describe("其中：寄宿制学校 on the sheet: the other totals still checked", () => {
  it("合计 3,545 under the schools, 其中：寄宿制学校 under it: warned 3,545 / 3,544 (before: nothing said)", async () => {
    expect(await totalIssues([...SCHOOLS, tot("合计", 3545, 195), BOARDING])).toEqual([["read_total_row_mismatch_few", "学校基本情况!A7", null, "E“在校生数（人）” 3,545 / 3,544"]]);
  });

  it("其中：寄宿制学校 as the very first row, 合计 3,545 at the bottom: warned at row 8 (before: nothing said)", async () => {
    expect(await totalIssues([BOARDING, ...SCHOOLS, tot("合计", 3545, 195)])).toEqual([["read_total_row_mismatch_few", "学校基本情况!A8", null, "E“在校生数（人）” 3,545 / 3,544"]]);
  });

  it("其中：民办学校 620 right after 其中：寄宿制学校 under 合计: read as the 民办 subtotal, warned against rows 3、5, 620 / 612", async () => {
    expect(await totalIssues([...SCHOOLS, tot("合计", 3544, 195), BOARDING, tot("其中：民办学校", 620, 45)])).toEqual([
      ["read_total_row_mismatch_private_few", "学校基本情况!A9", "3、5", "E“在校生数（人）” 620 / 612"],
    ]);
  });

  it("right: 合计 3,544 / 195, 其中：寄宿制学校, 其中：民办学校 612 / 45: nothing said", async () => {
    expect(await totalIssues([...SCHOOLS, tot("合计", 3544, 195), BOARDING, tot("其中：民办学校", 612, 45)])).toEqual([]);
    expect(await totalIssues([BOARDING, ...SCHOOLS, tot("合计", 3544, 195)])).toEqual([]);
  });
});

describe("a breakdown under a school (其中：女): part of its row, no end of its block", () => {
  // Rows: 2 城关第一小学, 3 其中：女 800 / 50, 4 启航小学, 5 城关镇小计, 6 城关第二小学, 7 新华学校, 8 石岭小学, 9 石岭镇小计, 10 合计.
  const sheet = (chengguan: number, total: number) => [C1, tot("其中：女", 800, 50), QH, tot("城关镇小计", chengguan, 110), C2, XH, SL, tot("石岭镇小计", 1480, 85), tot("合计", total, 195)];

  it("城关镇小计 1652 + 412 = 2,064 and 合计 3,544: nothing said", async () => {
    expect(await totalIssues(sheet(2064, 3544))).toEqual([]);
  });

  it("城关镇小计 2,864 (其中：女 800 added in): warned 2,864 / 2,064", async () => {
    expect(await totalIssues(sheet(2864, 3544))).toEqual([["read_total_row_mismatch_few", "学校基本情况!A5", null, "E“在校生数（人）” 2,864 / 2,064"]]);
  });

  it("其中：民办学校 under 合计 with 其中：女 right above 合计: its schools every one above it, 612 / 45 right, 600 warned 600 / 612", async () => {
    const rows = (privateStudents: number) => [...SCHOOLS, tot("其中：女", 1700, 95), tot("合计", 3544, 195), tot("其中：民办学校", privateStudents, 45)];
    expect(await totalIssues(rows(612))).toEqual([]);
    expect(await totalIssues(rows(600))).toEqual([["read_total_row_mismatch_private_few", "学校基本情况!A9", "3、5", "E“在校生数（人）” 600 / 612"]]);
  });
});
