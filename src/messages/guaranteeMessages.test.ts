import { message } from "./catalogue";

// Placeholders matching in both languages is checked for every entry in catalogue.test.
describe("GUARANTEE_MESSAGES", () => {
  it("names a county or veto item by its name from the catalogue, never by its internal code", () => {
    expect(message("county_figure_ratio_above_one", { countyItem: "Q1_consolidation", value: "97" }, "zh")).toBe(
      "县级项目“初中三年巩固率”是比例，应在 0～100% 之间，填写的 97 超出（百分数请带 % 号，如 95%，或写成小数 0.95），该项待评估",
    );
    expect(message("county_figure_ratio_above_one", { countyItem: "G15_migrant_share", value: "85.5" }, "en")).toBe(
      "County item “Migrant children in public or funded places” is a ratio between 0 and 100%, but 85.5 is above it (write a percentage with its % sign, e.g. 95%, or as a fraction, 0.95); not yet assessed",
    );
    expect(message("county_figure_not_boolean", { countyItem: "V_falsified_data", value: "1" }, "zh")).toBe("县级项目“弄虚作假”应填“是/否”，实际为“1”，该项待评估");
    // An item a custom profile adds without a name in the catalogue is shown as written.
    expect(message("county_figure_duplicate", { countyItem: "G16_custom" }, "en")).toBe("County item “G16_custom” is given twice; the first value is used");
  });
});

describe("guarantee_school_data_stage_absent (reviewer R4, finding 6)", () => {
  it("says that without the county figure the stage is left out, as the engine does (before: 未填报则待评估, while G7 stayed 达标 on the schools checked)", () => {
    const params = { item: "G7", stageInText: "junior", countyItem: "G7_special_junior" };
    expect(message("guarantee_school_data_stage_absent", params, "zh")).toBe(
      "G7 特殊教育学校生均公用经费：学校数据中没有此项所涉的初中学校，该学段按县级项目“特殊教育学校初中生均公用经费（元）”判断（如不填此项，该学段不参与判断：本项只按学校数据中此项所涉学校的学段判断）",
    );
    expect(message("guarantee_school_data_stage_absent", params, "en")).toContain("(without that figure, the stage is left out: the item is judged only for the stages of the schools in the school data it applies to)");
  });
});
