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
    // No exponent, as a sheet shows the number (String gives 1e-7).
    [1e-7, "0.0000001", "0.0000001"],
    [1.5e-9, "0.0000000015", "0.0000000015"],
    // A level typed as one is said as the level (Ⅲ级), however it was written; the number alone stays a number.
    [3, "Ⅲ级（2024年）", "Ⅲ级"],
    [3, "三级", "Ⅲ级"],
    [3, "3 级", "Ⅲ级"],
    [2, "ⅱ级", "Ⅱ级"],
    [4, "IV级", "Ⅳ级"],
    [3, "3", "3"],
    // 县级 and 市级 are no level, nor a level that is not the value read.
    [3, "县级3", "3"],
    [3, "Ⅱ级", "3"],
    [1, "省级以上1", "1"],
    // A percentage is one, whatever level a remark names (reviewer R1 of s45, F6).
    [1, "100%（含一级教师）", "100%"],
    [0, "0%", "0%"],
    ["甲", "甲%", "甲"],
  ])("shows %p typed %p as %p", (value, text, shown) => expect(readValueText(value, text)).toBe(shown));

  it("fills {readValue} from value and text, the params left as they are", () => {
    const params = { header: "初中三年巩固率", text: "96.8%（2024年）", value: 0.968, year: "2024年", countyItem: "Q1_consolidation" };
    expect(message("read_figure_year_remark", params, "zh")).toContain("已按 96.8% 读取");
    expect(message("read_figure_year_remark", params, "en")).toContain("was read as 96.8%;");
    expect(params.value).toBe(0.968);
  });

  it("says a level as the level in either language: 已按 Ⅲ级 读取, read as level Ⅲ", () => {
    const params = { header: "义务教育质量监测等级", text: "Ⅲ级（2024年）", value: 3, year: "2024年", countyItem: "Q9_monitoring_level" };
    expect(message("read_figure_year_remark", params, "zh")).toContain("已按 Ⅲ级 读取");
    expect(message("read_figure_year_remark", params, "en")).toContain("was read as level Ⅲ;");
    expect(readValueText(3, "Ⅲ级", "en")).toBe("level Ⅲ");
  });
});
