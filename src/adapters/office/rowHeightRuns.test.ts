import { rowHeightRuns } from "./rowHeightRuns";

// One wrapping column 20 characters wide: (20 − 1) × 0.95 = 18.05 display units a line, 9 Chinese
// characters; a row is lines × 16 pt + 2 pt high (wrappedRowHeight.ts).
const column = (wrap: boolean) => ({ header: "学校", width: 20, numberFormat: null, wrap });
const table = (names: readonly (string | null)[], wrap = true) => ({ columns: [column(wrap), column(false)], rows: names.map((n) => [n, 1]) });
const WIDTHS = [20, 9];

describe("rowHeightRuns", () => {
  it("groups neighbouring rows of one height, leaves out rows that fit one line, and starts a new run where the height changes", () => {
    // 25 characters: 3 lines (50 pt); 10: 2 lines (34 pt); 4: one line; blank: one line.
    const names = ["长".repeat(25), "长".repeat(25), "城关小学", "长".repeat(25), "长".repeat(10), "长".repeat(10), null];
    expect(rowHeightRuns(table(names), WIDTHS, 0, names.length)).toEqual([
      { row: 0, count: 2, height: 50 },
      { row: 3, count: 1, height: 50 },
      { row: 4, count: 2, height: 34 },
    ]);
  });

  it("covers rows [from, to) only, in data-body coordinates, cutting a run at either end", () => {
    const names = Array.from({ length: 6 }, () => "长".repeat(25));
    expect(rowHeightRuns(table(names), WIDTHS, 2, 5)).toEqual([{ row: 2, count: 3, height: 50 }]);
    expect(rowHeightRuns(table(names), WIDTHS, 5, 99)).toEqual([{ row: 5, count: 1, height: 50 }]);
  });

  it("gives one run for one school, and none for a table without a wrapping column, without rows, or whose rows all fit", () => {
    expect(rowHeightRuns(table(["长".repeat(10)]), WIDTHS, 0, 1)).toEqual([{ row: 0, count: 1, height: 34 }]);
    expect(rowHeightRuns(table(["长".repeat(25)], false), WIDTHS, 0, 1)).toEqual([]);
    expect(rowHeightRuns(table([]), WIDTHS, 0, 0)).toEqual([]);
    expect(rowHeightRuns(table(["短", "长".repeat(9), null]), WIDTHS, 0, 3)).toEqual([]);
  });
});

describe("rowHeightRuns: edge cases", () => {
  it("gives one run for rows all of one height", () => {
    const names = Array.from({ length: 4 }, () => "长".repeat(25));
    expect(rowHeightRuns(table(names), WIDTHS, 0, 4)).toEqual([{ row: 0, count: 4, height: 50 }]);
  });

  it("gives a run per row when neighbouring heights alternate", () => {
    // 25 characters: 50 pt; 10: 34 pt.
    const names = ["长".repeat(25), "长".repeat(10), "长".repeat(25)];
    expect(rowHeightRuns(table(names), WIDTHS, 0, 3)).toEqual([
      { row: 0, count: 1, height: 50 },
      { row: 1, count: 1, height: 34 },
      { row: 2, count: 1, height: 50 },
    ]);
  });

  it("gives none for an empty range, a reversed one, or one past the last row", () => {
    const names = ["长".repeat(25), "长".repeat(25)];
    expect(rowHeightRuns(table(names), WIDTHS, 1, 1)).toEqual([]);
    expect(rowHeightRuns(table(names), WIDTHS, 2, 1)).toEqual([]);
    expect(rowHeightRuns(table(names), WIDTHS, 2, 5)).toEqual([]);
  });

  it("wraps digits stored as text like any text: 20 digits in 20 columns (18.05 a line) take two lines, 34 pt", () => {
    expect(rowHeightRuns(table(["12345678901234567890"]), WIDTHS, 0, 1)).toEqual([{ row: 0, count: 1, height: 34 }]);
  });
});
