import { evaluate } from "../engine/evaluate";
import { fieldsOf, profileWith, recordOf } from "../engine/testing/fixtures";
import type { Evaluation } from "../engine/types";
import { evaluatedEntry } from "../workbook/write/overviewEntry";
import { overviewReport } from "./overviewReport";
import { toJsonReport } from "./toJsonReport";

/**
 * 红旗学校 (九年一贯制), 400 小学 and 300 初中 students (shares 400 ÷ 730, 330 ÷ 730), 3000 m² of sports ground
 * for the whole school, all else ample; sports ground at 200 yuan a m². Each stage leaves L5 at its floor:
 * 小学 6.375 × 400 = 2550 m² → 2550 × 730 ÷ 400 − 3000 = 1653.75 m² for the school, 330 750 yuan; 初中
 * 8.67 × 300 = 2601 m² → 2601 × 730 ÷ 330 − 3000 = 2753.727273 m², 550 745.45 yuan. One build serves both:
 * 缺口测算 gives the 初中 row 550 745.45 − 330 750 = 219 995.45 yuan, and planTotals adds up to 550 745.45.
 */
const PROFILE = profileWith({ unitCosts: { teacher: 100_000, teachingAreaM2: 3000, sportsAreaM2: 200, multimediaRoom: 30_000 } });
const STAGE = { qualifiedTeachers: 20, backboneTeachers: 5, peArtTeachers: 5 };

function hongqi(): Evaluation {
  const whole = { teachingArea: 5000, sportsTotalArea: 3000, equipmentValue: 2_000_000, multimediaRooms: 20 };
  const stageFields = { primary: fieldsOf({ ...STAGE, students: 400 }), junior: fieldsOf({ ...STAGE, students: 300 }) };
  const record = recordOf(whole, { name: "红旗学校", county: "清溪县", type: "nine_year", stage: null, stageFields });
  return evaluate({ records: [record], countyFigures: [], year: 2024 }, PROFILE);
}

interface PlanOut {
  totalCost: number;
  countedCost: number;
  sameBuild: { code: string; countedWith: string; amount: number; cost: number; all: boolean }[];
}

describe("the JSON reports of a 九年一贯制 school whose two failing stages build the same sports ground", () => {
  const evaluation = hongqi();

  it("gives each school's plan the cost its 缺口测算 row counts (countedCost) and the build the 小学 row counts (sameBuild); they add up to planTotals", () => {
    const r = JSON.parse(JSON.stringify(toJsonReport(evaluation, { issues: [], lang: "zh", profile: PROFILE }))) as { schools: { stage: string; passPlan: PlanOut }[]; counties: { planTotals: { cost: number }[] }[] };
    const [primary, junior] = r.schools.map((s) => s.passPlan);
    expect(primary?.totalCost).toBeCloseTo(330_750, 4);
    expect(primary?.countedCost).toBeCloseTo(330_750, 4);
    expect(primary?.sameBuild).toEqual([]);
    // The plan's own cost stays the whole build; the row counts what it adds.
    expect(junior?.totalCost).toBeCloseTo(550_745.4545, 3);
    expect(junior?.countedCost).toBeCloseTo(219_995.4545, 3);
    expect(junior?.sameBuild.map((b) => [b.code, b.countedWith, b.all])).toEqual([["L5", "primary", false]]);
    expect(junior?.sameBuild[0]?.amount).toBeCloseTo(1653.75, 6);
    expect(junior?.sameBuild[0]?.cost).toBeCloseTo(330_750, 4);
    const planned = (r.counties[0]?.planTotals ?? []).reduce((sum, t) => sum + t.cost, 0);
    expect(planned).toBeCloseTo(550_745.4545, 3);
    expect((primary?.countedCost ?? NaN) + (junior?.countedCost ?? NaN)).toBeCloseTo(planned, 6);
  });

  it("gives the overview's failing 初中 the same countedCost as the 未达标学校 cost column, beside the text saying so", () => {
    const entry = evaluatedEntry("清溪县.xlsx", evaluation, [], "清溪县-评估结果.xlsx");
    const report = JSON.parse(JSON.stringify(overviewReport([entry], { profile: "national-2017", profileName: "国家标准", lang: "zh", notes: [] }))) as { workbooks: { counties: { failingSchools: { passPlan: PlanOut; passPlanText: string }[] }[] }[] };
    const failing = report.workbooks[0]?.counties[0]?.failingSchools ?? [];
    expect(failing.map((f) => f.passPlan.countedCost)).toEqual([expect.closeTo(330_750, 4), expect.closeTo(219_995.4545, 3)]);
    expect(failing[1]?.passPlan.sameBuild.map((b) => [b.code, b.countedWith])).toEqual([["L5", "primary"]]);
    expect(failing[1]?.passPlanText).toContain("本行估算费用不再计入");
  });
});
