import { isResultWorkbook } from "./resultWorkbook";

describe("isResultWorkbook", () => {
  it.each([
    [["汇总", "差异系数", "学校达标", "缺口测算", "政府保障与质量", "数据问题"], true],
    [["Summary", "Coefficients", "Schools", "Shortfalls", "Guarantee & quality", "Data issues"], true],
    [["汇总", "差异系数", "学校达标"], true],
    [["汇总 (2)", "差异系数 (2)", "学校达标 (2)"], true],
    [["学校基本情况", "汇总", "差异系数", "学校达标"], false],
    [["汇总", "数据问题"], false],
    [["汇总"], false],
    [[], false],
  ])("%j → %s", (sheets, expected) => {
    expect(isResultWorkbook(sheets)).toBe(expected);
  });
});
