import { amountShort, atLeast, atMost, below, lowestAtLeast, noise } from "./tolerance";

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

describe("atMost and below", () => {
  it("treat float noise at the edge as equal", () => {
    // By hand 0.45 − 0.3 = 0.15 and 0.6 − 0.45 = 0.15; in binary 0.15000000000000002 and 0.14999999999999997.
    expect(atMost(0.45 - 0.3, 0.15)).toBe(true);
    expect(below(0.6 - 0.45, 0.15)).toBe(false);
  });
  it("keep a genuine difference", () => {
    expect(atMost(0.15 * (1 + 1e-7), 0.15)).toBe(false);
    expect(below(0.15 * (1 - 1e-7), 0.15)).toBe(true);
    expect(below(0.15, 0.15)).toBe(false);
  });
});

describe("amountShort", () => {
  it("is 0 for noise, the gap otherwise, never negative", () => {
    expect(amountShort(90400, 9.04 * 10000)).toBe(0);
    expect(amountShort(90400, 90399)).toBe(1);
    expect(amountShort(90400, 100000)).toBe(0);
    expect(amountShort(0, 0)).toBe(0);
  });
});

describe("lowestAtLeast", () => {
  it("is the bound atLeast compares with: b less its noise allowance", () => {
    expect(lowestAtLeast(2000)).toBe(2000 - 2e-6);
    expect(lowestAtLeast(0.5)).toBe(0.5 - 1e-9);
    const floor = 2.3 * 0.85;
    expect(1.955 >= lowestAtLeast(floor)).toBe(atLeast(1.955, floor));
    expect(1.954 >= lowestAtLeast(floor)).toBe(false);
  });
});
