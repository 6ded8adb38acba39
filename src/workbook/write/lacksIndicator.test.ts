import { incompleteOfStage, lacksIndicator } from "./lacksIndicator";
import { makeIndicators, makeSection } from "./testing/makeEvaluation";

/** All seven indicators but L6 (its numerator not given). */
const withoutL6 = Object.fromEntries(Object.entries(makeIndicators()).filter(([code]) => code !== "L6"));

describe("lacksIndicator", () => {
  it("an in-scope section of 400 students without L6 lacks L6, not L4, which it has", () => {
    const s = makeSection({ name: "甲小学", row: 5, students: 400, indicators: withoutL6 });
    expect([lacksIndicator(s, "L6"), lacksIndicator(s, "L4")]).toEqual([true, false]);
  });
  it("a section whose student count is unknown counts as having students: it lacks L6", () => {
    expect(lacksIndicator(makeSection({ name: "乙小学", row: 6, students: null, indicators: withoutL6 }), "L6")).toBe(true);
  });
  it("a section of 0 students needs nothing measured, and one out of scope is not counted", () => {
    expect(lacksIndicator(makeSection({ name: "丙小学", row: 7, students: 0, indicators: withoutL6 }), "L6")).toBe(false);
    expect(lacksIndicator(makeSection({ name: "丁教学点", row: 8, students: 30, included: false, exclusion: "small_teaching_point", indicators: {} }), "L6")).toBe(false);
  });
});

describe("lacksIndicator: edge cases", () => {
  it("a section with all seven indicators lacks none of them", () => {
    const s = makeSection({ name: "甲小学", row: 5, students: 1 });
    expect((["L1", "L2", "L3", "L4", "L5", "L6", "L7"] as const).map((code) => lacksIndicator(s, code))).toEqual([false, false, false, false, false, false, false]);
  });
  it("a section with no indicators at all lacks every one, if in scope with students; with 0 students or out of scope, none", () => {
    const bare = (students: number | null, included = true) => makeSection({ name: "乙小学", row: 6, students, included, indicators: {} });
    expect([lacksIndicator(bare(1), "L1"), lacksIndicator(bare(null), "L7")]).toEqual([true, true]);
    expect([lacksIndicator(bare(0), "L1"), lacksIndicator(bare(0, false), "L1"), lacksIndicator(bare(null, false), "L1")]).toEqual([false, false, false]);
  });
});

describe("incompleteOfStage: the sections a stage's shortfall totals leave out", () => {
  it("counts 甲小学 (no L6) of the primary stage, not 乙小学 (complete), 丙中学 (junior), 丁小学 (0 students) nor 戊教学点 (out of scope)", () => {
    const sections = [
      makeSection({ name: "甲小学", row: 5, indicators: withoutL6 }),
      makeSection({ name: "乙小学", row: 6 }),
      makeSection({ name: "丙中学", row: 7, stage: "junior", indicators: withoutL6 }),
      makeSection({ name: "丁小学", row: 8, students: 0, indicators: {} }),
      makeSection({ name: "戊教学点", row: 9, included: false, exclusion: "small_teaching_point", indicators: {} }),
    ];
    expect([incompleteOfStage(sections, "primary"), incompleteOfStage(sections, "junior")]).toEqual([1, 1]);
    expect(incompleteOfStage([], "primary")).toBe(0);
  });
});
