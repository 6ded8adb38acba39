import { message } from "../../messages/catalogue";
import type { CellValue, Grid } from "../types";
import { gridOf, readGridsOk, issuesWith } from "./testing";

/** Columns A–F: name, type, stage, students, teachers, teaching area. */
const HEADER = ["学校名称", "学校类型", "学段", "在校生数", "专任教师数", "教学及辅助用房面积（㎡）"];
const SCHOOLS: CellValue[][] = [
  ["甲小学", "小学", "小学", 1000, 60, 5000],
  ["甲中学", "初级中学", "初中", 900, 70, 5400],
];

function sheet(name: string, rows: readonly (readonly CellValue[])[]): Grid {
  return gridOf([HEADER, ...rows], { sheet: name });
}

describe("readSchoolRows: a row named …村小 with no type on a 教学点 sheet", () => {
  it("is a 教学点 (the sheet's kind, the more specific statement), noted at its name (before: a 小学 by the name's 村小, no note)", async () => {
    const result = await readGridsOk([sheet("学校", SCHOOLS), sheet("教学点", [["石门村小", null, null, 38, 3, 150]])]);
    const row = result.input.records.find((r) => r.name === "石门村小");
    expect([row?.type, row?.stage]).toEqual(["teaching_point", "primary"]);
    const notes = issuesWith(result.issues, "read_type_point_sheet_over_name");
    expect(notes.map((i) => [i.cell, i.severity, i.params.name, i.params.sheet])).toEqual([["教学点!A2", "info", "石门村小", "教学点"]]);
    expect(message("read_type_point_sheet_over_name", notes[0]?.params ?? {}, "zh")).toContain("石门村小");
  });

  it("keeps a type cell that says 小学 (what the row says wins over its sheet)", async () => {
    const result = await readGridsOk([sheet("学校", SCHOOLS), sheet("教学点", [["石门村小", "小学", null, 38, 3, 150]])]);
    expect(result.input.records.find((r) => r.name === "石门村小")?.type).toBe("primary");
    expect(issuesWith(result.issues, "read_type_point_sheet_over_name")).toEqual([]);
  });

  it("keeps the name's 村小 on a sheet of schools and teaching points (村小及教学点): no one kind is stated", async () => {
    const result = await readGridsOk([sheet("学校", SCHOOLS), sheet("村小及教学点", [["石门村小", null, null, 38, 3, 150]])]);
    expect(result.input.records.find((r) => r.name === "石门村小")?.type).toBe("primary");
    expect(issuesWith(result.issues, "read_type_point_sheet_over_name")).toEqual([]);
  });
});
