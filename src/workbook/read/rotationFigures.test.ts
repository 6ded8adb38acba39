import { rotationFigures, rounded } from "./rotationFigures";
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

  describe("a count split by stage with a stage blank", () => {
    // 交流轮岗教师人数 小学 30, 初中 blank; eligible 小学 200 + 初中 180 = 380. Read as 0 it would give 30 / 380 = 0.0789,
    // but the blank is not 0: the rotated count covers 小学 only, the eligible count both, so no rate.
    const staged = gridOf(
      [
        ["项目", "学段", "数值"],
        ["交流轮岗教师人数（小学）", "小学", 30],
        ["交流轮岗教师人数（初中）", "初中", null],
        ["符合交流条件教师总数（小学）", "小学", 200],
        ["符合交流条件教师总数（初中）", "初中", 180],
      ],
      { sheet: "县级指标" },
    );
    const cellsOf = (g: typeof staged, kinds: readonly ("rotated" | "eligible" | "backbone")[]) => kinds.map((kind, i) => ({ row: i + 1, column: 2, text: String(g.values[i + 1]?.[0]), kind, county: null }));

    it("gives no rate and warns at the blank cell, naming the eligible cells", () => {
      const result = rotationFigures(staged, cellsOf(staged, ["rotated", "rotated", "eligible", "eligible"]), null, () => undefined);
      expect(result.figures).toEqual([]);
      expect(result.issues).toEqual([
        { code: "read_figure_rotation_stages_uneven", severity: "warning", cell: "县级指标!C3", params: { item: "交流轮岗教师人数（初中）", otherCell: "县级指标!C4 + 县级指标!C5" } },
      ]);
    });

    it("still adds a stage written as 0: 30 + 0 = 30, 30 / 380 = 0.0789473…", () => {
      const zero = gridOf(staged.values.map((r, i) => (i === 2 ? ["交流轮岗教师人数（初中）", "初中", 0] : [...r])), { sheet: "县级指标" });
      const result = rotationFigures(zero, cellsOf(zero, ["rotated", "rotated", "eligible", "eligible"]), null, () => undefined);
      expect(result.figures[0]?.value).toBeCloseTo(0.07894736842105263, 12);
    });

    it("gives no backbone share from a backbone total over the rotated count of 小学 alone", () => {
      // 骨干教师交流轮岗人数 5 (no stage) ÷ rotated 30 (小学; 初中 blank): other stages, so no share either.
      const withBackbone = gridOf([...staged.values.slice(0, 3).map((r) => [...r]), ["骨干教师交流轮岗人数", null, 5]], { sheet: "县级指标" });
      const result = rotationFigures(withBackbone, cellsOf(withBackbone, ["rotated", "rotated", "backbone"]), null, () => undefined);
      expect(result.figures).toEqual([]);
      expect(result.issues.map((i) => [i.code, i.cell, i.params["otherCell"]])).toEqual([
        ["read_figure_rotation_eligible_missing", "县级指标!C2", undefined],
        ["read_figure_rotation_stages_uneven", "县级指标!C3", "县级指标!C4"],
      ]);
    });
  });
});

describe("rounded", () => {
  it("rounds to four decimals as Excel shows them, half away from zero on the decimal value", () => {
    // 0.00015 is stored as 0.000149999…; Excel (and roundForDisplay) shows 0.0002, Math.round(1.4999…) / 10000 0.0001.
    expect(rounded(0.00015)).toBe(0.0002);
    expect(rounded(2 / 3)).toBe(0.6667);
    expect(rounded(45 / 380)).toBe(0.1184);
  });
});
