import { AREA_LIMITS, dataArea, runBounds, type Occupied } from "./dataArea";

/** Rows `top`..`bottom`, each full from `left` to `right`. */
function block(top: number, bottom: number, left: number, right: number): Occupied[] {
  return Array.from({ length: bottom - top + 1 }, (_, i) => ({ row: top + i, left, right, cells: right - left + 1 }));
}

const XFD = 16383;
const LAST_ROW = 1048575;

describe("dataArea", () => {
  it("is null for a sheet without a non-blank cell", () => {
    expect(dataArea([])).toBeNull();
    expect(runBounds([])).toBeNull();
  });

  it("reads one cell as a one-cell area", () => {
    expect(dataArea([{ row: 4, left: 2, right: 2, cells: 1 }])).toEqual({ box: { top: 4, left: 2, bottom: 4, right: 2 }, cellsLeftOut: [] });
  });

  it("keeps a table with blank rows and columns inside it whole", () => {
    // A1:AJ46 with 1,000 blank rows (47–1046) before a last row 1047, and 100 blank columns (AK–DF) before DG in row 1.
    const runs = [...block(0, 45, 0, 35), { row: 1046, left: 0, right: 0, cells: 1 }, { row: 0, left: 36 + 100, right: 36 + 100, cells: 1 }];
    expect(dataArea(runs)).toEqual({ box: { top: 0, left: 0, bottom: 1046, right: 136 }, cellsLeftOut: [] });
  });

  it("leaves out a cell in A1048576, past more than 1,000 blank rows, naming it", () => {
    const runs = [...block(0, 45, 0, 35), { row: LAST_ROW, left: 0, right: 0, cells: 1 }];
    const area = dataArea(runs);
    expect(area?.box).toEqual({ top: 0, left: 0, bottom: 45, right: 35 });
    expect(area?.cellsLeftOut).toEqual([{ reason: "far", first: { row: LAST_ROW, column: 0 }, last: { row: LAST_ROW, column: 0 }, cells: 1 }]);
  });

  it("leaves out a cell in XFD5 of a data row, past more than 100 blank columns", () => {
    // Row 5 is a run A5:AJ5 and a run XFD5:XFD5, as occupiedRuns cuts it.
    const runs = [...block(0, 45, 0, 35), { row: 4, left: XFD, right: XFD, cells: 1 }];
    const area = dataArea(runs);
    expect(area?.box).toEqual({ top: 0, left: 0, bottom: 45, right: 35 });
    expect(area?.cellsLeftOut).toEqual([{ reason: "far", first: { row: 4, column: XFD }, last: { row: 4, column: XFD }, cells: 1 }]);
  });

  it("keeps the rows holding the most cells when a stray lies above the table, and says the first and the last left out", () => {
    // A1 "x", then the table at A3000:C3009 (30 cells), then two strays in row 9000.
    const runs = [{ row: 0, left: 0, right: 0, cells: 1 }, ...block(2999, 3008, 0, 2), { row: 8999, left: 4, right: 9, cells: 2 }];
    const area = dataArea(runs);
    expect(area?.box).toEqual({ top: 2999, left: 0, bottom: 3008, right: 2 });
    expect(area?.cellsLeftOut).toEqual([{ reason: "far", first: { row: 0, column: 0 }, last: { row: 8999, column: 9 }, cells: 3 }]);
  });

  it("reads 100,000 rows × 200 columns of data whole", () => {
    const area = dataArea(block(0, 99_999, 0, 199));
    expect(area).toEqual({ box: { top: 0, left: 0, bottom: 99_999, right: 199 }, cellsLeftOut: [] });
    expect(AREA_LIMITS.maxCells).toBeGreaterThanOrEqual(100_000 * 200);
  });

  it("keeps the first rows of an area with more cells than a grid may hold, leaving the rest out as too many", () => {
    // 10 rows × 4 columns = 40 cells under a limit of 10: 10 ÷ 4 → the first 2 rows; rows 3–10 (32 cells) left out.
    const area = dataArea(block(0, 9, 0, 3), { maxCells: 10, maxBlankRows: 1_000, maxBlankColumns: 100 });
    expect(area?.box).toEqual({ top: 0, left: 0, bottom: 1, right: 3 });
    expect(area?.cellsLeftOut).toEqual([{ reason: "too_many", first: { row: 2, column: 0 }, last: { row: 9, column: 3 }, cells: 32 }]);
  });

  it("gives the bounds of all runs, strays included", () => {
    expect(runBounds([...block(0, 45, 0, 35), { row: LAST_ROW, left: XFD, right: XFD, cells: 1 }])).toEqual({ top: 0, left: 0, bottom: LAST_ROW, right: XFD });
  });
});
