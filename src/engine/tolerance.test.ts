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

describe("lowestAtLeast: b − 1e-9 × max(|b|, 1)", () => {
  it("by hand, for bounds above, at and below 1 in size, and negative ones", () => {
    expect(lowestAtLeast(2000)).toBeCloseTo(1999.999998, 9); // 2000 − 2e-6
    expect(lowestAtLeast(1e12)).toBe(1e12 - 1000);
    expect(lowestAtLeast(1)).toBe(1 - 1e-9);
    expect(lowestAtLeast(0)).toBe(-1e-9);
    expect(lowestAtLeast(-0.5)).toBe(-0.5 - 1e-9); // |b| < 1: the absolute floor 1e-9
    expect(lowestAtLeast(-3)).toBe(-3 - 3e-9); // |b| ≥ 1: relative to |b|, still downwards
  });
  it("matches the formula on the standards, floors and noisy products", () => {
    for (const b of [4.2, 1.0, 0.9, 4.5, 7.5, 2000, 2.3, 5.3, 5.8, 10.2, 2500, 2.4, 2.3 * 0.85, 0.9 * 0.85, 0.15, 1e-12, -7]) {
      expect([b, lowestAtLeast(b)]).toEqual([b, b - 1e-9 * Math.max(Math.abs(b), 1)]);
      expect(lowestAtLeast(b)).toBeLessThan(b);
    }
  });
  it("x ≥ lowestAtLeast(b) is atLeast(x, b) around b", () => {
    for (const b of [4.2, 2000, 2.3 * 0.85, 0.5, 0]) {
      for (const x of [b, b * (1 - 1e-12), b * (1 - 1e-7), b - 1e-9 * Math.max(b, 1), b - 2e-9 * Math.max(b, 1), b + 1, -1e-10, NaN]) {
        expect([b, x, x >= lowestAtLeast(b)]).toEqual([b, x, atLeast(x, b)]);
      }
    }
  });
  it("of NaN is NaN, so nothing is at least a missing bound", () => {
    expect(lowestAtLeast(NaN)).toBeNaN();
    expect(atLeast(5, NaN)).toBe(false);
  });
});
