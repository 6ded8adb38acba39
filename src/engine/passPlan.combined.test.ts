import { evaluateSection } from "./evaluateSection";
import { evaluateIndicator } from "./evaluateIndicator";
import { cheapestPassPlan, schoolAddition } from "./passPlan";
import { recordSections } from "./recordSections";
import { fieldsOf, NATIONAL, profileWith, recordOf } from "./testing/fixtures";
import { INDICATOR_CODES, type IndicatorCode, type IndicatorResult, type SplitInfo } from "./types";

/**
 * The cheapest way to pass for a section of a combined school (rules.md §2 "Combined schools",
 * §7): what the school adds to a shared resource reaches the section only by its share, so a plan
 * building it is priced at what the whole school builds.
 *
 * 红旗学校 (九年一贯制), 400 小学 and 300 初中 students: weighted 400 + 1.1 × 300 = 730, the 初中 share
 * 330 ÷ 730. Whole school: teaching area 4500 m² of which 300 m² indoor sports rooms (L4 net 4200),
 * sports ground 5500 m² (L5 5500 + 300 = 5800), equipment 1 700 000 yuan, 18 multimedia rooms.
 * 初中: 本科及以上 15 teachers (L1 5.0: standard 5.3, floor 4.505), backbone 3, PE / arts 3.
 *   L5 numerator 5800 × 330 ÷ 730 = 2621.917808 m² → 8.739726 m² per student (standard 10.2, floor 8.67).
 *   Relax L1 (gap 1 − 5.0 ÷ 5.3 = 0.0566): L5 to standard 10.2 × 300 − 2621.917808 = 438.082192 m², which the
 *     section gets only if the school builds 438.082192 × 730 ÷ 330 = 3060 × 730 ÷ 330 − 5800 = 969.090909 m².
 *   Relax L5 (gap 0.1432): L1 to standard ceil(5.3 × 3 − 15) = ceil(0.9) = 1 teacher; L5 floor 8.67 × 300 = 2601 ≤ 2621.92 → 0.
 */
const SHARE = 330 / 730;
const SPLIT: SplitInfo = { recordId: "S!2", share: SHARE, shared: ["L4", "L5", "L6", "L7"] };
const NUMERATORS: Record<IndicatorCode, number> = {
  L1: 15,
  L2: 3,
  L3: 3,
  L4: (4200 * 330) / 730,
  L5: (5800 * 330) / 730,
  L6: (1_700_000 * 330) / 730,
  L7: (18 * 330) / 730,
};
const JUNIOR: Record<IndicatorCode, IndicatorResult> = Object.fromEntries(
  INDICATOR_CODES.map((code) => [code, evaluateIndicator({ code, stage: "junior", numerator: NUMERATORS[code], students: 300, cells: [] }, NATIONAL)]),
) as Record<IndicatorCode, IndicatorResult>;
const costs = (sportsAreaM2: number) => profileWith({ unitCosts: { teacher: 100_000, teachingAreaM2: 3000, sportsAreaM2, multimediaRoom: 30_000 } });

describe("schoolAddition", () => {
  it("is the section's gap over its share: 438.08 m² of the 初中's share is 969.09 m² for the school", () => {
    expect(schoolAddition("L5", 10.2, 300, NUMERATORS.L5, SPLIT)).toBeCloseTo(969.090909, 5);
  });
  it("rounds rooms up for the school: L7 with 6 rooms (初中 share 2.712329) to 2.4 needs 7.2 × 730 ÷ 330 − 6 = 9.93 → 10", () => {
    expect(schoolAddition("L7", 2.4, 300, (6 * 330) / 730, SPLIT)).toBe(10);
  });
  it("is null for a section of its own, for an indicator the stage gives itself (teachers), and for a share of 1", () => {
    // 红旗学校 with no 小学 students: the 初中 takes all 5800 m², short 3060 − 5800 = 0; at 2000 m² it is short 3060 − 2000 = 1060 m²,
    // which is what the school adds: no second amount to name.
    const whole: SplitInfo = { recordId: "S!2", share: 1, shared: ["L4", "L5", "L6", "L7"] };
    expect(schoolAddition("L5", 10.2, 300, 2000, whole)).toBeNull();
    expect(cheapestPassPlan({ ...JUNIOR, L5: evaluateIndicator({ code: "L5", stage: "junior", numerator: 2000, students: 300, cells: [] }, NATIONAL) }, 300, costs(50), whole).steps.some((s) => s.schoolAmount !== undefined)).toBe(false);
    expect(schoolAddition("L5", 10.2, 300, NUMERATORS.L5, null)).toBeNull();
    expect(schoolAddition("L1", 5.3, 300, 15, SPLIT)).toBeNull();
  });
});

describe("cheapestPassPlan for a section of a combined school", () => {
  it("prices a shared step at what the whole school builds: 969.09 m² × 200 = 193 818 yuan is dearer than 1 teacher at 100 000", () => {
    // By the section's share alone 438.08 m² × 200 = 87 616 yuan would look cheaper than the teacher.
    const plan = cheapestPassPlan(JUNIOR, 300, costs(200), SPLIT);
    expect(plan.relaxed).toBe("L5");
    expect(plan.basis).toBe("cost");
    expect(plan.totalCost).toBe(100_000);
    expect(plan.steps).toEqual([
      { code: "L1", target: "standard", amount: 1, cost: 100_000 },
      { code: "L5", target: "floor", amount: 0, cost: 0 },
    ]);
  });
  it("when building is still cheaper (50 yuan per m²), the step keeps the section's amount and adds the school's, priced", () => {
    // 969.090909 × 50 = 48 454.55 yuan < 100 000.
    const plan = cheapestPassPlan(JUNIOR, 300, costs(50), SPLIT);
    expect(plan.relaxed).toBe("L1");
    const l5 = plan.steps.find((s) => s.code === "L5");
    expect(l5?.amount).toBeCloseTo(438.082192, 5);
    expect(l5?.schoolAmount).toBeCloseTo(969.090909, 5);
    expect(l5?.cost).toBeCloseTo(48_454.545455, 4);
    expect(plan.totalCost).toBeCloseTo(48_454.545455, 4);
  });
  it("a section of its own is priced by its own amount, as before", () => {
    const plan = cheapestPassPlan(JUNIOR, 300, costs(200));
    expect(plan.relaxed).toBe("L1");
    expect(plan.totalCost).toBeCloseTo(87_616.438356, 4);
    expect(plan.steps.some((s) => s.schoolAmount !== undefined)).toBe(false);
  });
  it("evaluateSection passes the split on: the 初中 of a one-row 九年一贯制 record relaxes L5, 1 teacher", () => {
    const record = recordOf(
      { teachingArea: 4500, indoorSportsArea: 300, sportsGroundArea: 5500, equipmentValue: 1_700_000, multimediaRooms: 18 },
      {
        type: "nine_year",
        stage: null,
        stageFields: {
          primary: fieldsOf({ students: 400, qualifiedTeachers: 18, backboneTeachers: 4, peArtTeachers: 4 }),
          junior: fieldsOf({ students: 300, qualifiedTeachers: 15, backboneTeachers: 3, peArtTeachers: 3 }),
        },
      },
    );
    const profile = costs(200);
    const junior = recordSections(record, profile).map((s) => evaluateSection(s, profile).section).find((s) => s.stage === "junior");
    expect(junior?.split?.share).toBeCloseTo(SHARE, 12);
    expect(junior?.pass).toBe(false);
    expect(junior?.passPlan).toMatchObject({ relaxed: "L5", totalCost: 100_000, basis: "cost" });
  });
});
