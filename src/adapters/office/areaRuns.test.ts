import { dataArea } from "../../workbook/dataArea";
import { areaRuns } from "./areaRuns";

const box = (top: number, left: number, bottom: number, right: number) => ({ top, left, bottom, right });
const byRow = <T extends { row: number; left: number }>(runs: T[]) => [...runs].sort((a, b) => a.row - b.row || a.left - b.left);

describe("areaRuns: special-cell areas as runs per row", () => {
  it("gives a full area one run per row, as wide as the area", () => {
    // B2:D3: rows 1 and 2, columns 1..3, three cells each.
    expect(byRow(areaRuns([box(1, 1, 2, 3)]))).toEqual([
      { row: 1, left: 1, right: 3, cells: 3 },
      { row: 2, left: 1, right: 3, cells: 3 },
    ]);
  });

  it("joins areas of one row across at most `gap` blank columns, counting only their cells", () => {
    // A1:B1 and E1 (two blank columns C, D between): one run A..E of 3 cells with gap 2, two runs with gap 1.
    expect(areaRuns([box(0, 0, 0, 1), box(0, 4, 0, 4)], 2)).toEqual([{ row: 0, left: 0, right: 4, cells: 3 }]);
    expect(areaRuns([box(0, 4, 0, 4), box(0, 0, 0, 1)], 1)).toEqual([
      { row: 0, left: 0, right: 1, cells: 2 },
      { row: 0, left: 4, right: 4, cells: 1 },
    ]);
  });

  it("counts cells named by two areas once (constants and formulas over one cell, an area inside another)", () => {
    // A1:D1 and C1:F1 overlap in C1:D1: A..F is 6 cells, not 8; B1 inside A1:D1 adds none.
    expect(areaRuns([box(0, 0, 0, 3), box(0, 2, 0, 5), box(0, 1, 0, 1)])).toEqual([{ row: 0, left: 0, right: 5, cells: 6 }]);
  });

  it("keeps a stray at XFD1048576 apart from a table, so that dataArea leaves it out", () => {
    const runs = areaRuns([box(0, 0, 45, 35), box(1_048_575, 16_383, 1_048_575, 16_383)]);
    expect(runs).toHaveLength(47);
    expect(dataArea(runs)).toEqual({ box: box(0, 0, 45, 35), cellsLeftOut: [{ reason: "far", first: { row: 1_048_575, column: 16_383 }, last: { row: 1_048_575, column: 16_383 }, cells: 1 }] });
  });

  it("gives no runs for no areas", () => {
    expect(areaRuns([])).toEqual([]);
  });
});
