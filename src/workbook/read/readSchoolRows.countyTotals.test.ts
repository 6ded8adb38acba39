/**
 * Subtotal rows labelled only with a county's (or the city's) name, as the statistics export writes
 * them (北山县 | 北山县 | sums, no 学校标识码 or 办学类型; 某市 for the grand total): totals, not
 * schools (workbooks.md "合计 / 小计 / 总计 / 全县 rows"). A school whose name starts with the
 * county's (北山县第一小学) stays a school.
 */
import type { Issue } from "../../engine/types";
import type { CellValue } from "../types";
import { type ReadResult } from "./readWorkbook";
import { gridOf, readGridsOk } from "./testing";

type Ok = Extract<ReadResult, { ok: true }>;

/** Columns A–F: ID, name, county, type, students, teachers. */
const HEADER = ["学校标识码", "学校名称", "县区", "办学类型", "在校生数", "专任教师数"];

async function read(rows: readonly (readonly CellValue[])[], header: readonly CellValue[] = HEADER): Promise<Ok> {
  return readGridsOk([gridOf([header, ...rows])]);
}

function codesAt(issues: readonly Issue[], cell: string): string[] {
  return issues.filter((i) => i.cell === cell).map((i) => i.code);
}

const SCHOOLS_AND_TOTALS: CellValue[][] = [
  ["3141000001", "北山县第一小学", "北山县", "小学", 600, 30],
  ["3141000002", "北山县实验学校", "北山县", "九年一贯制学校", 900, 60],
  // Row 4: 600 + 900 = 1500 students, 30 + 60 = 90 teachers.
  [null, "北山县", "北山县", null, 1500, 90],
  ["3141000003", "南湖小学", "南湖区", "小学", 400, 20],
  // Row 6: the county's subtotal, 400 / 20; row 7: the city's, 1500 + 400 = 1900 / 110, no county.
  [null, "南湖区", "南湖区", null, 400, 20],
  [null, "某市", null, null, 1900, 110],
];

describe("readSchoolRows: a subtotal row named only by its county or city", () => {
  it("skips 北山县, 南湖区 and 某市 with a note at each name cell; keeps 北山县第一小学 and 北山县实验学校", async () => {
    const result = await read(SCHOOLS_AND_TOTALS);
    expect(result.input.records.map((r) => r.name)).toEqual(["北山县第一小学", "北山县实验学校", "南湖小学"]);
    // Two counties only: the 某市 row makes no county （未注明县区） of its own.
    expect([...new Set(result.input.records.map((r) => r.county))]).toEqual(["北山县", "南湖区"]);
    for (const cell of ["学校基本情况!B4", "学校基本情况!B6", "学校基本情况!B7"]) expect(codesAt(result.issues, cell)).toEqual(["read_county_total_row"]);
    expect(result.issues.filter((i) => i.code === "read_county_blank")).toEqual([]);
  });

  it("keeps a row named as its county when it gives its own 学校标识码 and 办学类型 and its students are no block's sum", async () => {
    const result = await read([
      ["3141000001", "北山县第一小学", "北山县", "小学", 600, 30],
      ["3141000009", "北山县", "北山县", "小学", 250, 15],
    ]);
    expect(result.input.records.map((r) => r.name)).toEqual(["北山县第一小学", "北山县"]);
    expect(result.issues.filter((i) => i.code === "read_county_total_row")).toEqual([]);
  });

  it("without ID or type columns, skips a county-named row only when its students are its block's sum (300 + 200 = 500)", async () => {
    const header = ["学校名称", "县区", "在校生数", "专任教师数"];
    const result = await read(
      [
        ["城关小学", "北山县", 300, 20],
        ["河口小学", "北山县", 200, 12],
        ["北山县", "北山县", 500, 32],
        ["东关县", "东关县", 180, 11],
      ],
      header,
    );
    // 东关县 (180 students) is the first row of its block and sums nothing: it stays, as a school can be so named.
    expect(result.input.records.map((r) => r.name)).toEqual(["城关小学", "河口小学", "东关县"]);
    expect(codesAt(result.issues, "学校基本情况!A4")).toEqual(["read_county_total_row"]);
  });

  it("adds students typed with their unit as the reader reads them: 300人 + 200 = 500 makes 北山县 a subtotal, with no 合计 warning", async () => {
    const header = ["学校名称", "县区", "在校生数", "专任教师数"];
    const result = await read(
      [
        ["城关小学", "北山县", "300人", 20],
        ["河口小学", "北山县", 200, 12],
        ["北山县", "北山县", 500, 32],
      ],
      header,
    );
    expect(result.input.records.map((r) => r.name)).toEqual(["城关小学", "河口小学"]);
    expect(codesAt(result.issues, "学校基本情况!A4")).toEqual(["read_county_total_row"]);
  });

  it("skips a row named like a city (某市, ending 市 with no school word) lacking the ID and type the other rows give", async () => {
    const result = await read([
      ["3141000001", "城关小学", "北山县", "小学", 300, 20],
      [null, "某市", null, null, 9999, 99],
    ]);
    expect(result.input.records.map((r) => r.name)).toEqual(["城关小学"]);
    // Skipped as a subtotal, it is checked as one: 9,999 students against the 300 read above it.
    expect(codesAt(result.issues, "学校基本情况!B3")).toEqual(["read_county_total_row", "read_total_row_mismatch_few"]);
    expect(result.issues.find((i) => i.code === "read_total_row_mismatch_few")?.params.totalColumns).toBe("E“在校生数” 9,999 / 300\nF“专任教师数” 99 / 20");
  });

  it("keeps 开发区实验学校 without ID or type: a name with a school word in it is no county or city", async () => {
    const result = await read([
      ["3141000001", "城关小学", "北山县", "小学", 300, 20],
      [null, "开发区实验学校", "北山县", null, 120, 9],
    ]);
    expect(result.input.records.map((r) => r.name)).toEqual(["城关小学", "开发区实验学校"]);
  });
});
