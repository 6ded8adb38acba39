import { needsFormat } from "./needsFormat";

describe("needsFormat", () => {
  it("adds the decimals a need above 0 takes to show as more than 0", () => {
    // 0.004 rounds to 0.00 at two decimals, 0.004 at three; 0.3 yuan to 0 at none, 0.3 at one.
    expect(needsFormat("0.00", [0.004, 400])).toBe("0.000");
    expect(needsFormat("#,##0", [0.3, 80_000])).toBe("#,##0.0");
    // 0.00004 m²: 0.0000 at four decimals, 0.00004 at five.
    expect(needsFormat("0.00", [0.00004])).toBe("0.00000");
  });

  it("keeps the format when every need shows as itself, is 0, or is missing", () => {
    expect(needsFormat("0.00", [400, 0, null, undefined])).toBe("0.00");
    expect(needsFormat("0.00", [0.005])).toBe("0.00"); // Excel shows 0.01
    // Within floating-point noise of 0: none.
    expect(needsFormat("0", [1e-12])).toBe("0");
  });
});
