import { gridOf } from "./testing";
import { valueInNote } from "./valueInNote";

describe("valueInNote", () => {
  const grid = gridOf(
    [
      ["项目", "数值", "备注"],
      ["初中三年巩固率", null, "达到98%"],
      ["社会认可度", 0.9, "问卷调查"],
      ["校际差异率", { error: "#DIV/0!" }, "公式"],
      ["规划布局合理", "", null],
    ],
    { sheet: "县级指标" },
  );

  it("warns at the blank value cell, naming the note cell and what it says", () => {
    expect(valueInNote(grid, 1, 1, 2, "初中三年巩固率")).toEqual({
      code: "read_figure_value_in_note",
      severity: "warning",
      cell: "县级指标!B2",
      params: { item: "初中三年巩固率", valueCell: "县级指标!B2", noteCell: "县级指标!C2", note: "达到98%" },
    });
  });

  it("says nothing for a filled value (a number, or a formula error said elsewhere), a blank note, or no notes column", () => {
    expect(valueInNote(grid, 2, 1, 2, "社会认可度")).toBeNull();
    expect(valueInNote(grid, 3, 1, 2, "校际差异率")).toBeNull();
    expect(valueInNote(grid, 4, 1, 2, "规划布局合理")).toBeNull();
    expect(valueInNote(grid, 1, 1, null, "初中三年巩固率")).toBeNull();
  });
});
