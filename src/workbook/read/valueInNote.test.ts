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

// s50 H2: 无 in 备注 is no remark, and was quoted back as if a value had been written there.
describe("valueInNote beside a note saying there is nothing to remark", () => {
  const grid = gridOf(
    [
      ["项目", "数值", "备注"],
      ["社会认可度", null, "无"],
      ["违规择校", "", "无。"],
      ["有编不补", null, "暂无"],
      ["初中三年巩固率", null, "/"],
      ["就近入学比例", null, "无（见附件）"],
    ],
    { sheet: "县级指标" },
  );

  it.each([
    [1, "社会认可度"],
    [2, "违规择校"],
    [3, "有编不补"],
    [4, "初中三年巩固率"],
  ])("says nothing at row %i (%s): the value cell is only blank", (row, item) => {
    expect(valueInNote(grid, row, 1, 2, item)).toBeNull();
  });

  it("still warns of a note that says more than 无 (无（见附件）), quoting it", () => {
    expect(valueInNote(grid, 5, 1, 2, "就近入学比例")?.params).toEqual({ item: "就近入学比例", valueCell: "县级指标!B6", noteCell: "县级指标!C6", note: "无（见附件）" });
  });
});
