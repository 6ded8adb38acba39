import { titleCells } from "./titleCells";
import { gridOf } from "./testing";

describe("titleCells", () => {
  it("gives the text cells above the header, top row first and left to right, with their addresses", () => {
    const grid = gridOf([["某县2024年", null, "小学"], [2024, "填报单位：某县教育局"], ["学校名称", "在校生数"]], { sheet: "小学" });
    expect(titleCells(grid, 2)).toEqual([
      { row: 0, text: "某县2024年", cell: "小学!A1" },
      { row: 0, text: "小学", cell: "小学!C1" },
      { row: 1, text: "填报单位：某县教育局", cell: "小学!B2" },
    ]);
  });

  it("gives none for a header on the first row", () => {
    expect(titleCells(gridOf([["学校名称", "在校生数"]]), 0)).toEqual([]);
  });

  it("joins a label cell with the value right of it when asked (统计年度 | 2024), the value's own cell still given when a text", () => {
    const grid = gridOf([["统计年度", 2024, null, "年度", "2023"], ["学校数", 12], ["学校名称", "在校生数"]], { sheet: "小学" });
    const label = (text: string) => text.endsWith("年度");
    expect(titleCells(grid, 2, label)).toEqual([
      { row: 0, text: "统计年度2024", cell: "小学!A1" },
      { row: 0, text: "年度2023", cell: "小学!D1" },
      { row: 0, text: "2023", cell: "小学!E1" },
      { row: 1, text: "学校数", cell: "小学!A2" },
    ]);
  });
});
