import { combinedNeeds } from "../../engine/combinedNeeds";
import { evaluate } from "../../engine/evaluate";
import { fieldsOf, profileWith, recordOf } from "../../engine/testing/fixtures";
import type { Evaluation, PassPlanStep } from "../../engine/types";
import type { ResultContext } from "./ResultContext";
import { failingSchoolsOf } from "./failingSchoolsSheet";
import type { OverviewCounty, OverviewEntry } from "./overviewEntry";
import { failingSections } from "./overviewNeeds";
import { planTotals } from "./planTotals";
import { shortfallsSheet } from "./shortfallsSheet";
import { ownCost, sharedBuilds, sharedBuildsText } from "./sharedBuilds";
import { makeSection } from "./testing/makeEvaluation";

/**
 * 红旗学校 (九年一贯制), 400 小学 and 300 初中 students: weighted 400 + 1.1 × 300 = 730, shares 400 ÷ 730 and
 * 330 ÷ 730. Whole school: 3000 m² of sports ground, all else ample (teaching area 5000 m², equipment
 * 2 000 000 yuan, 20 rooms; teachers per stage at or above standard). L5 fails in both stages:
 *   小学 3000 × 400 ÷ 730 = 1643.84 m² → 4.11 per student (floor 6.375); 初中 1356.16 m² → 4.52 (floor 8.67).
 * Each way to pass leaves L5 at its floor (the other plans need L5 to standard and more besides):
 *   小学 6.375 × 400 = 2550 m² for the section, 2550 × 730 ÷ 400 = 4653.75 for the school: it builds 1653.75 m²;
 *   初中 8.67 × 300 = 2601 m², 2601 × 730 ÷ 330 = 5753.727273: it builds 2753.727273 m².
 * One build serves both: the school builds the larger, 2753.727273 m² (the 合校 table's byPlan). At 200 yuan a m²
 * the rows cost 330 750 and 550 745.45; added up, 881 495.45 would count the 1653.75 m² twice. The 初中 row
 * counts only 2753.727273 − 1653.75 = 1099.977273 m², 219 995.45 yuan: the column adds up to 550 745.45.
 */
const PRIMARY = { students: 400, qualifiedTeachers: 20, backboneTeachers: 5, peArtTeachers: 5 };
const JUNIOR = { students: 300, qualifiedTeachers: 20, backboneTeachers: 5, peArtTeachers: 5 };
const WHOLE = { teachingArea: 5000, sportsTotalArea: 3000, equipmentValue: 2_000_000, multimediaRooms: 20 };
const PROFILE = profileWith({ unitCosts: { teacher: 100_000, teachingAreaM2: 3000, sportsAreaM2: 200, multimediaRoom: 30_000 } });

function hongqi(sportsTotalArea = 3000): Evaluation {
  const record = recordOf({ ...WHOLE, sportsTotalArea }, { name: "红旗学校", type: "nine_year", stage: null, stageFields: { primary: fieldsOf(PRIMARY), junior: fieldsOf(JUNIOR) } });
  return evaluate({ records: [record], countyFigures: [], year: 2024 }, PROFILE);
}

/** The 估算费用 (last column) and 达标方案 of the sections' table, by row. */
function planCells(evaluation: Evaluation, lang: "zh" | "en", profile = PROFILE): [unknown, unknown][] {
  const context: ResultContext = { issues: [], profileName: "国家标准", lang, profile };
  const table = shortfallsSheet(evaluation, context).tables.find((t) => t.name === "YZJH_Shortfalls");
  return (table?.rows ?? []).map((row) => [row[row.length - 2], row[row.length - 1]]);
}

describe("the ways to pass of a 九年一贯制 school whose two stages both build its sports ground", () => {
  const evaluation = hongqi();
  const sections = evaluation.counties[0]?.sections ?? [];

  it("the engine's plans: each stage's whole-school build of L5 at its floor, by hand", () => {
    const steps = sections.map((s) => s.passPlan?.steps.find((p) => p.code === "L5"));
    expect(sections.map((s) => [s.stage, s.pass, s.passPlan?.relaxed])).toEqual([["primary", false, "L5"], ["junior", false, "L5"]]);
    expect(steps[0]?.schoolAmount).toBeCloseTo(1653.75, 6);
    expect(steps[1]?.schoolAmount).toBeCloseTo(2753.727273, 5);
    expect(sections[0]?.passPlan?.totalCost).toBeCloseTo(330_750, 4);
    expect(sections[1]?.passPlan?.totalCost).toBeCloseTo(550_745.4545, 3);
  });

  it("the 初中 row's 估算费用 counts only what its build adds to the 小学's: the column adds up to the school's one build", () => {
    const cells = planCells(evaluation, "zh");
    expect(cells[0]?.[1]).toBeCloseTo(330_750, 4);
    expect(cells[1]?.[1]).toBeCloseTo(219_995.4545, 3);
    // The column's sum is the 合校 table's figure at 200 yuan a m², not 881 495.45.
    const byPlan = combinedNeeds(sections)[0]?.indicators.L5?.byPlan ?? NaN;
    expect(byPlan).toBeCloseTo(2753.727273, 5);
    expect(Number(cells[0]?.[1]) + Number(cells[1]?.[1])).toBeCloseTo(byPlan * 200, 3);
  });

  it("the 初中 row says the build is the same one, and how much of it the 小学 row counts, in either language; the 小学 row says nothing of it", () => {
    const [zh, en] = [planCells(evaluation, "zh"), planCells(evaluation, "en")];
    expect(String(zh[0]?.[0])).not.toContain("同一次整校建设");
    expect(String(zh[1]?.[0])).toContain("（L5 与小学为同一次整校建设：其中 1653.75 ㎡（约 330,750 元）已计入小学一行，本行估算费用不再计入）");
    expect(String(en[1]?.[0])).toContain(" (L5 is the same whole-school build as the primary section's: the primary row counts 1653.75 m² (about 330,750 yuan) of it, and this row's cost leaves that out)");
  });
});

describe("sharedBuilds", () => {
  const step = (code: PassPlanStep["code"], schoolAmount: number | undefined, cost: number | null): PassPlanStep =>
    schoolAmount === undefined ? { code, target: "standard", amount: 10, cost } : { code, target: "standard", amount: 10, schoolAmount, cost };
  const split = { recordId: "S!7", share: 0.5, shared: ["L4", "L5", "L6", "L7"] as const };
  const section = (stage: "primary" | "junior", steps: PassPlanStep[], recordId = "S!7") =>
    makeSection({ name: "红旗学校", row: 7, stage, pass: false, split: { ...split, shared: [...split.shared], recordId }, passPlan: { relaxed: "L1", steps, totalCost: steps.reduce((a, s) => a + (s.cost ?? 0), 0), basis: "cost" } });

  it("a later row asking less than the earlier one: all of its build is counted there (L6 73 000 yuan after 90 000: 73 000 counted, its own cost 0)", () => {
    const [a, b] = [section("primary", [step("L6", 90_000, 90_000)]), section("junior", [step("L6", 73_000, 73_000), step("L1", undefined, 100_000)])];
    const builds = sharedBuilds([a, b]);
    expect(builds.get(a)).toBeUndefined();
    expect(builds.get(b)).toEqual([{ code: "L6", countedWith: "primary", amount: 73_000, cost: 73_000, all: true }]);
    // The teacher of L1 is the 初中's own: 173 000 − 73 000.
    expect(ownCost(b.passPlan?.totalCost ?? null, builds.get(b) ?? [])).toBe(100_000);
  });

  it("leaves alone different schools, different indicators, steps without a whole-school amount; an unpriced step counts no cost", () => {
    const a = section("primary", [step("L5", 800, null)]);
    const other = section("junior", [step("L5", 900, null)], "S!8");
    const l4 = section("junior", [step("L4", 300, 900_000)]);
    const own = section("junior", [step("L7", undefined, 30_000)]);
    const later = section("junior", [step("L5", 969.09, null)]);
    const builds = sharedBuilds([a, other, l4, own, later]);
    expect([builds.get(other), builds.get(l4), builds.get(own)]).toEqual([undefined, undefined, undefined]);
    expect(builds.get(later)).toEqual([{ code: "L5", countedWith: "primary", amount: 800, cost: null, all: false }]);
    expect(ownCost(null, builds.get(later) ?? [])).toBeNull();
    expect(sharedBuildsText(builds.get(later) ?? [], "zh")).toBe("（L5 与小学为同一次整校建设：其中 800.00 ㎡已计入小学一行）");
  });

  it("no row of a school whose sections do not both build: nothing said", () => {
    expect(sharedBuilds([section("primary", [step("L1", undefined, 100_000)]), section("junior", [step("L5", 969.09, 193_818)])]).size).toBe(0);
    expect(sharedBuilds([]).size).toBe(0);
  });
});

describe("the ways-to-pass totals by stage of that school (planTotals)", () => {
  const sections = hongqi().counties[0]?.sections ?? [];

  it("the 小学 row counts its 1653.75 m² (330 750 yuan), the 初中 row only the 1099.977273 m² (219 995.45) its build adds: the rows add up to the one build", () => {
    const [primary, junior] = [planTotals(sections, "primary"), planTotals(sections, "junior")];
    expect(primary.sportsArea).toBeCloseTo(1653.75, 6);
    expect(primary.cost).toBeCloseTo(330_750, 4);
    expect(junior.sportsArea).toBeCloseTo(1099.977273, 5);
    expect(junior.cost).toBeCloseTo(219_995.4545, 3);
    expect(primary.sportsArea + junior.sportsArea).toBeCloseTo(2753.727273, 5);
    expect(junior).toMatchObject({ failing: 1, withoutPlan: 0, teachingArea: 0, yuan: 0, rooms: 0, unpriced: 0 });
  });

  it("with enough ground for the 小学 (5000 m²: 2739.73 m² of its share, 6.85 per student), only the 初中 builds, all of it counted: 753.727273 m²", () => {
    // 初中 share 5000 × 330 ÷ 730 = 2260.27 m² → 7.53 (floor 8.67): 5753.727273 − 5000 = 753.727273 m², 150 745.45 yuan.
    const alone = hongqi(5000).counties[0]?.sections ?? [];
    expect(alone.map((s) => s.pass)).toEqual([true, false]);
    expect(planTotals(alone, "junior").sportsArea).toBeCloseTo(753.727273, 5);
    expect(planTotals(alone, "junior").cost).toBeCloseTo(150_745.4545, 3);
  });
});

describe("the city's 未达标学校 rows of that school (failingSections, failingSchoolsOf)", () => {
  const county = hongqi().counties[0];

  it("gives the 初中 its build counted with the 小学, and the sheet's 估算费用 the 219 995.45 yuan its build adds", () => {
    const failing = county === undefined ? [] : failingSections(county, 2);
    expect(failing.map((f) => [f.stage, f.shared?.map((b) => [b.code, b.countedWith]) ?? null])).toEqual([["primary", null], ["junior", [["L5", "primary"]]]]);
    expect(failing[1]?.shared?.[0]?.amount).toBeCloseTo(1653.75, 6);
    const passing = { evaluated: 2, passing: 0, unjudged: 0, inScope: 2, noStudents: 0, share: 0, target: null, met: null };
    const overview: OverviewCounty = { county: "清溪县", areas: [], passing, recognised: null, coefficients: [], itemsNotMet: [], itemsPending: [], veto: [], estimatedPasses: [], hiddenRows: [], shortfalls: [], failing };
    const entry: OverviewEntry = { file: "清溪县.xlsx", outcome: { ok: true, year: 2024, counties: [overview], errors: 0, warnings: 0, result: "清溪县-评估结果.xlsx", floor: "85%" } };
    const rows = failingSchoolsOf([entry], "zh").tables[0]?.rows ?? [];
    expect(rows.map((r) => r[7])).toEqual([expect.closeTo(330_750, 4), expect.closeTo(219_995.4545, 3)]);
    expect(String(rows[1]?.[6])).toContain("（L5 与小学为同一次整校建设：其中 1653.75 ㎡（约 330,750 元）已计入小学一行，本行估算费用不再计入）");
  });
});

/**
 * The same 红旗学校 (shares 400 ÷ 730 and 330 ÷ 730), failing on one other shared value, worked by hand.
 * L6, 730 000 yuan of equipment and no unit costs (L6 is priced 1 yuan a yuan): 小学 400 000 yuan → 1000 a
 * student, 初中 330 000 → 1100 (floors 1700, 2125). Each relaxes L6 to its floor: 小学 680 000 − 400 000 =
 * 280 000 → 280 000 × 730 ÷ 400 = 511 000 for the school; 初中 637 500 − 330 000 = 307 500 → × 730 ÷ 330 =
 * 680 227.27. The 初中 row counts 680 227.27 − 511 000 = 169 227.27 yuan.
 * L7, 10 rooms at 30 000 yuan: 小学 5.479 rooms → 1.37 per 100 (floor 1.955), 初中 4.521 → 1.507 (floor 2.04).
 * 小学 (7.82 − 5.479) × 730 ÷ 400 = 4.27 → 5 rooms; 初中 (6.12 − 4.521) × 730 ÷ 330 = 3.54 → 4 rooms: the
 * 小学's 5 give the 初中 all it asks, and its row counts nothing.
 */
describe("a shared build in yuan (L6), and a later row whose build the earlier one covers (L7)", () => {
  const unpriced = profileWith({ unitCosts: null });
  const evaluationOf = (whole: Partial<typeof WHOLE>, profile: typeof PROFILE): Evaluation => {
    const record = recordOf({ ...WHOLE, sportsTotalArea: 8000, ...whole }, { name: "红旗学校", type: "nine_year", stage: null, stageFields: { primary: fieldsOf(PRIMARY), junior: fieldsOf(JUNIOR) } });
    return evaluate({ records: [record], countyFigures: [], year: 2024 }, profile);
  };

  it("L6: the yuan the 小学 row counts are said once, not again as their cost", () => {
    const evaluation = evaluationOf({ equipmentValue: 730_000 }, unpriced);
    const [zh, en] = [planCells(evaluation, "zh", unpriced), planCells(evaluation, "en", unpriced)];
    expect(zh[1]?.[1]).toBeCloseTo(169_227.2727, 3);
    expect(String(zh[1]?.[0])).toContain("（L6 与小学为同一次整校建设：其中 511,000 元已计入小学一行，本行估算费用不再计入）");
    expect(String(zh[1]?.[0])).not.toContain("约 511,000");
    expect(String(en[1]?.[0])).toContain(" (L6 is the same whole-school build as the primary section's: the primary row counts 511,000 yuan of it, and this row's cost leaves that out)");
  });

  it("L7: the 初中's 4 rooms are all in the 小学's 5, said as all of it; its cost and its rooms in the plan totals are 0", () => {
    const evaluation = evaluationOf({ multimediaRooms: 10 }, PROFILE);
    const sections = evaluation.counties[0]?.sections ?? [];
    expect(sections.map((s) => s.passPlan?.steps.map((p) => [p.code, p.schoolAmount, p.cost]))).toEqual([[["L7", 5, 150_000]], [["L7", 4, 120_000]]]);
    const [zh, en] = [planCells(evaluation, "zh"), planCells(evaluation, "en")];
    expect(zh.map((c) => c[1])).toEqual([150_000, 0]);
    expect(String(zh[1]?.[0])).toContain("（L7 与小学为同一次整校建设：所需 4 间（约 120,000 元）已全部计入小学一行，本行估算费用不再计入）");
    expect(String(en[1]?.[0])).toContain(" (L7 is the same whole-school build as the primary section's: the primary row counts all of it, 4 rooms (about 120,000 yuan), and this row's cost leaves it out)");
    expect([planTotals(sections, "primary").rooms, planTotals(sections, "junior").rooms]).toEqual([5, 0]);
  });
});
