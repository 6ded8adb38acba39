import fc from "fast-check";
import { INDICATOR_CODES } from "./types";
import { shortfallAmount, shortfallAtScale } from "./shortfall";

describe("shortfallAmount", () => {
  it("counts whole teachers for per-100 indicators", () => {
    // L1 primary, 376 students: 4.2 × 376 ÷ 100 = 15.792 teachers required; 12 on staff → ceil(3.792) = 4.
    expect(shortfallAmount("L1", 4.2, 376, 12)).toBe(4);
    // L7 junior, 250 students: 2.4 × 250 ÷ 100 = 6 rooms exactly; 5 rooms → 1.
    expect(shortfallAmount("L7", 2.4, 250, 5)).toBe(1);
  });
  it("gives exact m² / yuan for per-student indicators", () => {
    // L4 primary, 376 students: 4.5 × 376 = 1692 m²; 1500 m² → 192.
    expect(shortfallAmount("L4", 4.5, 376, 1500)).toBeCloseTo(192, 9);
    // L6 junior, 410 students: 2500 × 410 = 1 025 000 yuan; 1 000 000 → 25 000.
    expect(shortfallAmount("L6", 2500, 410, 1_000_000)).toBeCloseTo(25_000, 6);
  });
  it("absorbs float noise at the standard", () => {
    // 4.2 × 100 ÷ 100 − 4.2 is exactly what must give 0 (a naive ceil of a tiny positive gives 1).
    expect(shortfallAmount("L1", 4.2, 100, 4.2)).toBe(0);
    // 0.9 × 30 ÷ 100 = 0.27000000000000002 in binary; 0.27 on hand → 0.
    expect(shortfallAmount("L3", 0.9, 30, 0.27)).toBe(0);
    // 2.3 × 0.85 = 1.9549999999999998; × 1000 ÷ 100 = 19.55 rooms; 17 → ceil(2.55) = 3.
    expect(shortfallAmount("L7", 2.3 * 0.85, 1000, 17)).toBe(3);
    // 7.5 × 3 = 22.5 exactly, but 0.1 + 0.2 style noise on the actual: 22.500000000000004 → 0.
    expect(shortfallAmount("L5", 7.5, 3, 22.500000000000004)).toBe(0);
  });
  it("is zero above standard and for zero students", () => {
    expect(shortfallAmount("L2", 1, 200, 5)).toBe(0);
    expect(shortfallAmount("L6", 2000, 0, 0)).toBe(0);
  });
  it("is never negative and brings the count to the standard (property)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...INDICATOR_CODES),
        fc.double({ min: 0.1, max: 3000, noNaN: true }),
        fc.integer({ min: 1, max: 5000 }),
        fc.double({ min: 0, max: 1e7, noNaN: true }),
        (code, target, students, actual) => {
          const need = shortfallAmount(code, target, students, actual);
          const scale = ["L1", "L2", "L3", "L7"].includes(code) ? 100 : 1;
          const reached = ((actual + need) * scale) / students;
          return need >= 0 && reached >= target * (1 - 1e-9);
        },
      ),
    );
  });
});

describe("shortfallAtScale", () => {
  it("is shortfallAmount with the indicator's scale: whole teachers for per-100 counts, m² as they are", () => {
    expect(shortfallAtScale(4.2, 376, 12, 100)).toBe(4); // ceil(15.792 − 12)
    expect(shortfallAtScale(4.5, 376, 1500, 1)).toBeCloseTo(192, 9); // 1692 − 1500
    expect(shortfallAtScale(4.2, 100, 4.2, 100)).toBe(0); // float noise is no shortfall
    for (const code of INDICATOR_CODES) {
      const scale = ["L4", "L5", "L6"].includes(code) ? 1 : 100;
      expect(shortfallAtScale(3.3, 377, 5, scale)).toBe(shortfallAmount(code, 3.3, 377, 5));
    }
  });
});

describe("shortfallAtScale: more cases", () => {
  const national = {
    primary: { L1: 4.2, L2: 1.0, L3: 0.9, L4: 4.5, L5: 7.5, L6: 2000, L7: 2.3 },
    junior: { L1: 5.3, L2: 1.0, L3: 0.9, L4: 5.8, L5: 10.2, L6: 2500, L7: 2.4 },
  } as const;
  const SCALE = { L1: 100, L2: 100, L3: 100, L4: 1, L5: 1, L6: 1, L7: 100 } as const;

  it("shortfallAmount applies each indicator's scale (100 for L1–L3, L7; 1 for L4–L6): the same as shortfallAtScale at that scale, at the standards of both stages", () => {
    for (const stage of ["primary", "junior"] as const) {
      for (const code of INDICATOR_CODES) {
        const target = national[stage][code];
        for (const [students, actual] of [
          [376, 0],
          [376, 12],
          [376, (target * 376) / SCALE[code]],
          [1, 0.5],
          [10000, target * 100],
          [0, 0],
          [49, (target * 49 * 0.999) / SCALE[code]],
        ] as const) {
          expect([stage, code, students, actual, shortfallAtScale(target, students, actual, SCALE[code])]).toEqual([stage, code, students, actual, shortfallAmount(code, target, students, actual)]);
        }
      }
    }
  });
  it("rounds a per-100 gap up to whole teachers / rooms, leaves a per-student gap as it is", () => {
    // 4.2 × 10 ÷ 100 = 0.42 teacher required, none on staff: 1 teacher; as m²: 4.2 × 10 = 42.
    expect(shortfallAtScale(4.2, 10, 0, 100)).toBe(1);
    expect(shortfallAtScale(4.2, 10, 0, 1)).toBeCloseTo(42, 12);
    // A whole-number gap stays as it is: 420 − 400 = 20, not 21.
    expect(shortfallAtScale(4.2, 10000, 400, 100)).toBe(20);
    // A genuine small gap is still a whole teacher: 420 − 419.999 = 0.001 → 1.
    expect(shortfallAtScale(4.2, 10000, 419.999, 100)).toBe(1);
  });
  it("is 0 at or above the target, for zero students, and for float noise", () => {
    expect(shortfallAtScale(2.3, 1000, 23, 100)).toBe(0);
    expect(shortfallAtScale(2.3, 1000, 40, 100)).toBe(0);
    expect(shortfallAtScale(2000, 0, 0, 1)).toBe(0);
    expect(shortfallAtScale(2.4, 0, 0, 100)).toBe(0);
    // 9.04 × 10 000 = 90 399.99999999999 yuan in binary, 90 400 on hand: nothing short.
    expect(shortfallAtScale(9.04, 10000, 90400, 1)).toBe(0);
    // 0.9 × 30 ÷ 100 = 0.27000000000000002 in binary; 0.27 on hand → 0.
    expect(shortfallAtScale(0.9, 30, 0.27, 100)).toBe(0);
  });
  it("a NaN actual gives NaN, never a need of 0", () => {
    expect(shortfallAtScale(4.2, 376, NaN, 100)).toBeNaN();
    expect(shortfallAtScale(4.5, 376, NaN, 1)).toBeNaN();
  });
});

describe("shortfallAmount: edge cases", () => {
  it("a single student: a whole teacher / room for any gap, the exact m² / yuan otherwise", () => {
    // L1 primary: 4.2 × 1 ÷ 100 = 0.042 teacher, none on staff → ceil(0.042) = 1.
    expect(shortfallAmount("L1", 4.2, 1, 0)).toBe(1);
    // L7 junior: 2.4 × 1 ÷ 100 = 0.024 room, 1 room → 0 (well above).
    expect(shortfallAmount("L7", 2.4, 1, 1)).toBe(0);
    // L6 primary: 2000 × 1 − 0 = 2000 yuan; L5 junior: 10.2 × 1 − 10 = 0.2 m².
    expect(shortfallAmount("L6", 2000, 1, 0)).toBe(2000);
    expect(shortfallAmount("L5", 10.2, 1, 10)).toBeCloseTo(0.2, 12);
  });
  it("a 0 numerator needs the whole standard: L2 ceil(1.0 × 376 ÷ 100) = ceil(3.76) = 4; L4 4.5 × 376 = 1692 m²", () => {
    expect(shortfallAmount("L2", 1, 376, 0)).toBe(4);
    expect(shortfallAmount("L4", 4.5, 376, 0)).toBeCloseTo(1692, 9);
  });
  it("exactly at the standard is 0; a hair under is a whole teacher but only the hair of m²", () => {
    // L7 junior 250 students: 2.4 × 250 ÷ 100 = 6 rooms; 6 → 0; 5.5 → ceil(0.5) = 1.
    expect([shortfallAmount("L7", 2.4, 250, 6), shortfallAmount("L7", 2.4, 250, 5.5)]).toEqual([0, 1]);
    // L4 primary 376 students: 4.5 × 376 = 1692 m²; 1692 → 0; 1691.9 → 0.1 m².
    expect(shortfallAmount("L4", 4.5, 376, 1692)).toBe(0);
    expect(shortfallAmount("L4", 4.5, 376, 1691.9)).toBeCloseTo(0.1, 9);
  });
  it("zero students need nothing, whatever is on hand (the section is not evaluable; nothing is asked of it)", () => {
    expect([shortfallAmount("L1", 4.2, 0, 5), shortfallAmount("L5", 7.5, 0, 0)]).toEqual([0, 0]);
  });
  it("a students figure that is not a number gives NaN, never a need of 0 (callers leave such sections out)", () => {
    expect(shortfallAmount("L1", 4.2, NaN, 5)).toBeNaN();
    expect(shortfallAmount("L6", 2000, NaN, 0)).toBeNaN();
  });
  it("all sections equal: the same need for each (L3 primary, 3 schools × 200 students, 1 teacher each: ceil(1.8 − 1) = 1 each)", () => {
    expect([200, 200, 200].map((students) => shortfallAmount("L3", 0.9, students, 1))).toEqual([1, 1, 1]);
  });
});
