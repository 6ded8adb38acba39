import { rotationFigures } from "./rotationFigures";
import { gridOf } from "./testing";

describe("rotationFigures", () => {
  // A city's list down with a 县区 column: each county's counts make its own rate.
  const grid = gridOf(
    [
      ["县区", "项目", "数值"],
      ["东山县", "交流轮岗教师人数（人）", 45],
      ["东山县", "符合交流条件教师总数（人）", 380],
      ["西山县", "交流轮岗教师人数（人）", 30],
      ["西山县", "符合交流条件教师总数（人）", 200],
    ],
    { sheet: "县级指标" },
  );
  const cells = [1, 2, 3, 4].map((row) => ({ row, column: 2, text: String(grid.values[row]?.[1]), county: String(grid.values[row]?.[0]) }));

  it("pairs the counts county by county: 东山县 45 / 380 = 0.1184210…, 西山县 30 / 200 = 0.15", () => {
    const result = rotationFigures(grid, cells, null, () => false);
    expect(result.figures.map((f) => f.county)).toEqual(["东山县", "西山县"]);
    expect(result.figures[0]?.value).toBeCloseTo(45 / 380, 12);
    expect(result.figures[0]?.value).toBeCloseTo(0.1184210526315789, 12);
    expect(result.figures[1]?.value).toBeCloseTo(0.15, 12);
    expect(result.figures.map((f) => f.cell)).toEqual(["县级指标!C2", "县级指标!C4"]);
  });

  it("leaves a county whose rate is given as such to that rate, and says its counts are not used", () => {
    const result = rotationFigures(grid, cells, null, (county) => county === "西山县");
    expect(result.figures.map((f) => f.county)).toEqual(["东山县"]);
    expect(result.issues.filter((i) => i.code === "read_figure_rotation_count").map((i) => i.cell)).toEqual(["县级指标!C4", "县级指标!C5"]);
  });

  it("gives nothing for rows that name no count", () => {
    expect(rotationFigures(grid, [{ row: 1, column: 2, text: "初中三年巩固率", county: null }], null, () => false)).toEqual({ figures: [], issues: [] });
  });
});
