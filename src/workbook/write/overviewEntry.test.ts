import { evaluatedEntry } from "./overviewEntry";
import { makeCounty, makeEvaluation, SAMPLE_ISSUES } from "./testing/makeEvaluation";

describe("evaluatedEntry", () => {
  it("keeps of each county only what the overview shows, not its sections (which reach back to the workbook's records)", () => {
    const evaluation = makeEvaluation({ counties: [makeCounty({ county: "甲县" }), makeCounty({ county: "乙县" })] });
    const entry = evaluatedEntry("某市.xlsx", evaluation, SAMPLE_ISSUES, "某市-评估结果.xlsx");
    if (!entry.outcome.ok) throw new Error("evaluated");
    for (const county of entry.outcome.counties) {
      expect(Object.keys(county).sort()).toEqual(["areas", "coefficients", "county", "items", "passing", "recognised"]);
      for (const item of county.items) expect(Object.keys(item).sort()).toEqual(["code", "verdict"]);
    }
    expect(entry.outcome.counties.map((c) => c.county)).toEqual(["甲县", "乙县"]);
    // The issues counted by severity, as the 数据问题 sheet counts them.
    expect([entry.outcome.errors, entry.outcome.warnings]).toEqual([SAMPLE_ISSUES.filter((i) => i.severity === "error").length, SAMPLE_ISSUES.filter((i) => i.severity === "warning").length]);
    expect(entry.outcome.year).toBe(evaluation.year);
  });

  it("keeps a workbook that evaluated no county, with its counts", () => {
    const entry = evaluatedEntry("空.xlsx", makeEvaluation({ counties: [] }), [], "空-评估结果.xlsx");
    expect(entry.outcome).toMatchObject({ ok: true, counties: [], errors: 0, warnings: 0, result: "空-评估结果.xlsx" });
  });
});
