import { dateSerial, fromExcel, toExcel } from "./cellValues";

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
