import { builtInProfile, resolveProfile } from "../../profiles/resolveProfile";
import { atLeast } from "../tolerance";
import { INDICATOR_CODES } from "../types";
import { stageRules, type StageRule } from "./stageRules";

const national = builtInProfile("national-2017");

// rules.md §2: standards, in INDICATOR_CODES order (L1 … L7), and their 85% floors.
const PRIMARY_STANDARDS = [4.2, 1.0, 0.9, 4.5, 7.5, 2000, 2.3];
const JUNIOR_STANDARDS = [5.3, 1.0, 0.9, 5.8, 10.2, 2500, 2.4];
const PRIMARY_FLOORS = [3.57, 0.85, 0.765, 3.825, 6.375, 1700, 1.955];
const JUNIOR_FLOORS = [4.505, 0.85, 0.765, 4.93, 8.67, 2125, 2.04];
const SCALES = [100, 100, 100, 1, 1, 1, 100];

/** The next double below / above x (one unit in the last place). */
function nextDouble(x: number, direction: -1 | 1): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  view.setBigInt64(0, view.getBigInt64(0) + BigInt(direction * (x > 0 ? 1 : -1)));
  return view.getFloat64(0);
}

/**
 * Values an indicator can take around a bound b: b itself, as a section of P students exactly at
 * it computes it (b × P ÷ scale teachers, back to × scale ÷ P), off by float noise, off by a
 * genuine 1e-7, and the odd ones (0, NaN, Infinity).
 */
function around(b: number, scale: number): number[] {
  const computed = [1, 3, 7, 30, 41, 49, 376, 10000].map((p) => (((b * p) / scale) * scale) / p);
  const noisy = [b * (1 - 1e-12), b * (1 + 1e-12), nextDouble(b, -1), nextDouble(b, 1), b - 1e-9 * Math.max(b, 1)];
  const genuine = [b * (1 - 1e-7), b * (1 + 1e-7), b * (1 - 2e-9), b * 0.99, b * 1.01];
  return [b, ...computed, ...noisy, ...genuine, 0, Number.NaN, Number.POSITIVE_INFINITY];
}

function ruleOf(stage: number): StageRule {
  const rule = stageRules(national)[stage];
  if (rule === undefined) throw new Error(`no rule for stage ${stage}`);
  return rule;
}

describe("stageRules: the national-2017 profile", () => {
  it("has one rule per stage, primary then junior", () => {
    expect(stageRules(national)).toHaveLength(2);
  });
  it("holds the standards of each stage in INDICATOR_CODES order, as the profile states them", () => {
    expect(Array.from(ruleOf(0).standard)).toEqual(PRIMARY_STANDARDS);
    expect(Array.from(ruleOf(1).standard)).toEqual(JUNIOR_STANDARDS);
    INDICATOR_CODES.forEach((code, k) => {
      expect(ruleOf(0).standard[k]).toBe(national.standards.primary[code]);
      expect(ruleOf(1).standard[k]).toBe(national.standards.junior[code]);
    });
  });
  it("scales L1–L3 and L7 by 100, L4–L6 by 1, in both stages", () => {
    expect(Array.from(ruleOf(0).scale)).toEqual(SCALES);
    expect(Array.from(ruleOf(1).scale)).toEqual(SCALES);
  });
  it("puts the met bound at the standard and the floor bound at 85% of it (rules.md §2 floors), less 1e-9 relative", () => {
    for (const [stage, standards, floors] of [
      [0, PRIMARY_STANDARDS, PRIMARY_FLOORS],
      [1, JUNIOR_STANDARDS, JUNIOR_FLOORS],
    ] as const) {
      const rule = ruleOf(stage);
      standards.forEach((s, k) => {
        expect(rule.metFrom[k]).toBeLessThan(s);
        expect(s - (rule.metFrom[k] ?? NaN)).toBeLessThanOrEqual(1.01e-9 * Math.max(s, 1));
      });
      floors.forEach((f, k) => {
        expect(rule.floorFrom[k]).toBeLessThan(f);
        expect(Math.abs((rule.floorFrom[k] ?? NaN) - f)).toBeLessThanOrEqual(2e-9 * Math.max(f, 1));
      });
    }
  });
});

describe("stageRules: metFrom and floorFrom decide as atLeast does", () => {
  it("value ≥ metFrom[k] ⇔ atLeast(value, standard) for values around every standard", () => {
    for (const stage of [0, 1]) {
      const rule = ruleOf(stage);
      INDICATOR_CODES.forEach((code, k) => {
        const s = rule.standard[k] ?? NaN;
        for (const value of around(s, rule.scale[k] ?? NaN)) {
          expect([stage, code, value, value >= (rule.metFrom[k] ?? NaN)]).toEqual([stage, code, value, atLeast(value, s)]);
        }
      });
    }
  });
  it("value ≥ floorFrom[k] ⇔ atLeast(value, standard × 0.85) for values around every floor", () => {
    for (const stage of [0, 1]) {
      const rule = ruleOf(stage);
      INDICATOR_CODES.forEach((code, k) => {
        const floor = (rule.standard[k] ?? NaN) * 0.85;
        for (const value of around(floor, rule.scale[k] ?? NaN)) {
          expect([stage, code, value, value >= (rule.floorFrom[k] ?? NaN)]).toEqual([stage, code, value, atLeast(value, floor)]);
        }
      });
    }
  });
  it("by hand: at the standard is met, float noise below it is met, 1e-7 below is not", () => {
    const rule = ruleOf(0);
    const l1 = rule.metFrom[0] ?? NaN;
    expect(4.2 >= l1).toBe(true);
    const l3 = rule.metFrom[2] ?? NaN;
    expect((((0.9 * 41) / 100) * 100) / 41).toBe(0.8999999999999999); // a split numerator of exactly 0.9 per 100 students
    expect((((0.9 * 41) / 100) * 100) / 41 >= l3).toBe(true);
    expect(4.2 * (1 - 1e-12) >= l1).toBe(true);
    expect(4.2 * (1 - 1e-7) >= l1).toBe(false);
    const l6 = rule.metFrom[5] ?? NaN;
    expect(2000 >= l6).toBe(true);
    expect(1999.9999 >= l6).toBe(false); // 5e-8 relative below: a genuine difference
  });
  it("2.3 × 0.85 = 1.9549999999999998: a section at the published floor 1.955 is at the floor, not below", () => {
    const floorFrom = ruleOf(0).floorFrom[6] ?? NaN;
    expect(2.3 * 0.85).not.toBe(1.955);
    expect(1.955 >= floorFrom).toBe(true);
    expect((195.5 * 100) / 10000 >= floorFrom).toBe(true); // 195.5 rooms over 10 000 students
    expect(1.954 >= floorFrom).toBe(false);
    expect(1.955 >= floorFrom).toBe(atLeast(1.955, 2.3 * 0.85));
  });
  it("NaN is neither met nor at the floor (it never passes)", () => {
    const rule = ruleOf(1);
    expect(Number.NaN >= (rule.metFrom[0] ?? 0)).toBe(false);
    expect(Number.NaN >= (rule.floorFrom[0] ?? 0)).toBe(false);
  });
});

describe("stageRules: cache", () => {
  it("returns the same rules for the same profile object", () => {
    expect(stageRules(national)).toBe(stageRules(national));
  });
  it("works a profile out afresh when it is another object, even with the same id", () => {
    const again = builtInProfile("national-2017");
    expect(stageRules(again)).not.toBe(stageRules(national));
    expect(Array.from(stageRules(again)[0]?.standard ?? [])).toEqual(PRIMARY_STANDARDS);
  });
  it("follows a changed standard and floor ratio of a profile with the same id (keyed by object, not id)", () => {
    const changed = resolveProfile({ extends: "national-2017", id: "national-2017", standards: { primary: { L1: 5 } }, passRule: { floorRatio: 0.9 } });
    const rule = stageRules(changed)[0];
    expect(rule?.standard[0]).toBe(5);
    expect(5 >= (rule?.metFrom[0] ?? NaN)).toBe(true);
    expect(4.9 >= (rule?.metFrom[0] ?? NaN)).toBe(false);
    // Floor 0.9 × 2000 = 1800 yuan for L6.
    expect(1800 >= (rule?.floorFrom[5] ?? NaN)).toBe(true);
    expect(1799 >= (rule?.floorFrom[5] ?? NaN)).toBe(false);
    expect(ruleOf(0).standard[0]).toBe(4.2); // the national rules are untouched
  });
});
