import { atLeast, hasShortfall, isLowerBound, SHORT_KEYS, type ShortKey } from "./atLeast";
import { makeGuarantee } from "./testing/makeEvaluation";

const KEYS: readonly ShortKey[] = ["musicRoomsShort", "artRoomsShort", "studentsOverCap", "classesOverCap", "largeClasses", "superLargeClasses", "fundingShortfall"];

describe("atLeast: a shortfall that reads “at least n” is a lower bound above 0", () => {
  // 48 classes, 4 music rooms of 300 m² in all (national, 96 m²): at most 3 comply, short at least 1. 初中 with only its
  // largest class, 56: at least 1 over 50 and 1 大班额. Rurality not stated: 18 360 yuan short as an urban school, at least.
  const bounded = makeGuarantee({
    name: "甲中学", recordId: "r1", type: "junior", musicRoomsShort: 1, artRoomsShort: 2, roomsShortLowerBound: { music: true, art: false },
    studentsOverCap: 40, classesOverCap: 1, largeClasses: 1, superLargeClasses: 0, classCountsLowerBound: { classesOverCap: true, largeClasses: true, superLargeClasses: false, basis: "largest_class" },
    fundingShortfall: 18_360, fundingShortfallLowerBound: { ruralFunded: 500, boardersUncounted: false },
  });

  it("is true exactly for the bounds above 0: rooms, classes and yuan alike; students over the cap are always exact", () => {
    expect(KEYS.map((k) => atLeast(bounded, k))).toEqual([true, false, false, true, true, false, true]);
    expect(KEYS.map((k) => isLowerBound(bounded, k))).toEqual([true, false, false, true, true, false, true]);
  });

  it("is false for a bound of 0 — unknown, not “at least 0” — in every kind, though the bound is there", () => {
    const zero = { ...bounded, musicRoomsShort: 0, classesOverCap: 0, largeClasses: 0, fundingShortfall: 0 };
    expect(KEYS.map((k) => atLeast(zero, k))).toEqual([false, false, false, false, false, false, false]);
    expect(["musicRoomsShort", "classesOverCap", "largeClasses", "fundingShortfall"].map((k) => isLowerBound(zero, k as ShortKey))).toEqual([true, true, true, true]);
  });

  it("is false for an unknown shortfall and for any figure of a school with no bound", () => {
    expect(atLeast({ ...bounded, musicRoomsShort: null, classesOverCap: null }, "musicRoomsShort")).toBe(false);
    expect(atLeast({ ...bounded, classesOverCap: null }, "classesOverCap")).toBe(false);
    const exact = makeGuarantee({ name: "乙小学", recordId: "r2", musicRoomsShort: 1, classesOverCap: 3, fundingShortfall: 80_000 });
    expect(KEYS.some((k) => atLeast(exact, k))).toBe(false);
  });
});

describe("SHORT_KEYS and hasShortfall: what puts a school in 缺口测算's guarantee table", () => {
  it("lists every shortfall in the table's column order (音乐, 美术, 超规模, 超班额, 大班额, 超大班额, 公用经费)", () => {
    expect(SHORT_KEYS).toEqual(KEYS);
  });

  it("is true for any one shortfall above 0, a lower bound included; false when all are 0, null or a surplus", () => {
    const none = { musicRoomsShort: 0, artRoomsShort: null, studentsOverCap: 0, classesOverCap: 0, largeClasses: 0, superLargeClasses: 0, fundingShortfall: -1200 };
    expect(hasShortfall(makeGuarantee({ name: "甲", recordId: "a", ...none }))).toBe(false);
    expect(KEYS.map((k) => hasShortfall(makeGuarantee({ name: "甲", recordId: "a", ...none, [k]: 1 })))).toEqual([true, true, true, true, true, true, true]);
    expect(hasShortfall(makeGuarantee({ name: "甲", recordId: "a", ...none, musicRoomsShort: 1, roomsShortLowerBound: { music: true, art: false } }))).toBe(true);
  });
});
