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
  const kinds = ["rotated", "eligible", "rotated", "eligible"] as const;
  const cells = [1, 2, 3, 4].map((row) => ({ row, column: 2, text: String(grid.values[row]?.[1]), kind: kinds[row - 1] ?? "rotated", county: String(grid.values[row]?.[0]) }));

  it("pairs the counts county by county: 东山县 45 / 380 = 0.1184210…, 西山县 30 / 200 = 0.15", () => {
    const result = rotationFigures(grid, cells, null, () => undefined);
    expect(result.figures.map((f) => f.county)).toEqual(["东山县", "西山县"]);
    expect(result.figures[0]?.value).toBeCloseTo(45 / 380, 12);
    expect(result.figures[0]?.value).toBeCloseTo(0.1184210526315789, 12);
    expect(result.figures[1]?.value).toBeCloseTo(0.15, 12);
    expect(result.figures.map((f) => f.cell)).toEqual(["县级指标!C2", "县级指标!C4"]);
  });

  it("leaves a county whose rate is given as such to that rate, and says its counts are not used", () => {
    // 西山县's rate given as 15% at a cell of its own: 30 / 200 = 0.15 agrees, so nothing but the counts' notes.
    const result = rotationFigures(grid, cells, null, (county, code) => (county === "西山县" && code === "G11_rotation_rate" ? { value: 0.15, cell: "县级指标!C9", item: "教师交流轮岗比例" } : undefined));
    expect(result.figures.map((f) => f.county)).toEqual(["东山县"]);
    expect(result.issues.filter((i) => i.code === "read_figure_rotation_count").map((i) => i.cell)).toEqual(["县级指标!C4", "县级指标!C5"]);
  });

  it("gives nothing for no count rows", () => {
    expect(rotationFigures(grid, [], null, () => undefined)).toEqual({ figures: [], issues: [] });
  });

  it("says a principals' count and leaves it out: 东山县 45 / 380 still", () => {
    const principal = { row: 1, column: 2, text: "交流轮岗校长人数", kind: "principal" as const, county: "东山县" };
    const result = rotationFigures(grid, [principal, ...cells.slice(0, 2)], null, () => undefined);
    expect(result.figures.map((f) => f.value)).toEqual([45 / 380]);
    expect(result.issues.map((i) => [i.code, i.cell])).toEqual([
      ["read_figure_rotation_principal", "县级指标!C2"],
      ["read_figure_rotation_rate_computed", "县级指标!C2"],
    ]);
  });
});
