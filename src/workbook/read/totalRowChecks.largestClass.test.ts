import type { CellValue } from "../types";
import { gridOf, readGridsOk } from "./testing";
import { summedColumns } from "./totalAgrees";
import type { ColumnRole } from "./keys";

/**
 * 最大班额 (largest class) on a total row is the largest of its schools' classes, or blank: never
 * their sum, so a total's 最大班额 is not checked (totalAgrees' NOT_SUMMED; s50 H1, item 1: 合计 52
 * over schools of 52, 48, 40, 38 and 15 was warned “F“最大班额” 52 / 193”).
 */
const HEADER: CellValue[] = ["学校名称", "学校类型", "在校生数", "班级数", "专任教师数", "最大班额"];
// Students 1652 + 980 + 412 + 300 + 45 = 3,389; classes 36 + 22 + 12 + 9 + 4 = 83; teachers 80 + 50 + 30 + 20 + 6 = 186;
// largest classes 52, 48, 40, 38, 15: the largest 52, their sum 193.
const SCHOOLS: CellValue[][] = [
  ["城关第一小学", "小学", 1652, 36, 80, 52],
  ["城关第二小学", "小学", 980, 22, 50, 48],
  ["石岭小学", "小学", 412, 12, 30, 40],
  ["南湾小学", "小学", 300, 9, 20, 38],
  ["大湾村小", "小学", 45, 4, 6, 15],
];

/** The total-row warnings of a sheet (header in row 1): [code, cell, columns]. */
async function totalSaid(rows: CellValue[][]) {
  const read = await readGridsOk([gridOf([HEADER, ...rows], { sheet: "学校基本情况" })]);
  const said = read.issues.filter((i) => i.code.startsWith("read_total_row_mismatch") || i.code.startsWith("read_total_row_side"));
  return said.map((i) => [i.code, i.cell, i.params.totalColumns ?? null]);
}

describe("最大班额 on a total row", () => {
  it.each([
    ["the largest class, 52", 52],
    ["blank", null],
    ["the classes added by a SUM dragged across the row, 193", 193],
  ])("合计 3389 | 83 | 186 with 最大班额 %s: nothing warned", async (_, largest) => {
    expect(await totalSaid([...SCHOOLS, ["合计", null, 3389, 83, 186, largest]])).toEqual([]);
  });

  it("a wrong column beside it is still warned, and only it: students 3,400 against 3,389", async () => {
    expect(await totalSaid([...SCHOOLS, ["合计", null, 3400, 83, 186, 52]])).toEqual([["read_total_row_mismatch_few", "学校基本情况!A7", "C“在校生数” 3,400 / 3,389"]]);
  });

  it("a 小计 of the town schools (412 + 300 + 45 = 757, 12 + 9 + 4 = 25, 30 + 20 + 6 = 56) with 最大班额 40: nothing warned", async () => {
    const [city, town] = [["城区小计", null, 2632, 58, 130, 52], ["乡镇小计", null, 757, 25, 56, 40]];
    const rows = [...SCHOOLS.slice(0, 2), city, ...SCHOOLS.slice(2), town, ["合计", null, 3389, 83, 186, 52]];
    expect(await totalSaid(rows)).toEqual([]);
  });

  it("城区 | 农村 under 合计, each with its own largest class (52, 40 against 52): the sides add up, nothing warned", async () => {
    const rows = [...SCHOOLS, ["合计", null, 3389, 83, 186, 52], ["城区", null, 2632, 58, 130, 52], ["农村", null, 757, 25, 56, 40]];
    expect(await totalSaid(rows)).toEqual([]);
  });
});

describe("summedColumns", () => {
  const role = (column: number, key: ColumnRole["key"], header: string): ColumnRole => ({ column, key, stage: null, part: null, unitFactor: 1, header });
  it("one role a column, without 最大班额", () => {
    const [c, f, d, c2] = [role(2, "students", "在校生数"), role(5, "largestClass", "最大班额"), role(3, "classes", "班级数"), role(2, "teachers", "专任教师")];
    expect(summedColumns([c, f, d, c2])).toEqual([c, d]);
  });
});
