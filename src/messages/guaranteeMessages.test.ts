import { message } from "./catalogue";
import { GUARANTEE_MESSAGES } from "./guaranteeMessages";

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("GUARANTEE_MESSAGES", () => {
  it("uses the same placeholders in both languages, and is registered in the catalogue", () => {
    for (const [code, m] of Object.entries(GUARANTEE_MESSAGES)) {
      expect([code, placeholders(m.zh)]).toEqual([code, placeholders(m.en)]);
      expect(message(code, {}, "en")).not.toBe(code);
    }
  });
  it("names a county or veto item by its name from the catalogue, never by its internal code", () => {
    expect(message("county_figure_ratio_above_one", { countyItem: "Q1_consolidation", value: "97" }, "zh")).toBe(
      "县级项目“初中三年巩固率”是比例，应在 0～100% 之间，填写的 97 超出（百分数请带 % 号，如 95%，或写成小数 0.95），该项待评估",
    );
    expect(message("county_figure_ratio_above_one", { countyItem: "G15_migrant_share", value: "85.5" }, "en")).toBe(
      "County item “Migrant children in public or funded places” is a ratio between 0 and 100%, but 85.5 is above it (write a percentage with its % sign, e.g. 95%, or as a fraction, 0.95); not assessed",
    );
    expect(message("county_figure_not_boolean", { countyItem: "V_falsified_data", value: "1" }, "zh")).toBe("县级项目“弄虚作假”应填“是/否”，实际为“1”，该项待评估");
    // An item a custom profile adds without a name in the catalogue is shown as written.
    expect(message("county_figure_duplicate", { countyItem: "G16_custom" }, "en")).toBe("County item “G16_custom” is given twice; the first value is used");
  });
  it("tells a school short either way from one whose verdict hangs on its rurality", () => {
    const params = { school: "青山乡中学", students: 394, funded: 500 };
    expect(message("funding_rurality_unknown_short", params, "zh")).toBe("“青山乡中学”有 394 名学生，表中未注明城乡分类：按非农村学校已达不到公用经费标准；若为农村学校（按 500 人核定），缺口更大");
    expect(message("funding_rurality_unknown", params, "en")).toBe(
      "青山乡中学: 394 students, to be funded for 500 students if it is a rural school, but the workbook does not say whether it is rural: it meets the norm as an urban school, not as a rural one, so G6 cannot be judged for it (add a 城乡分类 column)",
    );
  });
});
