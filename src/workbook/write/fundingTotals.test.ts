import { fundingTotals } from "./fundingTotals";
import { makeGuarantee } from "./testing/makeEvaluation";

describe("fundingTotals: the 公用经费缺口 column added up per county and item", () => {
  const rural = { ruralFunded: 500, boardersUncounted: false } as const;
  const special = (fundingShortfall: number | null) => makeGuarantee({ name: "特教学校", recordId: "s1", type: "special", fundingShortfall });

  it("adds the ordinary schools' shortfalls as G6, counting the schools short, the lower bounds and those not computed", () => {
    // 18 360 (a lower bound) + 80 000 = 98 360; 0 is no shortfall; 戊 not computed; the special school's 4 000 is G7's.
    const schools = [
      makeGuarantee({ name: "甲中学", recordId: "r1", type: "junior", fundingShortfall: 18_360, fundingShortfallLowerBound: rural }),
      makeGuarantee({ name: "乙小学", recordId: "r2", fundingShortfall: 80_000 }),
      makeGuarantee({ name: "丙小学", recordId: "r3", fundingShortfall: 0 }),
      makeGuarantee({ name: "戊小学", recordId: "r4", fundingShortfall: null }),
      special(4_000),
    ];
    expect(fundingTotals(schools, "G6")).toEqual({ item: "G6", short: 2, total: 98_360, lowerBounds: 1, notComputed: 1 });
    expect(fundingTotals(schools, "G7")).toEqual({ item: "G7", short: 1, total: 4_000, lowerBounds: 0, notComputed: 0 });
  });

  it("a 民办 school G6 does not judge (fundingExempt) is neither short nor not computed", () => {
    // 113 420 alone: 第一初级中学 民办, whose shortfall the engine leaves null, is out of the item.
    const exempt = makeGuarantee({ name: "第一初级中学", recordId: "r1", type: "junior", fundingShortfall: null, fundingExempt: "private" });
    const other = makeGuarantee({ name: "第二初级中学", recordId: "r2", type: "junior", fundingShortfall: 113_420 });
    expect(fundingTotals([exempt, other], "G6")).toEqual({ item: "G6", short: 1, total: 113_420, lowerBounds: 0, notComputed: 0 });
    expect(fundingTotals([exempt], "G6")).toBeNull();
  });

  it("one school; cents kept (15 000.5 + nothing else)", () => {
    const one = [makeGuarantee({ name: "甲小学", recordId: "r1", fundingShortfall: 15_000.5 })];
    expect(fundingTotals(one, "G6")).toEqual({ item: "G6", short: 1, total: 15_000.5, lowerBounds: 0, notComputed: 0 });
  });

  it("a lower bound of 0 is no lower bound of the total (atLeast: unknown, it adds nothing), nor a school short", () => {
    // The engine marks a bound only on a school short at it; a bound of 0 would say "at least 0", nothing.
    const floor = makeGuarantee({ name: "甲中学", recordId: "r1", fundingShortfall: 0, fundingShortfallLowerBound: rural });
    const exact = makeGuarantee({ name: "乙小学", recordId: "r2", fundingShortfall: 500 });
    expect(fundingTotals([floor], "G6")).toEqual({ item: "G6", short: 0, total: 0, lowerBounds: 0, notComputed: 0 });
    expect(fundingTotals([floor, exact], "G6")).toEqual({ item: "G6", short: 1, total: 500, lowerBounds: 0, notComputed: 0 });
  });

  it("null when nothing was computed, or only a special-education school's G7 of 0 (national-2017, no G6 norm)", () => {
    expect(fundingTotals([], "G6")).toBeNull();
    expect(fundingTotals([], "G7")).toBeNull();
    const list = [makeGuarantee({ name: "甲小学", recordId: "r1" }), special(0)];
    expect(fundingTotals(list, "G6")).toBeNull();
    expect(fundingTotals(list, "G7")).toBeNull();
  });

  it("national-2017: a special school 60 000 yuan short is G7's alone; no G6 total, whose 35 uncomputed schools have no norm", () => {
    const ordinary = Array.from({ length: 35 }, (_, i) => makeGuarantee({ name: `学校${i}`, recordId: `r${i}` }));
    expect(fundingTotals([...ordinary, special(60_000)], "G6")).toBeNull();
    expect(fundingTotals([...ordinary, special(60_000)], "G7")).toEqual({ item: "G7", short: 1, total: 60_000, lowerBounds: 0, notComputed: 0 });
  });

  it("all equal: two ordinary schools 500 short each → 2 schools, 1 000 yuan; a special school not computed counts only for G7", () => {
    const equal = (name: string) => makeGuarantee({ name, recordId: name, fundingShortfall: 500 });
    const schools = [equal("甲"), equal("乙"), special(null)];
    expect(fundingTotals(schools, "G6")).toEqual({ item: "G6", short: 2, total: 1_000, lowerBounds: 0, notComputed: 0 });
    expect(fundingTotals(schools, "G7")).toBeNull();
  });
});
