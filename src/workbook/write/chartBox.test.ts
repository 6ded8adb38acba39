import { chartBox } from "./chartBox";
import { chartPlans } from "./chartPlans";
import { sheetLayout } from "./sheetLayout";
import { chartSheet } from "./testing/chartSheet";

describe("chartBox", () => {
  const spec = chartSheet();
  const layout = sheetLayout(spec);
  const boxes = chartPlans(spec).map((plan) => chartBox(plan, layout));

  it("puts each chart one column right of the five-column tables (G), from its table's caption row, at least 10 rows high and 7 columns wide", () => {
    // CV table: caption row 3, 4 data rows → max(10, 4 + 2) = 10 rows: 3…12; columns 6…12 (G:M).
    // Count table: caption row 10, 2 data rows → 10 rows: 10…19.
    expect(boxes).toEqual([
      { top: 3, left: 6, bottom: 12, right: 12 },
      { top: 10, left: 6, bottom: 19, right: 12 },
    ]);
  });

  it("makes a chart as tall as a long table and two rows more", () => {
    const [cv] = spec.tables;
    if (!cv) throw new Error("no table");
    const long = { ...spec, tables: [{ ...cv, rows: Array.from({ length: 12 }, (_, i) => ["L1", "x", 3, 0.1 * (i + 1), 0.5]) }] };
    const [plan] = chartPlans(long);
    if (!plan) throw new Error("no plan");
    // 12 rows + 2 = 14 rows from the caption row 3: 3…16.
    expect(chartBox(plan, sheetLayout(long))).toEqual({ top: 3, left: 6, bottom: 16, right: 12 });
  });

  it("gives no box for a plan whose table the layout does not hold", () => {
    const [plan] = chartPlans(spec);
    if (!plan) throw new Error("no plan");
    expect(chartBox({ ...plan, table: 5 }, layout)).toBeNull();
  });
});
