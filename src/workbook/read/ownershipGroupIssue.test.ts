import type { CellValue } from "../types";
import { message } from "../../messages/catalogue";
import { gridOf, readGridsOk } from "./testing";
import { ownershipGroup } from "./ownershipGroupIssue";

/**
 * 民办学校小计 after every school, its schools scattered among the others (s51 H2): the reader's
 * 办学性质 tells its rows. 启航小学 (row 3) 412 / 30 and 新华学校 (row 5) 200 / 15 are 民办:
 * 612 students, 45 teachers. All five: 1,652 + 412 + 980 + 200 + 300 = 3,544; 80 + 30 + 50 + 15 + 20 = 195.
 */
const HEADER: CellValue[] = ["学校名称", "学段", "学校类型", "办学性质", "在校生数（人）", "专任教师（人）"];
const SCHOOLS: CellValue[][] = [
  ["城关第一小学", "小学", "小学", "公办", 1652, 80],
  ["启航小学", "小学", "小学", "民办", 412, 30],
  ["城关第二小学", "小学", "小学", "公办", 980, 50],
  ["新华学校", "小学", "小学", "民办", 200, 15],
  ["石岭小学", "小学", "小学", "公办", 300, 20],
];
const tot = (label: string, students: CellValue, teachers: CellValue): CellValue[] => [label, null, null, null, students, teachers];
const ALL = tot("合计", 3544, 195);

async function totalIssues(rows: CellValue[][], header: CellValue[] = HEADER) {
  const read = await readGridsOk([gridOf([header, ...rows], { sheet: "学校基本情况" })]);
  return read.issues.filter((i) => i.code.startsWith("read_total_row_mismatch") || i.code === "read_total_row_group_unmatched" || i.code === "read_total_row_partial");
}

describe("民办学校小计 against the rows read as 民办 (ownershipGroupIssue)", () => {
  it("650 / 50: warned against rows 3 and 5, 650 / 612 and 50 / 45 (before: “matches no run among rows 2–6”, no numbers)", async () => {
    const said = await totalIssues([...SCHOOLS, tot("民办学校小计", 650, 50), ALL]);
    expect(said.map((i) => [i.code, i.cell, i.params.rows, i.params.totalColumns])).toEqual([
      ["read_total_row_mismatch_private_few", "学校基本情况!A7", "3、5", "E“在校生数（人）” 650 / 612\nF“专任教师（人）” 50 / 45"],
    ]);
  });

  it("right (612 / 45): nothing said (before: warned as matching no run, the schools not standing together)", async () => {
    expect(await totalIssues([...SCHOOLS, tot("民办学校小计", 612, 45), ALL])).toEqual([]);
  });

  it("wrong in one column only (612 / 46): the mismatch is the teachers' alone", async () => {
    const said = await totalIssues([...SCHOOLS, tot("民办学校小计", 612, 46), ALL]);
    expect(said.map((i) => [i.code, i.params.totalColumns])).toEqual([["read_total_row_mismatch_private_few", "F“专任教师（人）” 46 / 45"]]);
  });

  it("启航小学's 412 stored as text (\"412\"): read as the number, right 612 / 45 says nothing, 650 / 45 warned 650 / 612", async () => {
    const rows = SCHOOLS.map((r) => (r[0] === "启航小学" ? ["启航小学", "小学", "小学", "民办", "412", 30] : r));
    expect(await totalIssues([...rows, tot("民办学校小计", 612, 45), ALL])).toEqual([]);
    const said = await totalIssues([...rows, tot("民办学校小计", 650, 45), ALL]);
    expect(said.map((i) => [i.code, i.params.rows, i.params.totalColumns])).toEqual([["read_total_row_mismatch_private_few", "3、5", "E“在校生数（人）” 650 / 612"]]);
  });

  it("without a 办学性质 column nothing tells its rows: the no-run warning as before", async () => {
    const header = HEADER.filter((h) => h !== "办学性质");
    const rows = [...SCHOOLS, tot("民办学校小计", 650, 50), ALL].map((r) => r.filter((_, k) => k !== 3));
    expect((await totalIssues(rows, header)).map((i) => [i.code, i.params.rows])).toEqual([["read_total_row_group_unmatched", "2–6"]]);
  });

  it("under 二、民办学校, one of its schools with 办学性质 blank, 600 / 40: warned against the heading's rows 7–8 (612 / 45), not row 7 alone (412 / 30) (s51 R4)", async () => {
    const [c1, p1, c2, p2, t1] = SCHOOLS as [CellValue[], CellValue[], CellValue[], CellValue[], CellValue[]];
    const blank: CellValue[] = p2.map((v, k) => (k === 3 ? null : v));
    const heading = (label: string): CellValue[] => [label, null, null, null, null, null];
    const said = await totalIssues([heading("一、公办学校"), c1, c2, t1, heading("二、民办学校"), p1, blank, tot("民办学校小计", 600, 40), ALL]);
    expect(said.map((i) => [i.code, i.cell, i.params.first, i.params.totalColumns])).toEqual([
      ["read_total_row_mismatch_few", "学校基本情况!A9", 7, "E“在校生数（人）” 600 / 612\nF“专任教师（人）” 40 / 45"],
    ]);
  });

  describe("a 民办 高级中学 (read as no school) among them: counted or not, as in a 合计 (s51 R4)", () => {
    // 育英高级中学 800 / 60 at row 4, 民办: with it 612 + 800 = 1,412 students, 45 + 60 = 105 teachers; 合计 3,544 + 800 = 4,344 / 195 + 60 = 255.
    const senior: CellValue[] = ["育英高级中学", "高中", "高级中学", "民办", 800, 60];
    const [c1, p1, ...rest] = SCHOOLS as [CellValue[], CellValue[], ...CellValue[][]];
    const withSenior = (group: CellValue[]) => [c1, p1, senior, ...rest, group, tot("合计", 4344, 255)];

    it("counted (1,412 / 105): nothing said (before: warned 1,412 / 612 and 105 / 45 against rows 3、6)", async () => {
      expect(await totalIssues(withSenior(tot("民办学校小计", 1412, 105)))).toEqual([]);
    });

    it("left out (612 / 45): nothing said", async () => {
      expect(await totalIssues(withSenior(tot("民办学校小计", 612, 45)))).toEqual([]);
    });

    it("1,420 / 105, neither: warned against the school rows 3、6", async () => {
      const said = await totalIssues(withSenior(tot("民办学校小计", 1420, 105)));
      expect(said.map((i) => [i.code, i.params.rows, i.params.totalColumns])).toEqual([
        ["read_total_row_mismatch_private_few", "3、6", "E“在校生数（人）” 1,420 / 612\nF“专任教师（人）” 105 / 45"],
      ]);
    });
  });

  it("says it in zh and en", async () => {
    const [issue] = await totalIssues([...SCHOOLS, tot("民办学校小计", 650, 50), ALL]);
    if (issue === undefined) throw new Error("expected the warning");
    expect(issue.severity).toBe("warning");
    expect(message(issue.code, issue.params, "zh")).toBe(
      "第 7 行“民办学校小计”与办学性质（或举办者）为民办的学校行（第 3、5 行）相加不符（合计行 / 学校行相加）：E“在校生数（人）” 650 / 612；F“专任教师（人）” 50 / 45。可能有办学性质漏填、填错或无法识别的学校，有无法读取的数值，有隐藏、筛选掉或未读取的学校行，有以文本存储、Excel 求和时跳过的数字，或该行本身有误，请核对",
    );
    expect(message(issue.code, issue.params, "en")).toContain("Row 7 (民办学校小计) does not match the school rows read as 民办 (private) by 办学性质 or 举办者, rows 3, 5, added up");
    // Among the causes, a 办学性质 or a number the tool could not read (s52 H2): such a row is counted nowhere.
    expect(message(issue.code, issue.params, "en")).toContain("A school's 办学性质 may be blank, wrong or unreadable, a number may be unreadable");
  });
});

describe("who runs a row not known (办学性质 blank): could not be checked, not wrong (s52 H2)", () => {
  const blank = (row: CellValue[]): CellValue[] => row.map((v, k) => (k === 3 ? null : v));
  // 新华学校 (row 5, 民办 200 / 15) with its 办学性质 blank: the 民办 rows read are 启航小学's alone (row 3), 412 / 30.
  const oneBlank = SCHOOLS.map((row, i) => (i === 3 ? blank(row) : row));

  it("every 办学性质 blank, right 612 / 45: the note naming rows 2–6, no warning (before: “matches no run among rows 2–6”)", async () => {
    const read = await readGridsOk([gridOf([HEADER, ...SCHOOLS.map(blank), tot("民办学校小计", 612, 45), ALL], { sheet: "学校基本情况" })]);
    const said = read.issues.filter((i) => i.code.startsWith("read_total_row_") && i.code !== "read_total_row");
    expect(said.map((i) => [i.code, i.severity, i.cell, i.params.rows])).toEqual([["read_total_row_private_unchecked", "info", "学校基本情况!A7", "2–6"]]);
  });

  it("新华学校's blank, right 612 / 45: the note naming row 5 (before: warned 612 / 412 and 45 / 30)", async () => {
    const read = await readGridsOk([gridOf([HEADER, ...oneBlank, tot("民办学校小计", 612, 45), ALL], { sheet: "学校基本情况" })]);
    const said = read.issues.filter((i) => i.code.startsWith("read_total_row_") && i.code !== "read_total_row");
    expect(said.map((i) => [i.code, i.severity, i.params.rows])).toEqual([["read_total_row_private_unchecked", "info", "5"]]);
  });

  it("below the 民办 rows' own sum (400 < 412): wrong whoever runs row 5, warned against row 3", async () => {
    const said = await totalIssues([...oneBlank, tot("民办学校小计", 400, 45), ALL]);
    expect(said.map((i) => [i.code, i.params.rows, i.params.totalColumns])).toEqual([["read_total_row_mismatch_private_few", "3", "E“在校生数（人）” 400 / 412\nF“专任教师（人）” 45 / 30"]]);
  });

  it("above every school but the 公办 ones (3,600 > 412 + 200 = 612 students): warned", async () => {
    const said = await totalIssues([...oneBlank, tot("民办学校小计", 700, 45), ALL]);
    expect(said.map((i) => [i.code, i.params.rows, i.params.totalColumns])).toEqual([["read_total_row_mismatch_private_few", "3", "E“在校生数（人）” 700 / 412\nF“专任教师（人）” 45 / 30"]]);
  });

  it("says it in zh and en", async () => {
    const read = await readGridsOk([gridOf([HEADER, ...oneBlank, tot("民办学校小计", 612, 45), ALL], { sheet: "学校基本情况" })]);
    const [issue] = read.issues.filter((i) => i.code === "read_total_row_private_unchecked");
    if (issue === undefined) throw new Error("expected the note");
    expect(message(issue.code, issue.params, "zh")).toBe("第 7 行“民办学校小计”无法核对：第 5 行的办学性质（或举办者）为空或无法识别，不知其是否为民办学校。请填写这些学校的办学性质");
    expect(message(issue.code, issue.params, "en")).toBe(
      "Row 7 (民办学校小计) could not be checked: the 办学性质 (or 举办者) of row 5 is blank or unreadable, so whether those schools are 民办 (private) is not known. Please fill in their 办学性质",
    );
  });
});

describe("公办学校小计 against the rows read as 公办, as 民办学校小计 is (s52 H2)", () => {
  // 公办: 城关第一小学 (row 2) 1652 / 80, 城关第二小学 (row 4) 980 / 50, 石岭小学 (row 6) 300 / 20 → 2,932 / 150.
  it("right (2,932 / 150): nothing said (before: “matches no run among rows 2–6”)", async () => {
    expect(await totalIssues([...SCHOOLS, tot("公办学校小计", 2932, 150), ALL])).toEqual([]);
  });

  it("2,940 / 150: warned against rows 2、4、6, 2,940 / 2,932", async () => {
    const said = await totalIssues([...SCHOOLS, tot("公办学校小计", 2940, 150), ALL]);
    expect(said.map((i) => [i.code, i.params.rows, i.params.totalColumns])).toEqual([["read_total_row_mismatch_public_few", "2、4、6", "E“在校生数（人）” 2,940 / 2,932"]]);
    const [issue] = said;
    if (issue === undefined) throw new Error("expected the warning");
    expect(message(issue.code, issue.params, "zh")).toContain("第 7 行“公办学校小计”与办学性质（或举办者）为公办的学校行（第 2、4、6 行）相加不符");
    expect(message(issue.code, issue.params, "en")).toContain("Row 7 (公办学校小计) does not match the school rows read as 公办 (public) by 办学性质 or 举办者, rows 2, 4, 6");
  });
});

describe("民办小学小计: the 民办 小学, not every 小学 (s52 H2)", () => {
  // 育英初级中学 (row 7) 民办 初中 500 / 40. 民办 小学: 启航 412 / 30 + 新华 200 / 15 = 612 / 45. 合计 3,544 + 500 = 4,044 / 195 + 40 = 235.
  const junior: CellValue[] = ["育英初级中学", "初中", "初级中学", "民办", 500, 40];
  const rows = (group: CellValue[]) => [...SCHOOLS, junior, group, tot("合计", 4044, 235)];

  it("right (612 / 45), and 民办初中小计 500 / 40: nothing said (before: warned 612 / 3,544 against every 小学)", async () => {
    expect(await totalIssues(rows(tot("民办小学小计", 612, 45)))).toEqual([]);
    expect(await totalIssues(rows(tot("民办初中小计", 500, 40)))).toEqual([]);
  });

  it("620 / 45: warned against the 民办 小学 rows 3、5 (612), not 育英初级中学's", async () => {
    const said = await totalIssues(rows(tot("民办小学小计", 620, 45)));
    expect(said.map((i) => [i.code, i.params.rows, i.params.totalColumns])).toEqual([["read_total_row_mismatch_private_few", "3、5", "E“在校生数（人）” 620 / 612"]]);
  });

  it("numbered, 一、民办小学小计 620 / 45: the same warning against rows 3、5 (612), not every 小学 (before: read as a 小学小计)", async () => {
    const said = await totalIssues(rows(tot("一、民办小学小计", 620, 45)));
    expect(said.map((i) => [i.code, i.params.rows, i.params.totalColumns])).toEqual([["read_total_row_mismatch_private_few", "3、5", "E“在校生数（人）” 620 / 612"]]);
    expect(await totalIssues(rows(tot("一、民办小学小计", 612, 45)))).toEqual([]);
  });

  it("民办小学共计 620 / 45: 共计 a sum word as 小计 is (STAGE_TOTAL's), the 民办 小学 rows 3、5 (612); before, every 民办 row (1,112)", async () => {
    expect(ownershipGroup("民办小学共计")).toEqual({ owner: "private", stage: "primary", type: null });
    const said = await totalIssues(rows(tot("民办小学共计", 620, 45)));
    expect(said.map((i) => [i.code, i.params.rows, i.params.totalColumns])).toEqual([["read_total_row_mismatch_private_few", "3、5", "E“在校生数（人）” 620 / 612"]]);
  });

  it("ownershipGroup reads the owner and the stage, 其中 and the sum word or not", () => {
    expect([ownershipGroup("民办小学小计"), ownershipGroup("其中：公办学校"), ownershipGroup("其中：民办初中"), ownershipGroup("县直学校"), ownershipGroup("民办学校小计"), ownershipGroup("民办九年一贯制学校小计")]).toEqual([
      { owner: "private", stage: "primary", type: null },
      { owner: "public", stage: null, type: null },
      { owner: "private", stage: "junior", type: null },
      null,
      { owner: "private", stage: null, type: null },
      { owner: "private", stage: null, type: "nine_year" },
    ]);
  });
});

describe("民办九年一贯制学校小计: the 民办 九年一贯制学校, not every 九年一贯制学校 (s52 R2)", () => {
  // 明德学校 (row 7) 民办 700 / 55, 城东学校 (row 8) 公办 1000 / 80, both 九年一贯制. 合计 3,544 + 1,700 = 5,244 / 195 + 135 = 330.
  const nineYear = (name: string, owner: string, students: number, teachers: number): CellValue[] => [name, "九年一贯制", "九年一贯制学校", owner, students, teachers];
  const rows = (group: CellValue[]) => [...SCHOOLS, nineYear("明德学校", "民办", 700, 55), nineYear("城东学校", "公办", 1000, 80), group, tot("合计", 5244, 330)];

  it("right (700 / 55), and 公办九年一贯制学校小计 1,000 / 80: nothing said (before: warned 700 / 1,700 and 55 / 135 against every 九年一贯制学校)", async () => {
    expect(await totalIssues(rows(tot("民办九年一贯制学校小计", 700, 55)))).toEqual([]);
    expect(await totalIssues(rows(tot("公办九年一贯制学校小计", 1000, 80)))).toEqual([]);
  });

  it("710 / 55: warned against the 民办 九年一贯制 row 7, 710 / 700", async () => {
    const said = await totalIssues(rows(tot("民办九年一贯制学校小计", 710, 55)));
    expect(said.map((i) => [i.code, i.cell, i.params.rows, i.params.totalColumns])).toEqual([["read_total_row_mismatch_private_few", "学校基本情况!A9", "7", "E“在校生数（人）” 710 / 700"]]);
  });
});

describe("其中：民办学校 under 合计, checked as 民办学校小计 there, outside the 合计's sum (s52 H2)", () => {
  it("right (612 / 45): nothing said", async () => {
    expect(await totalIssues([...SCHOOLS, ALL, tot("其中：民办学校", 612, 45)])).toEqual([]);
  });

  it("620 / 45: warned against rows 3、5 (before: never checked)", async () => {
    const said = await totalIssues([...SCHOOLS, ALL, tot("其中：民办学校", 620, 45)]);
    expect(said.map((i) => [i.code, i.cell, i.params.rows, i.params.totalColumns])).toEqual([["read_total_row_mismatch_private_few", "学校基本情况!A8", "3、5", "E“在校生数（人）” 620 / 612"]]);
  });

  it("a 合计 typed 3,545 above it is still warned (3,544): the line no longer leaves the sheet's totals unchecked", async () => {
    const said = await totalIssues([...SCHOOLS, tot("合计", 3545, 195), tot("其中：民办学校", 612, 45)]);
    expect(said.map((i) => [i.code, i.cell, i.params.totalColumns])).toEqual([["read_total_row_mismatch_few", "学校基本情况!A7", "E“在校生数（人）” 3,545 / 3,544"]]);
  });
});

describe("a 办学性质 column and none of the group's schools: checked against none (s52 K5)", () => {
  // Every school 公办: 启航小学 and 新华学校 now 公办 too. 合计 still 3,544 / 195; no 民办 school, so a 民办学校小计 adds up to 0 / 0.
  const allPublic = SCHOOLS.map((row) => row.map((v) => (v === "民办" ? "公办" : v)));
  const said = async (group: CellValue[], rows: CellValue[][] = allPublic) => (await totalIssues([...rows, group, ALL])).map((i) => [i.code, i.cell, i.params.totalColumns]);

  it("民办学校小计 0 / 0: nothing said (before: “matches no run among rows 2–6”)", async () => {
    expect(await said(tot("民办学校小计", 0, 0))).toEqual([]);
  });

  it("0 / 0 stored as text (\"0\"), and one cell blank beside a 0: nothing said", async () => {
    expect(await said(tot("民办学校小计", "0", "0"))).toEqual([]);
    expect(await said(tot("民办学校小计", null, 0))).toEqual([]);
  });

  it("457 / 0: warned that the sheet lists no 民办 school, students 457 / 0 (teachers 0 agree)", async () => {
    expect(await said(tot("民办学校小计", 457, 0))).toEqual([["read_total_row_mismatch_private_none_few", "学校基本情况!A7", "E“在校生数（人）” 457 / 0"]]);
  });

  it("457 / 30, and 457 with its teachers blank: each column not 0 named, a blank one not", async () => {
    expect(await said(tot("民办学校小计", 457, 30))).toEqual([["read_total_row_mismatch_private_none_few", "学校基本情况!A7", "E“在校生数（人）” 457 / 0\nF“专任教师（人）” 30 / 0"]]);
    expect(await said(tot("民办学校小计", 457, null))).toEqual([["read_total_row_mismatch_private_none_few", "学校基本情况!A7", "E“在校生数（人）” 457 / 0"]]);
  });

  it("457 stored as text (\"457\"): read as the number and warned as 457 / 0", async () => {
    expect(await said(tot("民办学校小计", "457", 0))).toEqual([["read_total_row_mismatch_private_none_few", "学校基本情况!A7", "E“在校生数（人）” 457 / 0"]]);
  });

  // 95 / 7 agrees with no run of these schools in any column: a total agreeing with one is checked against that run first, as any loose subtotal is.
  it("公办学校小计 on a sheet of 民办 schools only: 0 / 0 nothing, 95 / 7 warned against none", async () => {
    const allPrivate = SCHOOLS.map((row) => row.map((v) => (v === "公办" ? "民办" : v)));
    expect(await said(tot("公办学校小计", 0, 0), allPrivate)).toEqual([]);
    expect(await said(tot("公办学校小计", 95, 7), allPrivate)).toEqual([["read_total_row_mismatch_public_none_few", "学校基本情况!A7", "E“在校生数（人）” 95 / 0\nF“专任教师（人）” 7 / 0"]]);
  });

  describe("民办小学小计 with 民办 schools but no 民办 小学", () => {
    // 育英初级中学 (row 7) 民办 初中 500 / 40, the only 民办 school. 合计 3,544 + 500 = 4,044 / 195 + 40 = 235.
    const junior: CellValue[] = ["育英初级中学", "初中", "初级中学", "民办", 500, 40];
    const rows = (group: CellValue[]) => [...allPublic, junior, group, tot("合计", 4044, 235)];

    it("0 / 0: nothing said; 民办初中小计 500 / 40 beside it: nothing either", async () => {
      expect(await totalIssues(rows(tot("民办小学小计", 0, 0)))).toEqual([]);
      expect(await totalIssues(rows(tot("民办初中小计", 500, 40)))).toEqual([]);
    });

    it("457 / 30: warned against no 民办 小学 (457 / 0, 30 / 0), not against 育英初级中学's 500 / 40", async () => {
      const issues = await totalIssues(rows(tot("民办小学小计", 457, 30)));
      expect(issues.map((i) => [i.code, i.cell, i.params.totalColumns])).toEqual([["read_total_row_mismatch_private_none_few", "学校基本情况!A8", "E“在校生数（人）” 457 / 0\nF“专任教师（人）” 30 / 0"]]);
    });
  });

  it("其中：民办学校 under 合计: 0 / 0 nothing, 457 / 0 warned against none", async () => {
    expect(await totalIssues([...allPublic, ALL, tot("其中：民办学校", 0, 0)])).toEqual([]);
    const issues = await totalIssues([...allPublic, ALL, tot("其中：民办学校", 457, 0)]);
    expect(issues.map((i) => [i.code, i.cell, i.params.totalColumns])).toEqual([["read_total_row_mismatch_private_none_few", "学校基本情况!A8", "E“在校生数（人）” 457 / 0"]]);
  });

  it("without a 办学性质 column: 457 / 0 still the no-run warning, as before", async () => {
    const header = HEADER.filter((h) => h !== "办学性质");
    const rows = [...allPublic, tot("民办学校小计", 457, 0), ALL].map((r) => r.filter((_, k) => k !== 3));
    expect((await totalIssues(rows, header)).map((i) => [i.code, i.params.rows])).toEqual([["read_total_row_group_unmatched", "2–6"]]);
  });

  it("says it in zh and en", async () => {
    const [issue] = await totalIssues([...allPublic, tot("民办学校小计", 457, 0), ALL]);
    if (issue === undefined) throw new Error("expected the warning");
    expect(issue.severity).toBe("warning");
    expect(message(issue.code, issue.params, "zh")).toBe(
      "第 7 行“民办学校小计”不为 0，但本表按办学性质（或举办者）没有该行所计的民办学校（合计行 / 学校行相加）：E“在校生数（人）” 457 / 0。可能有学校的办学性质或学段填错，有隐藏、筛选掉或未读取的学校行，或该行本身有误，请核对",
    );
    expect(message(issue.code, issue.params, "en")).toBe(
      "Row 7 (民办学校小计) is not 0, yet by 办学性质 or 举办者 this sheet lists no 民办 (private) school of those it counts (the total row / the rows' sum): E “在校生数（人）” 457 / 0. A school's 办学性质 or stage may be wrong, school rows may be hidden, filtered out or not read, or the row itself is wrong; please check",
    );
  });
});
