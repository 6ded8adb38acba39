import { cellsText } from "./cellsText";

describe("cellsText", () => {
  it("writes ten adjacent cells of one row as a range", () => {
    const cells = ["F", "G", "H", "I", "J", "K", "L", "M", "N", "O"].map((c) => `学校基本情况!${c}10`);
    expect(cellsText(cells)).toBe("学校基本情况!F10:O10");
  });
  it("lists cells with a gap, on two rows, or on two sheets one by one", () => {
    expect(cellsText(["表!F10", "表!H10"])).toBe("表!F10, 表!H10");
    expect(cellsText(["表!F10", "表!G11"])).toBe("表!F10, 表!G11");
    expect(cellsText(["甲!F10", "乙!G10"])).toBe("甲!F10, 乙!G10");
  });
  it("keeps a quoted sheet name and one cell alone", () => {
    expect(cellsText(["'学校 表'!Y5", "'学校 表'!Z5", "'学校 表'!AA5"])).toBe("'学校 表'!Y5:AA5");
    expect(cellsText(["表!F10"])).toBe("表!F10");
    expect(cellsText([])).toBe("");
  });
  it("lists, never joins, what it cannot read as one sheet's adjacent cells in order: no sheet, $ references, cells out of order", () => {
    expect(cellsText(["F10", "G10"])).toBe("F10, G10");
    expect(cellsText(["表!$F$10", "表!$G$10"])).toBe("表!$F$10, 表!$G$10");
    expect(cellsText(["表!G10", "表!F10"])).toBe("表!G10, 表!F10");
  });
});
