import type { CellValue, Grid } from "../types";
import { gridOf, readGridsOk } from "./testing";


const PRIMARY_HEADER = ["学校名称", "学校类型", "在校生数", "教学及辅助用房面积（㎡）", "体育运动场馆面积（㎡）", "教学仪器设备值（元）", "网络多媒体教室数（间）"];
// The 初中 sheet has a 学校代码 column first: its columns sit one to the right, equipment (装备总值, not recognised) in G.
const JUNIOR_HEADER = ["学校代码", "学校名称", "学校类型", "在校生数", "教学及辅助用房面积（㎡）", "体育运动场馆面积（㎡）", "装备总值（元）", "网络多媒体教室数（间）"];

function sheet(name: string, header: readonly CellValue[], rows: readonly (readonly CellValue[])[]): Grid {
  return gridOf([header, ...rows], { sheet: name });
}


describe("readWorkbook: a column fix for one sheet (--map 初中!教学仪器设备值=G)", () => {
  const grids = [sheet("小学", PRIMARY_HEADER, [["甲小学", "小学", 1000, 5000, 8000, 2000000, 10]]), sheet("初中", JUNIOR_HEADER, [["J001", "甲中学", "初级中学", 900, 5400, 9000, 3000000, 12]])];

  it("reads that sheet's column only there (before: every sheet's G, 小学's multimedia rooms read as its equipment)", async () => {
    const result = await readGridsOk(grids, { mapping: { roles: {}, ignore: [], bySheet: { 初中: { roles: { equipmentValue: 6 }, ignore: [] } } } });
    expect(result.input.records.map((r) => [r.name, r.fields.equipmentValue?.value, r.fields.equipmentValue?.cell])).toEqual([
      ["甲小学", 2000000, "小学!F2"],
      ["甲中学", 3000000, "初中!G2"],
    ]);
    // Both lack only the teacher columns (not in these headers): 初中's equipment is no longer missing.
    expect(result.issues.filter((i) => i.code === "read_columns_missing").map((i) => [i.params.sheet, i.params.fieldList])).toEqual([
      ["小学", "qualifiedTeachers,backboneTeachers,peArtTeachers"],
      ["初中", "qualifiedTeachers,backboneTeachers,peArtTeachers"],
    ]);
  });

  it("applies a fix of every sheet to each, a sheet's own on top of it", async () => {
    const result = await readGridsOk(grids, { mapping: { roles: { multimediaRooms: 6 }, ignore: [], bySheet: { 初中: { roles: { multimediaRooms: 7, equipmentValue: 6 }, ignore: [] } } } });
    expect(result.input.records.map((r) => [r.name, r.fields.multimediaRooms?.cell])).toEqual([
      ["甲小学", "小学!G2"],
      ["甲中学", "初中!H2"],
    ]);
  });
});
