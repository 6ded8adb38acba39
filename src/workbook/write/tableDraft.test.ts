import { cell, makeTable } from "./tableDraft";
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

  it("gives an empty table one row saying so, and caps wide columns", () => {
    const t = makeTable({ name: "T", caption: "c", columns: [{ header: "a", numberFormat: null, maxWidth: 10 }, { header: "b", numberFormat: null }], rows: [], emptyText: "（无）" });
    expect(t.rows).toEqual([["（无）", null]]);
    expect(t.columns[0]?.width).toBe(8);
    const wide = makeTable({ name: "T", caption: null, columns: [{ header: "a", numberFormat: null, maxWidth: 10 }], rows: [["x".repeat(50)]], emptyText: "" });
    expect(wide.columns[0]?.width).toBe(10);
  });
});
