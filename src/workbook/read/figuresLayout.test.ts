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

  it("says nothing of a value column under 项目 | 小学 | 初中: the stage columns are the values (finding s25 F1-4)", () => {
    const both = layoutOf(gridOf([["项目", "小学", "初中"], ["就近划片入学比例", "100%", "94%"]], { sheet: "县级指标" }));
    expect([both.valueColumn, both.stageColumns, both.notes]).toEqual([null, { primary: 1, junior: 2, whole: null }, []]);
    const one = layoutOf(gridOf([["项目", "备注", "初中阶段"]], { sheet: "县级指标" }));
    expect([one.stageColumns, one.notes]).toEqual([{ primary: null, junior: 2, whole: null }, []]);
  });

  it("takes a 全县 / 合计 column beside 小学 | 初中 as the whole county's, wherever it stands; not 全县 without a stage column (R3 of s48, F2)", () => {
    const after = layoutOf(gridOf([["项目", "小学", "初中", "全县"]], { sheet: "县级指标" }));
    const before = layoutOf(gridOf([["项目", "合计", "小学（%）", "初中（%）", "备注"]], { sheet: "县级指标" }));
    const alone = layoutOf(gridOf([["项目", "全县"]], { sheet: "县级指标" }));
    expect([after.stageColumns, before.stageColumns, alone.stageColumns]).toEqual([
      { primary: 1, junior: 2, whole: 3 },
      { primary: 2, junior: 3, whole: 1 },
      { primary: null, junior: null, whole: null },
    ]);
  });

  it("still warns of no value column when there is no stage column either: 项目 | 目标值 | 填报", () => {
    const layout = layoutOf(gridOf([["项目", "目标值", "填报"]], { sheet: "县级指标" }));
    expect(layout.stageColumns).toEqual({ primary: null, junior: null, whole: null });
    expect(layout.notes.map((n) => [n.code, n.severity, n.cell, n.params])).toEqual([["read_figure_no_value_column", "warning", "县级指标!A1", { found: "项目 | 目标值 | 填报" }]]);
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

describe("layoutOf: two item columns, the first naming areas (review: the sheet was dropped whole)", () => {
  const sheet = { sheet: "县级指标" };

  it("takes 评估指标 for the item column when 评估内容 names areas, 本县现状 for the value and 标准值 for a standard", () => {
    const grid = gridOf([["评估内容", "评估指标", "标准值", "本县现状"], ["政府保障程度", "规划布局合理", "达标", "是"], [null, "初中三年巩固率", 0.95, 0.97], ["社会认可度", "社会认可度", 0.85, 0.88]], sheet);
    const layout = layoutOf(grid);
    expect([layout.headerRow, layout.itemColumn, layout.valueColumn, layout.standardColumns, layout.subItemColumn, layout.notes]).toEqual([0, 1, 3, [2], null, []]);
  });

  it("takes 内容 for the item column under 项目 | 内容 | 数值 when 项目 names areas written as 一、政府保障程度, or nothing read", () => {
    const areas = gridOf([["项目", "内容", "数值"], ["一、政府保障程度", "规划布局合理", "是"], ["二、教育质量", "初中三年巩固率", 0.97]], sheet);
    expect([layoutOf(areas).itemColumn, layoutOf(areas).valueColumn]).toEqual([1, 2]);
    const groups = gridOf([["项目", "内容", "数值"], ["甲类", "规划布局合理", "是"], ["乙类", "初中三年巩固率", 0.97]], sheet);
    expect(layoutOf(groups).itemColumn).toBe(1);
  });

  it("keeps the first item column when it names the items and the second the areas (指标 | 项目 | 数值)", () => {
    const grid = gridOf([["指标", "项目", "数值"], ["规划布局合理", "政府保障程度", "是"], ["初中三年巩固率", "教育质量", 0.97]], sheet);
    expect([layoutOf(grid).itemColumn, layoutOf(grid).subItemColumn, layoutOf(grid).valueColumn]).toEqual([0, null, 2]);
  });

  it("keeps today's sub-item layouts (guards): 就近划片入学比例 over 小学 / 初中, 教师交流轮岗 over its rates, merged, repeated or on the first row only", () => {
    const rows = [["项目", "子项", "数值"], ["就近划片入学比例", "小学", 1], [null, "初中", 0.93], ["教师交流轮岗", "交流轮岗比例", 0.12], [null, "骨干教师占比", 0.25]];
    const merged = layoutOf(gridOf(rows, { ...sheet, merges: ["A2:A3", "A4:A5"] }));
    expect([merged.itemColumn, merged.subItemColumn, merged.valueColumn]).toEqual([0, 1, 2]);
    expect(layoutOf(gridOf(rows, sheet)).itemColumn).toBe(0);
    const repeated = [["项目", "子项", "数值"], ["就近划片入学比例", "小学", 1], ["就近划片入学比例", "初中", 0.93], ["教师交流轮岗", "交流轮岗比例", 0.12], ["教师交流轮岗", "骨干教师占比", 0.25]];
    expect(layoutOf(gridOf(repeated, sheet)).itemColumn).toBe(0);
    const stages = layoutOf(gridOf([["项目", "学段", "数值"], ["小学、初中就近划片入学比例", "小学", 1], [null, "初中", 0.93]], { ...sheet, merges: ["A2:A3"] }));
    expect([stages.itemColumn, stages.subItemColumn]).toEqual([0, 1]);
  });

  it("keeps 项目 | 指标 | 数值 | 单位 (C4i) one item column with its sub-items, its parents naming 教师交流轮岗", () => {
    const grid = gridOf([["项目", "指标", "数值", "单位"], ["教师工资", "教师年平均工资收入", 9.85, "万元"], ["教师交流轮岗", "交流轮岗教师数", 95, "人"]], sheet);
    const layout = layoutOf(grid);
    expect([layout.itemColumn, layout.subItemColumn, layout.valueColumn, layout.unitColumn]).toEqual([0, 1, 2, 3]);
  });
});

describe("layoutOf: an item column naming areas only groups the items", () => {
  const sheet = { sheet: "县级指标" };

  // 社会认可度 is both an area and R1's name: a first column naming it as an area, numbered as a block
  // heading is or not, groups the items, and the second column holds them.
  it.each(["社会认可度", "三、社会认可度", "（四）社会认可度", "4. 社会认可度", "社会认可度（10分）"])("%p groups the items: the item column is the second", (area) => {
    const grid = gridOf([["项目", "内容", "数值"], ["一、政府保障程度", "规划布局合理", "是"], [area, "社会认可度", 0.88]], sheet);
    expect(layoutOf(grid).itemColumn).toBe(1);
  });
  it("keeps the first column when it names an item (初中三年巩固率), not an area", () => {
    const grid = gridOf([["项目", "内容", "数值"], ["初中三年巩固率", "初中三年巩固率", 0.97], ["社会认可度", "社会认可度", 0.88]], sheet);
    expect(layoutOf(grid).itemColumn).toBe(0);
  });
});
