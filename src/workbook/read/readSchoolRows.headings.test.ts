import type { CellValue } from "../types";
import { gridOf, readGridsOk, type ReadOk } from "./testing";

/**
 * Block headings (一、城区学校, 二、农村学校 …) wherever a county sheet types them: in the 序号
 * column (A) unmerged, in the name column (B), or merged across the row; right under the header or
 * after a 合计. Each means the same wherever it stands: the schools under 城区 urban, under 农村
 * rural (rules.md §4 items 3 and 6), under 乡镇学校 neither; and none is read as a header row or
 * a school. Before (Q4 of s48): typed unmerged in A right under the header, the heading was taken
 * into the header (序号/一、城区学校) and every later heading in A was skipped silently.
 */

const HEAD: CellValue[] = ["序号", "学校名称", "在校生数", "班级数"];
const CITY: CellValue[][] = [
  [1, "城关一小", 1000, 24],
  [2, "城关二小", 800, 20],
];
const TOWN: CellValue[][] = [
  [3, "石桥小学", 180, 6],
  [4, "王村教学点", 45, 3],
];

/** A heading row with the text in column A (序号), in B (the name column), or in A merged over A:D. */
type Place = "A" | "B" | "merged";
const line = (text: string, place: Place): CellValue[] => (place === "B" ? [null, text] : [text]);
const mergeOf = (row: number, place: Place): string[] => (place === "merged" ? [`A${row + 1}:D${row + 1}`] : []);

/** Each school as [name, rural flag]; each heading note as [code, cell]; the header rows; the 序号 column's header. */
function summary(read: ReadOk) {
  return {
    schools: read.input.records.map((r) => [r.name, r.flags.rural]),
    notes: read.issues.filter((i) => /^read_(heading|area_heading|total)_row|^read_heading_/.test(i.code)).map((i) => [i.code, i.cell]),
    headerRows: read.mapping.headerRows,
    serialHeader: read.mapping.unmatched.find((u) => u.column === 0)?.header,
  };
}

async function readRows(rows: CellValue[][], merges: string[] = []) {
  return summary(await readGridsOk([gridOf([HEAD, ...rows], { merges })]));
}

describe("readSchoolRows: a heading in the 序号 column (A), unmerged, under a header ending in row 4 (the county sheet's layout)", () => {
  /** Rows 1–2 a title and a unit line, 3–4 the header merged down, the first heading in A5, the second in A12. */
  function sheet(second: string): CellValue[][] {
    const schools: CellValue[][] = ["城关一小", "城关二小", "城关三小", "实验小学", "第一初级中学", "城关中学"].map((name, i) => [i + 1, name, 900 - 100 * i, 20]);
    return [["某县2024年义务教育学校基本情况统计表"], ["单位：人"], HEAD, [null, null, null, null], ["一、城区学校"], ...schools, [second], [7, "石桥小学", 180, 6], [8, "王村教学点", 45, 3]];
  }
  const MERGES = ["A1:D1", "A3:A4", "B3:B4", "C3:C4", "D3:D4"];
  const URBAN = ["城关一小", "城关二小", "城关三小", "实验小学", "第一初级中学", "城关中学"].map((name) => [name, false]);

  it("reads 一、城区学校 in A5 as a heading, not the header's second row: the header is rows 3–4 and column A stays 序号", async () => {
    const read = summary(await readGridsOk([gridOf(sheet("二、农村学校"), { merges: MERGES })]));
    expect(read.headerRows).toEqual({ top: 2, bottom: 3 });
    expect(read.serialHeader).toBe("序号");
    expect(read.notes).toEqual([
      ["read_heading_urban", "学校基本情况!A5"],
      ["read_heading_rural", "学校基本情况!A12"],
    ]);
    expect(read.schools).toEqual([...URBAN, ["石桥小学", true], ["王村教学点", true]]);
  });

  it("reads 二、乡镇学校 in A12 as ending the urban block: its schools are not taken as urban, and the heading is noted", async () => {
    const read = summary(await readGridsOk([gridOf(sheet("二、乡镇学校"), { merges: MERGES })]));
    expect(read.notes).toEqual([
      ["read_heading_urban", "学校基本情况!A5"],
      ["read_heading_row", "学校基本情况!A12"],
    ]);
    expect(read.schools).toEqual([...URBAN, ["石桥小学", undefined], ["王村教学点", undefined]]);
  });
});

describe("readSchoolRows: the same heading means the same in A, in B or merged across the row, right under the header or after a 合计", () => {
  const SCHOOLS = [
    ["城关一小", false],
    ["城关二小", false],
    ["石桥小学", true],
    ["王村教学点", true],
  ];
  const cellOf = (place: Place, row: number) => `学校基本情况!${place === "A" ? "A" : "B"}${row}`;

  it.each(["A", "B", "merged"] as const)("right under the header, typed %p", async (place) => {
    const read = await readRows([line("一、城区学校", place), ...CITY, line("二、农村学校", place), ...TOWN], [...mergeOf(1, place), ...mergeOf(4, place)]);
    expect(read.headerRows).toEqual({ top: 0, bottom: 0 });
    expect(read.schools).toEqual(SCHOOLS);
    expect(read.notes).toEqual([
      ["read_heading_urban", cellOf(place, 2)],
      ["read_heading_rural", cellOf(place, 5)],
    ]);
  });

  it.each(["A", "B", "merged"] as const)("after a 合计 row right under the header, typed %p", async (place) => {
    // 1000 + 800 + 180 + 45 = 2025 students, 24 + 20 + 6 + 3 = 53 classes: a right 合计, checked and silent.
    const total: CellValue[] = place === "B" ? [null, "合计", 2025, 53] : ["合计", null, 2025, 53];
    const read = await readRows([total, line("一、城区学校", place), ...CITY, line("二、农村学校", place), ...TOWN], [...mergeOf(2, place), ...mergeOf(5, place)]);
    expect(read.schools).toEqual(SCHOOLS);
    expect(read.notes).toEqual([
      ["read_total_row", `学校基本情况!${place === "B" ? "B" : "A"}2`],
      ["read_heading_urban", cellOf(place, 3)],
      ["read_heading_rural", cellOf(place, 6)],
    ]);
  });

  it.each([
    ["一、城区学校（2所）", "二、农村学校（2所）"],
    ["城区学校：", "农村学校："],
    ["（城区学校）", "（农村学校）"],
    ["城区", "农村"],
  ])("reads %p and %p in A as in B: with a count, a colon, in brackets or bare", async (urban, rural) => {
    const inA = await readRows([[urban], ...CITY, [rural], ...TOWN]);
    expect(inA.headerRows).toEqual({ top: 0, bottom: 0 });
    expect(inA.schools).toEqual(SCHOOLS);
    expect(inA.notes).toEqual([
      ["read_heading_urban", "学校基本情况!A2"],
      ["read_heading_rural", "学校基本情况!A5"],
    ]);
    expect((await readRows([[null, urban], ...CITY, [null, rural], ...TOWN])).schools).toEqual(SCHOOLS);
  });
});

describe("readSchoolRows: stage headings and group headings in the 序号 column", () => {
  it("keeps the rural side under （一）小学 and （二）初中 typed in A, none of them taken into the header", async () => {
    const read = await readRows([["一、农村学校"], ["（一）小学"], ...TOWN, ["（二）初中"], [5, "石桥中学", 300, 8]]);
    expect(read.headerRows).toEqual({ top: 0, bottom: 0 });
    expect(read.serialHeader).toBe("序号");
    expect(read.schools).toEqual([
      ["石桥小学", true],
      ["王村教学点", true],
      ["石桥中学", true],
    ]);
    expect(read.notes).toEqual([
      ["read_heading_rural", "学校基本情况!A2"],
      ["read_heading_row", "学校基本情况!A3"],
      ["read_heading_row", "学校基本情况!A6"],
    ]);
  });

  it.each(["A", "B"] as const)("reads 乡镇中心校 and 村小及教学点 (typed in %p) as group headings, not schools: the urban block ends, the rural one goes on", async (place) => {
    const read = await readRows([line("一、城区学校", place), ...CITY, line("乡镇中心校", place), TOWN[0] ?? [], line("二、农村学校", place), line("（二）村小及教学点", place), TOWN[1] ?? []]);
    // Before: in B, 乡镇中心校 and 村小及教学点 were two schools with no data; 石桥小学 under 乡镇中心校 was taken as urban.
    expect(read.schools).toEqual([
      ["城关一小", false],
      ["城关二小", false],
      ["石桥小学", undefined],
      ["王村教学点", true],
    ]);
    const col = place === "A" ? "A" : "B";
    expect(read.notes).toEqual([
      ["read_heading_urban", `学校基本情况!${col}2`],
      ["read_area_heading_row", `学校基本情况!${col}5`],
      ["read_heading_rural", `学校基本情况!${col}7`],
      ["read_heading_row", `学校基本情况!${col}8`],
    ]);
  });

  it("reads a township's name in A (石桥镇) as its heading, as in B", async () => {
    const read = await readRows([["一、城区学校"], ...CITY, ["石桥镇"], ...TOWN]);
    expect(read.schools.map(([, rural]) => rural)).toEqual([false, false, undefined, undefined]);
    expect(read.notes).toEqual([
      ["read_heading_urban", "学校基本情况!A2"],
      ["read_area_heading_row", "学校基本情况!A5"],
    ]);
  });
});

describe("readSchoolRows: a heading row with numbers is a subtotal, wherever its label is typed", () => {
  // 城区 1000 + 800 = 1800 students, 24 + 20 = 44 classes; 农村 180 + 45 = 225, 6 + 3 = 9.
  it.each(["A", "B"] as const)("一、城区学校 | 1800 | 44 above its schools (label in %p): a total, not a school, giving no side", async (place) => {
    const sub = (text: string, students: number, classes: number): CellValue[] => (place === "A" ? [text, null, students, classes] : [null, text, students, classes]);
    const read = await readRows([sub("一、城区学校", 1800, 44), ...CITY, sub("二、农村学校", 225, 9), ...TOWN]);
    // Before, in A: two warnings 第 2 行有数据但没有学校名称 (read_row_no_name), the subtotal not said to be one.
    expect(read.schools.map(([name]) => name)).toEqual(["城关一小", "城关二小", "石桥小学", "王村教学点"]);
    expect(read.schools.map(([, rural]) => rural)).toEqual([undefined, undefined, undefined, undefined]);
    expect(read.notes).toEqual([
      ["read_total_row", `学校基本情况!${place}2`],
      ["read_total_row", `学校基本情况!${place}5`],
    ]);
  });

  it.each(["二、乡镇学校", "（二）乡镇学校", "乡镇学校", "乡镇学校（2所）"])("%p | 225 | 9 in B is the township schools' subtotal, not a school of that name", async (label) => {
    const read = await readRows([...CITY, [null, label, 225, 9], ...TOWN]);
    // Before: a school named so, with 225 students, counted beside its own schools.
    expect(read.schools.map(([name]) => name)).toEqual(["城关一小", "城关二小", "石桥小学", "王村教学点"]);
    expect(read.notes).toEqual([["read_total_row", "学校基本情况!B4"]]);
  });
});

describe("readSchoolRows: a school in the list whose short name is a village group's (中心校, 村小)", () => {
  // Review R4 of 7e72373: these rows were dropped as group subtotals (read_total_row), or the sheet refused (read_no_rows).
  it("keeps 1 | 中心校 | 500 | 12 under 石桥镇 as a school, beside 2 | 王村小学 | 40 | 3", async () => {
    const read = await readGridsOk([gridOf([HEAD, ["石桥镇"], [1, "中心校", 500, 12], [2, "王村小学", 40, 3]])]);
    expect(read.input.records.map((r) => [r.name, r.fields.students?.value])).toEqual([
      ["中心校", 500],
      ["王村小学", 40],
    ]);
    expect(read.issues.filter((i) => i.code === "read_total_row")).toEqual([]);
  });

  it("keeps 中心学校 (300) and 村小学 (40) under 白沙乡 as schools: the sheet is read, not refused", async () => {
    const read = await readRows([["白沙乡"], [1, "中心学校", 300, 9], [2, "村小学", 40, 3]]);
    expect(read.schools.map(([name]) => name)).toEqual(["中心学校", "村小学"]);
    expect(read.notes).toEqual([["read_area_heading_row", "学校基本情况!A2"]]);
  });

  it.each(["乡镇中心校", "中心校", "村小"])("keeps %p | 300 | 8 as a school without a serial number too", async (name) => {
    const read = await readRows([...CITY, [null, name, 300, 8]]);
    expect(read.schools.map(([school]) => school)).toEqual(["城关一小", "城关二小", name]);
    expect(read.notes).toEqual([]);
  });

  it("keeps 3 | 乡镇学校 | 300 | 8, a row of the numbered list, as a school; without its serial it is the group's subtotal", async () => {
    expect((await readRows([...CITY, [3, "乡镇学校", 300, 8]])).schools.map(([name]) => name)).toEqual(["城关一小", "城关二小", "乡镇学校"]);
    const subtotal = await readRows([...CITY, [null, "乡镇学校", 225, 9], ...TOWN]);
    expect(subtotal.schools.map(([name]) => name)).toEqual(["城关一小", "城关二小", "石桥小学", "王村教学点"]);
    expect(subtotal.notes).toEqual([["read_total_row", "学校基本情况!B4"]]);
  });

  it("still reads 村小及教学点 | 45 | 3 (two kinds joined, no one school) as a subtotal", async () => {
    const read = await readRows([TOWN[0] ?? [], [null, "村小及教学点", 45, 3], TOWN[1] ?? []]);
    expect(read.schools.map(([name]) => name)).toEqual(["石桥小学", "王村教学点"]);
    expect(read.notes).toEqual([["read_total_row", "学校基本情况!B3"]]);
  });
});

describe("readSchoolRows: a label beside numbers left of a blank name, by its column's header", () => {
  const issuesOf = (read: ReadOk) => read.issues.filter((i) => /^read_(row_no_name|total_row|heading)/.test(i.code)).map((i) => [i.code, i.cell]);

  it("warns about 城区 | (no name) | 高中 | 300 | 6 under a 片区 column the reader does not read: a row without a name, not a 城区 subtotal", async () => {
    // Review R4 of 7e72373: read as a subtotal (read_total_row, a note) instead of the warning it gave before.
    const read = await readGridsOk([gridOf([["片区", "学校名称", "学段", "在校生数", "班级数"], ["城区", "城关中学", "初中", 800, 16], ["城区", null, "高中", 300, 6]])]);
    expect(issuesOf(read)).toEqual([["read_row_no_name", "学校基本情况!B3"]]);
    expect(read.input.records.map((r) => [r.name, r.fields.students?.value])).toEqual([["城关中学", 800]]);
  });

  it("reads 一、城区学校 | (no name) | 1800 | 44 under 片区 as the subtotal (numbered), its schools 1000 + 800 kept", async () => {
    const read = await readGridsOk([gridOf([["片区", "学校名称", "在校生数", "班级数"], ["一、城区学校", null, 1800, 44], ["城区", "城关一小", 1000, 24], ["城区", "城关二小", 800, 20]])]);
    expect(issuesOf(read)).toEqual([["read_total_row", "学校基本情况!A2"]]);
    expect(read.input.records.map((r) => r.name)).toEqual(["城关一小", "城关二小"]);
  });

  it("reads bare 城区 | (no name) | 1800 | 44 as the subtotal in a column without a header, as in 序号", async () => {
    const read = await readGridsOk([gridOf([[null, "学校名称", "在校生数", "班级数"], ["城区", null, 1800, 44], [null, "城关一小", 1000, 24], [null, "城关二小", 800, 20]])]);
    expect(issuesOf(read)).toEqual([["read_total_row", "学校基本情况!A2"]]);
    const serial = await readRows([["城区", null, 1800, 44], ...CITY]);
    expect(serial.notes).toEqual([["read_total_row", "学校基本情况!A2"]]);
    expect(serial.schools.map(([name]) => name)).toEqual(["城关一小", "城关二小"]);
  });
});

describe("readSchoolRows: a heading typed in a column read for something (县区)", () => {
  const COUNTY_HEAD: CellValue[] = ["县区", "学校名称", "在校生数", "班级数"];
  const rows = (first: string, second: string): CellValue[][] => [COUNTY_HEAD, [first], ["甲县", "城关一小", 1000, 24], [second], ["甲县", "石桥小学", 180, 6]];

  it("takes a numbered heading there (一、城区学校), not into the header", async () => {
    const read = summary(await readGridsOk([gridOf(rows("一、城区学校", "二、农村学校"))]));
    expect(read.headerRows).toEqual({ top: 0, bottom: 0 });
    expect(read.schools).toEqual([
      ["城关一小", false],
      ["石桥小学", true],
    ]);
    expect(read.notes).toEqual([
      ["read_heading_urban", "学校基本情况!A2"],
      ["read_heading_rural", "学校基本情况!A4"],
    ]);
  });

  it("leaves 城区 alone there as the column's value (a district may be named 城区), not a heading", async () => {
    const read = summary(await readGridsOk([gridOf(rows("城区", "农村"))]));
    expect(read.schools).toEqual([
      ["城关一小", undefined],
      ["石桥小学", undefined],
    ]);
    expect(read.notes).toEqual([]);
  });
});
