import { yearRemark } from "./yearRemark";

describe("yearRemark", () => {
  it.each([
    ["96.8%（2024年）", { value: "96.8%", year: "2024年" }],
    ["96.8%(2024年)", { value: "96.8%", year: "2024年" }],
    ["0.968 （2024年度）", { value: "0.968", year: "2024年度" }],
    ["96.8%（2024年数据）", { value: "96.8%", year: "2024年数据" }],
    ["96.8%（2023-2024学年）", { value: "96.8%", year: "2023-2024学年" }],
    ["初中96.8%（2024 年）", { value: "初中96.8%", year: "2024年" }],
    // A monitoring level has no digit; NFKC folds Ⅲ to III, which parseLevel reads.
    ["Ⅲ级（2024年）", { value: "III级", year: "2024年" }],
    ["达到Ⅲ级以上 (2023-2024学年)", { value: "达到III级以上", year: "2023-2024学年" }],
    // A full stop before the bracket; 分别 / 均 opening it, the remark after two values (小学100%，初中96.8%（分别为2024年数据）).
    ["96.8%。（2024年）", { value: "96.8%", year: "2024年" }],
    ["96.8%。（2024年数据）", { value: "96.8%", year: "2024年数据" }],
    ["96.8%（分别为2024年数据）", { value: "96.8%", year: "2024年数据" }],
    ["96.8%（均为2024年）", { value: "96.8%", year: "2024年" }],
  ])("takes the year out of %s", (text, expected) => {
    expect(yearRemark(text)).toEqual(expected);
  });

  // A remark that is more than a year, a year before the value, a year alone, a value without a remark.
  it.each(["96.8%（上年95.1%）", "96.8%（2024年为95%）", "2024年96.8%", "（2024年）", "2024年", "96.8%", "96.8%（24年）", "", "96.8%（分别统计）", "96.8%（分别为上年数据）"])("gives none for “%s”", (text) => {
    expect(yearRemark(text)).toBeNull();
  });
});
