import { decimalsKeepingSides, formatKeepingSides, MAX_EXTRA_DECIMALS } from "./decimalsKeepingSides";

describe("decimalsKeepingSides", () => {
  it("adds the decimals that show a share just under its target under it", () => {
    // 96 / 113 = 0.8495575…: × 100 = 84.95575; one decimal 85.0 (= 85.0, the target), two 84.96 < 85.
    expect(decimalsKeepingSides("0.0%", [[96 / 113, 0.85]])).toBe(2);
    expect(formatKeepingSides("0.0%", [[96 / 113, 0.85]])).toBe("0.00%");
  });

  it("adds as many as a rate just under 100% needs", () => {
    // 0.99967 → 99.967: 100.0 at one decimal, 99.97 at two.
    expect(formatKeepingSides("0.0%", [[0.99967, 1]])).toBe("0.00%");
    // 0.99997 → 99.997: 100.0, 100.00, then 99.997 at three.
    expect(formatKeepingSides("0.0%", [[0.99997, 1]])).toBe("0.000%");
    // 2999 / 3000 = 0.9996667 → 99.96667: 99.97 at two.
    expect(formatKeepingSides("0.0%", [[2999 / 3000, 1]])).toBe("0.00%");
  });

  it("keeps a CV just over a max-type limit over it", () => {
    // 0.5004: 0.500 at three decimals (the limit), 0.5004 at four.
    expect(formatKeepingSides("0.000", [[0.5004, 0.5]])).toBe("0.0000");
    expect(decimalsKeepingSides("0.000", [[0.5004, 0.5]])).toBe(4);
  });

  it("keeps a value just over its threshold over it too: each side, whatever the comparison", () => {
    // 0.85004 → 85.004: 85.0, 85.00, then 85.004 at three.
    expect(formatKeepingSides("0.0%", [[0.85004, 0.85]])).toBe("0.000%");
    // An indicator 4.199 under 4.2: 4.20 at two decimals, 4.199 at three.
    expect(formatKeepingSides("0.00", [[4.199, 4.2]])).toBe("0.000");
  });

  it("needs nothing for a value equal to its threshold up to floating-point noise (tolerance.ts)", () => {
    // 0.85 × (1 − 1e-10): 1e-10 relative, under the engine's 1e-9: equal to 0.85, shown as 85.0%.
    expect(decimalsKeepingSides("0.0%", [[0.85 * (1 - 1e-10), 0.85]])).toBe(1);
    // 2.3 × 0.85 = 1.9549999999999998 against 1.955.
    expect(decimalsKeepingSides("0.00", [[1.955, 2.3 * 0.85]])).toBe(2);
    expect(decimalsKeepingSides("0.000", [[0.5, 0.5]])).toBe(3);
  });

  it("needs nothing for values far from their thresholds, nor for missing ones", () => {
    expect(decimalsKeepingSides("0.0%", [[0.6, 0.85], [0.95, 0.85], [1, 1]])).toBe(1);
    expect(decimalsKeepingSides("0.0%", [[null, 0.85], [0.849, null], [undefined, undefined]])).toBe(1);
    expect(decimalsKeepingSides("0.0%", [])).toBe(1);
    expect(formatKeepingSides("0.00", [[4.5, 4.2]])).toBe("0.00");
  });

  it("takes the decimals the closest value needs, for the whole column", () => {
    // 0.6 needs none, 0.5004 four: the column shows four.
    expect(formatKeepingSides("0.000", [[0.6, 0.5], [0.5004, 0.5], [0.49, 0.5]])).toBe("0.0000");
  });

  it("rounds as Excel displays, half away from zero on the decimal value", () => {
    // 1.005 is stored as 1.00499999999999989…; toFixed(2) says 1.00, Excel shows 1.01 = the threshold: three decimals.
    expect(formatKeepingSides("0.00", [[1.005, 1.01]])).toBe("0.000");
    // 1999.6 yuan under 2 000: "2,000" without decimals, "1,999.6" with one.
    expect(formatKeepingSides("#,##0", [[1999.6, 2000]])).toBe("#,##0.0");
  });

  it("stops at four more decimals for a value nearer than that (the cell keeps it exactly)", () => {
    // 0.85 − 1e-8 (1.2e-8 relative, more than noise): 84.999999 shows 85.00000 even at five decimals.
    expect(decimalsKeepingSides("0.0%", [[0.85 - 1e-8, 0.85]])).toBe(1 + MAX_EXTRA_DECIMALS);
    expect(formatKeepingSides("0.0%", [[0.85 - 1e-8, 0.85]])).toBe("0.00000%");
  });

  it("leaves a column without a format (General) alone", () => {
    expect(formatKeepingSides(null, [[0.5004, 0.5]])).toBeNull();
  });
});

describe("decimalsKeepingSides: edge cases", () => {
  it("keeps a value just above a threshold of 0 above it (a percent of 0 shown as 0.0%)", () => {
    // 0.0004 → 0.04%: 0.0% at one decimal (= the threshold 0), 0.04% at two.
    expect(formatKeepingSides("0.0%", [[0.0004, 0]])).toBe("0.00%");
    // A value of exactly 0 against 0 is equal: nothing to add.
    expect(decimalsKeepingSides("0.0%", [[0, 0]])).toBe(1);
  });

  it("keeps a negative value on its side of a threshold of 0, and of a negative threshold", () => {
    // −0.0004: −0.000 at three decimals (shown as the threshold 0), −0.0004 at four.
    expect(decimalsKeepingSides("0.000", [[-0.0004, 0]])).toBe(4);
    // −4.199 above −4.2: −4.20 at two decimals, −4.199 at three.
    expect(decimalsKeepingSides("0.00", [[-4.199, -4.2]])).toBe(3);
    // −0.001 under 0 with separators: −0.00 at two, −0.001 at three; the pattern is kept.
    expect(formatKeepingSides("#,##0.00", [[-0.001, 0]])).toBe("#,##0.000");
  });

  it("ignores NaN and infinite values or thresholds: they have no side to keep", () => {
    expect(decimalsKeepingSides("0.0%", [[NaN, 0.85], [0.849, Infinity], [Infinity, 1], [-Infinity, 0], [0.85, NaN]])).toBe(1);
    // Beside them, a real near value still counts: 96 / 113 needs two.
    expect(decimalsKeepingSides("0.0%", [[NaN, 0.85], [96 / 113, 0.85]])).toBe(2);
  });

  it("needs nothing when every value equals its threshold, and one pair decides as the column", () => {
    expect(decimalsKeepingSides("0.0%", [[0.85, 0.85], [0.85, 0.85], [1, 1]])).toBe(1);
    expect(formatKeepingSides("0.0%", [[0.8495, 0.85]])).toBe("0.00%"); // 84.95% → 85.0% at one decimal, 84.95% at two
  });

  it("works with large amounts: noise grows with the threshold (1e-9 relative)", () => {
    // 9 999 999.7 yuan under 10 000 000: 0.3 apart, noise 0.01 → apart; "10,000,000" at 0 decimals, "9,999,999.7" at one.
    expect(formatKeepingSides("#,##0", [[1e7 - 0.3, 1e7]])).toBe("#,##0.0");
    // 999 999 999.6 against 1 000 000 000: 0.4 apart, noise 1 → equal as the engine compares: nothing.
    expect(decimalsKeepingSides("#,##0", [[1e9 - 0.4, 1e9]])).toBe(0);
  });

  it("stops at four more decimals from a format without decimals too", () => {
    // 1 999.99999 under 2 000 (1e-5 apart, noise 2e-6): 2000.0000 even at four decimals → capped at 0 + 4.
    expect(formatKeepingSides("#,##0", [[1999.99999, 2000]])).toBe("#,##0.0000");
  });
});
