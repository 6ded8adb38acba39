import { dateSerial, fromExcel, isDateFormat, serialDate, toExcel } from "./cellValues";

/**
 * Texts Excel turns into something else when they are typed or written through `range.values`,
 * from how Excel behaves (zh-CN), not from this module: each must get the apostrophe that keeps it
 * text, or a result sheet would show another value and read back changed.
 */
const CONVERTED: readonly [string, string][] = [
  ["001", "the number 1"],
  ["1,234", "the number 1234"],
  ["1/2", "the date 1 February or 2 January"],
  ["-", "the start of a formula"],
  ["=x", "a formula"],
  ["+1", "a formula"],
  ["(100)", "the number −100"],
  ["3月1日", "a date"],
  ["2024年3月", "a date"],
  ["2024年3月1日", "a date"],
  ["1e5", "the number 100000"],
  ["5%", "the number 0.05"],
  ["¥5", "the number 5 as currency"],
  ["TRUE", "a boolean"],
  [" 12 ", "the number 12"],
  ["12:30", "a time"],
];

/** Texts Excel keeps as typed. */
const KEPT = ["城关小学", "一中", "A1", "L1", "G3", "示例县", "城关(1)小学", "学校名称"];

describe("toExcel", () => {
  it.each(CONVERTED)("keeps %s text, which Excel would read as %s", (text) => {
    expect(toExcel(text)).toBe(`'${text}`);
  });

  it.each(KEPT)("writes %s as it is", (text) => {
    expect(toExcel(text)).toBe(text);
  });

  it("writes numbers, booleans, blanks, errors and dates as Excel holds them", () => {
    expect([toExcel(12.5), toExcel(true), toExcel(null), toExcel(Number.NaN), toExcel({ error: "#DIV/0!" })]).toEqual([12.5, true, "", "", "#DIV/0!"]);
    expect(toExcel(new Date(Date.UTC(2024, 0, 1)))).toBe(45292);
  });
});

describe("dateSerial", () => {
  it("counts days from 1899-12-30: 1900-03-01 is 61, 2024-01-01 is 45292, noon is half a day", () => {
    expect(dateSerial(new Date(Date.UTC(1900, 2, 1)))).toBe(61);
    expect(dateSerial(new Date(Date.UTC(2024, 0, 1)))).toBe(45292);
    expect(dateSerial(new Date(Date.UTC(2024, 0, 1, 12)))).toBe(45292.5);
  });
});

describe("fromExcel", () => {
  it("reads empty cells and blank strings as null, errors as errors, other values as they are", () => {
    expect([fromExcel("", "Empty"), fromExcel("", "String"), fromExcel("#N/A", "Error"), fromExcel(3, "Double"), fromExcel("一中", "String")]).toEqual([null, null, { error: "#N/A" }, 3, "一中"]);
  });
});

describe("fromExcel: a number in a date format", () => {
  it("is a Date, as exceljs makes it of the same cell: 41153 in yyyy-mm-dd is 2012-09-01", () => {
    // 41153 − 25569 = 15584 days after 1970-01-01: 2012-09-01.
    expect(fromExcel(41153, "Double", "yyyy-mm-dd")).toEqual(new Date(Date.UTC(2012, 8, 1)));
    expect(fromExcel(41153, "Double", 'yyyy"年"m"月"d"日"')).toEqual(new Date(Date.UTC(2012, 8, 1)));
    // Half a day past it is noon; a time-only format is a date too (exceljs: 1899-12-30 plus the time).
    expect(fromExcel(41153.5, "Double", "m/d/yyyy h:mm")).toEqual(new Date(Date.UTC(2012, 8, 1, 12)));
    expect(fromExcel(0.75, "Double", "h:mm")).toEqual(new Date(Date.UTC(1899, 11, 30, 18)));
  });

  it("stays a number in a number format, and text, booleans and errors stay what they are in a date format", () => {
    expect([fromExcel(41153, "Double", "General"), fromExcel(41153, "Double", "0.00"), fromExcel(41153, "Double", '#,##0"人"'), fromExcel(41153, "Double")]).toEqual([41153, 41153, 41153, 41153]);
    expect([fromExcel("2012年", "String", "yyyy-mm-dd"), fromExcel(true, "Boolean", "yyyy-mm-dd"), fromExcel("#N/A", "Error", "yyyy-mm-dd"), fromExcel("", "Empty", "yyyy-mm-dd")]).toEqual(["2012年", true, { error: "#N/A" }, null]);
  });

  it("counts serials below 61 from 1899-12-30, as exceljs does (38 is 1900-02-06; Excel shows 1900-02-07, which dateText gives)", () => {
    expect(serialDate(38)).toEqual(new Date(Date.UTC(1900, 1, 6)));
    expect(serialDate(61)).toEqual(new Date(Date.UTC(1900, 2, 1)));
    expect(dateSerial(serialDate(45292.25))).toBe(45292.25);
  });
});

describe("isDateFormat", () => {
  it("decides as exceljs's isDateFmt: date and time letters outside brackets and quotes", () => {
    expect(["yyyy-mm-dd", "m/d/yy", "mm-dd-yy", "d-mmm", "h:mm", "[$-804]yyyy\"年\"m\"月\"", "[h]:mm:ss"].map(isDateFormat)).toEqual([true, true, true, true, true, true, true]);
    expect(["General", "0", "0.00", "#,##0", '0"人"', '#,##0.00"m²"', "[Red]0.00", "0%", "@", ""].map(isDateFormat)).toEqual([false, false, false, false, false, false, false, false, false, false]);
  });
});
