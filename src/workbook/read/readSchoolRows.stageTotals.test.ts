/**
 * Stage subtotals under a county's school rows (小学小计 / 初中小计 / 总计 at the bottom, as in reviewer
 * R2's wbB of s46): each stage's subtotal is compared with the rows the reader gave that stage, by
 * their 学段 cell, a 十二年一贯制's two section rows each with its own stage.
 */
import type { CellValue } from "../types";
import { gridOf, readGridsOk } from "./testing";

const HEADER = ["学校名称", "学段", "学校类型", "在校生数（人）", "专任教师（人）"];

// 小学: 2150 + 968 + 1480 + 700 = 5,298 students, 126 + 58 + 82 + 44 = 310 teachers; 初中: 1320 + 860 + 500 = 2,680 and 105 + 68 + 40 = 213; all 7,978 and 523.
const SCHOOLS: CellValue[][] = [
  ["第一实验小学", "小学", "小学", 2150, 126],
  ["城北小学", "小学", "小学", 968, 58],
  ["第二实验小学", "小学", "小学", 1480, 82],
  ["安平中学（初中部）", "初中", "完全中学", 1320, 105],
  ["第二中学", "初中", "初级中学", 860, 68],
  ["育才学校（小学部）", "小学", "十二年一贯制学校", 700, 44],
  ["育才学校（初中部）", "初中", "十二年一贯制学校", 500, 40],
];

async function totalWarnings(totals: readonly (readonly CellValue[])[]) {
  const result = await readGridsOk([gridOf([HEADER, ...SCHOOLS, ...totals])]);
  return result.issues.filter((i) => i.code.startsWith("read_total_row_mismatch")).map((i) => [i.cell, i.code, i.params.totalColumns]);
}

describe("readSchoolRows: stage subtotals at the bottom of the sheet", () => {
  it("finds 小学小计 5,298 / 310, 初中小计 2,680 / 213 and 总计 7,978 / 523 right", async () => {
    expect(await totalWarnings([["小学小计", null, null, 5298, 310], ["初中小计", null, null, 2680, 213], ["总计", null, null, 7978, 523]])).toEqual([]);
  });

  it("warns at a 初中小计 typed 2,860 (2,680 by its rows), and only there", async () => {
    const found = await totalWarnings([["小学小计", null, null, 5298, 310], ["初中小计", null, null, 2860, 213], ["总计", null, null, 7978, 523]]);
    expect(found).toEqual([["学校基本情况!A10", "read_total_row_mismatch_stage_few", "D“在校生数（人）” 2,860 / 2,680"]]);
  });
});

describe("readSchoolRows: what a stage subtotal may count or not (R4 of s46, B2, B5b)", () => {
  it("gives a hidden row left unread its 学段: 小学小计 5,298 / 310 counts the hidden 城北小学 (row 3), 4,330 / 252 leaves it out, 5,400 is neither; 4,330 / 310 mixes both", async () => {
    // 小学 read: 2150 + 1480 + 700 = 4,330 students, 126 + 82 + 44 = 252 teachers; with 城北小学 968 / 58: 5,298 / 310.
    const hiddenWarnings = async (primary: number, teachers = 310) => {
      const grid = gridOf([HEADER, ...SCHOOLS, ["小学小计", null, null, primary, teachers], ["初中小计", null, null, 2680, 213]], { hiddenRows: [2] });
      const result = await readGridsOk([grid]);
      return result.issues.filter((i) => i.code.startsWith("read_total_row_mismatch")).map((i) => [i.cell, i.code, i.params.rows, i.params.totalColumns]);
    };
    expect(await hiddenWarnings(5298)).toEqual([]);
    expect(await hiddenWarnings(4330, 252)).toEqual([]);
    expect(await hiddenWarnings(4330)).toEqual([["学校基本情况!A9", "read_total_row_mismatch_hidden_mixed_few", "3", "D“在校生数（人）” 4,330 / 5,298"]]);
    expect(await hiddenWarnings(5400)).toEqual([["学校基本情况!A9", "read_total_row_mismatch_stage_open_few", "3", "D“在校生数（人）” 5,400 / 5,298 / 4,330"]]);
  });

  it("checks 初中小计 over a one-row 九年一贯制 both ways: 1,900 without 育英学校's 1,030, 2,930 with it; 3,030 warned", async () => {
    const rows: CellValue[][] = [["一中", "初中", "初级中学", 1100, 80], ["二中", "初中", "初级中学", 800, 60], ["育英学校", "九年一贯制", "九年一贯制学校", 1030, 75]];
    const warnings = async (students: number) => {
      const result = await readGridsOk([gridOf([HEADER, ...rows, ["初中小计", null, null, students, 215]])]);
      return result.issues.filter((i) => i.code.startsWith("read_total_row_mismatch")).map((i) => [i.cell, i.code, i.params.rows, i.params.totalColumns]);
    };
    expect(await warnings(1900)).toEqual([]);
    expect(await warnings(2930)).toEqual([]);
    expect(await warnings(3030)).toEqual([["学校基本情况!A5", "read_total_row_mismatch_stage_open_few", "4", "D“在校生数（人）” 3,030 / 2,930 / 1,900"]]);
  });
});
