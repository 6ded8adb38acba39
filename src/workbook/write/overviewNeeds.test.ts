import { failingSections, overviewShortfalls } from "./overviewNeeds";
import { makeCounty, makeIndicator, makeIndicators, makeSection } from "./testing/makeEvaluation";

describe("failingSections", () => {
  const sections = [
    makeSection({ name: "甲小学", row: 5 }),
    // L7 1.5 below 85% of 2.3 (1.955), L1 4.0 at it (3.57 ≤ 4.0 < 4.2).
    makeSection({ name: "乙小学", row: 6, indicators: makeIndicators({ L7: makeIndicator("L7", 1.5, 2), L1: makeIndicator("L1", 4, 1) }), metCount: 5, pass: false }),
    // Out of scope, failing on what it has: judged nowhere, not listed.
    makeSection({ name: "丙教学点", row: 7, included: false, exclusion: "small_teaching_point", pass: false }),
    // Not evaluable and undecided: not failing.
    makeSection({ name: "丁小学", row: 8, evaluable: false, notEvaluable: ["missing_numerator"], pass: null }),
    // Failed by the indicators it has, L6 missing: listed, incomplete.
    makeSection({ name: "戊小学", row: 9, evaluable: false, notEvaluable: ["missing_numerator"], indicators: makeIndicators({ L2: makeIndicator("L2", 0.5, 1) }), pass: false }),
  ];

  it("lists the sections in scope that fail, each at its row on 学校达标 from the county's first (20: 乙小学 21, 戊小学 24)", () => {
    const failing = failingSections(makeCounty({ sections }), 20);
    expect(failing.map((f) => [f.school, f.row, f.below, f.atFloor, f.incomplete])).toEqual([
      ["乙小学", 21, ["L7"], ["L1"], false],
      ["戊小学", 24, ["L2"], [], true],
    ]);
  });

  it("gives no row when the result was not written, and nothing for a county all passing or of one section passing", () => {
    expect(failingSections(makeCounty({ sections }), null).map((f) => f.row)).toEqual([null, null]);
    expect(failingSections(makeCounty({ sections: [makeSection({ name: "甲小学", row: 5 })] }), 10)).toEqual([]);
  });
});

describe("overviewShortfalls", () => {
  it("copies each stage's totals with the sections of that stage lacking an indicator (those not in them)", () => {
    const lacking = makeSection({ name: "乙小学", row: 6, indicators: makeIndicators({}), students: 300 });
    const { L6: _, ...withoutL6 } = lacking.indicators;
    const county = makeCounty({ sections: [makeSection({ name: "甲小学", row: 5 }), { ...lacking, indicators: withoutL6 }] });
    expect(overviewShortfalls(county)).toEqual([{ stage: "primary", byIndicator: { L1: 0, L2: 0, L3: 0, L4: 400, L5: 0, L6: 80000, L7: 0 }, incomplete: 1 }]);
    expect(overviewShortfalls(makeCounty({ shortfallTotals: [] }))).toEqual([]);
  });
});
