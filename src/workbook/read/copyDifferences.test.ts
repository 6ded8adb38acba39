import type { Fields, SchoolRecord } from "../../engine/types";
import { copyDifferences } from "./copyDifferences";

const at = (value: number, cell: string) => ({ value, cell });
function school(sheet: string, row: number, name: string, fields: Record<string, number>, extra: Partial<SchoolRecord> = {}): SchoolRecord {
  const sourced: Fields = Object.fromEntries(Object.entries(fields).map(([k, v], i) => [k, at(v, `${sheet}!${String.fromCharCode(67 + i)}${row}`)]));
  return { id: `${sheet}!${row}`, name, county: null, type: "primary", stage: "primary", fields: sourced, flags: {}, source: { sheet, row }, ...extra };
}

describe("copyDifferences: a copy's numbers against those read in its place", () => {
  it("finds none in an exact copy, one school or several, all numbers equal", () => {
    const original = [school("学校", 2, "甲小学", { students: 1000, teachers: 60 }), school("学校", 3, "乙小学", { students: 500, teachers: 30 })];
    const copy = [school("学校 (2)", 2, "甲小学", { students: 1000, teachers: 60 }), school("学校 (2)", 3, "乙小学", { students: 500, teachers: 30 })];
    expect(copyDifferences(copy, original)).toEqual({ count: 0, first: null });
    expect(copyDifferences(copy.slice(0, 1), original)).toEqual({ count: 0, first: null });
  });

  it("counts every number both give that differs, school by school whatever the row order, naming the copy's first beside the original's", () => {
    const original = [school("学校", 2, "甲小学", { students: 1000, teachers: 60 }), school("学校", 3, "乙小学", { students: 500, teachers: 30 })];
    // The copy lists 乙 first: its teachers 31 / 30 is the first difference in the copy's order, then 甲's students 950 / 1000.
    const copy = [school("备份", 2, "乙小学", { students: 500, teachers: 31 }), school("备份", 3, "甲小学", { students: 950, teachers: 60 })];
    expect(copyDifferences(copy, original)).toEqual({ count: 2, first: { cell: "备份!D2", value: 31, originalCell: "学校!D3", originalValue: 30 } });
  });

  it("takes a school's name as written up to full-width forms and spaces, and its stage, as the copies are matched", () => {
    const original = [school("学校", 2, "甲小学（东校区）", { students: 1000 })];
    expect(copyDifferences([school("备份", 2, "甲小学(东校区) ", { students: 999 })], original).count).toBe(1);
    expect(copyDifferences([school("备份", 2, "甲小学（东校区）", { students: 999 }, { stage: "junior" })], original).count).toBe(0);
  });

  it("counts no number given on one side only (a backup keeping fewer columns, a blank cell: 0 students is a number, a blank is none)", () => {
    const original = [school("学校", 2, "甲小学", { students: 0, teachers: 60 })];
    expect(copyDifferences([school("备份", 2, "甲小学", { students: 0 })], original)).toEqual({ count: 0, first: null });
    expect(copyDifferences([school("备份", 2, "甲小学", { teachers: 60, classes: 20 })], original)).toEqual({ count: 0, first: null });
  });

  it("compares a combined row's stage numbers stage by stage", () => {
    const stages = (primary: number, junior: number) => ({ stageFields: { primary: { students: at(primary, "S!C2") }, junior: { students: at(junior, "S!D2") } } });
    const original = [school("学校", 2, "丙学校", {}, { type: "nine_year", stage: null, ...stages(600, 400) })];
    const copy = [school("备份", 2, "丙学校", {}, { type: "nine_year", stage: null, ...stages(600, 410) })];
    expect(copyDifferences(copy, original)).toEqual({ count: 1, first: { cell: "S!D2", value: 410, originalCell: "S!D2", originalValue: 400 } });
  });
});
