import { isoDate } from "./isoDateCells";

describe("isoDate", () => {
  it("reads an ISO 8601 date or date-time as its wall-clock time in UTC (as exceljs dates every cell)", () => {
    expect(isoDate("2024-09-01T00:00:00")).toEqual(new Date(Date.UTC(2024, 8, 1)));
    expect(isoDate("2024-09-01")).toEqual(new Date(Date.UTC(2024, 8, 1)));
    expect(isoDate(" 2012-09-01T13:45:30.5 ")).toEqual(new Date(Date.UTC(2012, 8, 1, 13, 45, 30, 500)));
    expect(isoDate("2024-09-01T08:00:00+08:00")).toEqual(new Date(Date.UTC(2024, 8, 1, 8)));
  });

  it("gives null for text that is no date", () => {
    expect([isoDate("九月"), isoDate("2024"), isoDate(""), isoDate("2024-9-1")]).toEqual([null, null, null, null]);
  });
});
