import { parseCellNumber, percentToFraction, toBaseUnit } from "./parseCellNumber";

describe("parseCellNumber", () => {
  it.each([
    [1234.5, 1234.5],
    ["1,234.5", 1234.5],
    ["１２３", 123],
    ["１，２３４", 1234],
    ["42  ", 42],
    [" 7", 7],
    ["0", 0],
    ["1e3", 1000],
    ["1 652", 1652],
    ["8 712.5", 8712.5],
    ["1\u00a0234\u00a0567", 1234567], // no-break spaces between thousands
    ["１　２３４", 1234], // full-width digits and space
    [" 12 ", 12],
  ])("reads %p as %p", (cell, expected) => {
    expect(parseCellNumber(cell, "count")).toEqual({ status: "number", value: expected, percent: false });
  });

  it.each([
    ["—", "dash"],
    ["-", "dash"],
    ["——", "dash"],
    ["－", "dash"],
    ["–", "dash"],
    ["―", "dash"], // horizontal bar
    ["‐", "dash"], // hyphen
    ["‑", "dash"], // non-breaking hyphen
    ["−", "dash"], // minus sign
    ["−−", "dash"],
    ["/", "slash"],
    ["／", "slash"], // full-width
    ["无", "word"],
    ["没有", "word"],
    ["空", "word"],
  ])("reads %p as an explicit nothing written as a %p", (cell, mark) => {
    expect(parseCellNumber(cell, "count")).toEqual({ status: "none", mark });
  });

  it.each(["1263 1", "16 52", "8 712 5", "12 34 567", "1 2345", "12.3 4", "1 234,5", "１２６３　１"])("reports %p, digits split by a space not between thousands, as no number (never joined into another)", (cell) => {
    expect(parseCellNumber(cell, "count")).toEqual({ status: "invalid", reason: "not_a_number", text: cell.trim() });
  });

  it("reads a ratio with thousands spaces and a spaced percent sign, and refuses one with split digits", () => {
    expect(parseCellNumber("1 000 %", "ratio")).toEqual({ status: "number", value: 10, percent: true });
    expect(parseCellNumber("9 5%", "ratio")).toMatchObject({ status: "invalid", reason: "not_a_number" });
  });

  it("reads blanks as missing, never 0", () => {
    expect(parseCellNumber(null, "count")).toEqual({ status: "blank" });
    expect(parseCellNumber("   ", "measure")).toEqual({ status: "blank" });
  });

  it("reports formula errors, as cell errors or typed", () => {
    expect(parseCellNumber({ error: "#DIV/0!" }, "count")).toEqual({ status: "invalid", reason: "formula_error", text: "#DIV/0!" });
    expect(parseCellNumber("#N/A", "measure")).toEqual({ status: "invalid", reason: "formula_error", text: "#N/A" });
  });

  it("reports text, booleans, dates and negative numbers", () => {
    expect(parseCellNumber("12人", "count")).toMatchObject({ status: "invalid", reason: "not_a_number", text: "12人" });
    expect(parseCellNumber("1.2.3", "count")).toMatchObject({ status: "invalid", reason: "not_a_number" });
    expect(parseCellNumber(true, "count")).toMatchObject({ status: "invalid", reason: "not_a_number" });
    expect(parseCellNumber(new Date(Date.UTC(2020, 0, 1)), "count")).toMatchObject({ status: "invalid", reason: "not_a_number" });
    expect(parseCellNumber(-3, "count")).toMatchObject({ status: "invalid", reason: "negative", text: "-3" });
    expect(parseCellNumber("-1,200", "measure")).toMatchObject({ status: "invalid", reason: "negative" });
  });

  it("reports a date-formatted cell whose number no date can hold (1e9: an invalid Date) as Excel shows it, never throwing", () => {
    const invalid = new Date(Math.round((1e9 - 25569) * 86_400_000));
    expect(parseCellNumber(invalid, "measure")).toEqual({ status: "invalid", reason: "not_a_number", text: "#####" });
    expect(parseCellNumber(new Date(Number.NaN), "count")).toEqual({ status: "invalid", reason: "not_a_number", text: "#####" });
    expect(parseCellNumber(new Date(Date.UTC(2020, 0, 1)), "count")).toEqual({ status: "invalid", reason: "not_a_number", text: "2020-01-01" });
  });

  it("reads percentages for ratios only", () => {
    expect(parseCellNumber("95%", "ratio")).toEqual({ status: "number", value: 0.95, percent: true });
    expect(parseCellNumber("９５．５％", "ratio")).toMatchObject({ value: 0.955, percent: true });
    expect(parseCellNumber(0.95, "ratio")).toEqual({ status: "number", value: 0.95, percent: false });
    expect(parseCellNumber("95", "ratio")).toEqual({ status: "number", value: 95, percent: false });
    expect(parseCellNumber("95%", "count")).toMatchObject({ status: "invalid", reason: "not_a_number" });
  });

  it("reads percent text as the decimal it denotes, with no binary noise (88.6% is 0.886, not 88.6 / 100)", () => {
    const value = (cell: string): number | null => {
      const p = parseCellNumber(cell, "ratio");
      return p.status === "number" ? p.value : null;
    };
    expect(value("88.6%")).toBe(0.886);
    expect(value("95%")).toBe(0.95);
    expect(value("12.5%")).toBe(0.125);
    expect(value("１２％")).toBe(0.12);
    expect(value(" 57.3 % ")).toBe(0.573);
    expect(value("0.5%")).toBe(0.005);
    expect(value("1.1%")).toBe(0.011); // 1.1 / 100 is 0.011000000000000001
    expect(value("０．７％")).toBe(0.007); // 0.7 / 100 is 0.006999999999999999
    expect(value("1,234.5%")).toBe(12.345);
    expect(value("0%")).toBe(0);
    expect(parseCellNumber("-88.6%", "ratio")).toMatchObject({ status: "invalid", reason: "negative" });
  });
});

describe("percentToFraction", () => {
  it("moves the decimal point of the text two places: 88.6 → 0.886, 7 → 0.07, 1e3 → 10", () => {
    expect(percentToFraction("88.6")).toBe(0.886);
    expect(percentToFraction(88.6)).toBe(0.886);
    expect(percentToFraction(57.3)).toBe(0.573);
    expect(percentToFraction("7")).toBe(0.07);
    expect(percentToFraction("1e3")).toBe(10);
    expect(percentToFraction(0)).toBe(0);
  });
});

describe("toBaseUnit", () => {
  it("converts 万元 to yuan without binary noise: 0.57 → 5700, 9.04 → 90400, 48.64 → 486400", () => {
    expect(0.57 * 10000).not.toBe(5700); // the noise this is about
    expect(toBaseUnit(0.57, 10000)).toBe(5700);
    expect(toBaseUnit(9.04, 10000)).toBe(90400);
    expect(toBaseUnit(48.64, 10000)).toBe(486400);
  });
  it("keeps every digit that was typed", () => {
    expect(toBaseUnit(123.456789, 10000)).toBe(1234567.89);
    expect(toBaseUnit(0.0001, 10000)).toBe(1);
    expect(toBaseUnit(0, 10000)).toBe(0);
    expect(toBaseUnit(1234.5, 1)).toBe(1234.5);
  });
});
