import type { CellValue, Grid } from "../types";
import { message } from "../../messages/catalogue";
import { rateColumn } from "./teacherShare";
import { gridOf, readGridsOk } from "./testing";

const HEAD = ["学校名称", "学段", "在校生数", "专任教师数", "体育、艺术教师数"];

/**
 * The [cell, code] said in column E of a sheet of `rows`, and what E was read as per school: E is the
 * 体育、艺术教师数 column, or the 骨干教师 column headed `backbone` (县级及以上骨干教师数, 骨干教师数).
 */
async function columnE(rows: CellValue[][], backbone?: string) {
  const head = backbone === undefined ? HEAD : [...HEAD.slice(0, 4), backbone];
  const read = await readGridsOk([gridOf([head, ...rows])]);
  const codes = read.issues.filter((i) => i.cell?.startsWith("学校基本情况!E") === true).map((i) => [i.cell, i.code]);
  const field = backbone === undefined ? "peArtTeachers" : "backboneTeachers";
  return { codes, values: read.input.records.map((r) => r.fields[field]?.value ?? null) };
}

/** `code` said at each of the E cells of `rows` (2 → 学校基本情况!E2), as columnE gives it. */
function saidAt(code: string, rows: readonly number[]): [string, string][] {
  return rows.map((row) => [`学校基本情况!E${row}`, code]);
}

describe("teacherShare: a third or a quarter of a PE teacher (走教), not in a column of rates (reviewer R2 of s48)", () => {
  it("reads 0.33 and 0.25 among whole counts of PE teachers as shares", async () => {
    const found = await columnE([["一小", "小学", 1652, 80, 9], ["杏花村教学点", "小学", 63, 4, 0.33], ["桃园教学点", "小学", 40, 3, 0.25], ["二小", "小学", 980, 50, 6]]);
    expect(found).toEqual({ codes: saidAt("read_count_share", [3, 4]), values: [9, 0.33, 0.25, 6] });
  });

  it("refuses every value of a column of rates (0.28, 0.25, 0.33, 0.3; 0.5 too): none is a teacher", async () => {
    const found = await columnE([["一小", "小学", 1652, 80, 0.28], ["二小", "小学", 980, 50, 0.25], ["三小", "小学", 412, 30, 0.33], ["四小", "小学", 300, 20, 0.5]]);
    expect(found.codes).toEqual(saidAt("read_count_rate", [2, 3, 4, 5]));
    expect(found.values).toEqual([null, null, null, null]);
  });

  it("refuses a 骨干教师 column of rates whole, as R2 of s48 found 0.25 and 0.33 read as teachers in it", async () => {
    const rows: CellValue[][] = [["一小", "小学", 1652, 80, 0.28], ["二小", "小学", 980, 50, 0.25], ["三小", "小学", 412, 30, 0.33], ["四小", "小学", 300, 20, 0.3]];
    expect((await columnE(rows, "县级及以上骨干教师数")).codes).toEqual(saidAt("read_count_rate", [2, 3, 4, 5]));
  });
});

// A sheet of only 教学点 sharing 走教 PE / art teachers (s49 H1, item 2): after eee583f every 0.5 of such a column was
// refused as read_count_rate, the column being mostly fractions; 0.5 was read before. A column of rates holds
// fractions no split of a teacher gives (0.85, 0.92, 0.973).
describe("teacherShare: a column of halves, thirds and quarters is of teachers shared, not of rates (s49 H1)", () => {
  const points = (pe: CellValue[]) => pe.map((v, i): CellValue[] => [`${"杏花村桃园青山石门柳树湾河口".slice(2 * i, 2 * i + 2)}教学点`, "小学", 30 + 5 * i, 3, v]);

  it("reads five 教学点's 0.5 PE teachers beside a 1, each said as a share", async () => {
    const found = await columnE(points([0.5, 0.5, 0.5, 0.5, 1, 0.5]));
    expect(found.values).toEqual([0.5, 0.5, 0.5, 0.5, 1, 0.5]);
    expect(found.codes).toEqual(saidAt("read_count_share", [2, 3, 4, 5, 7]));
  });

  it("reads 0.5, 0.33 and 0.25 as shares and 1.5, 2.5 as not whole, every value kept", async () => {
    const found = await columnE(points([0.5, 0.33, 0.25, 1.5, 2.5, 0.5]));
    expect(found.values).toEqual([0.5, 0.33, 0.25, 1.5, 2.5, 0.5]);
    const codes = ["read_count_share", "read_count_share", "read_count_share", "read_count_not_whole", "read_count_not_whole", "read_count_share"];
    expect(found.codes).toEqual(codes.map((code, i) => [`学校基本情况!E${i + 2}`, code]));
  });

  it("still refuses a column of rates (0.85, 0.92, 0.973, 0.88) whole, its 0.5 too; the 1 is read", async () => {
    const found = await columnE(points([0.85, 0.92, 0.973, 0.5, 1, 0.88]));
    expect(found.values).toEqual([null, null, null, null, 1, null]);
    expect(found.codes).toEqual(saidAt("read_count_rate", [2, 3, 4, 5, 7]));
  });
});

// Reviewer R1 of s49 (t2.xlsx): a 骨干教师数 column of rates that happen to be halves, thirds and quarters, at
// schools of 700–1,200 pupils, was read as teacher shares after 479ef7e (L2 computed with 0.25 teachers). 走教
// shares happen at small sites: a fraction is a share only at a school of at most SHARING_SCHOOL_MAX_STUDENTS (300).
describe("teacherShare: a share only at a school small enough to share teachers (reviewer R1 of s49)", () => {
  const columnOfBackbone = (rows: CellValue[][]) => columnE(rows, "骨干教师数");

  it("refuses R1's t2 column whole: 0.25, 0.33, 0.5, 0.25, 0.5 at schools of 1200, 800, 700, 900, 700 pupils are rates", async () => {
    const rows: CellValue[][] = [["城关小学", "小学", 1200, 60, 0.25], ["东街小学", "小学", 800, 42, 0.33], ["西街小学", "小学", 700, 38, 0.5], ["城关中学", "初中", 900, 70, 0.25], ["二中", "初中", 700, 50, 0.5]];
    const found = await columnOfBackbone(rows);
    expect(found.values).toEqual([null, null, null, null, null]);
    expect(found.codes).toEqual(saidAt("read_count_rate", [2, 3, 4, 5, 6]));
  });

  it("in a column of whole counts, refuses a 0.5 at a school of 1200 pupils and reads the 0.5 of a 教学点 of 45", async () => {
    const rows: CellValue[][] = [["城关小学", "小学", 1200, 60, 0.5], ["东街小学", "小学", 800, 42, 4], ["青山教学点", "小学", 45, 3, 0.5], ["西街小学", "小学", 700, 38, 3]];
    const found = await columnOfBackbone(rows);
    expect(found.values).toEqual([null, 4, 0.5, 3]);
    expect(found.codes).toEqual([...saidAt("read_count_share_large_school", [2]), ...saidAt("read_count_share", [4])]);
  });

  it("reads a share at 300 pupils, the bound, and refuses it at 301", async () => {
    const rows: CellValue[][] = [["甲小学", "小学", 300, 15, 0.25], ["乙小学", "小学", 301, 15, 0.25], ["丙小学", "小学", 900, 45, 5], ["丁小学", "小学", 1000, 50, 6]];
    const found = await columnOfBackbone(rows);
    expect(found.values).toEqual([0.25, null, 5, 6]);
    expect(found.codes).toEqual([...saidAt("read_count_share", [2]), ...saidAt("read_count_share_large_school", [3])]);
  });

  // Reviewer R3 of s49, D1: this column was refused whole (d010bc6); one fraction at a large school among the
  // 教学点's halves is that school's cell to refuse, not the column's.
  it("reads the 教学点's 0.5 in a column of fractions with one at a large school, refusing that one alone", async () => {
    const rows: CellValue[][] = [["青山教学点", "小学", 40, 3, 0.5], ["石门教学点", "小学", 35, 3, 0.5], ["城关小学", "小学", 1200, 60, 0.25]];
    const found = await columnOfBackbone(rows);
    expect(found.values).toEqual([0.5, 0.5, null]);
    expect(found.codes).toEqual([...saidAt("read_count_share", [2, 3]), ...saidAt("read_count_share_large_school", [4])]);
  });

  it("still refuses the column whole when most of its fractions sit at large schools (two of three)", async () => {
    const rows: CellValue[][] = [["青山教学点", "小学", 40, 3, 0.5], ["东街小学", "小学", 800, 42, 0.5], ["城关小学", "小学", 1200, 60, 0.25]];
    const found = await columnOfBackbone(rows);
    expect(found.values).toEqual([null, null, null]);
    expect(found.codes).toEqual(saidAt("read_count_rate", [2, 3, 4]));
  });

  it("reads a share where the school's size is unknown (在校生数 blank): nothing says it is large", async () => {
    const found = await columnOfBackbone([["青山教学点", "小学", null, 3, 0.5], ["东街小学", "小学", 800, 42, 4]]);
    expect(found.values).toEqual([0.5, 4]);
    expect(found.codes).toEqual(saidAt("read_count_share", [2]));
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
  // Fractions that are all a half, a third or a quarter (to 0.004) are teachers shared (s49 H1); one other makes rates.
  const shares = gridOf([
    ["h", "h", "h", "h", "h"],
    [0.5, 0.5, 0.85, 0.5, 0.66],
    [0.5, 0.333, 0.92, 0.5, 0.75],
    [0.5, 0.25, 0.973, 0.85, 0.2],
    [1, 0.34, 1, 1, 1],
  ]);
  it.each<[string, number, boolean, string, Grid]>([
    ["grid", 0, true, "0.28, 0.25, 0.3: three fractions of three numbers", grid],
    ["grid", 1, false, "2, 0.33, 3, 1: one fraction of four", grid],
    ["grid", 2, false, "0.5, 0.5, 2, 3: two of four, not more than half", grid],
    ["grid", 3, false, "0.33 alone: one fraction", grid],
    ["shares", 0, false, "0.5, 0.5, 0.5 beside 1: halves", shares],
    ["shares", 1, true, "0.5, 0.333, 0.25, 0.34: 0.34 is no third (0.007 off)", shares],
    ["shares", 2, true, "0.85, 0.92, 0.973: rates", shares],
    ["shares", 3, true, "0.5, 0.5, 0.85: one rate among halves", shares],
    ["shares", 4, true, "0.66, 0.75, 0.2: two-thirds, three-quarters and a fifth are no share read", shares],
  ])("%s column %i → %s (%s)", (_name, column, rates, _why, of) => {
    expect(rateColumn(of, column, [])).toBe(rates);
  });
});

// Reviewer R3 of s49, D1 (s1.xlsx): six 教学点 of 28–55 pupils at 0.5 PE / art teachers and a 中心小学 of 301 at
// 0.5 had the whole column refused (d010bc6) for the one larger school. Its fractions sit mostly at small
// schools (one of seven at 301 > 300), so the column is of teachers shared: six read, the 301 refused, said why.
describe("teacherShare: one share at a school over 300 among 教学点's shares is refused alone (R3 of s49, D1)", () => {
  const sizes = [40, 32, 55, 28, 46, 38];
  const rows: CellValue[][] = [...sizes.map((n, i): CellValue[] => [`${"杏花柳沟何家李庄王沟石门".slice(2 * i, 2 * i + 2)}教学点`, "小学", n, 3, 0.5]), ["河口乡中心小学", "小学", 301, 20, 0.5]];

  it("reads the six 0.5 and refuses the 中心小学's at E8 with read_count_share_large_school", async () => {
    const found = await columnE(rows);
    expect(found.values).toEqual([0.5, 0.5, 0.5, 0.5, 0.5, 0.5, null]);
    expect(found.codes).toEqual([...saidAt("read_count_share", [2, 3, 4, 5, 6, 7]), ["学校基本情况!E8", "read_count_share_large_school"]]);
  });

  it("says at E8 that the school of 301 pupils is larger than one sharing teachers (300), in zh and en", async () => {
    const read = await readGridsOk([gridOf([HEAD, ...rows])]);
    const issue = read.issues.find((i) => i.code === "read_count_share_large_school");
    expect(issue?.severity).toBe("error");
    expect(message("read_count_share_large_school", issue?.params ?? {}, "zh")).toBe(
      "“体育、艺术教师数”是人数，值 0.5 不是整数：走教教师（一名教师由几所学校分担）的份额只在在校生 300 人及以下的学校按份额读取，本校在校生 301 人，此格未按份额读取，也未使用，该校需要它的指标不计算。请填写实际人数（整数）后重新评估；如这是比例或百分比（50%），请改填人数",
    );
    expect(message("read_count_share_large_school", issue?.params ?? {}, "en")).toBe(
      "PE and arts teachers (体育、艺术教师数) is a count, but 0.5 is not a whole number: a share of a teacher shared among schools (走教) is read only at schools of 300 pupils or fewer, and this school has 301, so the cell was not read as a share, nor used; the school's indicators that need it are not computed. Enter the actual number (a whole number) and evaluate again; if it is a rate or percentage (50%), enter the number instead",
    );
  });
});

