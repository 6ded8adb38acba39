import { boxAbove, stacked, titleLines } from "./titleAbove";
import { titleCells } from "./titleCells";
import { gridOf } from "./testing";

describe("boxAbove", () => {
  it("is the rows above a range, from column A to the range's right edge", () => {
    // C3:D4 read: rows 1–2 (0-based 0–1), columns A–D (0–3).
    const grid = gridOf([["学校名称", "在校生数"], ["一小", 300]], { top: 2, left: 2 });
    expect(boxAbove(grid)).toEqual({ top: 0, left: 0, bottom: 1, right: 3 });
  });

  it("is null for a range from row 1 or an empty range", () => {
    expect(boxAbove(gridOf([["学校名称", "在校生数"]]))).toBeNull();
    expect(boxAbove(gridOf([], { top: 5 }))).toBeNull();
  });

  it("reaches at most 30 rows up", () => {
    // A table from row 101 (0-based 100): rows 0-based 70–99 only, 30 rows.
    const grid = gridOf([["学校名称", "在校生数"]], { top: 100 });
    expect(boxAbove(grid)).toEqual({ top: 70, left: 0, bottom: 99, right: 1 });
  });
});

describe("stacked", () => {
  it("puts the rows above over the range, in sheet coordinates, so the title is read over both", () => {
    const above = gridOf([["示例县2024年学校基本情况", null, null], [null, null, null]], { top: 0, left: 0 });
    const range = gridOf([["学校名称", "在校生数"], ["一小", 300]], { top: 2, left: 1 });
    const grid = stacked(above, range);
    expect(grid).toMatchObject({ sheet: "学校基本情况", top: 0, left: 0 });
    expect(grid.values).toEqual([
      ["示例县2024年学校基本情况", null, null],
      [null, null, null],
      [null, "学校名称", "在校生数"],
      [null, "一小", 300],
    ]);
    expect(titleCells(grid, 2)).toEqual([{ row: 0, text: "示例县2024年学校基本情况", cell: "学校基本情况!A1" }]);
  });

  it("keeps the merges and hidden rows of both", () => {
    const above = gridOf([["标题", null]], { merges: ["A1:B1"], hiddenRows: [0] });
    const range = gridOf([["学校名称", "在校生数"]], { top: 1, merges: ["A2:A2"], hiddenRows: [1] });
    const grid = stacked(above, range);
    expect(grid.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 1 }, { top: 1, left: 0, bottom: 1, right: 0 }]);
    expect(grid.hiddenRows).toEqual([0, 1]);
  });
});

describe("titleLines", () => {
  it("keeps the lines under the last row of another table (three cells filled or more)", () => {
    const above = gridOf([["乙县2023年…"], ["学校名称", "在校生数", "专任教师数"], ["乙一小", 300, 20], [null], ["示例县2024年…", null, null], ["填报单位：示例县", "", null]]);
    const lines = titleLines(above);
    expect([lines.top, lines.values.map((r) => r[0])]).toEqual([3, [null, "示例县2024年…", "填报单位：示例县"]]);
  });

  it("keeps every line when none is a table's, and none under a table's last row", () => {
    expect(titleLines(gridOf([["示例县2024年…"], ["单位：人", "平方米"]])).values).toHaveLength(2);
    expect(titleLines(gridOf([["学校名称", "在校生数", "专任教师数"]])).values).toEqual([]);
  });
});
