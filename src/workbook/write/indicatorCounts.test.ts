import { indicatorCounts } from "./indicatorCounts";
import { makeIndicator, makeIndicators, makeSection, PRIMARY_STANDARDS } from "./testing/makeEvaluation";

/** Counts as [evaluated, met, floor, below, share] per indicator L1..L7, for short expectations. */
function table(counts: ReturnType<typeof indicatorCounts>) {
  return counts.map((c) => [c.code, c.evaluated, c.met, c.floor, c.below, c.share]);
}

describe("indicatorCounts", () => {
  it("counts met, at the 85% floor and below per indicator (hand count of three schools)", () => {
    // A: all seven at 1.2 × standard. B: L4 3.5 (< 0.85 × 4.5 = 3.825: below), L6 1800 (≥ 1700: floor).
    // C: L1 exactly at the standard 4.2 (met), L6 exactly at the floor 1700 (floor), L7 1.9 (< 1.955: below).
    const sections = [
      makeSection({ name: "A", row: 5 }),
      makeSection({ name: "B", row: 6, indicators: makeIndicators({ L4: makeIndicator("L4", 3.5), L6: makeIndicator("L6", 1800) }) }),
      makeSection({ name: "C", row: 7, indicators: makeIndicators({ L1: makeIndicator("L1", 4.2), L6: makeIndicator("L6", 1700), L7: makeIndicator("L7", 1.9) }) }),
    ];
    expect(table(indicatorCounts(sections, "primary"))).toEqual([
      ["L1", 3, 3, 0, 0, 1],
      ["L2", 3, 3, 0, 0, 1],
      ["L3", 3, 3, 0, 0, 1],
      ["L4", 3, 2, 0, 1, 2 / 3],
      ["L5", 3, 3, 0, 0, 1],
      ["L6", 3, 1, 2, 0, 1 / 3],
      ["L7", 3, 2, 0, 1, 2 / 3],
    ]);
  });

  it("leaves out sections out of scope, of the other stage, and without the indicator's value (zero students)", () => {
    const withoutL4 = Object.fromEntries(Object.entries(makeIndicators()).filter(([code]) => code !== "L4"));
    const sections = [
      makeSection({ name: "in", row: 5 }),
      makeSection({ name: "teaching point", row: 6, included: false, exclusion: "small_teaching_point", indicators: makeIndicators({ L1: makeIndicator("L1", 1) }) }),
      makeSection({ name: "junior", row: 7, stage: "junior", indicators: makeIndicators({ L1: makeIndicator("L1", 1) }) }),
      makeSection({ name: "zero students", row: 8, students: 0, evaluable: false, indicators: {} }),
      // Missing L4's numerator: not evaluable as a school, but its other six values still count.
      makeSection({ name: "no L4", row: 9, evaluable: false, indicators: withoutL4 }),
    ];
    const counts = indicatorCounts(sections, "primary");
    expect(counts.find((c) => c.code === "L1")).toEqual({ code: "L1", evaluated: 2, met: 2, floor: 0, below: 0, share: 1 });
    // "no L4" lacks L4: not evaluated for it (its missing count is the engine's, IndicatorStats.missing).
    expect(counts.find((c) => c.code === "L4")).toEqual({ code: "L4", evaluated: 1, met: 1, floor: 0, below: 0, share: 1 });
  });

  it("gives one school its own status, and all-equal schools the same count", () => {
    const one = indicatorCounts([makeSection({ name: "only", row: 5, indicators: makeIndicators({ L2: makeIndicator("L2", 0.9) }) })], "primary");
    expect(one[1]).toEqual({ code: "L2", evaluated: 1, met: 0, floor: 1, below: 0, share: 0 });
    const equal = [5, 6, 7, 8].map((row) => makeSection({ name: `s${row}`, row, indicators: makeIndicators({ L5: makeIndicator("L5", PRIMARY_STANDARDS.L5 * 0.5) }) }));
    expect(indicatorCounts(equal, "primary")[4]).toEqual({ code: "L5", evaluated: 4, met: 0, floor: 0, below: 4, share: 0 });
  });

  it("reports no share (null, not 0) when no section has a value", () => {
    const counts = indicatorCounts([makeSection({ name: "zero", row: 5, students: 0, indicators: {} })], "primary");
    expect(counts.every((c) => c.evaluated === 0 && c.met === 0 && c.share === null)).toBe(true);
    expect(indicatorCounts([], "junior")).toHaveLength(7);
  });
});
