import { commonPending, withoutCommon } from "./commonPending";
import type { OverviewCounty } from "./overviewEntry";

const county = (itemsPending: string[]): OverviewCounty => ({ county: "甲县", areas: [], passing: { evaluated: 0, passing: 0, unjudged: 0, inScope: 0, noStudents: 0, share: null, target: null, met: null }, recognised: null, coefficients: [], itemsNotMet: [], itemsPending, veto: [], estimatedPasses: [], hiddenRows: [], shortfalls: [], failing: [] });
const all24 = ["G1", "G2", "G3", "G5", "G6", "G7", "G8", "G9", "G10", "G11", "G12", "G13", "G14", "G15", "Q1", "Q2", "Q3", "Q4", "Q5", "Q6", "Q7", "Q8", "Q9", "R1"];

describe("commonPending", () => {
  it("takes the list most counties share (22 counties without county figures: the same 24 codes)", () => {
    expect(commonPending([county(["G3", "G5", "G6", "Q4"]), ...Array.from({ length: 21 }, () => county(all24))])).toEqual(all24);
  });

  it("counts a county holding a list and more among its holders, and takes the list that saves the most codes, not the shortest every county holds", () => {
    expect(commonPending([county(["G1", "G2", "G11"]), county(["G1", "G2", "G11", "Q1"]), county(["G5", "G6", "G7"])])).toEqual(["G1", "G2", "G11"]);
    // G3 G5 G6 Q4 is held by all 22 (88 codes saved), the 24 by 21 (504).
    expect(commonPending([county(["G3", "G5", "G6", "Q4"]), ...Array.from({ length: 21 }, () => county(all24))])).toEqual(all24);
  });

  it("takes the first of two lists as frequent, and none when no list is shared by two counties", () => {
    expect(commonPending([county(["G1", "G2", "G3"]), county(["Q1", "Q2", "Q3"]), county(["Q1", "Q2", "Q3"]), county(["G1", "G2", "G3"])])).toEqual(["G1", "G2", "G3"]);
    expect(commonPending([county(["G1", "G2", "G3"]), county(["Q1", "Q2", "Q3"])])).toEqual([]);
    expect(commonPending([county(all24)])).toEqual([]);
    expect(commonPending([])).toEqual([]);
  });

  it("leaves short lists on their rows: two codes are no longer than a reference to a note", () => {
    expect(commonPending([county(["R1", "Q9"]), county(["R1", "Q9"])])).toEqual([]);
    expect(commonPending([county([]), county([])])).toEqual([]);
  });
});

describe("withoutCommon", () => {
  it("takes the common codes out of a county holding them all, and leaves another's list whole", () => {
    expect(withoutCommon(["G1", "G2", "G11", "Q1"], ["G1", "G2", "G11"])).toEqual({ common: true, rest: ["Q1"] });
    expect(withoutCommon(["G1", "G2", "G11"], ["G1", "G2", "G11"])).toEqual({ common: true, rest: [] });
    expect(withoutCommon(["G1", "G11"], ["G1", "G2", "G11"])).toEqual({ common: false, rest: ["G1", "G11"] });
    expect(withoutCommon(["G1"], [])).toEqual({ common: false, rest: ["G1"] });
  });
});
