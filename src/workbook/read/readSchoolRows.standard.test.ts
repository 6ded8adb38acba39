import type { CellValue } from "../types";
import { type ReadResult } from "./readWorkbook";
import { gridOf, readGridsOk } from "./testing";

/**
 * A standards row (README "What it reads": a 标准 / 达标值 row under the header holds standard
 * values, not a school) is told from a school named 标准… by its name and by its student count:
 * a row counting students is a school (w1-bound row 13, w7-relax rows 18–19).
 */
type Ok = Extract<ReadResult, { ok: true }>;

const HEAD: readonly CellValue[] = ["序号", "学校名称", "学段", "在校生数", "专任教师数"];

async function read(rows: readonly (readonly CellValue[])[]): Promise<Ok> {
  return readGridsOk([gridOf([HEAD, ...rows], { sheet: "学校" })]);
}

describe("readSchoolRows: standards rows and schools named 标准…", () => {
  it("reads 标准初中 and 标准化初中 with their students as schools, mid-sheet and on the first data row (before: dropped with a 提示)", async () => {
    const result = await read([
      [1, "标准初中", "初中", 1000, 90],
      [2, "八五小学", "小学", 2000, 140],
      [3, "标准化初中", "初中", 1000, 90],
    ]);
    expect(result.input.records.map((r) => [r.name, r.fields.students?.value])).toEqual([
      ["标准初中", 1000],
      ["八五小学", 2000],
      ["标准化初中", 1000],
    ]);
    expect(result.issues.filter((i) => i.code === "read_standard_row")).toEqual([]);
  });

  it("reads a row counting students as a school even when its name says 标准 (省标准 | 1000 students)", async () => {
    const result = await read([
      [1, "八五小学", "小学", 2000, 140],
      [2, "省标准", "小学", 1000, 70],
    ]);
    expect(result.input.records.map((r) => r.name)).toEqual(["八五小学", "省标准"]);
  });

  it("reads a row counting students typed with their unit (省标准 | 1000人; 1,000人, １０００人) as a school, as the reader reads them (before: dropped as a standards row)", async () => {
    for (const students of ["1000人", "1,000人", "１０００人"]) {
      const result = await read([
        [1, "八五小学", "小学", 2000, 140],
        [2, "省标准", "小学", students, 70],
      ]);
      expect(result.input.records.map((r) => [r.name, r.fields.students?.value])).toEqual([["八五小学", 2000], ["省标准", 1000]]);
      expect(result.issues.filter((i) => i.code === "read_standard_row")).toEqual([]);
    }
  });

  it("still skips a standards row whose students cell holds no number the reader reads (约1000, 见附表)", async () => {
    for (const students of ["约1000", "见附表"]) {
      const result = await read([
        [1, "八五小学", "小学", 2000, 140],
        [null, "达标值", null, students, 4.2],
      ]);
      expect(result.input.records.map((r) => r.name)).toEqual(["八五小学"]);
      expect(result.issues.filter((i) => i.code === "read_standard_row").map((i) => i.cell)).toEqual(["学校!B3"]);
    }
  });

  it("still skips a 达标值 / 标准 row without students, above the first school and among the schools", async () => {
    const result = await read([
      [null, "达标值", null, null, 4.2],
      [1, "八五小学", "小学", 2000, 140],
      [null, "国家标准", null, null, 4.2],
      [2, "一中", "初中", 900, 60],
    ]);
    expect(result.input.records.map((r) => r.name)).toEqual(["八五小学", "一中"]);
    expect(result.issues.filter((i) => i.code === "read_standard_row").map((i) => i.cell)).toEqual(["学校!B2", "学校!B4"]);
  });

  it("skips 初中标准值 / 小学标准 rows without students above the schools and among them (s1, s2 — before: read as schools, 5 errors)", async () => {
    const result = await read([
      [null, "初中标准值", null, null, 5.3],
      [null, "达标值", null, null, 4.2],
      [1, "八五小学", "小学", 2000, 140],
      [null, "小学标准", null, null, 4.2],
      [2, "一中", "初中", 900, 60],
    ]);
    expect(result.input.records.map((r) => r.name)).toEqual(["八五小学", "一中"]);
    expect(result.issues.filter((i) => i.code === "read_standard_row").map((i) => i.cell)).toEqual(["学校!B2", "学校!B3", "学校!B5"]);
    expect(result.issues.filter((i) => i.severity === "error")).toEqual([]);
  });

  it("keeps 标准化初中 with every value blank as a school, left to be reported as missing its students (never dropped as standards)", async () => {
    const result = await read([
      [1, "八五小学", "小学", 2000, 140],
      [2, "标准化初中", "初中", null, null],
    ]);
    expect(result.input.records.map((r) => r.name)).toEqual(["八五小学", "标准化初中"]);
    // No student count: the engine says missing_students at its row, naming it.
    expect(result.input.records[1]?.fields.students).toBeUndefined();
    expect(result.issues.filter((i) => i.code === "read_standard_row")).toEqual([]);
  });
});
