import { throwOnUnfilled } from "../../messages/catalogue";
import { chartPlans } from "./chartPlans";
import { chartSheet } from "./testing/chartSheet";
import { summarySheet } from "./summarySheet";
import { makeCounty, makeEvaluation } from "./testing/makeEvaluation";
import { builtInProfile } from "../../profiles/resolveProfile";

describe("chartPlans", () => {
  afterEach(() => throwOnUnfilled(false));

  it("finds the CV chart (L1–L3, 综合 left out) and the stacked counts on a 差异系数 sheet, also where an unfilled placeholder throws (达{floor}未达标 is matched as a template, not rendered)", () => {
    throwOnUnfilled(true);
    expect(chartPlans(chartSheet())).toEqual([
      { table: 0, type: "ColumnClustered", title: "甲县 · 小学 差异系数", categoryColumn: 0, rows: 3, series: [{ column: 3, kind: "column" }, { column: 4, kind: "line" }] },
      {
        table: 1,
        type: "ColumnStacked",
        title: "甲县 · 小学：各项指标达标学校数",
        categoryColumn: 0,
        rows: 2,
        series: [
          { column: 1, kind: "column", colour: "C6EFCE" },
          { column: 2, kind: "column", colour: "FFEB9C" },
          { column: 3, kind: "column", colour: "FFC7CE" },
        ],
      },
    ]);
  });

  it("draws nothing on a sheet of another role", () => {
    expect(chartPlans({ ...chartSheet(), role: "schools" })).toEqual([]);
  });

  it("draws the share passing on 汇总 with the target as a line, and without the line where the profile sets no target (reviewer R6)", () => {
    const context = { issues: [], profileName: "国家标准", lang: "zh" as const, profile: builtInProfile("national-2017") };
    const withTarget = makeCounty();
    const noTarget = makeCounty({ passing: { ...withTarget.passing, target: null, met: null } });
    const series = (county: typeof withTarget) => chartPlans(summarySheet(makeEvaluation({ counties: [county] }), context)).map((p) => p.series.map((s) => s.kind));
    expect(series(withTarget)).toEqual([["column", "line"]]);
    expect(series(noTarget)).toEqual([["column"]]);
  });
});
