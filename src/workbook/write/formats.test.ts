import { atLeastFormat, formatDecimals, formatLiteral, formatNeed, formatNumber, formatParts, formatScale, roundForDisplay, shortfallFormat, shortfallUnit, valueFormat, withDecimals, writtenDecimals } from "./formats";

describe("writtenDecimals", () => {
  it("counts the decimals a number is written with, at most six", () => {
    expect(writtenDecimals(2000)).toBe(0);
    expect(writtenDecimals(1)).toBe(0);
    expect(writtenDecimals(0)).toBe(0);
    expect(writtenDecimals(4.2)).toBe(1);
    expect(writtenDecimals(0.15)).toBe(2);
    expect(writtenDecimals(0.125)).toBe(3);
    expect(writtenDecimals(-1.5)).toBe(1);
    // 0.1 + 0.2 is written 0.30000000000000004: capped at six, as a profile never states more.
    expect(writtenDecimals(0.1 + 0.2)).toBe(6);
    expect(writtenDecimals(1.1234567)).toBe(6);
  });
});

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

describe("formats: edge cases", () => {
  it("withDecimals leaves a format it cannot read (General) alone, and handles a percent without decimals", () => {
    expect(withDecimals("General", 2)).toBe("General");
    expect(withDecimals("0%", 1)).toBe("0.0%");
    expect(withDecimals("0.0%", 0)).toBe("0%");
    expect(withDecimals("#,##0.00", 0)).toBe("#,##0");
  });

  it("formatDecimals and formatScale: no decimals in General or 0, ×100 only for a percent", () => {
    expect([formatDecimals("General"), formatDecimals("0"), formatDecimals("0%"), formatDecimals("#,##0.000")]).toEqual([0, 0, 0, 3]);
    expect([formatScale("0.00"), formatScale("0%"), formatScale("#,##0")]).toEqual([1, 100, 1]);
  });

  it("roundForDisplay: half away from zero for negatives, the 15th digit of large values, and non-finite values kept", () => {
    expect(roundForDisplay(-2.5, 0)).toBe(-3);
    expect(roundForDisplay(0.5, 0)).toBe(1);
    expect(roundForDisplay(9.995, 2)).toBe(10);
    // 0.0005 to three decimals: the digit cut is the 5 → 0.001; 0.00049 → 0.
    expect(roundForDisplay(0.0005, 3)).toBe(0.001);
    expect(roundForDisplay(0.00049, 3)).toBe(0);
    // 123 456 789 012.345 has 15 significant digits: the 5 rounds up → …012.35.
    expect(roundForDisplay(123456789012.345, 2)).toBe(123456789012.35);
    expect(roundForDisplay(Infinity, 2)).toBe(Infinity);
    expect(roundForDisplay(-Infinity, 2)).toBe(-Infinity);
    expect(roundForDisplay(NaN, 2)).toBeNaN();
  });

  it("formatNumber: zero in a percent format, negatives with separators, very large amounts, and no format", () => {
    expect(formatNumber(0, "0.0%")).toBe("0.0%");
    expect(formatNumber(1, "0.0%")).toBe("100.0%");
    expect(formatNumber(0, "#,##0.00")).toBe("0.00");
    // −1 234.5 rounds away from zero to −1 235.
    expect(formatNumber(-1234.5, "#,##0")).toBe("-1,235");
    expect(formatNumber(1e15, "#,##0")).toBe("1,000,000,000,000,000");
    expect(formatNumber(123456789012.345, "#,##0.00")).toBe("123,456,789,012.35");
    expect(formatNumber(0.5, null)).toBe("0.5");
  });

  it("formatNeed shows a need too small for the last digit as that digit, and nothing needed as 0", () => {
    expect(formatNeed(0, "#,##0")).toBe("0");
    expect(formatNeed(0.3, "#,##0")).toBe("1");
    // 0.5 is not under half the last digit: it rounds to 1 by itself.
    expect(formatNeed(0.5, "#,##0")).toBe("1");
    expect(formatNeed(0.004, "0.00")).toBe("0.01");
    expect(formatNeed(1e-12, "0.00")).toBe("0.01");
    expect(formatNeed(1234567.2, "#,##0")).toBe("1,234,567");
  });

  it("units and formats of each indicator (rules.md §2, §7): teachers and rooms whole, m² two decimals, yuan whole", () => {
    const codes = ["L1", "L2", "L3", "L4", "L5", "L6", "L7"] as const;
    expect(codes.map((c) => [shortfallUnit(c), valueFormat(c), shortfallFormat(c)])).toEqual([
      ["teachers", "0.00", "0"],
      ["teachers", "0.00", "0"],
      ["teachers", "0.00", "0"],
      ["area", "0.00", "0.00"],
      ["area", "0.00", "0.00"],
      ["yuan", "#,##0.00", "#,##0"],
      ["rooms", "0.00", "0"],
    ]);
  });
});

describe("literal text in number formats: written by formatLiteral, shown by formatNumber", () => {
  it("formatLiteral quotes text as Excel needs; a quote, which a quoted literal cannot hold, closes it and is escaped", () => {
    expect(formatLiteral("Ⅲ级")).toBe('"Ⅲ级"');
    expect(formatLiteral('至少 "')).toBe('"至少 "\\"');
    expect(formatLiteral("")).toBe("");
  });

  it("atLeastFormat: the text of out_at_least (“≥ {n}”) around a count", () => {
    expect([atLeastFormat("zh"), atLeastFormat("en")]).toEqual(['"≥ "0', '"≥ "0']);
  });

  it("formatParts splits the literal text before and after the number from its pattern; text alone has no pattern", () => {
    expect(formatParts('"≥ "0')).toEqual({ before: "≥ ", pattern: "0", after: "" });
    expect(formatParts('"Ⅲ级"')).toEqual({ before: "Ⅲ级", pattern: "", after: "" });
    expect(formatParts('"约 "#,##0" 元"')).toEqual({ before: "约 ", pattern: "#,##0", after: " 元" });
    expect(formatParts('"至少 "\\"0')).toEqual({ before: '至少 "', pattern: "0", after: "" });
    expect(formatParts("0.0%")).toEqual({ before: "", pattern: "0.0%", after: "" });
  });

  it("formatNumber shows the text where the format has it, the number by the pattern, and text alone as itself", () => {
    expect(formatNumber(1, '"≥ "0')).toBe("≥ 1");
    expect(formatNumber(3, '"Ⅲ级"')).toBe("Ⅲ级");
    expect(formatNumber(12345.6, '"约 "#,##0" 元"')).toBe("约 12,346 元");
    expect(formatNumber(2, formatLiteral('至少 "') + "0")).toBe('至少 "2');
    // A quoted ".00" is text, not decimals; a quoted "%" no percent.
    expect(formatNumber(0.5, '"%.00 "0')).toBe("%.00 1");
  });
});
