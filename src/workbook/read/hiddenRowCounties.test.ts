import type { Issue } from "../../engine/types";
import { findHeader } from "./findHeader";
import { withHiddenRowCounties } from "./hiddenRowCounties";
import type { ColumnRole } from "./keys";
import { gridOf } from "./testing";

const skipped = (rows: string, count: number): Issue => ({ code: "read_hidden_rows_skipped", severity: "warning", cell: "学校基本情况!A3", params: { sheet: "学校基本情况", rows, count } });
const countyRole: ColumnRole = { column: 0, key: "county", stage: null, part: null, unitFactor: 1, header: "县区" };

/** 县区 in A, written on each block's first row only: 甲县 rows 2–4 (sheet rows), 乙县 rows 5–6. */
const grid = gridOf(
  [
    ["县区", "学校名称", "在校生数"],
    ["甲县", "一小", 100],
    [null, "二小", 200],
    [null, "三小", 300],
    ["乙县", "四小", 400],
    [null, "五小", 500],
  ],
  { hiddenRows: [2, 3, 5] },
);
const band = findHeader(grid);

describe("withHiddenRowCounties: whose the hidden school rows are", () => {
  it("names the county of each hidden row, a blank 县区 cell taking the one above, each county once", () => {
    if (band === null) throw new Error("no header");
    // Rows 3–4 are under 甲县 (row 2), row 6 under 乙县 (row 5).
    expect(withHiddenRowCounties(grid, band, [countyRole], [skipped("3–4", 2)])[0]?.params).toEqual({ sheet: "学校基本情况", rows: "3–4", count: 2, counties: "甲县" });
    expect(withHiddenRowCounties(grid, band, [countyRole], [skipped("3–4、6", 3)])[0]?.params["counties"]).toBe("甲县、乙县");
  });

  it("leaves the issue as it was without a 县区 column, or when a hidden row has no county above it under the header", () => {
    if (band === null) throw new Error("no header");
    expect(withHiddenRowCounties(grid, band, [], [skipped("3–4", 2)])[0]?.params).toEqual({ sheet: "学校基本情况", rows: "3–4", count: 2 });
    const blank = gridOf(
      [
        ["县区", "学校名称", "在校生数"],
        [null, "一小", 100],
        ["乙县", "二小", 200],
      ],
      { hiddenRows: [1] },
    );
    const blankBand = findHeader(blank);
    if (blankBand === null) throw new Error("no header");
    // Row 2's 县区 is blank and only the header's 县区 is above it: no county, every county caveated.
    expect(withHiddenRowCounties(blank, blankBand, [countyRole], [skipped("2", 1)])[0]?.params).toEqual({ sheet: "学校基本情况", rows: "2", count: 1 });
  });
});
