import { findHeader } from "./findHeader";
import { matchColumns } from "./matchColumns";
import { gridOf } from "./testing";

function perStudent(header: readonly string[]): [string | null, unknown][] {
  const grid = gridOf([header, header.map((_, i) => (i === 0 ? "一小" : 100))], { sheet: "七项指标" });
  const band = findHeader(grid);
  if (band === null) throw new Error("no header");
  return matchColumns(band).issues.filter((i) => i.code === "read_per_student_column").map((i) => [i.cell, i.params?.["field"]]);
}

describe("perStudentIssues", () => {
  it("says at each per-student column that it cannot stand for the total the sheet lacks", () => {
    expect(perStudent(["学校名称", "在校生数", "生均教学及辅助用房面积", "每百名学生拥有县级以上骨干教师数", "生均体育运动场馆面积"])).toEqual([
      ["七项指标!C1", "teachingArea"],
      ["七项指标!D1", "backboneTeachers"],
      ["七项指标!E1", "sportsTotalArea"],
    ]);
  });

  it("says nothing of a per-student column beside its total, nor of one that names no field", () => {
    expect(perStudent(["学校名称", "在校生数", "教学及辅助用房面积", "生均教学及辅助用房面积", "生均公用经费", "每百名学生拥有率"])).toEqual([]);
  });

  it("takes a per-student sports ground for L5's total when neither way of giving L5 is there", () => {
    expect(perStudent(["学校名称", "在校生数", "生均运动场地面积"])).toEqual([["七项指标!C1", "sportsTotalArea"]]);
    expect(perStudent(["学校名称", "在校生数", "运动场地面积", "生均运动场地面积"])).toEqual([]);
  });
});
