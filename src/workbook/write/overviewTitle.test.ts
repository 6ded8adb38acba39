import { evaluatedEntry, type OverviewEntry } from "./overviewEntry";
import { commonYear, overviewTitle } from "./overviewTitle";
import { makeEvaluation } from "./testing/makeEvaluation";

const of = (year: number | null): OverviewEntry => evaluatedEntry("a.xlsx", makeEvaluation({ year }), [], "r.xlsx");
const failed: OverviewEntry = { file: "坏.xlsx", outcome: { ok: false, reasons: ["无法读取"] } };

describe("commonYear", () => {
  it("is the year every workbook evaluated names, the failed ones aside", () => {
    expect(commonYear([of(2024), of(2024), failed])).toBe(2024);
  });

  it("is null when they differ, when one names no year (its share answers to the profile's latest target), or when none was evaluated", () => {
    expect(commonYear([of(2024), of(2023)])).toBeNull();
    expect(commonYear([of(2024), of(null)])).toBeNull();
    expect(commonYear([failed])).toBeNull();
    expect(commonYear([])).toBeNull();
  });
});

describe("overviewTitle", () => {
  it("names the city and the year when both are known, either alone, or says several workbooks", () => {
    expect(overviewTitle([of(2024)], "青州市", "zh")).toBe("青州市2024年义务教育优质均衡发展评估总览");
    expect(overviewTitle([of(2024), of(2023)], "青州市", "zh")).toBe("青州市义务教育优质均衡发展评估总览");
    expect(overviewTitle([of(2024)], null, "zh")).toBe("2024年义务教育优质均衡发展评估总览（多个工作簿）");
    expect(overviewTitle([of(null)], null, "zh")).toBe("义务教育优质均衡发展评估总览（多个工作簿）");
    expect(overviewTitle([of(2024)], "Qingzhou", "en")).toBe("High-quality balanced compulsory education: overview of Qingzhou, 2024");
  });
});
