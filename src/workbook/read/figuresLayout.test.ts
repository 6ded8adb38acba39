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

describe("layoutOf: a sub-item column headed as one (trial L, C4f / C4i)", () => {
  it.each(["子项", "分项", "指标", "子指标", "学段"])("takes a column headed %s between 项目 and 数值 as the sub-item column", (header) => {
    const layout = layoutOf(gridOf([["项目", header, "数值"]], { sheet: "县级指标" }));
    expect([layout.headerRow, layout.itemColumn, layout.subItemColumn, layout.valueColumn]).toEqual([0, 0, 1, 2]);
  });

  it("reads 项目 | 指标 | 数值 | 单位 as one item column with its sub-items (before: two item headers made it pairs side by side)", () => {
    const layout = layoutOf(gridOf([["项目", "指标", "数值", "单位"]], { sheet: "县级指标" }));
    expect([layout.itemColumn, layout.subItemColumn, layout.valueColumn, layout.unitColumn]).toEqual([0, 1, 2, 3]);
  });

  it("still reads 项目 | 数值 | 项目 | 数值 as pairs side by side, and a plain 项目 | 数值 without a sub-item column", () => {
    expect(layoutOf(gridOf([["项目", "数值", "项目", "数值"]])).itemColumn).toBeNull();
    expect(layoutOf(gridOf([["指标", "数值", "指标", "数值"]])).itemColumn).toBeNull();
    expect(layoutOf(gridOf([["项目", "数值"]])).subItemColumn).toBeNull();
    expect(layoutOf(gridOf([["项目", "单位", "数值"]])).subItemColumn).toBeNull();
  });
});
