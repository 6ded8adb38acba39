import { a1, cellColumn, parseRange, rangeAddress } from "./address";

describe("cellColumn", () => {
  it("reads the column of a cell, with or without its sheet, quoted or with $; null for what is no cell", () => {
    expect([cellColumn("学校!I3"), cellColumn("'学校 表'!$I$3"), cellColumn("AB10"), cellColumn("学校!A1")]).toEqual([8, 8, 27, 0]);
    expect([cellColumn("学校"), cellColumn("学校!I"), cellColumn("")]).toEqual([null, null, null]);
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
