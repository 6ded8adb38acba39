import { atLeast, noise } from "./tolerance";

describe("atLeast", () => {
  it("treats float noise at the edge as equal", () => {
    // 2.3 × 0.85 is 1.9549999999999998 in binary; 195.5 rooms ÷ 10000 students × 100 = 1.955.
    expect(atLeast((195.5 * 100) / 10000, 2.3 * 0.85)).toBe(true);
    expect(atLeast(1.955, 1.955 + 1e-13)).toBe(true);
  });
  it("keeps a genuine difference of 1e-7 relative", () => {
    expect(atLeast(4.2 * (1 - 1e-7), 4.2)).toBe(false);
    expect(atLeast(3, 2)).toBe(true);
    expect(atLeast(0, 0)).toBe(true);
  });
  it("scales with the reference, with an absolute floor of 1e-9", () => {
    expect(noise(2000)).toBeCloseTo(2e-6, 12);
    expect(noise(0)).toBe(1e-9);
  });
});
