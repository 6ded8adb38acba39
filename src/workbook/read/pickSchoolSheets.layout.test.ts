import type { CellValue, Grid } from "../types";
import { gridOf, readGridsOk, issuesWith } from "./testing";


// Six of the indicator columns recognised: name, students, teaching area, sports area, equipment value, multimedia rooms.
const PRIMARY_HEADER = ["学校名称", "学校类型", "在校生数", "教学及辅助用房面积（㎡）", "体育运动场馆面积（㎡）", "教学仪器设备值（元）", "网络多媒体教室数（间）"];
// The tester's v1f 初中 sheet: a 学校代码 column first, and equipment headed 装备总值 (not recognised).
const JUNIOR_HEADER = ["学校代码", "学校名称", "学校类型", "在校生数", "教学及辅助用房面积（㎡）", "体育运动场馆面积（㎡）", "装备总值（元）", "网络多媒体教室数（间）"];

function sheet(name: string, header: readonly CellValue[], rows: readonly (readonly CellValue[])[]): Grid {
  return gridOf([header, ...rows], { sheet: name });
}



describe("readWorkbook: the other stage's sheet with one column not recognised", () => {
  const primary = sheet("小学", PRIMARY_HEADER, [["甲小学", "小学", 1000, 5000, 8000, 2000000, 10]]);
  const junior = sheet("初中", JUNIOR_HEADER, [["J001", "甲中学", "初级中学", 900, 5400, 9000, 3000000, 12]]);

  it("reads it with its own columns (before: 初中 dropped as “not the same layout”), its unrecognised column a missing column of that sheet", async () => {
    const result = await readGridsOk([primary, junior]);
    expect(result.input.records.map((r) => [r.name, r.stage, r.fields.students?.cell, r.fields.equipmentValue?.value ?? null])).toEqual([
      ["甲小学", "primary", "小学!C2", 2000000],
      // Not read from 装备总值: no value, never 0 (the engine then has no equipment value for this school).
      ["甲中学", "junior", "初中!D2", null],
    ]);
    // Both sheets lack the three teacher columns (not in these headers); 初中 lacks equipmentValue too, said as its own.
    expect(issuesWith(result.issues, "read_columns_missing").map((i) => i.params)).toEqual([
      { sheet: "小学", fieldList: "qualifiedTeachers,backboneTeachers,peArtTeachers" },
      { sheet: "初中", fieldList: "qualifiedTeachers,backboneTeachers,peArtTeachers,equipmentValue" },
    ]);
    expect(issuesWith(result.issues, "read_other_school_sheets")).toEqual([]);
  });

  it("still reads one sheet when the other lacks many of its columns (a forecast or plan: 学校名称 | 在校生数 only)", async () => {
    const plan = sheet("初中", ["学校名称", "学校类型", "在校生数"], [["甲中学", "初级中学", 900]]);
    const result = await readGridsOk([primary, plan]);
    expect(new Set(result.input.records.map((r) => r.source?.sheet))).toEqual(new Set(["小学"]));
    expect(issuesWith(result.issues, "read_other_school_sheets").map((i) => i.params.others)).toEqual(["初中"]);
  });
});
