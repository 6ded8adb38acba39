import { AREA_LIMITS, cappedArea, dataArea, fits, holdsData, intersection, rangeArea, rowRuns, runBounds, valueRuns, type Occupied } from "./dataArea";

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

  it("keeps the table, not a stray above it, and says the first and the last left out", () => {
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

  /** A1:J11, a header and 10 schools of 10 columns (110 cells). */
  const TOP_TABLE = block(0, 10, 0, 9);
  /** "2023年数据" in A1300, then a header and 15 schools in A1301:J1316 (1 + 160 = 161 cells), 1,288 blank rows below TOP_TABLE. */
  const LOWER_TABLE = [{ row: 1299, left: 0, right: 0, cells: 1 }, ...block(1300, 1315, 0, 9)];

  it("reads the first of two tables, not the one with more cells, and names the other as left out", () => {
    const area = dataArea([...TOP_TABLE, ...LOWER_TABLE]);
    expect(area?.box).toEqual({ top: 0, left: 0, bottom: 10, right: 9 });
    expect(area?.cellsLeftOut).toEqual([{ reason: "far", first: { row: 1299, column: 0 }, last: { row: 1315, column: 9 }, cells: 161 }]);
  });

  it("names a second table on its own and the strays together, in reading order", () => {
    // A stray in A5000 and one in XFD1048576 (2 cells); a table of 11 × 10 = 110 cells at A8000:J8010.
    const runs = [...TOP_TABLE, { row: 4999, left: 0, right: 0, cells: 1 }, ...block(7999, 8009, 0, 9), { row: LAST_ROW, left: XFD, right: XFD, cells: 1 }];
    expect(dataArea(runs)?.cellsLeftOut).toEqual([
      { reason: "far", first: { row: 4999, column: 0 }, last: { row: LAST_ROW, column: XFD }, cells: 2 },
      { reason: "far", first: { row: 7999, column: 0 }, last: { row: 8009, column: 9 }, cells: 110 },
    ]);
  });

  it("takes notes far above the table (three lines of one cell) or a block of a tenth of its cells for strays, not for a table", () => {
    // Three one-cell lines: 3 cells for 3 rows, under two a row. Then 2 rows × 5 = 10 cells: 10 × 10 < 110 + 1 = 111 cells of the table below.
    const notes = [0, 1, 2].map((row) => ({ row, left: 0, right: 0, cells: 1 }));
    const small = block(1100, 1101, 0, 4);
    const table = [{ row: 2200, left: 0, right: 0, cells: 1 }, ...block(2201, 2210, 0, 10)];
    const area = dataArea([...notes, ...small, ...table]);
    expect(area?.box).toEqual({ top: 2200, left: 0, bottom: 2210, right: 10 });
    expect(area?.cellsLeftOut).toEqual([{ reason: "far", first: { row: 0, column: 0 }, last: { row: 1101, column: 4 }, cells: 13 }]);
  });

  it("reads a table whose numbers lie past 100 blank columns whole: names in A:B, numbers in DD:DK", () => {
    // Every row: A:B (2 cells) and DD:DK (columns 107–114, 8 cells), 105 blank columns between.
    const runs = Array.from({ length: 11 }, (_, row) => [{ row, left: 0, right: 1, cells: 2 }, { row, left: 107, right: 114, cells: 8 }]).flat();
    expect(dataArea(runs)).toEqual({ box: { top: 0, left: 0, bottom: 10, right: 114 }, cellsLeftOut: [] });
  });

  it("keeps the first part of a table past 1,000 blank columns, or past maxCells, naming the other", () => {
    // A:B, then columns 1103–1110 (1,101 blank columns between): 11 rows × 8 = 88 cells left out.
    const wide = Array.from({ length: 11 }, (_, row) => [{ row, left: 0, right: 1, cells: 2 }, { row, left: 1103, right: 1110, cells: 8 }]).flat();
    const left = { reason: "far", first: { row: 0, column: 1103 }, last: { row: 10, column: 1110 }, cells: 88 };
    expect(dataArea(wide)).toEqual({ box: { top: 0, left: 0, bottom: 10, right: 1 }, cellsLeftOut: [left] });
    // A:B and DD:DK joined would be A1:DK11, 11 × 115 = 1,265 cells: one over a limit of 1,264.
    const near = wide.map((r) => (r.left === 0 ? r : { ...r, left: 107, right: 114 }));
    const area = dataArea(near, { maxCells: 1_264, maxBlankRows: 1_000, maxBlankColumns: 100 });
    expect(area).toEqual({ box: { top: 0, left: 0, bottom: 10, right: 1 }, cellsLeftOut: [{ ...left, first: { row: 0, column: 107 }, last: { row: 10, column: 114 } }] });
  });

  it("leaves out a column of notes far right that covers less than half the table's rows", () => {
    // XFD1:XFD10 beside A1:AJ46: 10 of 46 rows.
    const runs = [...block(0, 45, 0, 35), ...block(0, 9, XFD, XFD)];
    const area = dataArea(runs);
    expect(area?.box).toEqual({ top: 0, left: 0, bottom: 45, right: 35 });
    expect(area?.cellsLeftOut).toEqual([{ reason: "far", first: { row: 0, column: XFD }, last: { row: 9, column: XFD }, cells: 10 }]);
  });

  describe("of a range the user chose", () => {
    it("reads every table in it, and every part of one however far apart", () => {
      expect(dataArea([...TOP_TABLE, ...LOWER_TABLE], AREA_LIMITS, "range")).toEqual({ box: { top: 0, left: 0, bottom: 1315, right: 9 }, cellsLeftOut: [] });
      const wide = Array.from({ length: 3 }, (_, row) => [{ row, left: 0, right: 1, cells: 2 }, { row, left: 5000, right: 5001, cells: 2 }]).flat();
      expect(dataArea(wide, AREA_LIMITS, "range")).toEqual({ box: { top: 0, left: 0, bottom: 2, right: 5001 }, cellsLeftOut: [] });
    });

    it("still leaves out a stray in it (x in A1048576 of a range of whole columns)", () => {
      const area = dataArea([...TOP_TABLE, { row: LAST_ROW, left: 0, right: 0, cells: 1 }], AREA_LIMITS, "range");
      expect(area).toEqual({ box: { top: 0, left: 0, bottom: 10, right: 9 }, cellsLeftOut: [{ reason: "far", first: { row: LAST_ROW, column: 0 }, last: { row: LAST_ROW, column: 0 }, cells: 1 }] });
    });
  });

  it("tells whether a box holds no more cells than a grid may", () => {
    expect(fits({ top: 0, left: 0, bottom: 10, right: 114 })).toBe(true);
    // 1,048,576 × 24 = 25,165,824 cells, over 25,000,000; × 23 = 24,117,248, within.
    expect(fits({ top: 0, left: 0, bottom: LAST_ROW, right: 23 })).toBe(false);
    expect(fits({ top: 0, left: 0, bottom: LAST_ROW, right: 22 })).toBe(true);
  });

  it("gives the bounds of all runs, strays included", () => {
    expect(runBounds([...block(0, 45, 0, 35), { row: LAST_ROW, left: XFD, right: XFD, cells: 1 }])).toEqual({ top: 0, left: 0, bottom: LAST_ROW, right: XFD });
  });
});

describe("holdsData", () => {
  it.each([
    [" ", false],
    ["\u3000 \t\n", false],
    ["", false],
    [null, false],
    ["　甲", true],
    [0, true],
    [false, true],
    [{ error: "#N/A" }, true],
  ])("%j → %s", (value, expected) => {
    expect(holdsData(value)).toBe(expected);
  });
});

describe("intersection", () => {
  it("gives the cells two boxes share, null when they only touch diagonally or lie apart", () => {
    // A1:C8 and B2:Z20 share B2:C8.
    expect(intersection({ top: 0, left: 0, bottom: 7, right: 2 }, { top: 1, left: 1, bottom: 19, right: 25 })).toEqual({ top: 1, left: 1, bottom: 7, right: 2 });
    expect(intersection({ top: 0, left: 0, bottom: 0, right: 0 }, { top: 1, left: 1, bottom: 1, right: 1 })).toBeNull();
    expect(intersection({ top: 0, left: 0, bottom: 9, right: 0 }, { top: 0, left: 1, bottom: 9, right: 1 })).toBeNull();
  });
});

describe("rowRuns", () => {
  it("joins spans in any order across at most `gap` blank columns, counting a column covered twice once", () => {
    // [0,3] [2,5] [1,1]: columns 0–5, six cells; then 16383 alone past 100 blank columns.
    expect(rowRuns(4, [[2, 5], [16383, 16383], [0, 3], [1, 1]], 100)).toEqual([{ row: 4, left: 0, right: 5, cells: 6 }, { row: 4, left: 16383, right: 16383, cells: 1 }]);
    // Columns 0 and 3: two blank columns between, joined with a gap of 2, not of 1.
    expect(rowRuns(0, [[0, 0], [3, 3]], 2)).toEqual([{ row: 0, left: 0, right: 3, cells: 2 }]);
    expect(rowRuns(0, [[0, 0], [3, 3]], 1)).toHaveLength(2);
    expect(rowRuns(0, [], 1)).toEqual([]);
  });
});

describe("valueRuns", () => {
  it("counts the cells holding data of a block read from row `top`, column `left` (spaces and blanks are none)", () => {
    const values = [["学校", " ", 3], [null, null, null], [0, null, "　"]];
    expect(valueRuns(values, 10, 2)).toEqual([{ row: 10, left: 2, right: 4, cells: 2 }, { row: 12, left: 2, right: 2, cells: 1 }]);
    expect(valueRuns([], 0, 0)).toEqual([]);
  });
});

describe("cappedArea", () => {
  it("keeps a window's first rows within maxCells, the rest left out as too many cells, blank or not", () => {
    const limits = { maxCells: 3_000, maxBlankRows: 1_000, maxBlankColumns: 100 };
    // A1:C1048576: 3,000 / 3 = 1,000 rows read; rows 1001–1048576, 1,047,576 × 3 = 3,142,728 cells left out.
    expect(cappedArea({ top: 0, left: 0, bottom: LAST_ROW, right: 2 }, limits)).toEqual({
      box: { top: 0, left: 0, bottom: 999, right: 2 },
      cellsLeftOut: [{ reason: "too_many", first: { row: 1000, column: 0 }, last: { row: LAST_ROW, column: 2 }, cells: 3_142_728 }],
    });
    expect(cappedArea({ top: 0, left: 0, bottom: 999, right: 2 }, limits)).toEqual({ box: { top: 0, left: 0, bottom: 999, right: 2 }, cellsLeftOut: [] });
  });
});

describe("rangeArea: one rule for a range given", () => {
  // A table in A1:C4 (a header and three schools) and a note in A10.
  const runs = [...block(0, 3, 0, 2), { row: 9, left: 0, right: 0, cells: 1 }];

  it("cuts the range to the data inside it: A1:C8 reads A1:C4, the note below the range is not its own", () => {
    expect(rangeArea(runs, { top: 0, left: 0, bottom: 7, right: 2 })).toEqual({ box: { top: 0, left: 0, bottom: 3, right: 2 }, cellsLeftOut: [] });
    // A1:Z20 holds the note too: A1:C10, blank rows between included.
    expect(rangeArea(runs, { top: 0, left: 0, bottom: 19, right: 25 })).toEqual({ box: { top: 0, left: 0, bottom: 9, right: 2 }, cellsLeftOut: [] });
  });

  it("cuts a run reaching out of the range to its columns, and gives null for a range holding nothing", () => {
    // B1:B4 of runs A:C: one cell a row.
    expect(rangeArea(runs, { top: 0, left: 1, bottom: 3, right: 1 })).toEqual({ box: { top: 0, left: 1, bottom: 3, right: 1 }, cellsLeftOut: [] });
    expect(rangeArea(runs, { top: 4, left: 0, bottom: 7, right: 2 })).toBeNull();
  });

  it("reads the sheet's area of data without a range", () => {
    expect(rangeArea(runs, null)).toEqual({ box: { top: 0, left: 0, bottom: 9, right: 2 }, cellsLeftOut: [] });
  });
});
