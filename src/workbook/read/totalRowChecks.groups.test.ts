import type { CellValue } from "../types";
import { message } from "../../messages/catalogue";
import { gridOf, readGridsOk } from "./testing";
import { HEADER, C1, C2, T1, T2, V1, V2, tot } from "./totalRowFixture";
import { headingNamesGroup } from "./looseIssues";

/**
 * A group's or side's subtotal on a hand-kept sheet (乡镇学校 | 712, 村小及教学点 | 63, 城区 | 2632),
 * read as a total by its words (blockHeading's subtotalKind), checked against the block it adds up
 * as a 小计 is: under its block or above it; and a 小计 under its block when the block before it has
 * none (乡镇小计 after 城区's schools). Every total here is right unless a test says otherwise.
 */
// 城区: 1652 + 980 = 2,632 students, 80 + 50 = 130 teachers; 乡镇: 412 + 300 = 712, 30 + 20 = 50; 村小及教学点: 45 + 18 = 63, 6 + 2 = 8.
const CITY = tot("城区学校", 2632, 130);
const TOWN = tot("乡镇学校", 712, 50);
const VILLAGE = tot("村小及教学点", 63, 8);
// All: 2,632 + 712 + 63 = 3,407 students, 130 + 50 + 8 = 188 teachers; without the village block 3,344 / 180.
const ALL = tot("合计", 3407, 188);

/** The total warnings of a sheet (header in row 1): [cell, first row, columns]. */
async function totalWarnings(rows: CellValue[][]) {
  const read = await readGridsOk([gridOf([HEADER, ...rows], { sheet: "学校基本情况" })]);
  return read.issues.filter((i) => i.code.startsWith("read_total_row_mismatch")).map((i) => [i.cell, i.params.first, i.params.totalColumns]);
}

/** The sides' warnings and notes of a sheet (header in row 1): [code, cell, columns]. */
async function sidesSaid(rows: CellValue[][]) {
  const read = await readGridsOk([gridOf([HEADER, ...rows], { sheet: "学校基本情况" })]);
  return read.issues.filter((i) => i.code.startsWith("read_total_row_mismatch") || i.code.startsWith("read_total_row_side")).map((i) => [i.code, i.cell, i.params.totalColumns ?? null]);
}

/** The total warnings of a sheet (header in row 1) with a loose group's (read_total_row_group_unmatched): [code, cell, columns or rows]. */
async function groupSaid(rows: CellValue[][]) {
  const read = await readGridsOk([gridOf([HEADER, ...rows], { sheet: "学校基本情况" })]);
  const codes = ["read_total_row_group_unmatched", "read_total_row_partial"];
  const said = read.issues.filter((i) => i.code.startsWith("read_total_row_mismatch") || codes.includes(i.code));
  return said.map((i) => [i.code, i.cell, i.params.totalColumns ?? i.params.rows ?? null]);
}

describe("group subtotals under their blocks", () => {
  it("城区学校, 乡镇学校 and 村小及教学点 each right under its block: nothing said", async () => {
    expect(await totalWarnings([C1, C2, CITY, T1, T2, TOWN, V1, V2, VILLAGE, ALL])).toEqual([]);
  });

  it("乡镇学校 typed 999 (712 = 412 + 300 from row 5) and 村小及教学点 typed 70 (63 = 45 + 18 from row 8): each warned as a 小计 is", async () => {
    const rows = [C1, C2, CITY, T1, T2, tot("乡镇学校", 999, 50), V1, V2, tot("村小及教学点", 70, 8), ALL];
    expect(await totalWarnings(rows)).toEqual([
      ["学校基本情况!A7", 5, "D“在校生数（人）” 999 / 712"],
      ["学校基本情况!A10", 8, "D“在校生数（人）” 70 / 63"],
    ]);
  });

  it("bare sides 城区 | 2632 and 农村 | 712 under their blocks: right is silent, 农村 722 is warned", async () => {
    const all = tot("合计", 3344, 180);
    expect(await totalWarnings([C1, C2, tot("城区", 2632, 130), T1, T2, tot("农村", 712, 50), all])).toEqual([]);
    expect(await totalWarnings([C1, C2, tot("城区", 2632, 130), T1, T2, tot("农村", 722, 50), all])).toEqual([["学校基本情况!A7", 5, "D“在校生数（人）” 722 / 712"]]);
  });

  it("the block before 乡镇学校 has no subtotal of its own: 乡镇学校 adds up its block (712), not every school from the top (3,344)", async () => {
    const all = tot("合计", 3344, 180);
    expect(await totalWarnings([C1, C2, T1, T2, TOWN, all])).toEqual([]);
    // 713 against 石岭 412 + 南湾 300 from row 4, the teachers (50) agreeing there: the nearest block it can be.
    expect(await totalWarnings([C1, C2, T1, T2, tot("乡镇学校", 713, 50), all])).toEqual([["学校基本情况!A6", 4, "D“在校生数（人）” 713 / 712"]]);
  });
});

describe("group subtotals above their blocks", () => {
  it("城区学校, 乡镇学校 and 村小及教学点 each heading its block, 合计 at the bottom: nothing said", async () => {
    expect(await totalWarnings([CITY, C1, C2, TOWN, T1, T2, VILLAGE, V1, V2, ALL])).toEqual([]);
  });

  it("乡镇学校 typed 710 heading 石岭 and 南湾 (rows 6–7, 712)", async () => {
    expect(await totalWarnings([CITY, C1, C2, tot("乡镇学校", 710, 50), T1, T2, VILLAGE, V1, V2, ALL])).toEqual([["学校基本情况!A5", 6, "D“在校生数（人）” 710 / 712"]]);
  });

  it("乡镇学校 heading its block after 城区's schools with a 城区学校 under them: right is silent, typed 700 warned against its block below", async () => {
    const all = tot("合计", 3344, 180);
    expect(await totalWarnings([C1, C2, CITY, TOWN, T1, T2, all])).toEqual([]);
    expect(await totalWarnings([C1, C2, CITY, tot("乡镇学校", 700, 50), T1, T2, all])).toEqual([["学校基本情况!A5", 6, "D“在校生数（人）” 700 / 712"]]);
  });
});

describe("a 小计 after a block without a subtotal of its own (城区's schools, then 乡镇's, then 乡镇小计)", () => {
  // No total between 城区 and 乡镇: where 乡镇 begins is not written, so 乡镇小计 may start at any school row above it, as 乡镇学校 may.
  const all = tot("合计", 3344, 180);

  it("乡镇小计 712 / 50 = 石桥 + 南湾 (rows 4–5): nothing said, not 3,344 from row 2", async () => {
    expect(await totalWarnings([C1, C2, T1, T2, tot("乡镇小计", 712, 50), all])).toEqual([]);
  });

  it("乡镇小计 typed 713: warned against 石桥 412 + 南湾 300 = 712 from row 4, where its teachers (50) agree", async () => {
    expect(await totalWarnings([C1, C2, T1, T2, tot("乡镇小计", 713, 50), all])).toEqual([["学校基本情况!A6", 4, "D“在校生数（人）” 713 / 712"]]);
  });

  it("乡镇小计 wrong in both columns (999 / 60) agrees with no start: still warned, against every school from row 2 (3,344 / 180)", async () => {
    expect(await totalWarnings([C1, C2, T1, T2, tot("乡镇小计", 999, 60), all])).toEqual([["学校基本情况!A6", 2, "D“在校生数（人）” 999 / 3,344\nE“专任教师（人）” 60 / 180"]]);
  });

  it("城区小计 under 城区 then 乡镇小计 typed 710 under 乡镇: 乡镇小计 warned from row 5 (after 城区小计), 城区小计 right", async () => {
    expect(await totalWarnings([C1, C2, tot("城区小计", 2632, 130), T1, T2, tot("乡镇小计", 710, 50), all])).toEqual([["学校基本情况!A7", 5, "D“在校生数（人）” 710 / 712"]]);
  });
});

describe("村小及教学点合计: a part total of two kinds of school, not a 教学点 subtotal", () => {
  // 大湾村小 (小学) 45 + 何家教学点 (教学点) 18 = 63 students, 6 + 2 = 8 teachers; every school 3,407 / 188.
  it("right under its block with no total before it: nothing said (was compared with 何家教学点 alone, 18 / 2)", async () => {
    expect(await totalWarnings([C1, C2, T1, T2, V1, V2, tot("村小及教学点合计", 63, 8), ALL])).toEqual([]);
  });

  it("typed 70 for 63: warned as a part total (read_total_row_mismatch_few), from 大湾村小's row 6", async () => {
    const rows = [C1, C2, T1, T2, V1, V2, tot("村小及教学点合计", 70, 8), ALL];
    expect(await totalWarnings(rows)).toEqual([["学校基本情况!A8", 6, "D“在校生数（人）” 70 / 63"]]);
    const read = await readGridsOk([gridOf([HEADER, ...rows], { sheet: "学校基本情况" })]);
    expect(read.issues.filter((i) => i.code.startsWith("read_total_row_mismatch")).map((i) => i.code)).toEqual(["read_total_row_mismatch_few"]);
  });

  it("both village schools typed 小学 (H3's sheet), 村小、教学点小计 typed 70 after 乡镇小计 (row 6): warned from 大湾村小's row 7", async () => {
    const v2 = ["何家教学点", "小学", "小学", 18, 2];
    const rows = [C1, C2, T1, T2, tot("乡镇小计", 712, 50), V1, v2, tot("村小、教学点小计", 70, 8), ALL];
    expect(await totalWarnings(rows)).toEqual([["学校基本情况!A9", 7, "D“在校生数（人）” 70 / 63"]]);
  });
});

describe("sides and groups under 合计, after every school (合计 | 城区 | 农村: R1 of s49, g16)", () => {
  // Rows 2–7 the schools, 合计 3,407 / 188 in row 8, its parts in rows 9–10: 城区 2,632 / 130 (rows 2–3), 农村 712 + 63 = 775 / 50 + 8 = 58 (rows 4–7).
  const under = (...parts: CellValue[][]) => [C1, C2, T1, T2, V1, V2, ALL, ...parts];

  it("城区 2632 / 130 and 农村 775 / 58, each its own schools: nothing said (before: both against every school, 2,632 / 3,407 and 775 / 3,407)", async () => {
    expect(await totalWarnings(under(tot("城区", 2632, 130), tot("农村", 775, 58)))).toEqual([]);
    expect(await totalWarnings(under(tot("城区小计", 2632, 130), tot("农村小计", 775, 58)))).toEqual([]);
    expect(await totalWarnings(under(tot("县直学校", 2632, 130), tot("乡镇学校", 775, 58)))).toEqual([]);
  });

  it("three sides, the middle one's schools in the middle (城区 2632, 镇区 712 = rows 4–5, 乡村 63 = rows 6–7): nothing said", async () => {
    expect(await totalWarnings(under(tot("城区", 2632, 130), tot("镇区", 712, 50), tot("乡村", 63, 8)))).toEqual([]);
  });

  it("the sides' blocks under headings (一、城区学校 / 二、农村学校): nothing said", async () => {
    const rows = [["一、城区学校"], C1, C2, ["二、农村学校"], T1, T2, V1, V2, ALL, tot("城区", 2632, 130), tot("农村", 775, 58)];
    expect(await totalWarnings(rows)).toEqual([]);
  });

  it("城区 typed 2630 and 农村 780, agreeing with no run of schools: the sides' sum warned against 合计 (3,405 and 3,412 / 3,407), each such side a note (R3 of s49)", async () => {
    expect(await sidesSaid(under(tot("城区", 2630, 130), tot("农村", 775, 58)))).toEqual([
      ["read_total_row_side_unmatched", "学校基本情况!A9", null],
      ["read_total_row_sides_mismatch_few", "学校基本情况!A9", "D“在校生数（人）” 3,407 / 3,405"],
    ]);
    expect(await sidesSaid(under(tot("城区", 2632, 130), tot("农村", 780, 58)))).toEqual([
      ["read_total_row_sides_mismatch_few", "学校基本情况!A9", "D“在校生数（人）” 3,407 / 3,412"],
      ["read_total_row_side_unmatched", "学校基本情况!A10", null],
    ]);
  });

  it("groups that are no 城乡 sides (县直学校 2630 / 乡镇学校 780), agreeing with no run: each warned once, naming rows 2–7 (before: 2,630 / 3,407)", async () => {
    // The right one is noted with its run as before: 乡镇学校 775 / 58 = rows 4–7, leaving out 2–3; 县直学校 2632 / 130 = rows 2–3, leaving out 4–7.
    expect(await groupSaid(under(tot("县直学校", 2630, 130), tot("乡镇学校", 775, 58)))).toEqual([
      ["read_total_row_group_unmatched", "学校基本情况!A9", "2–7"],
      ["read_total_row_partial", "学校基本情况!A10", "2–3"],
    ]);
    expect(await groupSaid(under(tot("县直学校", 2632, 130), tot("乡镇学校", 780, 58)))).toEqual([
      ["read_total_row_partial", "学校基本情况!A9", "4–7"],
      ["read_total_row_group_unmatched", "学校基本情况!A10", "2–7"],
    ]);
  });

  it("农村 775 students but 57 teachers (58 in rows 4–7): the students' run alone does not make it right", async () => {
    expect(await sidesSaid(under(tot("城区", 2632, 130), tot("农村", 775, 57)))).toEqual([
      ["read_total_row_sides_mismatch_few", "学校基本情况!A9", "E“专任教师（人）” 188 / 187"],
      ["read_total_row_side_unmatched", "学校基本情况!A10", null],
    ]);
    expect(await groupSaid(under(tot("县直学校", 2632, 130), tot("乡镇学校", 775, 57)))).toEqual([
      ["read_total_row_partial", "学校基本情况!A9", "4–7"],
      ["read_total_row_group_unmatched", "学校基本情况!A10", "2–7"],
    ]);
  });
});

describe("a side heading its groups' blocks as well as its own (合计 | 城区 | … | 农村 | 乡镇's | 村小及教学点 | the villages': R1 of s49, g4, g19)", () => {
  // 合计 3,407 / 188 in row 2; 城区 2,632 / 130 heads rows 4–5; 农村 775 / 58 heads rows 7–8 (712 / 50) and the village block under 村小及教学点 63 / 8 (rows 10–11).
  const nested = (side: CellValue[], village: CellValue[], city = tot("城区", 2632, 130)) => [ALL, city, C1, C2, side, T1, T2, village, V1, V2];

  it("农村 775 over both blocks (412 + 300 + 45 + 18): nothing said (before: 775 / 712 in rows 7–8)", async () => {
    expect(await totalWarnings(nested(tot("农村", 775, 58), VILLAGE))).toEqual([]);
  });

  it("the same in 小计 words (城区小计, 农村小计, 村小及教学点小计): nothing said (warned 775 / 712 before this session too)", async () => {
    expect(await totalWarnings(nested(tot("农村小计", 775, 58), tot("村小及教学点小计", 63, 8), tot("城区小计", 2632, 130)))).toEqual([]);
  });

  it("农村 typed 780: warned against both blocks, rows 7–11 (775)", async () => {
    expect(await totalWarnings(nested(tot("农村", 780, 58), VILLAGE))).toEqual([["学校基本情况!A6", 7, "D“在校生数（人）” 780 / 775"]]);
    const read = await readGridsOk([gridOf([HEADER, ...nested(tot("农村", 780, 58), VILLAGE)], { sheet: "学校基本情况" })]);
    expect(read.issues.filter((i) => i.code.startsWith("read_total_row_mismatch")).map((i) => i.params.last)).toEqual([11]);
  });

  it("村小及教学点 typed 70 inside 农村: warned against its own block, rows 10–11 (63)", async () => {
    expect(await totalWarnings(nested(tot("农村", 775, 58), tot("村小及教学点", 70, 8)))).toEqual([["学校基本情况!A9", 10, "D“在校生数（人）” 70 / 63"]]);
  });
});

describe("a group's subtotal whose schools need not stand together (县直学校, 民办学校小计), its block not written (s50 H1)", () => {
  // 民办学校 石岭小学 (row 4) and 大湾村小 (row 6): 412 + 45 = 457 students, 30 + 6 = 36 teachers, no run of consecutive rows.
  const PRIVATE = tot("民办学校小计", 457, 36);
  const SCHOOLS = [C1, C2, T1, T2, V1, V2];

  it("民办学校小计 457 / 36 above 合计: one warning at it naming rows 2–7, not “457 / 3,407” against every school", async () => {
    expect(await groupSaid([...SCHOOLS, PRIVATE, ALL])).toEqual([["read_total_row_group_unmatched", "学校基本情况!A8", "2–7"]]);
  });

  it("the same under 合计, and after 城区小计 / 乡镇小计 with no school between (rows 2–3 and 5–8 it could count)", async () => {
    expect(await groupSaid([...SCHOOLS, ALL, PRIVATE])).toEqual([["read_total_row_group_unmatched", "学校基本情况!A9", "2–7"]]);
    const rows = [C1, C2, tot("城区小计", 2632, 130), T1, T2, V1, V2, tot("乡镇小计", 775, 58), PRIVATE, ALL];
    expect(await groupSaid(rows)).toEqual([["read_total_row_group_unmatched", "学校基本情况!A10", "2–3、5–8"]]);
  });

  it("县直学校 2632 / 130 at the bottom, the city schools of rows 2–3: the note of its run, leaving out 4–7 (before: warned 2,632 / 3,407)", async () => {
    expect(await groupSaid([...SCHOOLS, tot("县直学校", 2632, 130), ALL])).toEqual([["read_total_row_partial", "学校基本情况!A8", "4–7"]]);
  });

  it("a wrong one is still warned: 县直学校 2640 / 130 agrees with no run", async () => {
    expect(await groupSaid([...SCHOOLS, tot("县直学校", 2640, 130), ALL])).toEqual([["read_total_row_group_unmatched", "学校基本情况!A8", "2–7"]]);
  });

  it("a column agreeing with its block keeps the warning with numbers: 乡镇学校 713 / 50 after 石岭 and 南湾 (712 / 50)", async () => {
    const rows = [C1, C2, T1, T2, tot("乡镇学校", 713, 50), tot("合计", 3344, 180)];
    expect(await groupSaid(rows)).toEqual([["read_total_row_mismatch_few", "学校基本情况!A6", "D“在校生数（人）” 713 / 712"]]);
  });

  it("says it in zh and en", async () => {
    const read = await readGridsOk([gridOf([HEADER, ...SCHOOLS, PRIVATE, ALL], { sheet: "学校基本情况" })]);
    const [issue] = read.issues.filter((i) => i.code === "read_total_row_group_unmatched");
    if (issue === undefined) throw new Error("expected the warning");
    expect(issue.severity).toBe("warning");
    expect(message(issue.code, issue.params, "zh")).toBe(
      "第 8 行“民办学校小计”与第 2–7 行中任何一段相连的学校行相加都不符。如它计入的学校不排在一起，无法核对它计入了哪些学校，请自行核对；如排在一起，则该行或这些学校行的数值有误",
    );
    expect(message(issue.code, issue.params, "en")).toBe(
      "Row 8 (民办学校小计) matches no run of consecutive school rows among rows 2–7, added up. If the schools it counts do not stand together, which ones it counts cannot be checked, so please check it; if they do, the row or those school rows hold a wrong number",
    );
  });
});

describe("a group's subtotal wrong in every column whose block the sheet tells: each column's total and sum, not “matches no run” (s51 H2)", () => {
  // 二、民办学校 heads 石岭小学 (row 7) and 大湾村小 (row 8): 412 + 45 = 457 students, 30 + 6 = 36 teachers.
  // 合计 without 何家教学点: 3,407 − 18 = 3,389 students, 188 − 2 = 186 teachers.
  const headed = (group: CellValue[]) => [["一、公办学校"], C1, C2, T2, ["二、民办学校"], T1, V1, group, tot("合计", 3389, 186)];

  it("民办学校小计 460 / 40 under the heading 二、民办学校: warned from row 7, 460 / 457 and 40 / 36 (before: no run among rows 3–5, 7–8, no numbers)", async () => {
    expect(await groupSaid(headed(tot("民办学校小计", 460, 40)))).toEqual([
      ["read_total_row_mismatch_few", "学校基本情况!A9", "D“在校生数（人）” 460 / 457\nE“专任教师（人）” 40 / 36"],
    ]);
  });

  it("right there (457 / 36): no warning (the note read_total_row_partial, leaving out rows 3–5, is groupRanges' as before)", async () => {
    expect((await groupSaid(headed(tot("民办学校小计", 457, 36)))).filter(([code]) => code !== "read_total_row_partial")).toEqual([]);
  });

  it("县直学校小计 2640 / 140 closing the first block, 乡镇's schools and 乡镇小计 under it: warned from row 2, 2,640 / 2,632 and 140 / 130 (before: no run among rows 2–3)", async () => {
    const rows = [C1, C2, tot("县直学校小计", 2640, 140), T1, T2, V1, V2, tot("乡镇小计", 775, 58), ALL];
    expect(await groupSaid(rows)).toEqual([["read_total_row_mismatch_few", "学校基本情况!A4", "D“在校生数（人）” 2,640 / 2,632\nE“专任教师（人）” 140 / 130"]]);
  });

  it("says the rows and numbers in zh and en", async () => {
    const read = await readGridsOk([gridOf([HEADER, ...headed(tot("民办学校小计", 460, 40))], { sheet: "学校基本情况" })]);
    const [issue] = read.issues.filter((i) => i.code === "read_total_row_mismatch_few");
    if (issue === undefined) throw new Error("expected the warning");
    expect(message(issue.code, issue.params, "zh")).toContain("第 9 行“民办学校小计”与第 7 行起读取的学校行相加不符（合计行 / 学校行相加）：D“在校生数（人）” 460 / 457；E“专任教师（人）” 40 / 36。");
    expect(message(issue.code, issue.params, "en")).toContain("Row 9 (民办学校小计) does not match the school rows read from row 7 down, added up (the total row / the rows' sum): D “在校生数（人）” 460 / 457; E “专任教师（人）” 40 / 36.");
  });
});

describe("a group's subtotal closing the first block under a 合计 at the top of the sheet (s52 H2)", () => {
  // 合计 (row 2) over every school below it: 3,407 / 188. 县直学校小计 (row 5) closes 城关第一小学 and 城关第二小学 (rows 3–4): 2,632 / 130.
  const rows = (group: CellValue[]) => [ALL, C1, C2, group, T1, T2, V1, V2];

  it("2,640 / 140, wrong in every column: warned from row 3, 2,640 / 2,632 and 140 / 130 (before: “matches no run among rows 3–4”, no numbers)", async () => {
    expect(await groupSaid(rows(tot("县直学校小计", 2640, 140)))).toEqual([["read_total_row_mismatch_few", "学校基本情况!A5", "D“在校生数（人）” 2,640 / 2,632\nE“专任教师（人）” 140 / 130"]]);
  });

  it("right (2,632 / 130): nothing said", async () => {
    expect(await groupSaid(rows(tot("县直学校小计", 2632, 130)))).toEqual([]);
  });
});

describe("a village group's subtotal in a stack after every school (村小小计 under 县直学校小计 / 乡镇学校小计: s50 M2, reviewer R2)", () => {
  // Rows 2–7 the schools; 县直学校小计 2,632 / 130 = rows 2–3, 乡镇学校小计 712 / 50 = rows 4–5, the village one 45 + 18 = 63 / 6 + 2 = 8 = rows 6–7.
  const stack = (village: CellValue[]) => [C1, C2, T1, T2, V1, V2, tot("县直学校小计", 2632, 130), tot("乡镇学校小计", 712, 50), village, ALL];

  // 村小及教学点小计 was a group already; the other three were warned 63 / 3,407 and 8 / 188 against every school.
  it.each(["村小小计", "村小学小计", "村级小学合计", "村小及教学点小计"])("%s 63 / 8: the note of its run, rows 6–7, leaving out 2–5", async (label) => {
    expect(await groupSaid(stack(tot(label, 63, 8)))).toEqual([
      ["read_total_row_partial", "学校基本情况!A8", "4–7"],
      ["read_total_row_partial", "学校基本情况!A9", "2–3、6–7"],
      ["read_total_row_partial", "学校基本情况!A10", "2–5"],
    ]);
  });

  it.each(["村小小计", "村小学小计", "村级小学合计"])("%s typed 70 / 8 agrees with no run: still warned, naming rows 2–7", async (label) => {
    expect(await groupSaid(stack(tot(label, 70, 8)))).toContainEqual(["read_total_row_group_unmatched", "学校基本情况!A10", "2–7"]);
  });

  it("村小学小计 under its own block after 乡镇学校小计, no longer a 小学 subtotal: right is still silent, typed 70 still warned 70 / 63 from row 8", async () => {
    const rows = (village: CellValue[]) => [C1, C2, tot("县直学校小计", 2632, 130), T1, T2, tot("乡镇学校小计", 712, 50), V1, V2, village, ALL];
    expect(await totalWarnings(rows(tot("村小学小计", 63, 8)))).toEqual([]);
    expect(await totalWarnings(rows(tot("村小学小计", 70, 8)))).toEqual([["学校基本情况!A10", 8, "D“在校生数（人）” 70 / 63"]]);
  });

  it("bare 村小 | 63 / 8 beside numbers stays a school's short name, not a subtotal: 合计 warned 3,407 / 3,470 (3,407 + 63)", async () => {
    expect(await totalWarnings(stack(tot("村小", 63, 8)).filter((r) => r[0] !== "县直学校小计" && r[0] !== "乡镇学校小计"))).toEqual([
      ["学校基本情况!A9", 2, "D“在校生数（人）” 3,407 / 3,470\nE“专任教师（人）” 188 / 196"],
    ]);
  });
});

describe("a group's subtotal heading its block with no total before it, wrong in every column (s50 M2, reviewer R2)", () => {
  // Rows 2–3 城区's schools with no subtotal, 乡镇学校 in row 4 heading rows 5–8: 412 + 300 + 45 + 18 = 775 students, 30 + 20 + 6 + 2 = 58 teachers.
  const sheet = (group: CellValue[]) => [C1, C2, group, T1, T2, V1, V2, ALL];

  it("乡镇学校 780 / 60 is warned against rows 5–8 under it (775 / 58), not as matching no run among rows 2–3", async () => {
    expect(await groupSaid(sheet(tot("乡镇学校", 780, 60)))).toEqual([["read_total_row_mismatch_few", "学校基本情况!A4", "D“在校生数（人）” 780 / 775\nE“专任教师（人）” 60 / 58"]]);
  });

  it("names rows 5–8 in zh and en", async () => {
    const read = await readGridsOk([gridOf([HEADER, ...sheet(tot("乡镇学校", 780, 60))], { sheet: "学校基本情况" })]);
    const [issue] = read.issues.filter((i) => i.code === "read_total_row_mismatch_few");
    if (issue === undefined) throw new Error("expected the warning");
    expect([issue.params.first, issue.params.last]).toEqual([5, 8]);
    expect(message(issue.code, issue.params, "zh")).toContain("第 4 行“乡镇学校”与第 5–8 行读取的学校行相加不符");
    expect(message(issue.code, issue.params, "en")).toContain("Row 4 (乡镇学校) does not match the school rows read in rows 5–8, added up");
  });

  it("right (775 / 58) or closing rows 2–3 (2632 / 130): nothing said", async () => {
    expect(await groupSaid(sheet(tot("乡镇学校", 775, 58)))).toEqual([]);
    expect(await groupSaid(sheet(tot("县直学校", 2632, 130)))).toEqual([]);
  });
});

describe("a group's subtotal after a heading naming another group: that heading's block is not its block (s51 R4)", () => {
  // 城关镇 heads C1 (row 3) and T1 (row 4); 石岭镇 heads T2 (row 6) and V1 (row 7); the 民办学校小计 under them names
  // schools the sheet does not place: right as 412 + 45 = 457 / 30 + 6 = 36 (rows 4 and 7), while 石岭镇's rows add up to 300 + 45 = 345 / 26.
  const towns = (group: CellValue[]) => [["城关镇"], C1, T1, ["石岭镇"], T2, V1, group, tot("合计", 2409, 136)];

  it("right 民办学校小计 457 / 36 under 石岭镇's schools: not warned 457 / 345 against 石岭镇's rows, the no-run wording as before", async () => {
    expect(await groupSaid(towns(tot("民办学校小计", 457, 36)))).toEqual([["read_total_row_group_unmatched", "学校基本情况!A8", "3–4、6–7"]]);
  });

  it("under 二、初中 (a stage heading), likewise the no-run wording", async () => {
    const rows = [["一、小学"], C1, T1, ["二、初中"], T2, V1, tot("民办学校小计", 457, 36), tot("合计", 2409, 136)];
    expect(await groupSaid(rows)).toEqual([["read_total_row_group_unmatched", "学校基本情况!A8", "3–4、6–7"]]);
  });

  it("headingNamesGroup: the heading's group and the label's, without ordinal, 小计 and 学校", () => {
    expect([headingNamesGroup("二、民办学校", "民办学校小计"), headingNamesGroup("（一）县直学校", "县直小计"), headingNamesGroup("石岭镇", "民办学校小计"), headingNamesGroup("二、初中", "民办学校小计")]).toEqual([true, true, false, false]);
  });
});
