import { figureText, levelNumeral, levelText, plainFormat, thresholdDecimals } from "./countyFigureDisplay";
import { builtInProfile } from "../../profiles/resolveProfile";

const items = builtInProfile("national-2017").countyItems;

describe("countyFigureDisplay", () => {
  it("names monitoring levels Ⅰ–Ⅳ; anything else is no level", () => {
    expect([1, 2, 3, 4].map((v) => levelText(v, "zh"))).toEqual(["Ⅰ级", "Ⅱ级", "Ⅲ级", "Ⅳ级"]);
    expect(levelText(3, "en")).toBe("Level III");
    expect([0, 5, 2.5, Number.NaN].map((v) => levelText(v, "zh"))).toEqual([null, null, null, null]);
    // The numeral alone, as the reader's messages quote it (Ⅲ级), in Latin letters for English sheets.
    expect([1, 2, 3, 4].map((v) => levelNumeral(v, "en"))).toEqual(["I", "II", "III", "IV"]);
    expect([levelNumeral(3, "zh"), levelNumeral(5, "en"), levelNumeral(2.5, "zh")]).toEqual(["Ⅲ", null, null]);
  });

  it("takes a threshold's decimals, at least two", () => {
    expect([0.15, 0.125, 1, 6000].map(thresholdDecimals)).toEqual([2, 3, 2, 2]);
  });

  it("formats a plain figure by its county item's unit", () => {
    expect(plainFormat(items["Q9_difference_rate"], 0.12, "zh")).toBe("0.00");
    expect(plainFormat(items["Q9_monitoring_level"], 3, "zh")).toBe('"Ⅲ级"');
    expect(plainFormat(items["Q9_monitoring_level"], 2.5, "zh")).toBeNull();
    expect(plainFormat(items["G7_special_junior"], 6500, "zh")).toBe("#,##0");
    expect(plainFormat(undefined, 14, "zh")).toBeNull();
    expect(plainFormat(items["Q9_difference_rate"], null, "zh")).toBeNull();
  });

  it("writes figures as the sheet shows them", () => {
    expect(figureText(0.12, items["Q9_difference_rate"], false, "zh")).toBe("0.12");
    expect(figureText(2, items["Q9_monitoring_level"], false, "en")).toBe("Level II");
    expect(figureText(0.98, items["G8_pay_ratio"], true, "zh")).toBe("98.0%");
    expect(figureText(6500, items["G7_special_junior"], false, "zh")).toBe("6,500");
    expect(figureText(7, undefined, false, "zh")).toBe("7");
  });
});
