import type { CountyItem } from "../../profiles/schema";
import { meets, q4Item } from "./compare";
import { NATIONAL, profileWith } from "../testing/fixtures";

const atLeast: CountyItem = { item: "Q4", comparison: "at_least", threshold: 0.05, unit: "ratio" };
const atMost: CountyItem = { item: "G1", comparison: "at_most", threshold: 0.15, unit: "number" };
const below: CountyItem = { item: "Q9", comparison: "below", threshold: 0.15, unit: "number" };

/**
 * Figures computed from cells carry binary noise: 0.57 ÷ 11.4 is exactly 5% by hand but
 * 0.049999999999999996 in floating point, and 0.6 − 0.45 is exactly 0.15 by hand but
 * 0.14999999999999997. Such values are their threshold, not below or above it (tolerance.ts).
 */
describe("meets absorbs floating-point noise only", () => {
  it("at_least: 0.57 ÷ 11.4 = 5% (training funds 0.57 万 of 11.4 万) meets ≥ 5%", () => {
    expect(0.57 / 11.4).toBeLessThan(0.05); // the noise this test is about
    expect(meets(0.57 / 11.4, atLeast)).toBe(true);
  });
  it("at_least: a genuine shortfall still fails (0.0499 < 0.05)", () => {
    expect(meets(0.0499, atLeast)).toBe(false);
    expect(meets(0.05 * (1 - 1e-7), atLeast)).toBe(false);
  });
  it("at_most: 0.45 − 0.3 = 0.15 by hand is ≤ 0.15; 0.1501 is not", () => {
    expect(0.45 - 0.3).toBeGreaterThan(0.15);
    expect(meets(0.45 - 0.3, atMost)).toBe(true);
    expect(meets(0.1501, atMost)).toBe(false);
  });
  it("below: 0.6 − 0.45 = 0.15 by hand is not < 0.15; 0.1499 is", () => {
    expect(0.6 - 0.45).toBeLessThan(0.15);
    expect(meets(0.6 - 0.45, below)).toBe(false);
    expect(meets(0.1499, below)).toBe(true);
  });
  it("no threshold or a yes item: null", () => {
    expect(meets(1, { ...atLeast, threshold: null })).toBeNull();
    expect(meets(1, { ...atLeast, comparison: "yes" })).toBeNull();
  });
});

describe("q4Item", () => {
  it("is the profile's Q4 county item (national: at least 5%), null for a profile without one, and follows a new profile", () => {
    expect(q4Item(NATIONAL)).toEqual({ item: "Q4", comparison: "at_least", threshold: 0.05, unit: "ratio" });
    const { Q4_training_funds_share: _q4, ...others } = NATIONAL.countyItems;
    expect(q4Item(profileWith({ countyItems: others }))).toBeNull();
    const stricter = profileWith({ countyItems: { ...NATIONAL.countyItems, Q4_training_funds_share: { item: "Q4", comparison: "at_least", threshold: 0.08, unit: "ratio" } } });
    expect(q4Item(stricter)?.threshold).toBe(0.08);
    expect(q4Item(NATIONAL)?.threshold).toBe(0.05);
  });
});
