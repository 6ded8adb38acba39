import { wrappedLines, wrappedRowHeight, wrappedRowHeights } from "./wrappedRowHeight";

// Usable width of a column w characters wide: (w − 1) × 0.95 display units (CJK counts 2).
// 40 → 37.05 (18 CJK a line), 20 → 18.05 (9 CJK a line), 10 → 8.55 (4 CJK a line).
describe("wrappedLines", () => {
  it("counts 45 CJK characters (width 90) in a 40-wide column as 3 lines: 18 + 18 + 9", () => {
    expect(wrappedLines("长".repeat(45), 40)).toBe(3);
  });

  it("fills a line exactly: 18 CJK characters (36 ≤ 37.05) are one line, 19 (38) two", () => {
    expect(wrappedLines("长".repeat(18), 40)).toBe(1);
    expect(wrappedLines("长".repeat(19), 40)).toBe(2);
  });

  it("counts a line of Chinese one character short of what a plain width ÷ 2 would say: 24 CJK in 50 columns take two lines", () => {
    // 50 columns are 355 px; 24 CJK glyphs at 11 pt are 352 px, more than the 351 px left inside the cell margins.
    expect(wrappedLines("长".repeat(24), 50)).toBe(2);
  });

  it("counts each line break, and an empty line between two", () => {
    expect(wrappedLines("一\n二", 40)).toBe(2);
    expect(wrappedLines("一\n\n三", 40)).toBe(3);
    expect(wrappedLines("一\r\n二", 40)).toBe(2);
    // Each paragraph wraps on its own: 19 CJK (2 lines), then 1 line.
    expect(wrappedLines(`${"长".repeat(19)}\n短`, 40)).toBe(3);
  });

  it("moves a Latin word that does not fit to the next line instead of splitting it", () => {
    // 20 columns: 18.05 usable. Three 10-letter words (total width 32: two lines by division) take three:
    // "abcdefghij" (10) + space (11) + "abcdefghij" (21 > 18.05) moves down, and so does the third.
    expect(wrappedLines("abcdefghij abcdefghij abcdefghij", 20)).toBe(3);
    // 长 × 7 (14) + "abcd" (18 ≤ 18.05) fits; one more letter (19) moves the word down whole.
    expect(wrappedLines("长".repeat(7) + "abcd", 20)).toBe(1);
    expect(wrappedLines("长".repeat(7) + "abcde", 20)).toBe(2);
  });

  it("splits a word longer than a line by characters", () => {
    // 20 letters in 8.55 a line: 8.55 + 8.55 + 2.9 → 3 lines.
    expect(wrappedLines("a".repeat(20), 10)).toBe(3);
  });

  it("swallows the space at a break: 8 letters, a space, 8 letters in 10 columns are two lines, not three", () => {
    expect(wrappedLines("abcdefgh ijklmnop", 10)).toBe(2);
  });

  it("counts an empty or short text as one line", () => {
    expect(wrappedLines("", 40)).toBe(1);
    expect(wrappedLines("短", 40)).toBe(1);
  });

  it("gives a column too narrow to hold a character (0 or 0.5 wide) one wide character a line, not a division by nothing", () => {
    // Usable width is kept at 2 at least: "长长长" is three lines, "abc" (3 wide) two.
    expect(wrappedLines("长长长", 0)).toBe(3);
    expect(wrappedLines("abc", 0.5)).toBe(2);
  });

  it("breaks at a tab as at a space, and keeps a Latin word whole beside CJK", () => {
    // Column 12: (12 − 1) × 0.95 = 10.45 usable. "学校ABCDEFGHIJ": 学校 (4) then the 10-wide word moves to line 2.
    expect(wrappedLines("学校ABCDEFGHIJ", 12)).toBe(2);
    // Three 6-letter words joined by tabs (each tab 1 wide): 6 + 1, then the next word does not fit, … → 3 lines;
    // read as one 20-wide run it would be split by characters into 2.
    expect(wrappedLines("abcdef\tabcdef\tabcdef", 12)).toBe(3);
  });
});

describe("wrappedRowHeight", () => {
  it("is the longest cell's lines × 16 pt + 2 pt", () => {
    // 45 CJK in 40 columns: 3 lines; 25 CJK in 20 columns (9 a line): 3 lines; "一\n二\n三\n四": 4 lines.
    expect(wrappedRowHeight(["短", "长".repeat(45)], [40, 40])).toBe(50);
    expect(wrappedRowHeight(["长".repeat(45), "一\n二\n三\n四"], [40, 40])).toBe(66);
    expect(wrappedRowHeight(["长".repeat(25)], [20])).toBe(50);
  });

  it("is null when every cell fits one line, is blank, or holds a number (Excel does not wrap numbers)", () => {
    expect(wrappedRowHeight(["短", null], [40, 40])).toBeNull();
    expect(wrappedRowHeight([12345678901234567890, true], [10, 10])).toBeNull();
    expect(wrappedRowHeight([], [])).toBeNull();
  });

  it("stops at Excel's tallest row, 409 pt", () => {
    // 30 lines × 16 + 2 = 482 > 409; 25 lines, 402, stays.
    expect(wrappedRowHeight(["x\n".repeat(29) + "x"], [40])).toBe(409);
    expect(wrappedRowHeight(["x\n".repeat(24) + "x"], [40])).toBe(402);
  });
});

describe("wrappedRowHeights", () => {
  const column = (wrap: boolean) => ({ header: "h", width: 10, numberFormat: null, wrap });
  // Column 0 wraps in 40 characters (18 CJK a line), column 1 wraps in 20 (9 a line), column 2 does not wrap.
  const table = {
    columns: [column(true), column(true), column(false)],
    rows: [
      ["长".repeat(45), "短", "长".repeat(200)], // 3 lines in column 0; the long text of column 2 does not count
      ["短", "长".repeat(25), null], // 3 lines in column 1 (9 + 9 + 7)
      ["短", null, "x"], // one line
      [null, 42, "长".repeat(45)], // blank and a number: one line
      ["长".repeat(19), "一\n二\n三\n四", "x"], // 2 and 4 lines: the taller
    ],
  };

  it("gives each data row the height of its tallest wrapping cell, counting only wrapping columns, null where a row fits one line", () => {
    // 3 × 16 + 2 = 50; 4 × 16 + 2 = 66.
    expect(wrappedRowHeights(table, [40, 20, 10])).toEqual([50, 50, null, null, 66]);
  });

  it("gives rows [from, to) only, in the sheet's column widths", () => {
    expect(wrappedRowHeights(table, [40, 20, 10], 1, 4)).toEqual([50, null, null]);
    // Column 0 at 100 characters (50 CJK a line) holds 45 CJK on one line.
    expect(wrappedRowHeights(table, [100, 20, 10], 0, 1)).toEqual([null]);
  });

  it("is all null when no column wraps, and empty for a table without rows", () => {
    expect(wrappedRowHeights({ ...table, columns: table.columns.map(() => column(false)) }, [40, 20, 10])).toEqual([null, null, null, null, null]);
    expect(wrappedRowHeights({ ...table, rows: [] }, [40, 20, 10])).toEqual([]);
  });
});

describe("wrappedRowHeight: edge cases", () => {
  it("wraps digits stored as text (a string is text to Excel), unlike the same number", () => {
    // 20 digits in 10 columns (8.55 usable): one run longer than a line, split by characters: 8.55 + 8.55 + 2.9 → 3 lines, 50 pt.
    expect(wrappedLines("12345678901234567890", 10)).toBe(3);
    expect(wrappedRowHeight(["12345678901234567890"], [10])).toBe(50);
    expect(wrappedRowHeight([12345678901234567890], [10])).toBeNull();
  });

  it("fills a line of Latin letters exactly: 8 (≤ 8.55) in 10 columns are one line, 9 two", () => {
    expect(wrappedLines("a".repeat(8), 10)).toBe(1);
    expect(wrappedLines("a".repeat(9), 10)).toBe(2);
  });

  it("counts a text of spaces only, or a lone line break, without dividing by nothing", () => {
    expect(wrappedLines("   ", 10)).toBe(1);
    expect(wrappedLines("\n", 40)).toBe(2);
  });

  it("gives a negative width the narrowest column (2 units a line), and a very wide one a single line", () => {
    expect(wrappedLines("长长", -5)).toBe(2);
    expect(wrappedLines("长".repeat(1000), 1e6)).toBe(1);
  });

  it("takes a missing column width as 0 (2 units a line): 5 CJK characters are 5 lines, 5 × 16 + 2 = 82 pt", () => {
    expect(wrappedRowHeight(["长".repeat(5)], [])).toBe(82);
  });

  it("is null for blank cells only, and for an empty text in a 0-wide column", () => {
    expect(wrappedRowHeight([null, null], [40, 40])).toBeNull();
    expect(wrappedRowHeight([""], [0])).toBeNull();
  });

  it("is exactly two lines (34 pt) one character past a line, and 409 pt from 26 lines (26 × 16 + 2 = 418)", () => {
    expect(wrappedRowHeight(["长".repeat(19)], [40])).toBe(34);
    expect(wrappedRowHeight(["x\n".repeat(25) + "x"], [40])).toBe(409);
  });

  it("wrappedRowHeights: no rows for an empty or reversed range", () => {
    const table = { columns: [{ header: "h", width: 10, numberFormat: null, wrap: true }], rows: [["长".repeat(19)]] };
    expect(wrappedRowHeights(table, [40], 1, 1)).toEqual([]);
    expect(wrappedRowHeights(table, [40], 1, 0)).toEqual([]);
    expect(wrappedRowHeights(table, [40], 1)).toEqual([]);
  });
});
