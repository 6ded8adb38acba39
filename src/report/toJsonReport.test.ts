import { toJsonReport } from "./toJsonReport";
import { evaluate } from "../engine/evaluate";
import { fieldsOf, recordOf } from "../engine/testing/fixtures";
import { reportSchema } from "./reportSchema";
import { makeCounty, makeEvaluation, makeGroup, makeGuarantee, makeIndicator, makeIndicators, makeItem, makeSection, makeStats, withMissing, SAMPLE_ISSUES } from "../workbook/write/testing/makeEvaluation";
import { builtInProfile } from "../profiles/resolveProfile";
import { resolveFileProfile } from "../profiles/resolveFileProfile";
import { message } from "../messages/catalogue";

const profile = builtInProfile("national-2017");

function report(evaluation = makeEvaluation()) {
  // Round-trip through JSON text, as the acceptance checks read it.
  return JSON.parse(JSON.stringify(toJsonReport(evaluation, { issues: SAMPLE_ISSUES, lang: "zh", profile }))) as Record<string, unknown>;
}

describe("toJsonReport", () => {
  it("satisfies the contract of workbooks.md", () => {
    const parsed = reportSchema.safeParse(report());
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  });

  it("gives the settings a 规则 sheet changed in the profile (path, setting in words, value, cell), none without one", () => {
    const ruleOverrides = [
      { path: "unitCosts.teacher", value: 200000, cell: "规则!B2" },
      { path: "scope.includePrivate", value: false, cell: "规则!B3" },
      { path: "targets", value: [{ year: 2025, share: 1 }], cell: "规则!B4" },
    ];
    const r = JSON.parse(JSON.stringify(toJsonReport(makeEvaluation(), { issues: [], lang: "zh", profile, ruleOverrides }))) as Record<string, unknown>;
    expect(r.profile).toBe("national-2017");
    expect(r.profileOverrides).toEqual([
      { path: "unitCosts.teacher", setting: "缺口测算单价：每名教师（元）", value: 200000, cell: "规则!B2" },
      { path: "scope.includePrivate", setting: "民办学校参评", value: false, cell: "规则!B3" },
      { path: "targets", setting: "各年度达标学校比例目标", value: [{ year: 2025, share: 1 }], cell: "规则!B4" },
    ]);
    expect(report().profileOverrides).toEqual([]);
  });

  it("names the profile file a profile was read from (profileFile), null for a built-in one", () => {
    const own = resolveFileProfile({ extends: "national-2017", id: "json-report-file-test", name: { zh: "青州市", en: "Qingzhou" }, cvLimits: { primary: 0.25, junior: 0.2 } });
    const r = JSON.parse(JSON.stringify(toJsonReport(makeEvaluation(), { issues: [], lang: "zh", profile: own, profileFile: "prof/good.json" }))) as Record<string, unknown>;
    expect([r.profileName, r.profileFile]).toEqual(["青州市", "prof/good.json"]);
    expect(report().profileFile).toBeNull();
  });

  it("names the profile and has one school entry per section read, excluded ones included", () => {
    const r = reportSchema.parse(report());
    expect(r.profile).toBe("national-2017");
    expect(r.schools.map((s) => [s.name, s.included])).toEqual([
      ["甲小学", true],
      ["乙小学", true],
      ["丙教学点", false],
      ["丁小学", true],
    ]);
    expect(r.schools[2]?.indicators).toEqual({});
    expect(r.schools[2]).toMatchObject({ county: "示例县", stage: "primary", students: 30, exclusion: "small_teaching_point", metCount: null, pass: null });
  });

  it("gives an out-of-scope section no metCount or pass, though the engine says whether it would pass", () => {
    // As the engine gives the sample's 示例县特殊教育学校: all 7 met, pass true, out of scope.
    const special = makeSection({ name: "特殊教育学校", row: 30, type: "special", included: false, exclusion: "special_education", metCount: 7, pass: true });
    const school = reportSchema.parse(report(makeEvaluation({ counties: [makeCounty({ sections: [special] })] }))).schools[0];
    expect(school).toMatchObject({ included: false, exclusion: "special_education", indicators: {}, metCount: null, pass: null });
  });

  it("gives each indicator's unrounded value, standard, met and shortfall", () => {
    const r = reportSchema.parse(report());
    const failing = r.schools[1];
    expect(failing?.indicators).toMatchObject({
      L4: { value: 3.5, standard: 4.5, met: false, shortfall: 400, status: "below" },
      L6: { value: 1800, standard: 2000, met: false, shortfall: 80000, status: "floor" },
    });
    // 4.2 × 1.2 computed in the factory, not rounded on the way out.
    expect((failing?.indicators as Record<string, { value: number }>).L1?.value).toBeCloseTo(5.04, 12);
    expect(failing).toMatchObject({ metCount: 5, pass: false, passPlan: { relaxed: "L6", totalCost: 1200000 } });
  });

  it("gives the plans a pass plan weighed by their gaps (passPlan.weighed), null when none were", () => {
    const plan = { relaxed: "L5", steps: [{ code: "L4", target: "standard", amount: 454.5, cost: null }], totalCost: null, basis: "largest_gap", weighed: ["L5", "L4"] } as const;
    const weighed = makeSection({ name: "丙小学", row: 5, pass: false, passPlan: plan });
    const byCost = makeSection({ name: "丁小学", row: 6, pass: false, passPlan: { relaxed: "L6", steps: [], totalCost: 0, basis: "cost" } });
    const r = reportSchema.parse(report(makeEvaluation({ counties: [makeCounty({ sections: [weighed, byCost] })] })));
    expect(r.schools.map((s) => (s.passPlan as { weighed: unknown } | null)?.weighed)).toEqual([["L5", "L4"], null]);
  });

  it("gives a combined school's step on a shared resource what the whole school adds (schoolAmount), and no such field elsewhere", () => {
    // 红旗学校 初中, share 330 ÷ 730: 438.082192 m² of L5 for the section is 969.090909 m² for the school, at 50 yuan 48 454.55.
    const steps = [{ code: "L1", target: "floor", amount: 0, cost: 0 }, { code: "L5", target: "standard", amount: 438.082192, schoolAmount: 969.090909, cost: 48_454.545455 }] as const;
    const section = makeSection({ name: "红旗学校", row: 5, pass: false, passPlan: { relaxed: "L1", steps, totalCost: 48_454.545455, basis: "cost" } });
    const r = reportSchema.parse(report(makeEvaluation({ counties: [makeCounty({ sections: [section] })] })));
    expect((r.schools[0]?.passPlan as { steps: unknown[] }).steps).toEqual([
      { code: "L1", target: "floor", amount: 0, cost: 0 },
      { code: "L5", target: "standard", amount: 438.082192, schoolAmount: 969.090909, cost: 48_454.545455 },
    ]);
  });

  it("keeps an unevaluable section's indicators as nulls with the profile's standard and floor (4.2 × 0.85 = 3.57), never NaN; metCount 0, pass null", () => {
    const r = reportSchema.parse(report());
    expect((r.schools[3]?.indicators as Record<string, unknown>).L1).toEqual({
      value: null, standard: 4.2, floor: 4.2 * 0.85, ratio: null, status: null, met: null, shortfall: null, numerator: null,
    });
    expect(r.schools[3]).toMatchObject({ students: 0, evaluable: false, notEvaluable: ["zero_students"], metCount: 0, pass: null });
  });

  it("counts for a section in scope missing one value the indicators it is known to meet (6 with L7 missing), its pass left null", () => {
    const lacking = Object.fromEntries(Object.entries(makeIndicators()).filter(([c]) => c !== "L7"));
    const section = makeSection({ name: "红旗小学", row: 17, evaluable: false, notEvaluable: ["missing_numerator"], indicators: lacking, metCount: null, pass: null });
    const r = reportSchema.parse(report(makeEvaluation({ counties: [makeCounty({ sections: [section] })] })));
    expect(Object.keys(lacking)).toEqual(["L1", "L2", "L3", "L4", "L5", "L6"]);
    expect(r.schools[0]).toMatchObject({ evaluable: false, metCount: 6, pass: null });
    expect((r.schools[0]?.indicators as Record<string, unknown>).L7).toMatchObject({ value: null, standard: 2.3, floor: 2.3 * 0.85, met: null });
  });

  it("refuses a report whose section in scope has no metCount: the contract's <0..7>", () => {
    const r = report() as { schools: Record<string, unknown>[] };
    const bad = { ...r, schools: r.schools.map((s) => (s.included === true ? { ...s, metCount: null } : s)) };
    expect(reportSchema.safeParse(bad).success).toBe(false);
  });

  it("turns NaN and Infinity into null", () => {
    const broken = makeSection({ name: "坏小学", row: 11, students: NaN, indicators: makeIndicators({ L2: { ...makeIndicator("L2", 1), value: Infinity } }) });
    const r = report(makeEvaluation({ counties: [makeCounty({ sections: [broken] })] }));
    const school = (r.schools as Record<string, unknown>[])[0];
    expect(school?.students).toBeNull();
    expect((school?.indicators as Record<string, { value: unknown }>).L2?.value).toBeNull();
  });

  it("gives per indicator the engine's count of sections lacking its value (IndicatorStats.missing), which a met CV was judged without", () => {
    // The engine's group says 2 sections lack L4 (coefficientGroups counts them: schools = n + missing); the report repeats it, not a count of its own.
    const r = reportSchema.parse(report(makeEvaluation({ counties: [makeCounty({ coefficients: [withMissing(makeGroup(), { L4: 2 })] })] })));
    expect(r.coefficients[0]?.indicators.L4).toMatchObject({ missing: 2 });
    expect(r.coefficients[0]?.indicators.L3).toMatchObject({ missing: 0 });
  });

  it("has one coefficient entry per county × stage with mean, sd, cv, limit and met", () => {
    const group = makeGroup();
    const single = { ...group, schools: 1, indicators: { ...group.indicators, L1: makeStats("L1", 5, null, null) } };
    const r = reportSchema.parse(report(makeEvaluation({ counties: [makeCounty({ coefficients: [single, makeGroup({ stage: "junior" })] })] })));
    expect(r.coefficients.map((c) => [c.county, c.stage, c.schools])).toEqual([
      ["示例县", "primary", 1],
      ["示例县", "junior", 3],
    ]);
    expect(r.coefficients[0]?.indicators.L1).toEqual({ n: 3, missing: 0, mean: 5, sd: null, cv: null, limit: 0.5, met: null });
    expect(r.coefficients[1]?.indicators.L2).toMatchObject({ mean: 6, sd: 1, cv: 0.21000000000000002, limit: 0.5, met: true });
    expect(r.coefficients[1]).toMatchObject({ averageCv: 0.23, legacyLimit: 0.65 });
  });

  it("lists issues with their message in the chosen language; an info note reports as a warning", () => {
    const r = reportSchema.parse(report());
    expect(r.issues.map((i) => [i.code, i.severity, i.cell])).toEqual([
      ["missing_numerator", "error", "学校基本情况!F8"],
      ["zero_students", "warning", "学校基本情况!D8"],
      ["note_only", "warning", null],
    ]);
    expect(r.issues[1]?.message).toBe(message("zero_students", SAMPLE_ISSUES[1]?.params, "zh"));
    expect(r.issues[1]?.message).toContain("丁小学");
    expect(r.issues[2]).toMatchObject({ level: "info", message: "note_only" });
    const english = reportSchema.parse(JSON.parse(JSON.stringify(toJsonReport(makeEvaluation(), { issues: SAMPLE_ISSUES, lang: "en" }))));
    expect(english.issues[1]?.message).toBe(message("zero_students", SAMPLE_ISSUES[1]?.params, "en"));
    expect(english.issues[1]?.message).not.toBe(r.issues[1]?.message);
    expect(english.profileName).toBeNull();
  });

  it("adds the year and per-county verdicts", () => {
    const r = report();
    expect(r.year).toBe(2025);
    expect((r.counties as Record<string, unknown>[])[0]).toMatchObject({
      county: "示例县",
      recognised: false,
      passing: { evaluated: 2, passing: 1, unjudged: 0, share: 0.5, target: { year: 2025, share: 0.95 }, met: false },
    });
    // The passing share's fields: its derived inScope (evaluated + unjudged) is not part of this report; noStudents (in scope, 0 students) is counted apart.
    expect(Object.keys((r.counties as { passing: object }[])[0]?.passing ?? {})).toEqual(["evaluated", "passing", "unjudged", "noStudents", "share", "target", "met"]);
    // Each area's reasons, and which of them are pending (not assessed) rather than failed.
    expect((r.counties as { areas: unknown[] }[])[0]?.areas[1]).toEqual({ area: "guarantee", verdict: "not_met", reasons: ["G3", "G11"], pending: ["G11"] });
  });

  it("gives 资源配置's caveats (coefficients it was judged without) as data, and none for the areas that have none", () => {
    const caveats = [{ code: "cv_not_computable" as const, stage: "junior" as const, indicators: ["L1", "L2", "L3", "L4", "L5", "L6", "L7"] as const, cause: "too_few_sections" as const, schools: 1 }];
    const county = makeCounty();
    const areas = county.areas.map((a) => (a.area === "resources" ? { ...a, verdict: "met" as const, reasons: [], pending: [], caveats } : a));
    const r = report(makeEvaluation({ counties: [{ ...county, areas }] }));
    const json = (r.counties as { areas: Record<string, unknown>[] }[])[0]?.areas ?? [];
    expect(json[0]).toEqual({ area: "resources", verdict: "met", reasons: [], pending: [], caveats: [{ code: "cv_not_computable", stage: "junior", indicators: ["L1", "L2", "L3", "L4", "L5", "L6", "L7"], cause: "too_few_sections", schools: 1 }] });
    expect(json[1]).not.toHaveProperty("caveats");
  });

  it("says per school whether its public-funding shortfall is only a lower bound, and why", () => {
    // 戊中学: an 初中 of 394 whose rurality is not stated, short 18 360 as an urban school (1040 × 394 − 391 400); funded as 500 if rural.
    const floor = makeGuarantee({ name: "戊中学", recordId: "r9", type: "junior", fundedStudents: 394, fundingNorm: 409_760, fundingShortfall: 18_360, fundingShortfallLowerBound: { ruralFunded: 500, boardersUncounted: false } });
    const full = makeGuarantee({ name: "己小学", recordId: "r10", fundingShortfall: 0 });
    const r = report(makeEvaluation({ counties: [makeCounty({ schoolGuarantee: [floor, full] })] }));
    expect(reportSchema.safeParse(r).success).toBe(true);
    const schools = (r.counties as { schoolGuarantee: Record<string, unknown>[] }[])[0]?.schoolGuarantee;
    expect(schools?.map((g) => [g.name, g.fundingShortfall, g.fundingShortfallLowerBound])).toEqual([
      ["戊中学", 18_360, { ruralFunded: 500, boardersUncounted: false }],
      ["己小学", 0, null],
    ]);
  });

  it("says per school which room shortfalls are only lower bounds (SchoolGuarantee mirrored whole)", () => {
    // 甲小学: 48 classes, 4 music rooms of 300 m² → at most floor(300 ÷ 96) = 3 compliant, short at least 1; 乙小学 exact.
    const floor = makeGuarantee({ name: "甲小学", recordId: "r1", musicRoomsNeeded: 4, musicRoomsCompliant: 3, musicRoomsShort: 1, roomsShortLowerBound: { music: true, art: false } });
    const exact = makeGuarantee({ name: "乙小学", recordId: "r2", musicRoomsShort: 1 });
    const r = report(makeEvaluation({ counties: [makeCounty({ schoolGuarantee: [floor, exact] })] }));
    expect(reportSchema.safeParse(r).success).toBe(true);
    const schools = (r.counties as { schoolGuarantee: Record<string, unknown>[] }[])[0]?.schoolGuarantee;
    expect(schools?.map((g) => [g.name, g.musicRoomsShort, g.roomsShortLowerBound])).toEqual([
      ["甲小学", 1, { music: true, art: false }],
      ["乙小学", 1, null],
    ]);
  });

  it("gives a county item's part answered 是 / 否 as its answer at its cell, and no figure (its 1 / 0 is not a rate)", () => {
    // G11 answered 否 for the rotation rate (县级指标!B3) beside a backbone share of 25%: the rate part has no figure, and 0 would read as 0% rotated.
    const g11 = makeItem({ code: "G11", verdict: "not_met", parts: { G11_rotation_rate: 0, G11_backbone_rotation: 0.25 }, cells: ["县级指标!B3", "县级指标!B4"], answeredParts: { G11_rotation_rate: "县级指标!B3" } });
    const g12 = makeItem({ code: "G12", parts: { G12_nearby_primary: 1 }, answeredParts: { G12_nearby_primary: "县级指标!B5" } });
    const g13 = makeItem({ code: "G13", parts: { G13_quota: 0.52 } });
    const r = report(makeEvaluation({ counties: [makeCounty({ items: [g11, g12, g13] })] }));
    const items = (r.counties as { items: Record<string, unknown>[] }[])[0]?.items ?? [];
    expect(items.map((i) => [i.code, i.parts, i.answeredParts])).toEqual([
      ["G11", { G11_rotation_rate: null, G11_backbone_rotation: 0.25 }, { G11_rotation_rate: { answer: false, cell: "县级指标!B3" } }],
      ["G12", { G12_nearby_primary: null }, { G12_nearby_primary: { answer: true, cell: "县级指标!B5" } }],
      ["G13", { G13_quota: 0.52 }, {}],
    ]);
  });

  it("names the school of a lowest-school figure beside the item's fields (Q4: 杏花村教学点, 0.36 ÷ 6.50), and adds nothing to any other item", () => {
    const q4 = makeItem({ code: "Q4", area: "quality", basis: "school_data", figureOf: "lowest_school", figure: 0.36 / 6.5, threshold: 0.05, figureSchool: { name: "杏花村教学点", cells: ["学校基本情况!AI25", "学校基本情况!AH25"], schoolsWithValue: 1 } });
    const g4 = makeItem({ code: "G4", basis: "school_data", figureOf: "failing_count", figure: 0 });
    const r = report(makeEvaluation({ counties: [makeCounty({ items: [q4, g4] })] }));
    const items = (r.counties as { items: Record<string, unknown>[] }[])[0]?.items ?? [];
    expect(items[0]?.figureSchool).toEqual({ name: "杏花村教学点", cells: ["学校基本情况!AI25", "学校基本情况!AH25"], schoolsWithValue: 1 });
    expect(items[0]?.figure).toBeCloseTo(0.0553846153846, 12);
    expect(Object.keys(items[1] ?? {})).toEqual(["code", "area", "verdict", "figure", "threshold", "basis", "failingSchools", "cells", "parts", "answeredParts"]);
  });

  it("rejects a report that breaks the contract", () => {
    const r = report();
    const schools = r.schools as Record<string, unknown>[];
    expect(reportSchema.safeParse({ ...r, schools: [{ ...schools[0], stage: "senior" }] }).success).toBe(false);
    expect(reportSchema.safeParse({ ...r, issues: [{ code: "x", severity: "fatal", message: "m", cell: null }] }).success).toBe(false);
    expect(reportSchema.safeParse({ ...r, profile: undefined }).success).toBe(false);
  });
});

describe("toJsonReport: combinedSchools", () => {
  it("gives each county's combined schools with what they must add as a whole, unrounded (166 and 210 students, 500 000 yuan shared)", () => {
    const primary = fieldsOf({ students: 166, qualifiedTeachers: 10, backboneTeachers: 2, peArtTeachers: 2 });
    const junior = fieldsOf({ students: 210, qualifiedTeachers: 14, backboneTeachers: 3, peArtTeachers: 2 });
    const record = recordOf({ teachingArea: 5000, sportsTotalArea: 8000, equipmentValue: 500_000, multimediaRooms: 6 }, { name: "金山学校", type: "nine_year", stage: null, stageFields: { primary, junior } });
    const out = toJsonReport(evaluate({ records: [record], countyFigures: [], year: 2024 }, profile), { issues: [], lang: "zh" });
    const [school] = (out.counties as { combinedSchools: { name: string; shares: Record<string, number>; sectionsWithoutPlan: string[]; indicators: Record<string, Record<string, unknown>> }[] }[])[0]?.combinedSchools ?? [];
    expect(school?.name).toBe("金山学校");
    expect(school?.shares.junior).toBeCloseTo(231 / 397, 12);
    // max(2000 × 397, 2500 × 210 × 397 ÷ 231) − 500 000, beside the sections' 357 000; L4 met: nothing, and no way to pass asks it.
    expect(school?.indicators.L6?.toStandard).toBeCloseTo((2500 * 210 * 397) / 231 - 500_000, 6);
    expect(school?.indicators.L6?.sectionsToStandard).toBeCloseTo(357_000, 6);
    expect(school?.indicators.L4).toEqual({ toStandard: 0, sectionsToStandard: 0, byPlan: null, sectionsByPlan: null, sharedBy: ["primary", "junior"] });
    expect(school?.sectionsWithoutPlan).toEqual([]);
  });

  it("names the failing sections without a way to pass and the stages sharing an indicator one stage gives itself", () => {
    // Junior: L1 1 ÷ 210 × 100 = 0.48 and L2 0 under their floors, L3 blank: it fails with no way to pass. The primary gives its own 100 000 yuan.
    const primary = fieldsOf({ students: 166, qualifiedTeachers: 10, backboneTeachers: 2, peArtTeachers: 2, equipmentValue: 100_000 });
    const junior = fieldsOf({ students: 210, qualifiedTeachers: 1, backboneTeachers: 0 });
    const record = recordOf({ teachingArea: 5000, sportsTotalArea: 8000, equipmentValue: 500_000, multimediaRooms: 6 }, { name: "金山学校", type: "nine_year", stage: null, stageFields: { primary, junior } });
    const out = toJsonReport(evaluate({ records: [record], countyFigures: [], year: 2024 }, profile), { issues: [], lang: "zh" });
    const [school] = (out.counties as { combinedSchools: { sectionsWithoutPlan: string[]; indicators: Record<string, { sharedBy: string[]; toStandard: number; byPlan: number | null }> }[] }[])[0]?.combinedSchools ?? [];
    expect(school?.sectionsWithoutPlan).toEqual(["junior"]);
    // L6 shared by the junior alone: (2500 × 210 − 500 000 × 231 ÷ 397) × 397 ÷ 231 = 402 272.73; its plan is none, so nothing by the ways to pass.
    expect(school?.indicators.L6).toMatchObject({ sharedBy: ["junior"], byPlan: null });
    expect(school?.indicators.L6?.toStandard).toBeCloseTo((2500 * 210 * 397) / 231 - 500_000, 6);
    expect(school?.indicators.L7?.sharedBy).toEqual(["primary", "junior"]);
  });

  it("is an empty list for a county without combined schools", () => {
    const out = toJsonReport(evaluate({ records: [recordOf({ students: 300 })], countyFigures: [], year: 2024 }, profile), { issues: [], lang: "zh" });
    expect((out.counties as { combinedSchools: unknown[] }[])[0]?.combinedSchools).toEqual([]);
  });
});

describe("toJsonReport: the county totals' gaps and the ways to pass added up", () => {
  type Totals = { shortfallTotals: { stage: string; incomplete: number }[]; planTotals: { stage: string; failing: number; withoutPlan: number; yuan: number; teachingArea: number; cost: number | null; unpriced: number }[] };
  const countyOf = (r: Record<string, unknown>) => (r.counties as Totals[])[0];
  // 乙小学 fails with a plan of 400 m² (L4) and 80 000 yuan (L6), priced 1 200 000 + 80 000; 戊小学 fails without L6 (no plan); 己小学 is not evaluable.
  const plan = { relaxed: "L1" as const, steps: [{ code: "L4" as const, target: "standard" as const, amount: 400, cost: 1_200_000 }, { code: "L6" as const, target: "floor" as const, amount: 80_000, cost: 80_000 }], totalCost: 1_280_000, basis: "cost" as const };
  const failing = makeSection({ name: "乙小学", row: 6, indicators: makeIndicators({ L4: makeIndicator("L4", 3.5, 400) }), metCount: 5, pass: false, passPlan: plan });
  const lacking = Object.fromEntries(Object.entries(makeIndicators()).filter(([c]) => c !== "L6"));
  const noPlan = makeSection({ name: "戊小学", row: 9, evaluable: false, indicators: lacking, metCount: null, pass: false });
  const undecided = makeSection({ name: "己小学", row: 10, evaluable: false, indicators: lacking, metCount: null, pass: null });
  const totals = [{ stage: "primary" as const, byIndicator: { L1: 0, L2: 0, L3: 0, L4: 400, L5: 0, L6: 0, L7: 0 } }];

  it("counts per stage the sections the totals leave out (lacking an indicator) and adds up the plans: 400 m², 80 000 yuan, 1 280 000 yuan, 1 failing without a plan", () => {
    const c = countyOf(report(makeEvaluation({ counties: [makeCounty({ sections: [failing, noPlan, undecided], shortfallTotals: totals })] })));
    expect(c?.shortfallTotals[0]?.incomplete).toBe(2);
    expect(c?.planTotals[0]).toMatchObject({ stage: "primary", failing: 2, withoutPlan: 1, teachingArea: 400, yuan: 80_000, cost: 1_280_000, unpriced: 0 });
  });

  it("gives 0 left out and no plans for a county of passing sections; a plan without a price makes the cost null", () => {
    expect(countyOf(report())?.shortfallTotals[0]?.incomplete).toBe(0);
    const unpriced = makeSection({ ...failing, row: 6, passPlan: { ...plan, steps: [{ code: "L4", target: "standard", amount: 400, cost: null }], totalCost: null, basis: "largest_gap" } });
    const c = countyOf(report(makeEvaluation({ counties: [makeCounty({ sections: [unpriced], shortfallTotals: totals })] })));
    expect(c?.planTotals[0]).toMatchObject({ failing: 1, cost: null, unpriced: 1 });
  });
});
