import { message } from "../../messages/catalogue";
import { rowRanges } from "./rowRanges";

describe("rowRanges: rows as a person reads them", () => {
  it("says a run as a range and the rest one by one, 1-based, joined by 、", () => {
    // 0-based 6..11 are sheet rows 7..12.
    expect(rowRanges([6, 7, 8, 9, 10, 11])).toBe("7–12");
    expect(rowRanges([8, 4, 5, 6])).toBe("5–7、9");
    expect(rowRanges([2])).toBe("3");
    expect(rowRanges([])).toBe("");
  });

  it("shows in each language with its list separator: 、 in Chinese, a comma in English (reviewer R1, finding 3)", () => {
    const params = { sheet: "学校基本情况", count: 7, rows: rowRanges([6, 7, 8, 9, 10, 11, 13]) };
    expect(message("read_hidden_rows_skipped", params, "zh")).toContain("：第 7–12、14 行。");
    expect(message("read_hidden_rows_skipped", params, "en")).toContain(": rows 7–12, 14.");
  });
});
