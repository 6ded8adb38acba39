import { saveAsXlsxFormat } from "./saveAsXlsx";

describe("saveAsXlsxFormat", () => {
  it.each([
    ["/c/汇总.csv", "CSV"],
    ["/c/汇总.CSV", "CSV"],
    ["/c/甲县.ods", "OpenDocument (.ods)"],
    ["/c/甲县.ett", "WPS (.ett)"],
    ["/c/甲县.xlsb", "Excel (.xlsb)"],
    ["/c/甲县.numbers", "Numbers"],
  ])("names %s a %s file", (path, format) => expect(saveAsXlsxFormat(path)).toBe(format));

  it.each(["/c/甲县.xlsx", "/c/甲县.xlsm", "/c/甲县.xls", "/c/甲县.et", "/c/csv", "/c/甲县.csv.xlsx"])("leaves %s to the reader", (path) => expect(saveAsXlsxFormat(path)).toBeNull());
});
