/**
 * A senior high school (statistics code 342 高级中学, or a type written 高级中学 / 普通高中) listed
 * among the compulsory schools: out of scope, with no compulsory stage — a plain note at its type
 * cell, no request to check the type, and no section (not a "junior" one of 0 students).
 */
import type { Issue } from "../../engine/types";
import type { CellValue } from "../types";
import { type ReadResult } from "./readWorkbook";
import { gridOf, readGridsOk } from "./testing";

type Ok = Extract<ReadResult, { ok: true }>;

/** Columns A–G: name, county, type, students (total, 小学, 初中, 高中), teachers. */
const HEADER = ["学校名称", "县区", "办学类型", "在校生数", "小学在校生数", "初中在校生数", "高中在校生数", "专任教师数"];

async function read(rows: readonly (readonly CellValue[])[]): Promise<Ok> {
  return readGridsOk([gridOf([HEADER, ...rows])]);
}

function at(issues: readonly Issue[], cell: string): string[] {
  return issues.filter((i) => i.cell === cell).map((i) => `${i.code} ${i.severity}`);
}

const JIA: CellValue[] = ["甲小学", "北山县", "211", 600, 600, 0, 0, 30];

describe("readSchoolRows: a senior high school row", () => {
  it.each(["342", "高级中学", "342高级中学"])("type %s with no compulsory students: a note at the type cell, no record, no type warning", async (type) => {
    const result = await read([JIA, ["第一高级中学", "北山县", type, 2143, 0, 0, 2143, 113]]);
    expect(result.input.records.map((r) => r.name)).toEqual(["甲小学"]);
    expect(at(result.issues, "学校基本情况!C3")).toEqual(["read_senior_school_row info"]);
    expect(result.issues.filter((i) => i.code === "read_type_text_unknown" || i.code === "read_type_unknown")).toEqual([]);
  });

  it("keeps a row typed 342 whose 初中 column counts 300 students: not a senior school alone, read as before", async () => {
    const result = await read([JIA, ["城关高级中学", "北山县", "342", 1300, 0, 300, 1000, 80]]);
    expect(result.input.records.map((r) => r.name)).toEqual(["甲小学", "城关高级中学"]);
    expect(result.issues.filter((i) => i.code === "read_senior_school_row")).toEqual([]);
  });

  it("keeps it as well when the 初中 students are typed with their unit (300人, ３００人, 1,300人): the reader reads them as its junior students (the row was left out as a senior school)", async () => {
    for (const [junior, students] of [["300人", 300], ["３００人", 300], ["1,300人", 1300]] as const) {
      const result = await read([JIA, ["城关高级中学", "北山县", "342", 2300, 0, junior, 1000, 80]]);
      expect(result.input.records.map((r) => [r.name, r.stage, r.fields.students?.value])).toEqual([["甲小学", "primary", 600], ["城关高级中学", "junior", students]]);
      expect(result.issues.filter((i) => i.code === "read_senior_school_row")).toEqual([]);
    }
  });

  it("still leaves it out, with the note, when its 初中 cell holds no number the reader reads (约300, 见附表) or is blank", async () => {
    for (const junior of ["约300", "见附表", null]) {
      const result = await read([JIA, ["第一高级中学", "北山县", "342", 2143, null, junior, 2143, 113]]);
      expect(result.input.records.map((r) => r.name)).toEqual(["甲小学"]);
      expect(at(result.issues, "学校基本情况!C3")).toEqual(["read_senior_school_row info"]);
    }
  });
});
