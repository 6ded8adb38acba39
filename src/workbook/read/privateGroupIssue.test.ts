import type { CellValue } from "../types";
import { message } from "../../messages/catalogue";
import { gridOf, readGridsOk } from "./testing";

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
const tot = (label: string, students: number, teachers: number): CellValue[] => [label, null, null, null, students, teachers];
const ALL = tot("合计", 3544, 195);

async function totalIssues(rows: CellValue[][], header: CellValue[] = HEADER) {
  const read = await readGridsOk([gridOf([header, ...rows], { sheet: "学校基本情况" })]);
  return read.issues.filter((i) => i.code.startsWith("read_total_row_mismatch") || i.code === "read_total_row_group_unmatched" || i.code === "read_total_row_partial");
}

describe("民办学校小计 against the rows read as 民办 (privateGroupIssue)", () => {
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
      "第 7 行“民办学校小计”与办学性质（或举办者）为民办的学校行（第 3、5 行）相加不符（合计行 / 学校行相加）：E“在校生数（人）” 650 / 612；F“专任教师（人）” 50 / 45。可能有办学性质漏填或填错的学校，有隐藏、筛选掉或未读取的学校行，有以文本存储、Excel 求和时跳过的数字，或该行本身有误，请核对",
    );
    expect(message(issue.code, issue.params, "en")).toContain("Row 7 (民办学校小计) does not match the school rows read as 民办 (private) by 办学性质 or 举办者, rows 3, 5, added up");
  });
});
