import { a1, beyondSheet, cellColumn, cellPlace, cellRange, parseRange, qualified, quotedSheet, rangeAddress, splitReference, typedReference } from "./address";

describe("cellColumn", () => {
  it("reads the column of a cell, with or without its sheet, quoted or with $; null for what is no cell", () => {
    expect([cellColumn("学校!I3"), cellColumn("'学校 表'!$I$3"), cellColumn("AB10"), cellColumn("学校!A1")]).toEqual([8, 8, 27, 0]);
    expect([cellColumn("学校"), cellColumn("学校!I"), cellColumn("")]).toEqual([null, null, null]);
  });
});

describe("cellPlace", () => {
  it("reads the sheet and 0-based row and column of a cell, quoted or with $", () => {
    expect(cellPlace("学校!I3")).toEqual({ sheet: "学校", row: 2, column: 8 });
    expect(cellPlace("'规 则'!$A$10")).toEqual({ sheet: "规 则", row: 9, column: 0 });
    expect(cellPlace("'it''s!'!ab3")).toEqual({ sheet: "it's!", row: 2, column: 27 });
  });

  it("gives null for what names no single cell: nothing, no sheet, no cell, a range", () => {
    expect([cellPlace(null), cellPlace(""), cellPlace("I3"), cellPlace("学校!"), cellPlace("学校!A1:B2")]).toEqual([null, null, null, null, null]);
  });
});

describe("rangeAddress", () => {
  it("writes 0-based bounds as an A1 range, the inverse of parseRange", () => {
    expect(rangeAddress({ top: 0, left: 0, bottom: 1, right: 3 })).toBe("A1:D2");
    expect(rangeAddress({ top: 43, left: 0, bottom: 43, right: 35 })).toBe("A44:AJ44");
    for (const range of ["A1:D2", "C3:AJ43", "B7:B7"]) expect(rangeAddress(parseRange(range) ?? { top: 0, left: 0, bottom: 0, right: 0 })).toBe(range);
  });

  it("agrees with a1 at its corners", () => {
    expect(rangeAddress({ top: 6, left: 3, bottom: 9, right: 27 })).toBe(`${a1(6, 3)}:${a1(9, 27)}`);
    expect(a1(9, 27)).toBe("AB10");
  });
});

describe("qualified", () => {
  // Excel quotes a sheet name that begins with a digit or reads as a cell (A1 up to XFD, or R1C1 in
  // any of its forms: R, C, RC, R2, C3, R1C1), and one with a space or an apostrophe (doubled inside).
  const cases: readonly (readonly [string, string])[] = [
    ["2024学校", "'2024学校'!D7"],
    ["1Sheet", "'1Sheet'!D7"],
    ["A1", "'A1'!D7"],
    ["AB12000", "'AB12000'!D7"],
    ["R1C1", "'R1C1'!D7"],
    ["rc", "'rc'!D7"],
    ["R", "'R'!D7"],
    ["c12", "'c12'!D7"],
    ["TRUE", "'TRUE'!D7"],
    ["false", "'false'!D7"],
    ["学校 表", "'学校 表'!D7"],
    ["某's", "'某''s'!D7"],
    ["学校", "学校!D7"],
    ["Sheet1", "Sheet1!D7"],
    ["学校1", "学校1!D7"],
    ["RC学校", "RC学校!D7"],
  ];

  it.each(cases)("writes %s as %s", (sheet, expected) => {
    expect(qualified(sheet, "D7")).toBe(expected);
  });

  it.each(cases)("is read back by splitReference: %s", (sheet) => {
    expect(splitReference(qualified(sheet, "$D$7"))).toEqual({ sheet, address: "$D$7" });
  });

  it("reads a quoted name with a doubled apostrophe and a bang inside, and a plain one", () => {
    expect(splitReference("'某''s!表'!B2")).toEqual({ sheet: "某's!表", address: "B2" });
    expect(splitReference("学校!B2")).toEqual({ sheet: "学校", address: "B2" });
    expect(cellColumn("'2024学校'!$I$3")).toBe(8);
  });
});

describe("quotedSheet", () => {
  it("quotes a sheet name always, a quote inside doubled", () => {
    expect(quotedSheet("差异系数")).toBe("'差异系数'");
    expect(quotedSheet("O'Brien 县")).toBe("'O''Brien 县'");
  });
});

describe("beyondSheet", () => {
  const box = (range: string) => parseRange(range) ?? { top: 0, left: 0, bottom: -1, right: -1 };
  it("finds a range past Excel's last column, XFD (column 16384), or its last row, 1048576", () => {
    expect(beyondSheet(box("A1:XFE10"))).toBe("column");
    expect(beyondSheet(box("XFF1:XFG9"))).toBe("column");
    expect(beyondSheet(box("A1:B1048577"))).toBe("row");
    // Both: the column is said first (the letters are the likelier typo).
    expect(beyondSheet(box("A1:XFE1048577"))).toBe("column");
  });

  it("takes a range up to the last column and row, a single cell, and the first cell", () => {
    expect(beyondSheet(box("A1:XFD1048576"))).toBeNull();
    expect(beyondSheet(box("XFD1048576"))).toBeNull();
    expect(beyondSheet(box("A1"))).toBeNull();
  });
});

describe("cellRange and typedReference: full-width forms a Chinese input method types", () => {
  it("reads a full-width colon, letters and digits as A1 notation (NFKC)", () => {
    // ： is U+FF1A, Ａ U+FF21, ３ U+FF13: each folds to its ASCII twin.
    expect(cellRange("A3：AJ43")).toBe("A3:AJ43");
    expect(cellRange("Ａ３:ＡＪ４３")).toBe("A3:AJ43");
    expect(cellRange("＄Ａ＄３：＄ＡＪ＄４３")).toBe("$A$3:$AJ$43");
    expect(parseRange(cellRange("A3：AJ43"))).toEqual({ top: 2, left: 0, bottom: 42, right: 35 });
  });

  it("reads whole columns and rows typed full-width as the cells they cover", () => {
    expect(cellRange("A：AJ")).toBe("A1:AJ1048576");
    expect(cellRange("３：４３")).toBe("A3:XFD43");
  });

  it("leaves half-width text as it was, and a nonsense range still malformed", () => {
    expect(cellRange("A1:Z200")).toBe("A1:Z200");
    expect(cellRange(" a3:aj43 ")).toBe(" a3:aj43 ");
    expect(parseRange(cellRange("A3；AJ43"))).toBeNull(); // a full-width semicolon is ; — not a colon
  });

  it("reads a full-width ！ after the sheet's name, and keeps the name's own full-width brackets", () => {
    expect(typedReference("学校基本情况！Ａ３：ＡＪ４３")).toBe("学校基本情况!A3:AJ43");
    expect(typedReference("学校基本情况（2024）!A3：AJ43")).toBe("学校基本情况（2024）!A3:AJ43");
    expect(splitReference(typedReference("学校基本情况（2024）！A3:AJ43"))).toEqual({ sheet: "学校基本情况（2024）", address: "A3:AJ43" });
    expect(typedReference("A3：AJ43")).toBe("A3:AJ43");
  });
});
