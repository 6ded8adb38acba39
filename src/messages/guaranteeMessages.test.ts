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
