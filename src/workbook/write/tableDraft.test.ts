import { cell, makeTable, numberIn, storedNumber } from "./tableDraft";
import { displayWidth } from "./displayWidth";
import { formatNumber, shortfallFormat, valueFormat } from "./formats";

describe("displayWidth", () => {
  it("counts CJK and full-width characters as two", () => {
    expect(displayWidth("学校A")).toBe(5);
    expect(displayWidth("１２３")).toBe(6);
    expect(displayWidth("（㎡）")).toBe(6);
    expect(displayWidth("")).toBe(0);
  });
});

describe("formatNumber", () => {
  it("shows numbers as the Excel format would", () => {
    expect(formatNumber(12345.678, "#,##0.00")).toBe("12,345.68");
    expect(formatNumber(1234567, "#,##0")).toBe("1,234,567");
    expect(formatNumber(0.6, "0.0%")).toBe("60.0%");
    expect(formatNumber(0.515257, "0.000")).toBe("0.515");
    expect(formatNumber(3, null)).toBe("3");
  });

  it("picks formats per indicator unit", () => {
    expect(["L1", "L4", "L6"].map((c) => valueFormat(c as "L1"))).toEqual(["0.00", "0.00", "#,##0.00"]);
    expect(["L1", "L5", "L6", "L7"].map((c) => shortfallFormat(c as "L1"))).toEqual(["0", "0.00", "#,##0", "0"]);
  });
});

describe("makeTable", () => {
  it("collects emphasis and links by body position and fits widths to CJK text", () => {
    const t = makeTable({
      name: "T",
      caption: null,
      columns: [
        { header: "学校", numberFormat: null },
        { header: "v", numberFormat: "#,##0.00" },
      ],
      rows: [
        ["一二三四五六七八", cell(1234567.891, "bad")],
        [cell("x", null, "S!A1"), 1],
      ],
      emptyText: "none",
    });
    expect(t.rows).toEqual([
      ["一二三四五六七八", 1234567.891],
      ["x", 1],
    ]);
    expect(t.emphasis).toEqual([{ row: 0, column: 1, kind: "bad" }]);
    expect(t.links).toEqual([{ row: 1, column: 0, target: "S!A1" }]);
    // 8 CJK characters = 16, plus 2 padding; "1,234,567.89" = 12, plus 2.
    expect(t.columns.map((c) => c.width)).toEqual([18, 14]);
  });

  it("collects a cell's own number format, keeps the number, and fits the width to the format's text", () => {
    const t = makeTable({
      name: "T",
      caption: null,
      columns: [{ header: "班", numberFormat: "0" }],
      rows: [[cell(1, "warn", null, '"至少 "0" 个班"')], [cell(2)], [3]],
      emptyText: "none",
    });
    expect(t.rows).toEqual([[1], [2], [3]]);
    expect(t.formats).toEqual([{ row: 0, column: 0, format: '"至少 "0" 个班"' }]);
    expect(t.emphasis).toEqual([{ row: 0, column: 0, kind: "warn" }]);
    // “至少 1 个班”: 4 CJK (8) + 2 spaces + "1" = 11, plus 2 padding; the column's own format would give "1", width 6 (the minimum).
    expect(t.columns[0]?.width).toBe(13);
    expect(makeTable({ name: "T", caption: null, columns: [{ header: "班", numberFormat: "0" }], rows: [[1]], emptyText: "" }).formats).toEqual([]);
  });

  it("keeps a link to a file apart from a link to a place, and makes no link of an empty one", () => {
    const columns = [{ header: "结果", numberFormat: null }];
    const rows = [[cell("甲县-评估结果.xlsx", null, { file: "甲县-评估结果.xlsx" })], [cell("x", null, "S!A1")], [cell("y", null, "")], [cell("z")]];
    const t = makeTable({ name: "T", caption: null, columns, rows, emptyText: "" });
    expect(t.rows).toEqual([["甲县-评估结果.xlsx"], ["x"], ["y"], ["z"]]);
    expect(t.links).toEqual([
      { row: 0, column: 0, target: "甲县-评估结果.xlsx", file: true },
      { row: 1, column: 0, target: "S!A1" },
    ]);
    expect(t.links[1]).not.toHaveProperty("file");
  });

  it("gives an empty table one row saying so, and caps wide columns", () => {
    const t = makeTable({ name: "T", caption: "c", columns: [{ header: "a", numberFormat: null, maxWidth: 10 }, { header: "b", numberFormat: null }], rows: [], emptyText: "（无）" });
    expect(t.rows).toEqual([["（无）", null]]);
    expect(t.columns[0]?.width).toBe(8);
    const wide = makeTable({ name: "T", caption: null, columns: [{ header: "a", numberFormat: null, maxWidth: 10 }], rows: [["x".repeat(50)]], emptyText: "" });
    expect(wide.columns[0]?.width).toBe(10);
  });

  describe("wrap", () => {
    const one = (value: string, header = "说明", maxWidth?: number) =>
      makeTable({ name: "T", caption: null, columns: [maxWidth === undefined ? { header, numberFormat: null } : { header, numberFormat: null, maxWidth }], rows: [[value]], emptyText: "" }).columns[0];

    it("wraps a column only when a value with its padding (2) is wider than the cap (default 40)", () => {
      // 38 narrow characters and their padding fit a 40-wide column; 39 do not (before: up to 40 were left unwrapped and cut off).
      expect(one("x".repeat(38))).toEqual({ header: "说明", numberFormat: null, width: 40, wrap: false });
      expect(one("x".repeat(39))).toEqual({ header: "说明", numberFormat: null, width: 40, wrap: true });
      expect(one("x".repeat(41))).toEqual({ header: "说明", numberFormat: null, width: 40, wrap: true });
      expect(one("short")?.wrap).toBe(false);
    });

    it("counts CJK characters as two: 19 fit a 40 cap, 20 (40 wide, 42 padded) wrap, 21 narrow ones do not", () => {
      expect(one("长".repeat(19))?.wrap).toBe(false);
      expect(one("长".repeat(20))?.wrap).toBe(true);
      expect(one("x".repeat(21))?.wrap).toBe(false);
    });

    it("follows a column's own cap, and wraps one column without the others", () => {
      expect(one("x".repeat(59), "h", 60)?.wrap).toBe(true);
      expect(one("x".repeat(58), "h", 60)?.wrap).toBe(false);
      expect(one("x".repeat(9), "h", 10)?.wrap).toBe(true);
      const t = makeTable({
        name: "T",
        caption: null,
        columns: [{ header: "县", numberFormat: null }, { header: "说明", numberFormat: null, maxWidth: 30 }],
        rows: [["杂乱县", "无法读取：它不是 .xlsx 工作簿，请另存为 .xlsx 后再试"], ["杂乱县", null]],
        emptyText: "",
      });
      expect(t.columns.map((c) => c.wrap)).toEqual([false, true]);
    });

    it("does not wrap for a long header alone (the header never wraps), nor for the empty table's row", () => {
      expect(one("x", "长".repeat(30))).toEqual({ header: "长".repeat(30), numberFormat: null, width: 40, wrap: false });
      const empty = makeTable({ name: "T", caption: null, columns: [{ header: "a", numberFormat: null, maxWidth: 6 }], rows: [], emptyText: "（无数据问题）" });
      // "（无数据问题）" is 14 wide, past a cap of 6: the placeholder row is a value like any other.
      expect(empty.columns[0]?.wrap).toBe(true);
    });

    it("measures numbers as shown by their format", () => {
      const t = makeTable({ name: "T", caption: null, columns: [{ header: "v", numberFormat: "#,##0.00", maxWidth: 14 }], rows: [[1234567.891], [1]], emptyText: "" });
      // "1,234,567.89" is 12 wide, 14 padded: fits a cap of 14; the raw 1234567.891 (11, 13 padded) would fit 13, so check that.
      expect(t.columns[0]?.wrap).toBe(false);
      const wider = makeTable({ name: "T", caption: null, columns: [{ header: "v", numberFormat: "#,##0.00", maxWidth: 13 }], rows: [[1234567.891]], emptyText: "" });
      expect(wider.columns[0]?.wrap).toBe(true);
    });
  });

  describe("numbers stored to Excel's 15 significant digits", () => {
    it("drops binary noise: 10.2 × 588 − 5278 is 719.5999999999995, 719.6 exactly", () => {
      expect(10.2 * 588 - 5278).not.toBe(719.6);
      expect(storedNumber(10.2 * 588 - 5278)).toBe(719.6);
      // 0.1 + 0.2 = 0.30000000000000004; 9.04 × 10000 = 90399.99999999999 (the 90 400 m² of tolerance.ts).
      expect(storedNumber(0.1 + 0.2)).toBe(0.3);
      expect(storedNumber(9.04 * 10000)).toBe(90400);
      // 719.5999999999995 is 719.599999999999545… in binary: rounded to 15 digits it would stay 719.599999999999.
      expect(Number((10.2 * 588 - 5278).toPrecision(15))).toBe(719.599999999999);
    });

    it("keeps every digit of a figure of up to 14 digits, and 15 of an endless one away from its 14-digit rounding", () => {
      expect(storedNumber(123456789012.34)).toBe(123456789012.34); // yuan to the cent: 14 digits
      expect(storedNumber(98765432)).toBe(98765432);
      // 1 / 3: 0.33333333333333 is 3.3e-15 away, 1e-14 relative, far more than noise.
      expect(storedNumber(1 / 3)).toBe(0.333333333333333);
      expect(storedNumber(-2 / 3)).toBe(-0.666666666666667);
      expect(storedNumber(0)).toBe(0);
      expect(storedNumber(Infinity)).toBe(Infinity);
      expect(storedNumber(NaN)).toBeNaN();
    });

    it("drops a real 15th digit of 1 where the leading digits are near 10: it is within the noise window of 1e-15 relative", () => {
      // 9.87654321098761 − 9.8765432109876 = 1e-14, 1.01e-15 relative: as doubles 5 units in the last place (8.9e-15 ≤ 9.9e-15).
      expect(storedNumber(9.87654321098761)).toBe(9.8765432109876);
      // 0.999999999999991 − 0.99999999999999 = 1e-15, 1.0e-15 relative.
      expect(storedNumber(0.999999999999991)).toBe(0.99999999999999);
      // A 15th digit of 2 is twice as far, outside the window, and kept; and near 1 a 15th digit of 1 is 8e-15 relative.
      expect(storedNumber(9.87654321098762)).toBe(9.87654321098762);
      expect(storedNumber(1.23456789012341)).toBe(1.23456789012341);
    });

    it("stores every number cell of a table so, plain or with emphasis, and leaves text alone", () => {
      const t = makeTable({
        name: "T",
        caption: null,
        columns: [{ header: "缺口", numberFormat: "0.00" }, { header: "v", numberFormat: null }, { header: "s", numberFormat: null }],
        rows: [[cell(10.2 * 588 - 5278, "bad"), 1 / 3, "719.5999999999995"]],
        emptyText: "",
      });
      expect(t.rows).toEqual([[719.6, 0.333333333333333, "719.5999999999995"]]);
      expect(t.emphasis).toEqual([{ row: 0, column: 0, kind: "bad" }]);
    });

    it("reads the number a cell input holds", () => {
      expect([numberIn(cell(0.8, "bad")), numberIn(0.8), numberIn("—"), numberIn(null), numberIn(undefined), numberIn(cell("x"))]).toEqual([0.8, 0.8, null, null, null, null]);
    });
  });
});
