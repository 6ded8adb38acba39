import type { CellValue } from "../types";
import type { Issue, SchoolRecord } from "../../engine/types";
import { type ReadResult } from "./readWorkbook";
import { message } from "../../messages/catalogue";
import { gridOf, readGridsOk } from "./testing";

/**
 * Two campuses (校区) of one school kept as two rows under one name: the name merged over both rows,
 * or written on the first row only, with a 校区 column saying which campus each row is.
 */
type Ok = Extract<ReadResult, { ok: true }>;

const HEAD: readonly CellValue[] = ["学校名称", "校区", "在校生数", "专任教师数", "教学及辅助用房面积（㎡）", "运动场地面积（㎡）"];
const STAGED_HEAD: readonly CellValue[] = ["学校名称", "校区", "学段", "在校生数", "专任教师数", "教学及辅助用房面积（㎡）"];

async function read(rows: readonly (readonly CellValue[])[], merges: readonly string[] = []): Promise<Ok> {
  return readGridsOk([gridOf(rows, { sheet: "S", merges })]);
}

function values(record: SchoolRecord | undefined): Record<string, number | undefined> {
  return Object.fromEntries(Object.entries(record?.fields ?? {}).map(([k, v]) => [k, v?.value]));
}

function withCode(issues: readonly Issue[], code: string): Issue[] {
  return issues.filter((i) => i.code === code);
}

describe("campus rows: the name merged over two rows, a 校区 column", () => {
  it("counts the two campuses as one school, adding their numbers (before: the second row was dropped as a duplicate)", async () => {
    const result = await read([HEAD, ["城关第一小学", "北校区", 800, 45, 3600, 6000], [null, "南校区", 400, 22, 1800, 3000]], ["A2:A3"]);
    expect(result.input.records.map((r) => r.name)).toEqual(["城关第一小学"]);
    // 800 + 400 = 1200 students, 45 + 22 = 67 teachers, 3600 + 1800 = 5400 m², 6000 + 3000 = 9000 m².
    expect(values(result.input.records[0])).toEqual({ students: 1200, teachers: 67, teachingArea: 5400, sportsGroundArea: 9000 });
    expect(withCode(result.issues, "read_duplicate_school")).toEqual([]);
    expect(withCode(result.issues, "read_campus_rows_merged")).toEqual([
      { code: "read_campus_rows_merged", severity: "info", cell: "S!B3", params: { name: "城关第一小学", campus: "南校区", parentCampus: "北校区", parentCell: "S!B2" } },
    ]);
  });

  it("adds three campuses, and still drops a row that repeats a campus already read", async () => {
    const rows = [HEAD, ["二小", "本部", 500, 30, 2000, 4000], [null, "东校区", 300, 20, 1000, 2000], [null, "西校区", 200, 10, 900, 1500], [null, "东校区", 300, 20, 1000, 2000]];
    const result = await read(rows, ["A2:A5"]);
    // 500 + 300 + 200 = 1000 students; 30 + 20 + 10 = 60 teachers; 2000 + 1000 + 900 = 3900 m²; 4000 + 2000 + 1500 = 7500 m².
    expect(values(result.input.records[0])).toEqual({ students: 1000, teachers: 60, teachingArea: 3900, sportsGroundArea: 7500 });
    expect(result.input.records).toHaveLength(1);
    expect(withCode(result.issues, "read_duplicate_school").map((i) => i.cell)).toEqual(["S!A5"]);
  });

  it("merges a campus row under a first row whose 校区 cell is blank (the main campus)", async () => {
    const result = await read([HEAD, ["三小", null, 600, 35, 2500, 5000], [null, "南校区", 100, 8, 400, 700]], ["A2:A3"]);
    // 600 + 100 = 700 students; 35 + 8 = 43 teachers; 2500 + 400 = 2900 m²; 5000 + 700 = 5700 m².
    expect(values(result.input.records[0])).toEqual({ students: 700, teachers: 43, teachingArea: 2900, sportsGroundArea: 5700 });
    // Said as the main campus, not as a campus named “”.
    expect(withCode(result.issues, "read_campus_rows_merged_main")).toEqual([
      { code: "read_campus_rows_merged_main", severity: "info", cell: "S!B3", params: { name: "三小", campus: "南校区", parentCampus: "", parentCell: "S!B2" } },
    ]);
    expect(withCode(result.issues, "read_campus_rows_merged")).toEqual([]);
  });
});

describe("campus rows: the name on the first row only", () => {
  it("gives the blank-named campus row the school above it, with numbers stored as text (before: the row was dropped without a name)", async () => {
    const result = await read([HEAD, ["城关第一小学", "北校区", 800, 45, 3600, 6000], [null, "南校区", "400", "22", "1,800", "３０００"]]);
    expect(result.input.records.map((r) => r.name)).toEqual(["城关第一小学"]);
    // 800 + 400 = 1200; 45 + 22 = 67; 3600 + 1800 = 5400; 6000 + 3000 = 9000.
    expect(values(result.input.records[0])).toEqual({ students: 1200, teachers: 67, teachingArea: 5400, sportsGroundArea: 9000 });
    expect(withCode(result.issues, "read_row_no_name")).toEqual([]);
    expect(withCode(result.issues, "read_campus_name_above")).toEqual([
      { code: "read_campus_name_above", severity: "info", cell: "S!A3", params: { name: "城关第一小学", campus: "南校区", nameCell: "S!A2" } },
    ]);
    expect(withCode(result.issues, "read_campus_rows_merged").map((i) => i.cell)).toEqual(["S!B3"]);
  });

  it("leaves a blank-named row with a blank 校区 cell unread, with the no-name warning", async () => {
    const result = await read([HEAD, ["城关第一小学", "北校区", 800, 45, 3600, 6000], [null, null, 400, 22, 1800, 3000]]);
    expect(values(result.input.records[0])).toEqual({ students: 800, teachers: 45, teachingArea: 3600, sportsGroundArea: 6000 });
    expect(withCode(result.issues, "read_row_no_name").map((i) => i.cell)).toEqual(["S!A3"]);
  });

  it("does not give a name across a blank row", async () => {
    const result = await read([HEAD, ["城关第一小学", "北校区", 800, 45, 3600, 6000], [], [null, "南校区", 400, 22, 1800, 3000]]);
    expect(values(result.input.records[0])).toEqual({ students: 800, teachers: 45, teachingArea: 3600, sportsGroundArea: 6000 });
    expect(withCode(result.issues, "read_row_no_name").map((i) => i.cell)).toEqual(["S!A4"]);
  });
});

describe("campus rows: one campus only, and true repeats", () => {
  it("reads a school with a single campus as it is, with no campus note", async () => {
    const result = await read([HEAD, ["四小", "本部", 450, 26, 1900, 3500]]);
    expect(values(result.input.records[0])).toEqual({ students: 450, teachers: 26, teachingArea: 1900, sportsGroundArea: 3500 });
    expect(result.issues.filter((i) => i.code.startsWith("read_campus"))).toEqual([]);
  });

  it("still drops a repeated row of the same name and the same 校区, with the duplicate error", async () => {
    const result = await read([HEAD, ["五小", "北校区", 450, 26, 1900, 3500], ["五小", "北校区", 450, 26, 1900, 3500]]);
    expect(values(result.input.records[0])).toEqual({ students: 450, teachers: 26, teachingArea: 1900, sportsGroundArea: 3500 });
    expect(withCode(result.issues, "read_duplicate_school").map((i) => i.cell)).toEqual(["S!A3"]);
    expect(withCode(result.issues, "read_campus_rows_merged")).toEqual([]);
  });

  it("still drops a repeated row when the sheet has no 校区 column, even under a merged name", async () => {
    const head = ["学校名称", "在校生数", "专任教师数"];
    const result = await read([head, ["六小", 450, 26], [null, 450, 26]], ["A2:A3"]);
    expect(values(result.input.records[0])).toEqual({ students: 450, teachers: 26 });
    expect(withCode(result.issues, "read_duplicate_school").map((i) => i.cell)).toEqual(["S!A3"]);
  });

  it("drops a row of the same name whose 校区 differs only by spaces and full-width forms", async () => {
    const result = await read([HEAD, ["七小", "北校区", 450, 26, 1900, 3500], ["七小", " 北 校区", 450, 26, 1900, 3500]]);
    expect(result.input.records[0]?.fields.students?.value).toBe(450);
    expect(withCode(result.issues, "read_duplicate_school").map((i) => i.cell)).toEqual(["S!A3"]);
  });
});

describe("campus rows: campuses of different stages", () => {
  it("keeps a 小学 campus and an 初中 campus as the school's two sections, each with its own numbers (name merged)", async () => {
    const rows = [STAGED_HEAD, ["城关学校", "北校区", "小学", 600, 34, 2800], [null, "南校区", "初中", 450, 36, 2700]];
    const result = await read(rows, ["A2:A3"]);
    const byStage = Object.fromEntries(result.input.records.map((r) => [r.stage ?? "whole", values(r)]));
    expect(byStage).toEqual({ primary: { students: 600, teachers: 34, teachingArea: 2800 }, junior: { students: 450, teachers: 36, teachingArea: 2700 } });
    expect(result.issues.filter((i) => i.severity === "error")).toEqual([]);
  });

  it("does the same when the name is on the first row only (before: the 初中 campus was dropped)", async () => {
    const rows = [STAGED_HEAD, ["城关学校", "北校区", "小学", 600, 34, 2800], [null, "南校区", "初中", 450, 36, 2700]];
    const result = await read(rows);
    // The two stages of one school (its campuses are one school's), named as its sections so that its size counts the whole school (rules.md §4 item 4).
    expect(result.input.records.map((r) => [r.name, r.stage, r.fields.students?.value])).toEqual([
      ["城关学校（小学部）", "primary", 600],
      ["城关学校（初中部）", "junior", 450],
    ]);
    expect(withCode(result.issues, "read_row_no_name")).toEqual([]);
  });

  it("keeps the same area typed on both campuses as each campus's own, not one shared total (before: joined and counted once)", async () => {
    const rows = [STAGED_HEAD, ["城关学校", "北校区", "小学", 600, 34, 2800], [null, "南校区", "初中", 450, 36, 2800]];
    const result = await read(rows, ["A2:A3"]);
    // Two campuses are two sets of buildings: 2800 m² each, 5600 m² in all, not one 2800 split between the stages.
    expect(result.input.records.map((r) => [r.stage, r.fields.teachingArea?.value])).toEqual([
      ["primary", 2800],
      ["junior", 2800],
    ]);
    expect(result.issues.filter((i) => i.code.startsWith("read_sections_shared"))).toEqual([]);
  });
});

describe("campus rows: the 校区 column is read", () => {
  it("is not listed among the headers left unread when a column is missing (before: 校区 was listed)", async () => {
    const result = await read([["学校名称", "校区", "在校生数", "备用"], ["八小", "北校区", 300, 1]]);
    expect(withCode(result.issues, "read_columns_unmatched").map((i) => i.params.headers)).toEqual(["备用"]);
  });
});

describe("campus rows: the county of a campus row named from above", () => {
  it("takes the school's county when its own county cell is blank, and adds it to the school", async () => {
    const head = ["县区", "学校名称", "校区", "在校生数"];
    const result = await read([head, ["甲县", "一小", "北校区", 300], [null, null, "南校区", 120]]);
    // 300 + 120 = 420 students, in 甲县.
    expect(result.input.records.map((r) => [r.county, r.name, r.fields.students?.value])).toEqual([["甲县", "一小", 420]]);
    expect(withCode(result.issues, "read_county_blank")).toEqual([]);
  });

  it("takes a campus row writing the school's county without its level word (示例 under 示例县) as that school's campus", async () => {
    const head = ["县区", "学校名称", "校区", "在校生数"];
    const result = await read([head, ["示例县", "一小", "北校区", 300], ["示例", null, "南校区", 120]]);
    // 300 + 120 = 420 students, one school named from the row above.
    expect(result.input.records.map((r) => [r.name, r.fields.students?.value])).toEqual([["一小", 420]]);
    expect(withCode(result.issues, "read_campus_name_above").map((i) => i.cell)).toEqual(["S!B3"]);
    expect(withCode(result.issues, "read_row_no_name")).toEqual([]);
  });

  it("does not name a campus row from above when it writes another county: no name, not read", async () => {
    const head = ["县区", "学校名称", "校区", "在校生数"];
    const result = await read([head, ["示例县", "一小", "北校区", 300], ["乙县", null, "南校区", 120]]);
    expect(result.input.records.map((r) => [r.name, r.fields.students?.value])).toEqual([["一小", 300]]);
    expect(withCode(result.issues, "read_row_no_name").map((i) => i.cell)).toEqual(["S!B3"]);
  });
});

describe("campus rows: a blank-named campus row is the school directly above it, township too (review)", () => {
  const head = ["学校名称", "乡镇", "校区", "在校生数", "专任教师数"];
  const twoTownships = [head, ["中心小学", "甲镇", "本部", 500, 30], ["中心小学", "乙镇", "本部", 300, 20]];

  it("adds a campus row with blank name and 乡镇 to 乙镇's 中心小学 above it, not 甲镇's (before: 甲镇 got 600)", async () => {
    const result = await read([...twoTownships, [null, null, "分校区", 100, 8]]);
    // 甲镇 stays 500 students, 30 teachers; 乙镇: 300 + 100 = 400 students, 20 + 8 = 28 teachers.
    expect(result.input.records.map((r) => [r.name, r.fields.students?.value, r.fields.teachers?.value])).toEqual([
      ["甲镇中心小学", 500, 30],
      ["乙镇中心小学", 400, 28],
    ]);
    // 乙镇's row says 本部: the main campus, said as such (isMainCampus), not as a campus named “本部”.
    expect(withCode(result.issues, "read_campus_rows_merged_main").map((i) => [i.cell, i.params.parentCell])).toEqual([["S!C4", "S!C3"]]);
    expect(withCode(result.issues, "read_campus_rows_merged")).toEqual([]);
  });

  it("keeps a row writing the name of two townships' schools with a blank 乡镇 out, as an error (before: added to 甲镇)", async () => {
    const result = await read([...twoTownships, ["中心小学", null, "分校区", 100, 8]]);
    // Neither school changes: 甲镇 500 / 30, 乙镇 300 / 20.
    expect(result.input.records.map((r) => [r.name, r.fields.students?.value, r.fields.teachers?.value])).toEqual([
      ["甲镇中心小学", 500, 30],
      ["乙镇中心小学", 300, 20],
    ]);
    expect(withCode(result.issues, "read_school_township_ambiguous")).toEqual([
      { code: "read_school_township_ambiguous", severity: "error", cell: "S!A4", params: { name: "中心小学", townships: "甲镇、乙镇", first: "S!A2" } },
    ]);
    expect(withCode(result.issues, "read_campus_rows_merged")).toEqual([]);
  });

  it("still adds a named campus row with a blank 乡镇 when only one township has that name", async () => {
    const result = await read([head, ["中心小学", "甲镇", "本部", 500, 30], ["中心小学", null, "分校区", 100, 8]]);
    // 500 + 100 = 600 students; 30 + 8 = 38 teachers.
    expect(result.input.records.map((r) => [r.name, r.fields.students?.value, r.fields.teachers?.value])).toEqual([["中心小学", 600, 38]]);
    expect(result.issues.filter((i) => i.severity === "error")).toEqual([]);
  });

  it("does not name a row from above when it writes another 乡镇 than that row's: no name, not read", async () => {
    const result = await read([head, ["中心小学", "甲镇", "本部", 500, 30], [null, "乙镇", "分校区", 100, 8]]);
    // 甲镇 stays 500 / 30; the 乙镇 row has no school of its own to go to.
    expect(result.input.records.map((r) => [r.name, r.fields.students?.value, r.fields.teachers?.value])).toEqual([["中心小学", 500, 30]]);
    expect(withCode(result.issues, "read_row_no_name").map((i) => i.cell)).toEqual(["S!A3"]);
    expect(withCode(result.issues, "read_campus_name_above")).toEqual([]);
  });
});

describe("campus rows: the main campus written or left blank is one campus (review)", () => {
  const head = ["学校名称", "校区", "在校生数", "专任教师数"];

  it("drops a copied row whose 校区 says 本部 under one left blank, with the duplicate error (before: summed to 1000)", async () => {
    const result = await read([head, ["希望小学", "", 500, 30], ["希望小学", "本部", 500, 30]]);
    expect(result.input.records.map((r) => [r.name, r.fields.students?.value, r.fields.teachers?.value])).toEqual([["希望小学", 500, 30]]);
    expect(withCode(result.issues, "read_duplicate_school").map((i) => i.cell)).toEqual(["S!A3"]);
    expect(result.issues.filter((i) => i.code.startsWith("read_campus_rows_merged"))).toEqual([]);
  });

  it("drops 主校区 after 校本部, and 本部 after a blank with other numbers (two schools or a repeat, not two campuses)", async () => {
    const main = await read([head, ["二小", "校本部", 500, 30], ["二小", "主校区", 480, 29]]);
    expect(main.input.records.map((r) => r.fields.students?.value)).toEqual([500]);
    expect(withCode(main.issues, "read_duplicate_school").map((i) => i.cell)).toEqual(["S!A3"]);
    const blank = await read([head, ["希望小学", null, 500, 30], ["希望小学", "本部", 300, 20]]);
    expect(blank.input.records.map((r) => r.fields.students?.value)).toEqual([500]);
    expect(withCode(blank.issues, "read_duplicate_school").map((i) => i.cell)).toEqual(["S!A3"]);
  });

  it("keeps out a second campus whose every number is the first's, as a likely copy (error), and adds a third that differs", async () => {
    const rows = [head, ["一小", "北校区", 500, 30], [null, "南校区", 500, 30], [null, "东校区", 120, 9]];
    const result = await read(rows);
    // 南校区 repeats 北校区's 500 / 30: not added. 东校区 is: 500 + 120 = 620 students, 30 + 9 = 39 teachers.
    expect(result.input.records.map((r) => [r.name, r.fields.students?.value, r.fields.teachers?.value])).toEqual([["一小", 620, 39]]);
    expect(withCode(result.issues, "read_campus_rows_copied")).toEqual([
      { code: "read_campus_rows_copied", severity: "error", cell: "S!B3", params: { name: "一小", campus: "南校区", otherCampus: "北校区", otherCell: "S!B2" } },
    ]);
    expect(withCode(result.issues, "read_campus_rows_merged").map((i) => i.cell)).toEqual(["S!B4"]);
  });
});

describe("campus rows: a 小计 / 合计 in the 校区 column is a total row (review)", () => {
  const head = ["学校名称", "校区", "在校生数", "专任教师数"];
  const campuses = [head, ["一小", "北校区", 500, 30], [null, "南校区", 300, 20]];

  it("skips a blank-named 小计 row under the campuses, said as a total row (before: counted, 1600 students)", async () => {
    const result = await read([...campuses, [null, "小计", 800, 50]]);
    // 500 + 300 = 800 students, 30 + 20 = 50 teachers: the 小计 row is not a third campus.
    expect(result.input.records.map((r) => [r.name, r.fields.students?.value, r.fields.teachers?.value])).toEqual([["一小", 800, 50]]);
    expect(withCode(result.issues, "read_total_row")).toEqual([{ code: "read_total_row", severity: "info", cell: "S!B4", params: { text: "小计" } }]);
    expect(withCode(result.issues, "read_campus_name_above").map((i) => i.cell)).toEqual(["S!A3"]);
  });

  it("skips a 合计 row under a name merged over all three rows", async () => {
    const result = await read([...campuses, [null, "合计", 800, 50]], ["A2:A4"]);
    // 500 + 300 = 800; 30 + 20 = 50.
    expect(result.input.records.map((r) => [r.name, r.fields.students?.value, r.fields.teachers?.value])).toEqual([["一小", 800, 50]]);
    expect(withCode(result.issues, "read_total_row").map((i) => i.cell)).toEqual(["S!B4"]);
  });
});

describe("campus rows: the main campus said the same way in every issue (review)", () => {
  const head = ["学校名称", "校区", "在校生数", "专任教师数"];

  it("says a campus copying a blank-校区 main campus as the main campus, with no 本部 in the English text (before: otherCampus “本部”)", async () => {
    const result = await read([head, ["一小", null, 500, 30], ["一小", "南校区", 500, 30]]);
    expect(result.input.records.map((r) => [r.name, r.fields.students?.value])).toEqual([["一小", 500]]);
    const copied = withCode(result.issues, "read_campus_rows_copied_main");
    expect(copied).toEqual([{ code: "read_campus_rows_copied_main", severity: "error", cell: "S!B3", params: { name: "一小", campus: "南校区", otherCampus: "", otherCell: "S!B2" } }]);
    expect(withCode(result.issues, "read_campus_rows_copied")).toEqual([]);
    const en = message("read_campus_rows_copied_main", copied[0]?.params ?? {}, "en");
    expect(en).toBe(
      "Every number of campus “南校区” of “一小” is the same as S!B2 (the main campus): likely a copied row, so it was not added and this row was not read; if it is another campus, give that campus's own numbers",
    );
    expect(en).not.toMatch(/本部/);
  });

  it("says a first row whose 校区 reads 本部 as the main campus, as a blank one is (before: a campus named “本部”)", async () => {
    const result = await read([head, ["二小", "本部", 500, 30], [null, "南校区", 100, 8]], ["A2:A3"]);
    expect(result.input.records.map((r) => [r.name, r.fields.students?.value])).toEqual([["二小", 600]]);
    expect(withCode(result.issues, "read_campus_rows_merged_main").map((i) => [i.cell, i.params.parentCell])).toEqual([["S!B3", "S!B2"]]);
    expect(withCode(result.issues, "read_campus_rows_merged")).toEqual([]);
  });
});
