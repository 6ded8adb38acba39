import type { Issue } from "../../engine/types";
import { message } from "../../messages/catalogue";
import type { CellValue } from "../types";
import type { ColumnKey, ColumnRole } from "./keys";
import { rowFields, type FieldScope } from "./rowFields";
import { gridOf } from "./testing";

/** A role by hand (column 0-based), headed as a bureau's two-row header names it. */
function role(column: number, key: ColumnKey, stage: ColumnRole["stage"], header: string): ColumnRole {
  return { column, key, stage, part: null, unitFactor: 1, header };
}

// A 在校生数 group as bureaus keep it: B 合计, C 其中：小学, D 其中：初中 (学校基本情况!B2, C2, D2).
const STUDENTS = [role(1, "students", null, "在校生数/合计"), role(2, "students", "primary", "在校生数/其中：小学"), role(3, "students", "junior", "在校生数/其中：初中")];
const SINGLE: FieldScope = { kind: "section", stage: "primary", singleStage: true };

function readRow(cells: readonly CellValue[], scope: FieldScope = SINGLE, roles: readonly ColumnRole[] = STUDENTS) {
  const issues: Issue[] = [];
  const grid = gridOf([cells.map(() => "h"), cells]);
  return { ...rowFields(grid, 1, roles, scope, issues), issues };
}

describe("rowFields: a single-stage school's blank stage cell read from 合计 (the reviewer's messy.xlsx)", () => {
  it("reads 城关小学's 1,234 (text) from 合计 when 其中：小学 is blank, noting both the text and where the number came from", () => {
    const r = readRow(["城关小学", "1,234", null, null]);
    expect(r.fields.students).toEqual({ value: 1234, cell: "学校基本情况!B2" });
    expect(r.blankCells).toEqual({});
    expect(r.issues.map((i) => [i.code, i.cell])).toEqual([["read_number_as_text", "学校基本情况!B2"], ["read_stage_blank_total", "学校基本情况!B2"]]);
    const note = r.issues[1] as Issue;
    expect(message(note.code, note.params, "zh")).toBe("“在校生数/其中：小学”（学校基本情况!C2）为空，该校只有一个学段，按本行“在校生数/合计”读取为 1234");
    expect(message(note.code, note.params, "en")).toContain("(学校基本情况!C2) is blank; the school has one stage, so 1234 was read from");
  });

  it("keeps the stage's own number when it is given, 合计 unread (1,200 of 1,234: the stage wins, as before)", () => {
    const r = readRow(["城关小学", 1234, 1200, null]);
    expect(r.fields.students?.value).toBe(1200);
    expect(r.issues).toEqual([]);
  });

  it("leaves the students missing, at the stage cell, when 合计 is blank too", () => {
    const r = readRow(["城关小学", null, null, null]);
    expect(r.fields.students).toBeUndefined();
    expect(r.blankCells).toEqual({ students: "学校基本情况!C2" });
  });

  it("does not fill a 小学 row whose 其中：初中 holds a number (not plainly single-stage): missing at its stage cell", () => {
    const r = readRow(["城关小学", 900, null, 380]);
    expect(r.fields.students).toBeUndefined();
    expect(r.blankCells).toEqual({ students: "学校基本情况!C2" });
  });

  it("does not fill a combined school's section row (singleStage false) nor a section scope without the flag", () => {
    expect(readRow(["红旗学校小学部", 900, null, null], { kind: "section", stage: "primary", singleStage: false }).fields.students).toBeUndefined();
    expect(readRow(["红旗学校小学部", 900, null, null], { kind: "section", stage: "primary" }).fields.students).toBeUndefined();
  });

  it("reports an unreadable 合计 at its cell and reads nothing: never 0", () => {
    const r = readRow(["城关小学", "约一千", null, null]);
    expect(r.fields.students).toBeUndefined();
    expect(r.issues.map((i) => [i.code, i.cell])).toEqual([["read_not_a_number", "学校基本情况!B2"]]);
  });

  it("reads 0 students from 合计 as 0 (a school that has none), noted", () => {
    const r = readRow(["城关小学", 0, null, null]);
    expect(r.fields.students?.value).toBe(0);
    expect(r.issues.map((i) => i.code)).toEqual(["read_stage_blank_total"]);
  });

  it("reads a 初中's junior cell the same way from 合计", () => {
    const r = readRow(["实验中学", " 856 ", null, null], { kind: "section", stage: "junior", singleStage: true });
    expect(r.fields.students).toEqual({ value: 856, cell: "学校基本情况!B2" });
  });
});
