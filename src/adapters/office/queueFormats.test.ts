import { hyperlinkFor } from "./queueFormats";

describe("hyperlinkFor", () => {
  it("links a place by documentReference, showing the cell's text", () => {
    expect(hyperlinkFor({ row: 0, column: 0, target: "学校基本情况!A5" }, "第1小学")).toEqual({ documentReference: "学校基本情况!A5", screenTip: "学校基本情况!A5", textToDisplay: "第1小学" });
  });

  it("links a file by its URI-encoded address (Excel resolves it beside the workbook), not as a place", () => {
    // 甲 E7 94 B2, 县 E5 8E BF, 评 E8 AF 84, 估 E4 BC B0, 结 E7 BB 93, 果 E6 9E 9C (UTF-8).
    const link = hyperlinkFor({ row: 0, column: 18, target: "甲县-评估结果.xlsx", file: true }, "甲县-评估结果.xlsx");
    expect(link).toEqual({ address: "%E7%94%B2%E5%8E%BF-%E8%AF%84%E4%BC%B0%E7%BB%93%E6%9E%9C.xlsx", screenTip: "甲县-评估结果.xlsx", textToDisplay: "甲县-评估结果.xlsx" });
    // A number in the cell is not text to display: Excel keeps the cell's value.
    expect(hyperlinkFor({ row: 0, column: 0, target: "a.xlsx", file: true }, 3)).toEqual({ address: "a.xlsx", screenTip: "a.xlsx" });
  });
});
