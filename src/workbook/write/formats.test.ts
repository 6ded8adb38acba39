import { formatNumber, roundForDisplay, withDecimals } from "./formats";

describe("withDecimals", () => {
  it("sets the decimals and keeps the rest of the pattern", () => {
    expect(withDecimals("0.0%", 2)).toBe("0.00%");
    expect(withDecimals("#,##0", 1)).toBe("#,##0.0");
    expect(withDecimals("0.000", 4)).toBe("0.0000");
    expect(withDecimals("#,##0.00", 3)).toBe("#,##0.000");
    expect(withDecimals("0", 2)).toBe("0.00");
    expect(withDecimals("0.00", 0)).toBe("0");
  });
});

describe("roundForDisplay", () => {
  it("rounds half away from zero on the decimal value, as Excel displays", () => {
    // Binary 1.005 = 1.00499999999999989…, 2.675 = 2.67499999999999982…: toFixed rounds them down, Excel up (1.005 shows 1.01).
    expect(roundForDisplay(1.005, 2)).toBe(1.01);
    expect(roundForDisplay(2.675, 2)).toBe(2.68);
    expect(roundForDisplay(99.995, 2)).toBe(100);
    expect(roundForDisplay(-0.125, 2)).toBe(-0.13);
  });

  it("rounds ordinary values as expected, small ones to zero", () => {
    expect(roundForDisplay(84.95575, 1)).toBe(85);
    expect(roundForDisplay(84.95575, 2)).toBe(84.96);
    expect(roundForDisplay(1234567.891, 2)).toBe(1234567.89);
    expect(roundForDisplay(0.006, 2)).toBe(0.01);
    expect(roundForDisplay(0.004, 2)).toBe(0);
    expect(roundForDisplay(0.0006, 2)).toBe(0);
    expect(roundForDisplay(0, 3)).toBe(0);
    expect(roundForDisplay(7, 0)).toBe(7);
  });
});

describe("formatNumber", () => {
  it("shows the digits Excel shows", () => {
    expect(formatNumber(2.675, "0.00")).toBe("2.68");
    expect(formatNumber(96 / 113, "0.0%")).toBe("85.0%");
    expect(formatNumber(96 / 113, "0.00%")).toBe("84.96%");
    expect(formatNumber(1999.6, "#,##0.0")).toBe("1,999.6");
  });
});
