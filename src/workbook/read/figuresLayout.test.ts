import { latestYearColumn, layoutOf } from "./figuresLayout";
import { gridOf } from "./testing";

describe("layoutOf", () => {
  it("takes 本县现状 as the value column and the 标准值 column as a standard", () => {
    const layout = layoutOf(gridOf([["标题"], ["评估项目", "标准值", "本县现状"]], { sheet: "县级指标" }));
    expect([layout.headerRow, layout.itemColumn, layout.valueColumn, layout.standardColumns, layout.notes]).toEqual([1, 0, 2, [1], []]);
  });

  it("never takes a 标准 / 目标 / 要求 column as the value, even one starting like a value header (本县目标值)", () => {
    const layout = layoutOf(gridOf([["项目", "本县目标值", "达标要求", "国家标准"]], { sheet: "县级指标" }));
    expect(layout.valueColumn).toBeNull();
    expect(layout.standardColumns).toEqual([1, 2, 3]);
    expect(layout.notes.map((n) => [n.code, n.severity, n.cell])).toEqual([["read_figure_no_value_column", "warning", "县级指标!A1"]]);
  });

  it("says % in the value header, and none for a sheet without an item header", () => {
    expect(layoutOf(gridOf([["项目", "数值（%）"]])).percentHeader).toBe(true);
    expect(layoutOf(gridOf([["项目", "数值"]])).percentHeader).toBe(false);
    expect(layoutOf(gridOf([["初中三年巩固率", 0.97]])).headerRow).toBeNull();
  });
});

describe("latestYearColumn", () => {
  it("is the column of the highest year, wherever it stands; null without a year", () => {
    const cells = [
      { c: 0, t: "项目" },
      { c: 1, t: "2024年" },
      { c: 2, t: "2022" },
      { c: 3, t: "2023年度" },
    ];
    expect(latestYearColumn(cells)).toEqual({ column: 1, year: 2024 });
    expect(latestYearColumn([{ c: 0, t: "项目" }, { c: 1, t: "备注" }])).toBeNull();
    expect(latestYearColumn([{ c: 1, t: "2024年目标" }])).toBeNull();
  });
});
