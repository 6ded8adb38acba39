import { hyperlinkFor } from "./queueFormats";

describe("hyperlinkFor", () => {
  it("links a place by documentReference, showing the cell's text", () => {
    expect(hyperlinkFor({ row: 0, column: 0, target: "学校基本情况!A5" }, "第1小学")).toEqual({ documentReference: "学校基本情况!A5", screenTip: "学校基本情况!A5", textToDisplay: "第1小学" });
  });

  it("links a file by its address as fileHref makes it (CJK raw, a space and # escaped), not as a place", () => {
    const link = hyperlinkFor({ row: 0, column: 18, target: "甲县 1#楼-评估结果.xlsx", file: true }, "甲县 1#楼-评估结果.xlsx");
    expect(link).toEqual({ address: "甲县%201%23楼-评估结果.xlsx", screenTip: "甲县 1#楼-评估结果.xlsx", textToDisplay: "甲县 1#楼-评估结果.xlsx" });
    // A number in the cell is not text to display: Excel keeps the cell's value.
    expect(hyperlinkFor({ row: 0, column: 0, target: "a.xlsx", file: true }, 3)).toEqual({ address: "a.xlsx", screenTip: "a.xlsx" });
  });
});
