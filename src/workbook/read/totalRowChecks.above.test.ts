import type { CellValue } from "../types";
import { gridOf, readGridsOk } from "./testing";
import { HEADER, C1, C2, T1, T2, tot } from "./totalRowFixture";

/**
 * Totals written above their schools in layouts where which rows a total adds up is not plain
 * (reviewer R2 of s48, finding 1): every total here is right unless a test says otherwise, so any
 * warning on them is false.
 */
// 城区: 1652 + 980 = 2,632 students, 80 + 50 = 130 teachers; 乡镇: 412 + 300 = 712, 30 + 20 = 50; all 3,344 / 180.
const ALL = tot("合计", 3344, 180);
const CITY = tot("城区小计", 2632, 130);
const TOWN = tot("乡镇小计", 712, 50);

/** The total warnings of a sheet (header in row 1): [cell, first row, columns]. */
async function totalWarnings(rows: CellValue[][], sheet = "学校基本情况") {
  const read = await readGridsOk([gridOf([HEADER, ...rows], { sheet })]);
  return read.issues.filter((i) => i.code.startsWith("read_total_row_mismatch")).map((i) => [i.cell, i.params.first, i.params.totalColumns]);
}

describe("totals above their schools whose rows are not plain: no false warning", () => {
  it("a summary at the top (合计, 城区小计, 乡镇小计 over the whole list): the 小计 among totals are not checked, 合计 3,344 is", async () => {
    expect(await totalWarnings([ALL, CITY, TOWN, C1, C2, T1, T2])).toEqual([]);
    expect(await totalWarnings([tot("合计", 3444, 180), CITY, TOWN, C1, C2, T1, T2])).toEqual([["学校基本情况!A2", 5, "D“在校生数（人）” 3,444 / 3,344"]]);
  });

  it("the county's own row or 全镇合计 at the top is the sheet's total (3,344), the 小计 under their blocks add up their blocks", async () => {
    expect(await totalWarnings([tot("青石县", 3344, 180), C1, C2, CITY, T1, T2, TOWN], "青石县")).toEqual([]);
    expect(await totalWarnings([tot("全镇合计", 3344, 180), C1, C2, CITY, T1, T2, TOWN])).toEqual([]);
    // 乡镇小计 typed 812: 812 against 石岭 412 + 南湾 300 = 712, from row 6 (not against 城区's schools).
    expect(await totalWarnings([tot("全镇合计", 3344, 180), C1, C2, CITY, T1, T2, tot("乡镇小计", 812, 50)])).toEqual([["学校基本情况!A8", 6, "D“在校生数（人）” 812 / 712"]]);
    expect(await totalWarnings([tot("全镇合计", 3345, 180), C1, C2, CITY, T1, T2, TOWN])).toEqual([["学校基本情况!A2", 3, "D“在校生数（人）” 3,345 / 3,344"]]);
  });

  it("城区小计 above its block and 乡镇小计 below its own: where 城区 ends is not written, so no part total is checked", async () => {
    expect(await totalWarnings([CITY, C1, C2, T1, T2, TOWN, ALL])).toEqual([]);
    // The grand total below every school still is: 3,354 against 3,344.
    expect(await totalWarnings([CITY, C1, C2, T1, T2, TOWN, tot("合计", 3354, 180)])).toEqual([["学校基本情况!A8", 3, "D“在校生数（人）” 3,354 / 3,344"]]);
  });

  it("城区小计 heading its block, 乡镇 with no 小计: its block ends at a heading row, or after any school when none is written", async () => {
    expect(await totalWarnings([CITY, C1, C2, ["二、乡镇学校"], T1, T2, ALL])).toEqual([]);
    expect(await totalWarnings([CITY, C1, C2, T1, T2, ALL])).toEqual([]);
    // Typed 2,630 with the heading row: against 1652 + 980 = 2,632 from row 3.
    expect(await totalWarnings([tot("城区小计", 2630, 130), C1, C2, ["二、乡镇学校"], T1, T2, ALL])).toEqual([["学校基本情况!A2", 3, "D“在校生数（人）” 2,630 / 2,632"]]);
    // Typed 1 with no end written: its teachers 130 = 80 + 50 say the block is 一小 and 二小, so 1 / 2,632.
    expect(await totalWarnings([tot("城区小计", 1, 130), C1, C2, T1, T2, ALL])).toEqual([["学校基本情况!A2", 3, "D“在校生数（人）” 1 / 2,632"]]);
  });

  it("民办学校小计 0 with no school under it, above 城区小计: neither is checked; 乡镇小计 over its block is (712)", async () => {
    expect(await totalWarnings([ALL, tot("民办学校小计", 0, 0), CITY, C1, C2, TOWN, T1, T2])).toEqual([]);
    expect(await totalWarnings([ALL, tot("民办学校小计", 0, 0), CITY, C1, C2, tot("乡镇小计", 710, 50), T1, T2])).toEqual([["学校基本情况!A7", 8, "D“在校生数（人）” 710 / 712"]]);
  });

  it("初中小计 heading the 初中 block while 育才学校（初中部） stands in the 小学 block: it takes every 初中 row on the sheet", async () => {
    // 小学 1652 + 620 + 980 = 3,252 / 80 + 45 + 50 = 175; 初中 410 + 1207 + 1318 = 2,935 / 30 + 100 + 110 = 240.
    const YP: CellValue[] = ["育才学校（小学部）", "小学", "九年一贯制学校", 620, 45];
    const YJ: CellValue[] = ["育才学校（初中部）", "初中", "九年一贯制学校", 410, 30];
    const J: CellValue[][] = [["城关中学", "初中", "初级中学", 1207, 100], ["第二初级中学", "初中", "初级中学", 1318, 110]];
    expect(await totalWarnings([tot("小学小计", 3252, 175), C1, YP, YJ, C2, tot("初中小计", 2935, 240), ...J])).toEqual([]);
    const wrong = await totalWarnings([tot("小学小计", 3252, 175), C1, YP, YJ, C2, tot("初中小计", 2945, 240), ...J]);
    expect(wrong.map(([cell, , columns]) => [cell, columns])).toEqual([["学校基本情况!A7", "D“在校生数（人）” 2,945 / 2,935"]]);
  });
});
