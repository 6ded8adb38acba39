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
