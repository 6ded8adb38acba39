import { nextColumn } from "./positionlessCells";

describe("nextColumn: where a cell written without r= stands in its row", () => {
  it("puts a row's first cell in column A and any other after the cell before it", () => {
    expect(nextColumn(undefined)).toBe(0);
    expect(nextColumn("C5")).toBe(3);
    expect(nextColumn("Z9")).toBe(26);
    expect(nextColumn("AZ12")).toBe(52);
  });
});
