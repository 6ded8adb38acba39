import type { CellValue } from "../types";
import { message } from "../../messages/catalogue";
import { gridOf, readGridsOk } from "./testing";
import { HEADER, C1, C2, T1, T2, V1, V2, tot } from "./totalRowFixture";
import { sideWords } from "./totalRowSides";

/**
 * The 城乡 sides under a grand total (合计 | 城区 | 农村, 城区 / 镇区 / 乡村, bare or 其中：) must add up
 * to it column by column, whatever rows each counts (R3 of s49, A2: a wrong breakdown equal to some
 * run of schools was silent). Every sheet here is right unless a test says otherwise.
 */
// 城区: 1652 + 980 = 2,632 students, 80 + 50 = 130 teachers; 镇区: 412 + 300 = 712, 30 + 20 = 50; 乡村: 45 + 18 = 63, 6 + 2 = 8.
// 农村 (镇区 + 乡村): 712 + 63 = 775, 50 + 8 = 58. 合计: 2,632 + 775 = 3,407 students, 130 + 58 = 188 teachers.
const SCHOOLS = [C1, C2, T1, T2, V1, V2];
const ALL = tot("合计", 3407, 188);

/** The sheet's total-row issues that are warnings or side notes (header in row 1): [code, cell, columns]. */
async function sideSaid(rows: CellValue[][]) {
  const read = await readGridsOk([gridOf([HEADER, ...rows], { sheet: "学校基本情况" })]);
  const said = read.issues.filter((i) => i.code.startsWith("read_total_row_mismatch") || i.code.startsWith("read_total_row_side"));
  return said.map((i) => [i.code, i.cell, i.params.totalColumns ?? null]);
}

describe("sides under a grand total added up", () => {
  it("城区 2632 | 农村 775 and 城区 | 镇区 | 乡村 under 合计 3407: nothing warned", async () => {
    expect(await sideSaid([...SCHOOLS, ALL, tot("城区", 2632, 130), tot("农村", 775, 58)])).toEqual([]);
    expect(await sideSaid([...SCHOOLS, ALL, tot("城区", 2632, 130), tot("镇区", 712, 50), tot("乡村", 63, 8)])).toEqual([]);
  });

  it("城区 leaving out its last school (1652, rows 2 alone): 1,652 + 775 = 2,427, 80 + 58 = 138 against 3,407 / 188 (silent before)", async () => {
    expect(await sideSaid([...SCHOOLS, ALL, tot("城区", 1652, 80), tot("农村", 775, 58)])).toEqual([
      ["read_total_row_sides_mismatch_few", "学校基本情况!A9", "D“在校生数（人）” 3,407 / 2,427\nE“专任教师（人）” 188 / 138"],
    ]);
  });

  it("农村 forgetting the 村小 and 教学点 (712 / 50): 2,632 + 712 = 3,344, 130 + 50 = 180 (silent before)", async () => {
    expect(await sideSaid([...SCHOOLS, ALL, tot("城区", 2632, 130), tot("农村", 712, 50)])).toEqual([
      ["read_total_row_sides_mismatch_few", "学校基本情况!A9", "D“在校生数（人）” 3,407 / 3,344\nE“专任教师（人）” 188 / 180"],
    ]);
  });

  it("城区 copying 农村 (775 / 58 twice): 1,550 / 116 (silent before)", async () => {
    expect(await sideSaid([...SCHOOLS, ALL, tot("城区", 775, 58), tot("农村", 775, 58)])).toEqual([
      ["read_total_row_sides_mismatch_few", "学校基本情况!A9", "D“在校生数（人）” 3,407 / 1,550\nE“专任教师（人）” 188 / 116"],
    ]);
  });

  it("其中：城区 | 其中：镇区 713 | 其中：乡村: 2,632 + 713 + 63 = 3,408, the teachers agreeing (silent before: a sheet with 其中 lines was not checked)", async () => {
    const rows = [...SCHOOLS, ALL, tot("其中：城区", 2632, 130), tot("其中：镇区", 713, 50), tot("其中：乡村", 63, 8)];
    expect(await sideSaid(rows)).toEqual([["read_total_row_sides_mismatch_few", "学校基本情况!A9", "D“在校生数（人）” 3,407 / 3,408"]]);
    expect(await sideSaid([...SCHOOLS, ALL, tot("其中：城区", 2632, 130), tot("其中：镇区", 712, 50), tot("其中：乡村", 63, 8)])).toEqual([]);
  });

  it("合计 at the top over 城区 999 | 镇区 | 乡村: 999 + 712 + 63 = 1,774 (silent before)", async () => {
    const rows = [ALL, tot("城区", 999, 130), tot("镇区", 712, 50), tot("乡村", 63, 8), ...SCHOOLS];
    expect(await sideSaid(rows)).toEqual([["read_total_row_sides_mismatch_few", "学校基本情况!A3", "D“在校生数（人）” 3,407 / 1,774"]]);
  });

  it("a side's number stored as text (\"2632\") added as a number; a side's blank cell leaves its column unchecked: 2,632 + 712 = 3,344 warned, the teachers (blank in 城区) not", async () => {
    const [city, rural] = [["城区", null, null, "2632", null], tot("农村", 712, 50)];
    expect(await sideSaid([...SCHOOLS, ALL, city, rural])).toEqual([["read_total_row_sides_mismatch_few", "学校基本情况!A9", "D“在校生数（人）” 3,407 / 3,344"]]);
    expect(await sideSaid([...SCHOOLS, ALL, city, tot("农村", 775, 50)])).toEqual([]);
  });

  it("城区 and 乡村 alone (no 镇区) need not add up: not checked", async () => {
    expect(await sideSaid([...SCHOOLS, ALL, tot("城区", 2632, 130), tot("乡村", 63, 8)])).toEqual([]);
  });

  it("the full zh and en words", async () => {
    const read = await readGridsOk([gridOf([HEADER, ...SCHOOLS, ALL, tot("城区", 2632, 130), tot("农村", 712, 50)], { sheet: "学校基本情况" })]);
    const [issue] = read.issues.filter((i) => i.code.startsWith("read_total_row_sides"));
    expect(issue === undefined ? null : message(issue.code, issue.params, "zh")).toBe(
      "第 9–10 行的分项“城区 / 农村”相加与第 8 行“合计”不符（合计行 / 分项相加）：D“在校生数（人）” 3,407 / 3,344；E“专任教师（人）” 188 / 180。可能某一分项漏计或重复计入了学校，或填错了数值，请核对",
    );
    expect(issue === undefined ? null : message(issue.code, issue.params, "en")).toBe(
      "The parts 城区 / 农村 in rows 9–10 do not add up to row 8 (合计) (the total row / the parts added up): D “在校生数（人）” 3,407 / 3,344; E “专任教师（人）” 188 / 180. A part may leave out a school or count one twice, or hold a wrong number; please check",
    );
  });
});

describe("sides whose schools do not stand together (sorted by 学段: R3 of s49, t2)", () => {
  // 一小 2, 石岭 3, 二小 4, 南湾 5, 大湾 6, 何家 7: 城区 (rows 2, 4) and 镇区 (3, 5) are no run; no run adds up to 2,632 or 712
  // (1652 + 412 = 2,064, + 980 = 3,044; 412 + 980 = 1,392; 980 + 300 = 1,280; 300 + 45 + 18 = 363).
  const MIXED = [C1, T1, C2, T2, V1, V2];

  it("adding up to 合计 (2,632 + 712 + 63 = 3,407; 130 + 50 + 8 = 188): nothing said, as parts that add up are consistent whatever rows each counts (two warnings before)", async () => {
    expect(await sideSaid([...MIXED, ALL, tot("城区", 2632, 130), tot("镇区", 712, 50), tot("乡村", 63, 8)])).toEqual([]);
  });

  it("镇区 722 (3,417 in all): warned by the sides' sum, each side unmatched a note, as which is wrong the sheet does not say", async () => {
    expect(await sideSaid([...MIXED, ALL, tot("城区", 2632, 130), tot("镇区", 722, 50), tot("乡村", 63, 8)])).toEqual([
      ["read_total_row_side_unmatched", "学校基本情况!A9", null],
      ["read_total_row_sides_mismatch_few", "学校基本情况!A9", "D“在校生数（人）” 3,407 / 3,417"],
      ["read_total_row_side_unmatched", "学校基本情况!A10", null],
    ]);
  });

  it("the note's zh and en words", async () => {
    const read = await readGridsOk([gridOf([HEADER, ...MIXED, ALL, tot("城区", 2632, 130), tot("镇区", 722, 50), tot("乡村", 63, 8)], { sheet: "学校基本情况" })]);
    const [issue] = read.issues.filter((i) => i.code === "read_total_row_side_unmatched");
    expect(issue?.severity).toBe("info");
    expect(issue === undefined ? null : message(issue.code, issue.params, "zh")).toBe(
      "第 9 行“城区”与任何一段相连的学校行相加都不符，可能它的学校不排在一起（如按学段排序），无法核对它计入了哪些学校；各分项相加是否等于合计另行核对",
    );
    expect(issue === undefined ? null : message(issue.code, issue.params, "en")).toBe(
      "Row 9 (城区) matches no run of consecutive school rows added up; its schools may not stand together (sorted by stage, say), so which schools it counts cannot be checked; whether the parts add up to the total is checked apart",
    );
  });
});

describe("sideWords", () => {
  it("reads a side's words, bare, with 其中 or 学校 / 小计, and nothing else", () => {
    expect(["城区", "其中：镇区", "农村学校", "乡村小计", "乡镇学校", "城关镇", "合计"].map(sideWords)).toEqual(["城区", "镇区", "农村", "乡村", null, null, null]);
  });

  it("reads each of the seven side words the headings know (headingRurality's SIDE_WORDS), with its endings", () => {
    const labels = ["主城区小计", "县城学校", "城镇", "镇区合计", "乡村中小学校", "农村义务教育学校", "城区中小学"];
    expect(labels.map(sideWords)).toEqual(["主城区", "县城", "城镇", "镇区", "乡村", "农村", "城区"]);
  });
});
