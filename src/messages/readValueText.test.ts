import { message } from "./catalogue";
import { readValueText } from "./readValueText";

describe("readValueText", () => {
  it.each([
    [0.968, "96.8%（2024年）", "96.8%"],
    [0.96, "96%以上", "96%"],
    [1, "１００％", "100%"],
    // 0.07 × 100 is 7.000000000000001 in floating point: shown 7%.
    [0.07, "7%", "7%"],
    [0.97, "0.97", "0.97"],
    // A rate typed without its sign, read as a percentage (barePercent): said as typed (reviewer R1 of s44, F4).
    [0.968, "96.8（2024年）", "96.8%"],
    [0.85, "85", "85%"],
    // The typed number is the value: no percentage (0 and 1 typed as themselves).
    [0, "0", "0"],
    [1, "1", "1"],
    [1e-7, "0.0000001", "1e-7"],
    [3, "Ⅲ级（2024年）", "3"],
    [0, "0%", "0%"],
    ["甲", "甲%", "甲"],
  ])("shows %p typed %p as %p", (value, text, shown) => expect(readValueText(value, text)).toBe(shown));

  it("fills {readValue} from value and text, the params left as they are", () => {
    const params = { header: "初中三年巩固率", text: "96.8%（2024年）", value: 0.968, year: "2024年", countyItem: "Q1_consolidation" };
    expect(message("read_figure_year_remark", params, "zh")).toContain("已按 96.8% 读取");
    expect(message("read_figure_year_remark", params, "en")).toContain("was read as 96.8%;");
    expect(params.value).toBe(0.968);
  });
});

describe("{ofCounties}: the county of hidden school rows, after the sheet (reviewer R1 of s44, F2)", () => {
  it("names the county when the reader knew it, and says nothing more when it did not", () => {
    const params = { sheet: "全市学校", rows: "6–7", count: 2 };
    expect(message("read_hidden_rows_skipped", { ...params, counties: "甲县" }, "zh")).toMatch(/^工作表“全市学校”（甲县）有 2 个隐藏或筛选掉的学校行未读取：第 6–7 行/);
    expect(message("read_hidden_rows_skipped", { ...params, counties: "甲县" }, "en")).toMatch(/^2 hidden or filtered-out school rows of “全市学校” \(甲县\) were not read: rows 6–7/);
    expect(message("read_hidden_rows_skipped", params, "zh")).toMatch(/^工作表“全市学校”有 2 个/);
    expect(message("read_hidden_rows_skipped", { ...params, count: 1, rows: "15", counties: "乙县" }, "en", "addin")).toMatch(/^1 hidden or filtered-out school row of “全市学校” \(乙县\) was not read: row 15/);
  });
});

