import type { CellValue } from "../types";
import { readGridsOk, issuesWith, type ReadOk } from "./testing";
import { POINTS, schoolSheet } from "./testingSheets";
import { qualified } from "../address";

const SCHOOLS: CellValue[][] = [
  ["甲小学", "小学", 1000, 60, 5000],
  ["甲中学", "初级中学", 900, 70, 5400],
];
/** The same schools with last year's numbers: a backup kept beside this year's list. */
const OLDER: CellValue[][] = [
  ["甲小学", "小学", 950, 58, 5000],
  ["甲中学", "初级中学", 880, 69, 5400],
];

/** Each record's name and the cell its students were read from. */
function read(result: ReadOk): (string | null | undefined)[][] {
  return result.input.records.map((r) => [r.name, r.fields.students?.cell]);
}

describe("readWorkbook: a copy of the school sheet beside it and a 教学点 sheet", () => {
  const expected = [
    ["甲小学", "学校基本情况!C2"],
    ["甲中学", "学校基本情况!C3"],
    ["杏花村教学点", "教学点!C2"],
  ];

  it.each([
    ["学校基本情况 (2)", SCHOOLS],
    ["学校基本情况备份", SCHOOLS],
  ])("leaves out %s (same schools) with a note naming the sheet it copies, and still reads 教学点 (before: 教学点 lost)", async (copy, rows) => {
    const result = await readGridsOk([schoolSheet("学校基本情况", SCHOOLS), schoolSheet("教学点", POINTS), schoolSheet(copy, rows)]);
    expect(read(result)).toEqual(expected);
    expect(issuesWith(result.issues, "read_sheet_copy").map((i) => [i.cell, i.severity, i.params.sheet, i.params.original])).toEqual([[qualified(copy, "A1"), "warning", copy, "学校基本情况"]]);
    expect(issuesWith(result.issues, "read_other_school_sheets")).toEqual([]);
  });

  it("leaves out 学校基本情况备份 with last year's numbers, saying how many differ and the first, cell beside cell (before: said as an exact copy)", async () => {
    const result = await readGridsOk([schoolSheet("学校基本情况", SCHOOLS), schoolSheet("教学点", POINTS), schoolSheet("学校基本情况备份", OLDER)]);
    expect(read(result)).toEqual(expected);
    expect(issuesWith(result.issues, "read_sheet_copy")).toEqual([]);
    // Students 950 / 1000 and 880 / 900, column D 58 / 60 and 69 / 70: four numbers, the first at C2.
    expect(issuesWith(result.issues, "read_sheet_copy_differs").map((i) => [i.cell, i.severity, i.params])).toEqual([
      ["学校基本情况备份!A1", "warning", { sheet: "学校基本情况备份", original: "学校基本情况", count: 4, cell: "学校基本情况备份!C2", value: 950, originalCell: "学校基本情况!C2", originalValue: 1000 }],
    ]);
  });

  it("leaves out 学校基本情况备份 holding the schools of 学校基本情况 and 教学点 together, as a backup of both (before: 教学点 lost)", async () => {
    const result = await readGridsOk([schoolSheet("学校基本情况", SCHOOLS), schoolSheet("教学点", POINTS), schoolSheet("学校基本情况备份", [...OLDER, ...POINTS])]);
    expect(read(result)).toEqual(expected);
    expect(issuesWith(result.issues, "read_sheet_copy_differs").map((i) => [i.params.sheet, i.params.original, i.params.count])).toEqual([["学校基本情况备份", "学校基本情况, 教学点", 4]]);
    expect(issuesWith(result.issues, "read_other_school_sheets")).toEqual([]);
  });

  it("does not take 全部学校 (not named as a copy) beside 学校基本情况 and 教学点 for a backup: named as a sheet left unread", async () => {
    const result = await readGridsOk([schoolSheet("学校基本情况", SCHOOLS), schoolSheet("教学点", POINTS), schoolSheet("全部学校", [...SCHOOLS, ...POINTS])]);
    expect(issuesWith(result.issues, "read_sheet_copy")).toEqual([]);
    expect(issuesWith(result.issues, "read_other_school_sheets")).toHaveLength(1);
  });

  it("reads the sheet whose name is not a copy's when the copy comes first", async () => {
    const result = await readGridsOk([schoolSheet("学校 (2)", SCHOOLS), schoolSheet("学校基本情况", SCHOOLS), schoolSheet("教学点", POINTS)]);
    expect(read(result)).toEqual(expected);
    expect(issuesWith(result.issues, "read_sheet_copy").map((i) => [i.params.sheet, i.params.original])).toEqual([["学校 (2)", "学校基本情况"]]);
  });

  it("reads the first of two copies neither named as a copy", async () => {
    const result = await readGridsOk([schoolSheet("学校基本情况", SCHOOLS), schoolSheet("学校", SCHOOLS), schoolSheet("教学点", POINTS)]);
    expect(read(result)).toEqual(expected);
    expect(issuesWith(result.issues, "read_sheet_copy").map((i) => [i.params.sheet, i.params.original])).toEqual([["学校", "学校基本情况"]]);
  });

  it("still refuses to add up sheets that share some schools and differ otherwise: the best alone, the others named", async () => {
    const result = await readGridsOk([schoolSheet("学校基本情况", SCHOOLS), schoolSheet("教学点", POINTS), schoolSheet("学校基本情况 (2)", [SCHOOLS[0] ?? []])]);
    expect(new Set(result.input.records.map((r) => r.source?.sheet))).toEqual(new Set(["学校基本情况"]));
    expect(issuesWith(result.issues, "read_sheet_copy")).toEqual([]);
    expect(issuesWith(result.issues, "read_other_school_sheets").map((i) => i.params.others)).toEqual(["教学点, 学校基本情况 (2)"]);
  });
});

describe("readWorkbook: an exact copy of a stage sheet beside 小学 and 初中", () => {
  it("leaves out 小学2 (the 小学 sheet's schools) as a copy and reads 小学 with 初中 (before: 小学 alone, 初中 lost)", async () => {
    const primary: CellValue[][] = [["甲小学", "小学", 1000, 60, 5000]];
    const junior: CellValue[][] = [["甲中学", "初级中学", 900, 70, 5400]];
    const result = await readGridsOk([schoolSheet("小学", primary), schoolSheet("小学2", primary), schoolSheet("初中", junior)]);
    expect(read(result)).toEqual([
      ["甲小学", "小学!C2"],
      ["甲中学", "初中!C2"],
    ]);
    expect(issuesWith(result.issues, "read_sheet_copy").map((i) => [i.params.sheet, i.params.original])).toEqual([["小学2", "小学"]]);
  });
});
