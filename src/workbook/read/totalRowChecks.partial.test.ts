import type { CellValue } from "../types";
import { message } from "../../messages/catalogue";
import { gridOf, readGridsOk } from "./testing";
import { HEADER, C1, C2, SENIOR, T1, T2, tot } from "./totalRowFixture";

/**
 * A total agreeing only with rows that are not the block the sheet's layout gives it — a later start
 * than the first school since the total before it (乡镇小计 whose SUM starts a row late), or a run of
 * schools found by search (城区 under 合计) — is said as a note naming the rows it agrees with and
 * those it leaves out (read_total_row_partial): the tool cannot know which rows were meant, so
 * neither a warning nor silence (R3 of s49, A1, A2). A side under 合计 may count a senior high school
 * or a hidden school in its run (A3).
 */
// 城区: 1652 + 980 = 2,632 students, 80 + 50 = 130 teachers; 乡镇: 412 + 300 = 712, 30 + 20 = 50. All: 3,344 / 180.

async function readSheet(rows: CellValue[][], hiddenRows: number[] = []) {
  return readGridsOk([gridOf([HEADER, ...rows], { sheet: "学校基本情况", hiddenRows })]);
}

/** The sheet's total-row warnings and notes naming rows (header in row 1): [code, level, cell, rows agreeing, rows left out]. */
async function totalSaid(rows: CellValue[][], hiddenRows: number[] = []) {
  const read = await readSheet(rows, hiddenRows);
  const said = read.issues.filter((i) => i.code.startsWith("read_total_row_mismatch") || i.code.startsWith("read_total_row_side") || i.code === "read_total_row_partial");
  return said.map((i) => [i.code, i.severity, i.cell, i.params.first === undefined ? null : `${i.params.first}–${i.params.last ?? ""}`, i.params.rows ?? null]);
}

describe("a 小计 agreeing with a later start than its block's (A1)", () => {
  it("乡镇小计 300 / 20 over 石岭 412 and 南湾 300 (SUM a row late): a note, rows 5 agreeing, 2–4 left out (silent before)", async () => {
    expect(await totalSaid([C1, C2, T1, T2, tot("乡镇小计", 300, 20), tot("合计", 3344, 180)])).toEqual([
      ["read_total_row_partial", "info", "学校基本情况!A6", "5–5", "2–4"],
    ]);
  });

  it("after 城区小计, 乡镇小计 300 leaves out 石岭 (row 5): a note (silent before)", async () => {
    expect(await totalSaid([C1, C2, tot("城区小计", 2632, 130), T1, T2, tot("乡镇小计", 300, 20), tot("合计", 3344, 180)])).toEqual([
      ["read_total_row_partial", "info", "学校基本情况!A7", "6–6", "5"],
    ]);
  });

  it("乡镇小计 712 right under 城区小计's block: nothing; with no 城区小计, a note that it leaves out 城区's rows 2–3, no warning", async () => {
    expect(await totalSaid([C1, C2, tot("城区小计", 2632, 130), T1, T2, tot("乡镇小计", 712, 50), tot("合计", 3344, 180)])).toEqual([]);
    expect(await totalSaid([C1, C2, T1, T2, tot("乡镇小计", 712, 50), tot("合计", 3344, 180)])).toEqual([["read_total_row_partial", "info", "学校基本情况!A6", "4–5", "2–3"]]);
  });

  it("the note's zh and en words", async () => {
    const read = await readSheet([C1, C2, T1, T2, tot("乡镇小计", 300, 20), tot("合计", 3344, 180)]);
    const [issue] = read.issues.filter((i) => i.code === "read_total_row_partial");
    expect(issue === undefined ? null : message(issue.code, issue.params, "zh")).toBe("第 6 行“乡镇小计”与第 5 行的学校行相加相符，未计入第 2–4 行；如这些行也属于该小计，请核对");
    expect(issue === undefined ? null : message(issue.code, issue.params, "en")).toBe(
      "Row 6 (乡镇小计) matches the school rows in row 5, added up, leaving out rows 2–4; if those rows belong to it, please check",
    );
  });
});

describe("sides under 合计 matched by a run (A2, A3)", () => {
  it("城区 2632 and 农村 712 under 合计 3344 (2,632 + 712 = 3,344; 130 + 50 = 180): nothing said, the parts adding up to the whole", async () => {
    expect(await totalSaid([C1, C2, T1, T2, tot("合计", 3344, 180), tot("城区", 2632, 130), tot("农村", 712, 50)])).toEqual([]);
  });

  it("城区 2632 right and 农村 700 wrong (2,632 + 700 = 3,332 ≠ 3,344): the sides' sum warned, 城区 a note naming its run 2–3 and the rows it leaves out, 农村 (no run) a note", async () => {
    expect(await totalSaid([C1, C2, T1, T2, tot("合计", 3344, 180), tot("城区", 2632, 130), tot("农村", 700, 50)])).toEqual([
      ["read_total_row_partial", "info", "学校基本情况!A7", "2–3", "4–5"],
      ["read_total_row_sides_mismatch_few", "warning", "学校基本情况!A7", null, "7–8"],
      ["read_total_row_side_unmatched", "info", "学校基本情况!A8", null, null],
    ]);
  });

  it("城区 counting the 高级中学 in its block: 1652 + 2400 + 980 = 5,032 / 80 + 180 + 50 = 310 agrees with rows 2–4 (warned before)", async () => {
    // 合计 with the senior high school: 5,032 + 712 = 5,744 students, 310 + 50 = 360 teachers.
    const rows = [C1, SENIOR, C2, T1, T2, tot("合计", 5744, 360), tot("城区", 5032, 310), tot("农村", 712, 50)];
    expect(await totalSaid(rows)).toEqual([]);
    // 农村 700 wrong (5,032 + 700 = 5,732 ≠ 5,744): 城区's run is still found counting the 高级中学 (rows 2–4), not warned as a mismatch.
    const oneWrong = await totalSaid([C1, SENIOR, C2, T1, T2, tot("合计", 5744, 360), tot("城区", 5032, 310), tot("农村", 700, 50)]);
    expect(oneWrong.map((s) => [s[0], s[2], s[3]])).toEqual([
      ["read_total_row_partial", "学校基本情况!A8", "2–4"],
      ["read_total_row_sides_mismatch_few", "学校基本情况!A8", null],
      ["read_total_row_side_unmatched", "学校基本情况!A9", null],
    ]);
    // 5,000 agrees with no run, counting the 高级中学 or not: the sides add up to 5,712, not 5,744 (warned), and 城区 is a note.
    const wrong = await totalSaid([C1, SENIOR, C2, T1, T2, tot("合计", 5744, 360), tot("城区", 5000, 310), tot("农村", 712, 50)]);
    expect(wrong.map((s) => [s[0], s[2]])).toEqual([
      ["read_total_row_side_unmatched", "学校基本情况!A8"],
      ["read_total_row_sides_mismatch_few", "学校基本情况!A8"],
      ["read_total_row_partial", "学校基本情况!A9"],
    ]);
  });

  it("农村 counting the hidden 南湾 (row 5, 300 / 20): 412 + 300 = 712 agrees with rows 4–5 (warned before)", async () => {
    const rows = [C1, C2, T1, T2, tot("合计", 3344, 180), tot("城区", 2632, 130), tot("农村", 712, 50)];
    expect(await totalSaid(rows, [4])).toEqual([]);
    // 城区 2600 wrong (2,600 + 712 = 3,312 ≠ 3,344): 农村's run is still found counting the hidden 南湾 (rows 4–5).
    const oneWrong = await totalSaid([C1, C2, T1, T2, tot("合计", 3344, 180), tot("城区", 2600, 130), tot("农村", 712, 50)], [4]);
    expect(oneWrong.map((s) => [s[0], s[2], s[3]])).toEqual([
      ["read_total_row_side_unmatched", "学校基本情况!A7", null],
      ["read_total_row_sides_mismatch_few", "学校基本情况!A7", null],
      ["read_total_row_partial", "学校基本情况!A8", "4–5"],
    ]);
  });
});
