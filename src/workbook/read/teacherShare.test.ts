import type { CellValue } from "../types";
import { rateColumn } from "./teacherShare";
import { gridOf, readGridsOk } from "./testing";

const HEAD = ["学校名称", "学段", "在校生数", "专任教师数", "体育、艺术教师数"];

/** The codes said in column E of a sheet of `rows`, and what E was read as per school. */
async function columnE(rows: CellValue[][]) {
  const read = await readGridsOk([gridOf([HEAD, ...rows])]);
  const codes = read.issues.filter((i) => i.cell?.startsWith("学校基本情况!E") === true).map((i) => [i.cell, i.code]);
  return { codes, values: read.input.records.map((r) => r.fields.peArtTeachers?.value ?? null) };
}

describe("teacherShare: a third or a quarter of a PE teacher (走教), not in a column of rates (reviewer R2 of s48)", () => {
  it("reads 0.33 and 0.25 among whole counts of PE teachers as shares", async () => {
    const found = await columnE([["一小", "小学", 1652, 80, 9], ["杏花村教学点", "小学", 63, 4, 0.33], ["桃园教学点", "小学", 40, 3, 0.25], ["二小", "小学", 980, 50, 6]]);
    expect(found).toEqual({ codes: [["学校基本情况!E3", "read_count_share"], ["学校基本情况!E4", "read_count_share"]], values: [9, 0.33, 0.25, 6] });
  });

  it("refuses every value of a column of rates (0.28, 0.25, 0.33, 0.3; 0.5 too): none is a teacher", async () => {
    const found = await columnE([["一小", "小学", 1652, 80, 0.28], ["二小", "小学", 980, 50, 0.25], ["三小", "小学", 412, 30, 0.33], ["四小", "小学", 300, 20, 0.5]]);
    expect(found.codes).toEqual([["学校基本情况!E2", "read_count_rate"], ["学校基本情况!E3", "read_count_rate"], ["学校基本情况!E4", "read_count_rate"], ["学校基本情况!E5", "read_count_rate"]]);
    expect(found.values).toEqual([null, null, null, null]);
  });

  it("refuses a 骨干教师 column of rates whole, as R2 of s48 found 0.25 and 0.33 read as teachers in it", async () => {
    const head = ["学校名称", "学段", "在校生数", "专任教师数", "县级及以上骨干教师数"];
    const rows: CellValue[][] = [["一小", "小学", 1652, 80, 0.28], ["二小", "小学", 980, 50, 0.25], ["三小", "小学", 412, 30, 0.33], ["四小", "小学", 300, 20, 0.3]];
    const read = await readGridsOk([gridOf([head, ...rows])]);
    expect(read.issues.filter((i) => i.cell?.startsWith("学校基本情况!E") === true).map((i) => i.code)).toEqual(Array(4).fill("read_count_rate"));
  });
});

describe("rateColumn: most of a column's numbers strictly between 0 and 1, two at least", () => {
  const grid = gridOf([
    ["h", "h", "h", "h"],
    [0.28, 2, 0.5, 0.33],
    [0.25, 0.33, 0.5, "abc"],
    [0.3, 3, 2, null],
    ["合计", 1, 3, null],
  ]);
  it.each([
    [0, true, "0.28, 0.25, 0.3: three fractions of three numbers"],
    [1, false, "2, 0.33, 3, 1: one fraction of four"],
    [2, false, "0.5, 0.5, 2, 3: two of four, not more than half"],
    [3, false, "0.33 alone: one fraction"],
  ])("column %i → %s (%s)", (column, rates) => {
    expect(rateColumn(grid, column)).toBe(rates);
  });
});
