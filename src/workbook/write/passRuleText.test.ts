import type { IndicatorResult, PassPlan } from "../../engine/types";
import { builtInProfile } from "../../profiles/resolveProfile";
import { withOverride } from "../../profiles/withOverride";
import type { TableSpec } from "../types";
import { chartPlans } from "./chartPlans";
import { coefficientsSheet } from "./coefficientsSheet";
import { passPlanText } from "./passPlanText";
import { passRuleParams, percentText } from "./passRuleText";
import type { ResultContext } from "./ResultContext";
import { schoolsSheet } from "./schoolsSheet";
import { shortfallsSheet } from "./shortfallsSheet";
import { summarySheet } from "./summarySheet";
import { makeCounty, makeEvaluation, makeIndicators, makeSection } from "./testing/makeEvaluation";

/** A workbook's 规则 sheet set passRule.floorRatio = 80% (as U2-规则表.xlsx does). */
const floor80 = withOverride(builtInProfile("national-2017"), { passRule: { floorRatio: 0.8 } });
const zh: ResultContext = { issues: [], profileName: "国家标准", lang: "zh", profile: floor80 };
const en: ResultContext = { ...zh, profileName: "National", lang: "en" };

describe("percentText", () => {
  it("writes a share as a percent with its own decimals only, noise rounded away", () => {
    expect(percentText(0.85)).toBe("85%");
    expect(percentText(0.8)).toBe("80%");
    expect(percentText(0.875)).toBe("87.5%");
    // 0.07 × 100 = 7.000000000000001 in binary floating point.
    expect(percentText(0.07)).toBe("7%");
    expect(percentText(1)).toBe("100%");
    expect(percentText(0)).toBe("0%");
  });
});

describe("passRuleParams", () => {
  it("takes the floor and the count to meet from the profile used, national-2017's without one", () => {
    expect(passRuleParams(floor80)).toEqual({ floor: "80%", minMet: 6 });
    expect(passRuleParams(builtInProfile("national-2017"))).toEqual({ floor: "85%", minMet: 6 });
    expect(passRuleParams(undefined)).toEqual({ floor: "85%", minMet: 6 });
  });
});

/**
 * 乙小学 (400 students) fails with the floor at 80%. L1: 13 teachers = 3.25 per 100 students, below
 * 80% of 4.2 (3.36); to the standard 4.2 × 4 = 16.8 → 17, 4 short. L4: 1480 m² = 3.7 per student,
 * at least 80% of 4.5 (3.6) but below 85% (3.825). Relaxing L1 to 80%: 3.36 × 4 = 13.44 → 14, one
 * teacher (to 85% it would be 3.57 × 4 = 14.28 → 15, two); L4 to standard: (4.5 − 3.7) × 400 = 320 m².
 */
const l1Below: IndicatorResult = { code: "L1", numerator: 13, value: 3.25, standard: 4.2, floor: 4.2 * 0.8, status: "below", ratio: 3.25 / 4.2, shortfall: 4, cells: [] };
const l4AtFloor: IndicatorResult = { code: "L4", numerator: 1480, value: 3.7, standard: 4.5, floor: 4.5 * 0.8, status: "floor", ratio: 3.7 / 4.5, shortfall: 320, cells: [] };
const plan: PassPlan = {
  relaxed: "L1",
  steps: [
    { code: "L1", target: "floor", amount: 1, cost: null },
    { code: "L4", target: "standard", amount: 320, cost: null },
  ],
  totalCost: null,
  basis: "largest_gap",
};
const failing = makeSection({ name: "乙小学", row: 6, students: 400, indicators: makeIndicators({ L1: l1Below, L4: l4AtFloor }), metCount: 5, pass: false, passPlan: plan });
const evaluation = makeEvaluation({
  counties: [makeCounty({ sections: [failing], areas: [{ area: "resources", verdict: "not_met", reasons: ["sections_failing"], pending: [] }] })],
});

const column = (t: TableSpec | undefined, header: string) => t?.columns.findIndex((c) => c.header === header) ?? -1;

describe("the texts naming the floor say the profile's floor (80% after a 规则 sheet), in both languages", () => {
  it("学校达标: the legend and the flags", () => {
    expect(schoolsSheet(evaluation, zh).notes).toContain("判定：达标 = 达到标准；达80%未达标 = 未达标准但不低于标准的80%；低于80% = 低于标准的80%。L1–L7 名称见《差异系数》表。");
    expect(schoolsSheet(evaluation, en).notes).toContain(
      "Flags: Met = at or above standard; 80%+, not met = below standard but at least 80% of it; Below 80% = under 80% of standard. L1–L7 are named on the Coefficients sheet.",
    );
    expect(schoolsSheet(evaluation, zh).notes.at(-1)).toMatch(/；低于标准但不低于其 80% 为“达80%未达标”。$/);
    expect(schoolsSheet(evaluation, en).notes.at(-1)).toMatch(/; below standard but at least 80% of it is “80%\+, not met”\.$/);
    const zhTable = schoolsSheet(evaluation, zh).tables[0];
    const enTable = schoolsSheet(evaluation, en).tables[0];
    expect(zhTable?.rows[0]?.[column(zhTable, "L1 判定")]).toBe("低于80%");
    expect(zhTable?.rows[0]?.[column(zhTable, "L4 判定")]).toBe("达80%未达标");
    expect(enTable?.rows[0]?.[column(enTable, "L1 flag")]).toBe("Below 80%");
    expect(enTable?.rows[0]?.[column(enTable, "L4 flag")]).toBe("80%+, not met");
  });

  it("差异系数: the count columns say the flags' words, and the add-in still finds them for its chart", () => {
    const zhCounts = coefficientsSheet(evaluation, zh).tables[1];
    const enCounts = coefficientsSheet(evaluation, en).tables[1];
    expect(zhCounts?.columns.map((c) => c.header)).toEqual(["指标", "名称", "有该项数据学校数", "达标", "达80%未达标", "低于80%", "该项达标学校比例"]);
    expect(enCounts?.columns.map((c) => c.header).slice(3, 6)).toEqual(["Met", "80%+, not met", "Below 80%"]);
    const stacked = chartPlans(coefficientsSheet(evaluation, zh)).filter((p) => p.type === "ColumnStacked");
    expect(stacked.map((p) => p.series.map((s) => s.column))).toEqual([[3, 4, 5]]);
  });

  it("缺口测算: the note, the relaxed column's header and the way to pass", () => {
    const zhSheet = shortfallsSheet(evaluation, zh);
    const enSheet = shortfallsSheet(evaluation, en);
    expect(zhSheet.notes).toContain("缺口：教师、教室为整数（向上取整），面积为平方米，设备值与经费为元；“只需达到80%的指标”为达标方案中只需补足到标准的80%、不必补足到标准的一项。");
    expect(enSheet.notes).toContain(
      "Shortfalls: teachers and rooms in whole numbers (rounded up), areas in m², equipment and funding in yuan; the “Indicator that only has to reach 80%” is the one indicator the way to pass raises only to 80% of its standard instead of to the standard.",
    );
    const zhTable = zhSheet.tables[0];
    const enTable = enSheet.tables[0];
    expect(zhTable?.rows[0]?.[column(zhTable, "只需达到80%的指标")]).toBe("L1");
    expect(zhTable?.rows[0]?.[column(zhTable, "达标方案")]).toBe("L1 补足到80%：1 人；L4 补足到标准：320.00 ㎡");
    expect(enTable?.rows[0]?.[column(enTable, "Indicator that only has to reach 80%")]).toBe("L1");
    expect(enTable?.rows[0]?.[column(enTable, "Way to pass")]).toBe("L1 to 80%: 1 teacher; L4 to standard: 320.00 m²");
  });

  it("the way to pass: a relaxed indicator already at the floor, and one needing nothing else", () => {
    const keep: PassPlan = { relaxed: "L3", steps: [{ code: "L3", target: "floor", amount: 0, cost: 0 }, { code: "L7", target: "standard", amount: 1, cost: null }], totalCost: null, basis: "largest_gap" };
    expect(passPlanText(keep, "zh", "80%")).toBe("L3 保留在80%以上即可；L7 补足到标准：1 间");
    expect(passPlanText(keep, "en", "80%")).toBe("L3 can stay at 80% or more; L7 to standard: 1 room");
    const nothing: PassPlan = { relaxed: "L3", steps: [{ code: "L3", target: "floor", amount: 0, cost: 0 }], totalCost: 0, basis: "cost" };
    expect(passPlanText(nothing, "zh", "80%")).toBe("L3 保留在80%以上即可达标");
    expect(passPlanText(nothing, "en", "80%")).toBe("Passes with L3 kept at 80% or more");
  });

  it("汇总: the pass rule a county's schools fail", () => {
    const reason = (context: ResultContext) => summarySheet(evaluation, context).tables[0]?.rows[0]?.[3];
    // makeCounty's share: 1 of the 2 sections judged fails.
    expect(reason(zh)).toBe("有学校（学段）未达到“6项达标、其余不低于80%”：1 个（已判定 2 个）");
    expect(reason(en)).toBe("Some school sections fail the pass rule (6 indicators met, the rest at least 80% of the standard): 1 of the 2 judged");
    // The national profile keeps its own words.
    expect(reason({ ...zh, profile: builtInProfile("national-2017") })).toBe("有学校（学段）未达到“6项达标、其余不低于85%”：1 个（已判定 2 个）");
  });
});
