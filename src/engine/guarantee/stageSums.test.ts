import { addStageStudents, emptyStageSums, requiredFor, resetStageSums, stageSumsOf, totalStudents } from "./stageSums";

const NORM = { primary: 800, junior: 1040 };

describe("stage sums", () => {
  it("adds students per stage and keeps the order the stages were first counted in", () => {
    const s = emptyStageSums();
    addStageStudents(s, 1, 210);
    addStageStudents(s, 0, 166);
    addStageStudents(s, 1, 40);
    expect([s.count, Array.from(s.order.subarray(0, s.count)), Array.from(s.sums)]).toEqual([2, [1, 0], [166, 250]]);
    expect(totalStudents(s)).toBe(416);
  });
  it("starts afresh after a reset", () => {
    const s = addStageStudents(emptyStageSums(), 0, 99);
    resetStageSums(s);
    expect([s.count, totalStudents(s), Array.from(s.sums)]).toEqual([0, 0, [0, 0]]);
  });
  it("reads a Map of stage students in its order", () => {
    const s = stageSumsOf(new Map([["junior", 30], ["primary", 60]]));
    expect([Array.from(s.order.subarray(0, s.count)), s.sums[0], s.sums[1]]).toEqual([[1, 0], 60, 30]);
  });
});

describe("requiredFor (rules.md §4 item 6, seed 000 norms 800 / 1040)", () => {
  it("weights each stage's norm by its students and scales to the funded students", () => {
    // (800 × 60 + 1040 × 30) × 100 ÷ 90 = 79 200 × 100 ÷ 90 = 88 000
    expect(requiredFor(stageSumsOf(new Map([["primary", 60], ["junior", 30]])), 100, NORM)).toBeCloseTo(88000, 9);
    // One stage, no tier: 1040 × 120 = 124 800
    expect(requiredFor(stageSumsOf(new Map([["junior", 120]])), 120, NORM)).toBe(124800);
  });
  it("gives a school without students its tier at the lowest norm of its stages", () => {
    expect(requiredFor(stageSumsOf(new Map([["primary", 0], ["junior", 0]])), 100, NORM)).toBe(80000);
    expect(requiredFor(stageSumsOf(new Map([["junior", 0]])), 100, NORM)).toBe(104000);
  });
  it("refuses a school without any stage (no norm applies: the callers stop before asking), and one that was emptied again", () => {
    expect(() => requiredFor(emptyStageSums(), 100, NORM)).toThrow(/no stage/);
    expect(() => requiredFor(resetStageSums(stageSumsOf(new Map([["primary", 60]]))), 100, NORM)).toThrow(/no stage/);
  });
});
