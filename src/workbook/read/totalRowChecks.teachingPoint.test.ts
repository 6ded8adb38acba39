import type { CellValue } from "../types";
import { gridOf, readGridsOk } from "./testing";
import { HEADER, C1, T1, T2, V1, V2, tot } from "./totalRowFixture";

/**
 * 教学点小计 inside a town's block (s51 H2): a kind's subtotal adds up that kind's rows, and bounds no
 * block, so the town's 小计 under it adds up the town's schools, not the rows since the 教学点小计.
 * 石岭小学 412 / 30, 大湾村小 45 / 6, 何家教学点 18 / 2, 王村教学点 12 / 1: the town 487 / 39, its 教学点 30 / 3.
 * 城关第一小学 1,652 / 80 above the town: all 2,139 / 119.
 */
const W: CellValue[] = ["王村教学点", "小学", "教学点", 12, 1];
const town = (points: CellValue[], subtotal: CellValue[]) => [C1, T1, V1, V2, W, points, subtotal, tot("合计", 2139, 119)];

/** The total-row warnings and notes of a sheet (header in row 1): [code, cell, columns or rows left out]. */
async function said(rows: CellValue[][]) {
  const read = await readGridsOk([gridOf([HEADER, ...rows], { sheet: "学校基本情况" })]);
  const found = read.issues.filter((i) => i.code.startsWith("read_total_row_mismatch") || i.code === "read_total_row_partial");
  return found.map((i) => [i.code, i.cell, i.params.totalColumns ?? i.params.rows]);
}

describe("教学点小计 inside a town's block, the town's 小计 under it", () => {
  it("both right: the town's 小计 noted as agreeing with rows 3–6, leaving out 城关第一小学 (row 2) — not warned 487 / 2,139 against every school", async () => {
    expect(await said(town(tot("教学点小计", 30, 3), tot("石岭镇小计", 487, 39)))).toEqual([["read_total_row_partial", "学校基本情况!A8", "2"]]);
  });

  it("the town's 小计 typed 490: warned 490 / 487 against its own rows from row 3 (the note of row 2 gone with it)", async () => {
    expect(await said(town(tot("教学点小计", 30, 3), tot("石岭镇小计", 490, 39)))).toEqual([["read_total_row_mismatch_few", "学校基本情况!A8", "D“在校生数（人）” 490 / 487"]]);
    const read = await readGridsOk([gridOf([HEADER, ...town(tot("教学点小计", 30, 3), tot("石岭镇小计", 490, 39))], { sheet: "学校基本情况" })]);
    expect(read.issues.find((i) => i.code === "read_total_row_mismatch_few")?.params.first).toBe(3);
  });

  it("教学点小计 typed 40 / 3: warned against the two 教学点 alone (40 / 30), not the 村小 beside them", async () => {
    expect(await said(town(tot("教学点小计", 40, 3), tot("石岭镇小计", 487, 39)))).toEqual([
      ["read_total_row_mismatch_type_few", "学校基本情况!A7", "D“在校生数（人）” 40 / 30"],
      ["read_total_row_partial", "学校基本情况!A8", "2"],
    ]);
  });
});

describe("a kind's subtotal closing its own rows before a town's schools (s51 R4)", () => {
  // 城关第一小学 1,652 / 80 and its 县直小计; 何家教学点 18 / 2 and its 教学点小计; 石岭小学 412 / 30 + 南湾小学 300 / 20 = 712 / 50
  // and their 乡镇小计; all 1,652 + 18 + 712 = 2,382 students, 80 + 2 + 50 = 132 teachers.
  const sheet = (town: CellValue[]) => [C1, tot("县直小计", 1652, 80), V2, tot("教学点小计", 18, 2), T1, T2, town, tot("合计", 2382, 132)];

  it("乡镇小计 right (712 / 50): nothing said (before: noted as leaving out 何家教学点, row 4, which its 教学点小计 counts)", async () => {
    expect(await said(sheet(tot("乡镇小计", 712, 50)))).toEqual([]);
  });

  it("乡镇小计 typed 720: warned 720 / 712 from row 6", async () => {
    expect(await said(sheet(tot("乡镇小计", 720, 50)))).toEqual([["read_total_row_mismatch_few", "学校基本情况!A8", "D“在校生数（人）” 720 / 712"]]);
    const read = await readGridsOk([gridOf([HEADER, ...sheet(tot("乡镇小计", 720, 50))], { sheet: "学校基本情况" })]);
    expect(read.issues.find((i) => i.code === "read_total_row_mismatch_few")?.params.first).toBe(6);
  });
});
