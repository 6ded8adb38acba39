import { shareRangeEnds } from "./shareRangeEnds";

describe("shareRangeEnds", () => {
  it("gives all failing … all passing, each end on its side of the target", () => {
    // 8 ÷ 14 = 0.571428…, 14 ÷ 14 = 1; no target: one decimal.
    expect(shareRangeEnds({ passing: 8, unjudged: 6, inScope: 14, target: null })).toEqual({ low: "57.1%", high: "100.0%" });
    // 96 ÷ 113 = 0.849558 shows 85.0% at one decimal beside a target of 85%: two keep it below.
    expect(shareRangeEnds({ passing: 96, unjudged: 17, inScope: 113, target: { year: 2024, share: 0.85 } })).toEqual({ low: "84.96%", high: "100.00%" });
  });

  it("is null when every section was judged, and covers one school unjudged alone (0% … 100%)", () => {
    expect(shareRangeEnds({ passing: 3, unjudged: 0, inScope: 3, target: null })).toBeNull();
    expect(shareRangeEnds({ passing: 0, unjudged: 1, inScope: 1, target: null })).toEqual({ low: "0.0%", high: "100.0%" });
  });
});
