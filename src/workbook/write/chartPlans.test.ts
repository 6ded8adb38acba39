import { throwOnUnfilled } from "../../messages/catalogue";
import { chartPlans } from "./chartPlans";
import { chartSheet } from "./testing/chartSheet";

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
});
