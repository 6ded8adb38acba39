import type { HeaderBand } from "./findHeader";
import { matchColumns } from "./matchColumns";

function band(paths: readonly (readonly string[])[]): HeaderBand {
  return { sheet: "学校", top: 0, bottom: 1, columns: paths.map((path, column) => ({ column, path, headerRow: path.length - 1 })), codeRows: [], standardRows: [], dataTop: 2, unitLine: null };
}

const roles = (b: HeaderBand) => matchColumns(b).roles.filter((r) => r.key === "backboneTeachers").map((r) => [r.column, r.part]);

describe("withoutSchoolLevelTotals (through matchColumns)", () => {
  it("uses the total of a backbone group when no 校级 column stands beside it (骨干教师数/合计)", () => {
    const b = band([["学校名称"], ["在校生数"], ["骨干教师数", "合计"], ["骨干教师数", "省级"], ["骨干教师数", "市级"]]);
    expect(roles(b)).toEqual([
      [2, null],
      [3, "levelProvince"],
      [4, "levelCity"],
    ]);
    expect(matchColumns(b).issues).toEqual([]);
  });

  it("drops a total that counts 校级 backbone teachers too, leaving the levels to add up, and says so at the total's cell", () => {
    const b = band([["学校名称"], ["在校生数"], ["骨干教师", "合计"], ["骨干教师", "省级"], ["骨干教师", "市级"], ["骨干教师", "县级"], ["骨干教师", "校级"]]);
    expect(roles(b)).toEqual([
      [3, "levelProvince"],
      [4, "levelCity"],
      [5, "levelCounty"],
    ]);
    expect(matchColumns(b).issues).toContainEqual({
      code: "read_backbone_total_school_level",
      severity: "info",
      cell: "学校!C2",
      params: { column: "C", header: "骨干教师/合计", schoolColumn: "G" },
    });
  });

  it("leaves a 校级 column of another group alone", () => {
    const b = band([["学校名称"], ["在校生数"], ["骨干教师", "合计"], ["优秀教师", "校级"]]);
    expect(roles(b)).toEqual([[2, null]]);
  });
});
