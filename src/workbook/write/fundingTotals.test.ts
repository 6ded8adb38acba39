import { fundingTotals } from "./fundingTotals";
import { makeGuarantee } from "./testing/makeEvaluation";

describe("fundingTotals: the 公用经费缺口 column added up per county", () => {
  const rural = { ruralFunded: 500, boardersUncounted: false } as const;

  it("adds the shortfalls, counting the schools short, the lower bounds and those not computed", () => {
    // 18 360 (a lower bound) + 80 000 = 98 360; 0 is no shortfall; 戊 not computed.
    const schools = [
      makeGuarantee({ name: "甲中学", recordId: "r1", type: "junior", fundingShortfall: 18_360, fundingShortfallLowerBound: rural }),
      makeGuarantee({ name: "乙小学", recordId: "r2", fundingShortfall: 80_000 }),
      makeGuarantee({ name: "丙小学", recordId: "r3", fundingShortfall: 0 }),
      makeGuarantee({ name: "戊小学", recordId: "r4", fundingShortfall: null }),
    ];
    expect(fundingTotals(schools)).toEqual({ short: 2, total: 98_360, lowerBounds: 1, notComputed: 1 });
  });

  it("one school; cents kept (15 000.5 + nothing else)", () => {
    expect(fundingTotals([makeGuarantee({ name: "甲小学", recordId: "r1", fundingShortfall: 15_000.5 })])).toEqual({ short: 1, total: 15_000.5, lowerBounds: 0, notComputed: 0 });
  });

  it("a lower bound of 0 is counted as a lower bound (the gap may be above 0), not as a school short", () => {
    expect(fundingTotals([makeGuarantee({ name: "甲中学", recordId: "r1", fundingShortfall: 0, fundingShortfallLowerBound: rural })])).toEqual({ short: 0, total: 0, lowerBounds: 1, notComputed: 0 });
  });

  it("null when nothing was computed, or only a special-education school's G7 of 0 (national-2017, no G6 norm)", () => {
    expect(fundingTotals([])).toBeNull();
    const special = makeGuarantee({ name: "特教学校", recordId: "s1", type: "special", fundingShortfall: 0 });
    expect(fundingTotals([makeGuarantee({ name: "甲小学", recordId: "r1" }), special])).toBeNull();
  });

  it("a special-education school short of its G7 funding is a figure of the column: 60 000 yuan, the ordinary school not computed", () => {
    const special = makeGuarantee({ name: "特教学校", recordId: "s1", type: "special", fundingShortfall: 60_000 });
    expect(fundingTotals([makeGuarantee({ name: "甲小学", recordId: "r1" }), special])).toEqual({ short: 1, total: 60_000, lowerBounds: 0, notComputed: 1 });
  });
});
