import { join } from "node:path";
import { XlsxWorkbookSource } from "../adapters/xlsx/XlsxWorkbookSource";
import { evaluate } from "../engine/evaluate";
import type { CoefficientGroup, CountyEvaluation, Evaluation, IndicatorStats, Issue, SectionResult } from "../engine/types";
import { INDICATOR_CODES } from "../engine/types";
import { builtInProfile } from "../profiles/resolveProfile";
import { readWorkbook } from "../workbook/read/readWorkbook";
import { makeCounty, makeItem, makeSection } from "../workbook/write/testing/makeEvaluation";
import { glance, leftOutOf } from "./glance";

function stats(code: (typeof INDICATOR_CODES)[number], cv: number | null, limit: number): IndicatorStats {
  return { code, n: 5, missing: 0, mean: 1, sd: cv, cv, limit, met: cv === null ? null : cv <= limit };
}

function group(stage: "primary" | "junior", cvs: Partial<Record<string, number | null>>): CoefficientGroup {
  const limit = stage === "primary" ? 0.5 : 0.45;
  const indicators = Object.fromEntries(INDICATOR_CODES.map((c) => [c, stats(c, cvs[c] === undefined ? 0.2 : (cvs[c] ?? null), limit)]));
  return { county: null, stage, schools: 5, indicators: indicators as CoefficientGroup["indicators"], averageCv: 0.3, legacyLimit: 0.65 };
}

function county(over: Partial<CountyEvaluation>): CountyEvaluation {
  return {
    county: "甲县",
    sections: [],
    coefficients: [group("primary", { L4: 0.61, L7: null }), group("junior", { L6: 0.46 })],
    schoolGuarantee: [],
    items: [],
    veto: [],
    passing: { noStudents: 0, evaluated: 12, passing: 9, unjudged: 0, inScope: 12, share: 0.75, target: { year: 2024, share: 0.85 }, met: false },
    shortfallTotals: [],
    areas: [
      { area: "resources", verdict: "not_met", reasons: ["L4"], pending: [] },
      { area: "guarantee", verdict: "met", reasons: [], pending: [] },
      { area: "quality", verdict: "not_assessed", reasons: ["Q9"], pending: ["Q9"] },
      { area: "recognition", verdict: "not_assessed", reasons: ["R1"], pending: ["R1"] },
    ],
    recognised: null,
    ...over,
  };
}

describe("glance", () => {
  it("counts areas met, passing against the target, and lists only CVs over the limit", () => {
    const evaluation: Evaluation = { profileId: "national-2017", year: 2024, counties: [county({})], issues: [] };
    const [g] = glance(evaluation);
    expect(g).toMatchObject({ county: "甲县", areasMet: 1, areasTotal: 4, passing: 9, evaluated: 12, share: 0.75, targetMet: false, recognised: null, year: 2024, noStudents: 0 });
    // L4 primary 0.61 > 0.50 and L6 junior 0.46 > 0.45 are over; L7's undefined CV is not.
    expect(g?.cvOver).toEqual([
      { stage: "primary", code: "L4", cv: 0.61, limit: 0.5 },
      { stage: "junior", code: "L6", cv: 0.46, limit: 0.45 },
    ]);
  });

  it("names the year only where the profile plans targets: national-2017 sets none, so no year is said for it", () => {
    const evaluation: Evaluation = { profileId: "national-2017", year: 2024, counties: [county({})], issues: [] };
    expect(glance(evaluation, builtInProfile("national-2017"))[0]?.year).toBeNull();
    expect(glance(evaluation, builtInProfile("sichuan-guanghan-2024"))[0]?.year).toBe(2024);
    expect(glance(evaluation)[0]?.year).toBe(2024);
  });

  it("tells areas not met apart from areas not assessed yet (待评估 is not a failure)", () => {
    const areas: CountyEvaluation["areas"] = [
      { area: "resources", verdict: "not_assessed", reasons: [], pending: ["L4"] },
      { area: "guarantee", verdict: "not_met", reasons: ["G3"], pending: [] },
      { area: "quality", verdict: "not_assessed", reasons: [], pending: ["Q9"] },
      { area: "recognition", verdict: "not_assessed", reasons: [], pending: ["R1"] },
    ];
    const [g] = glance({ profileId: "x", year: null, counties: [county({ areas })], issues: [] });
    // 0 met, 1 not met (guarantee), so the other 3 are pending.
    expect([g?.areasMet, g?.areasNotMet, g?.areasPending, g?.areasTotal]).toEqual([0, ["guarantee"], ["resources", "quality", "recognition"], 4]);
  });

  it("carries 资源配置's caveats when it is met (what it was judged without), none otherwise", () => {
    const caveats = [{ code: "cv_not_computable" as const, stage: "junior" as const, indicators: ["L1"] as const, cause: "too_few_sections" as const, schools: 1 }];
    const met = county({ areas: [{ area: "resources", verdict: "met", reasons: [], pending: [], caveats }] });
    const notMet = county({ areas: [{ area: "resources", verdict: "not_met", reasons: ["L4_primary_cv"], pending: [], caveats }] });
    const [g, h] = glance({ profileId: "national-2017", year: 2024, counties: [met, notMet], issues: [] });
    expect(g?.resourcesCaveats).toEqual(caveats);
    expect(h?.resourcesCaveats).toEqual([]);
  });
  it("carries the school rows a filter left unread on the county's sheet (6 at rows 7–12), for the 资源配置 caveat; none for another sheet's", () => {
    const filtered = (sheet: string): Issue => ({ code: "read_hidden_rows_skipped", severity: "warning", cell: `${sheet}!A7`, params: { sheet, rows: "7–12", count: 6 } });
    const read = county({ sections: [makeSection({ name: "城关第一小学", row: 4 })] });
    const [g] = glance({ profileId: "national-2017", year: 2024, counties: [read], issues: [] }, undefined, [filtered("学校基本情况")]);
    expect(g?.hiddenRows).toEqual([{ count: 6, rows: "7–12", sheet: null }]);
    const [h] = glance({ profileId: "national-2017", year: 2024, counties: [read], issues: [] }, undefined, [filtered("乙县学校")]);
    expect(h?.hiddenRows).toEqual([]);
  });
  it("carries the items met only on an estimate (G3 on rooms estimated from the total area), for the areas tile", () => {
    const [g, h] = glance({ profileId: "national-2017", year: 2024, counties: [county({ items: [makeItem({ code: "G3", verdict: "met", basis: "school_data", figureOf: "failing_count", parts: { schools_checked: 35, schools_failing: 0, schools_unknown: 0, schools_rooms_estimated: 25 } })] }), county({ items: [] })], issues: [] });
    expect(g?.estimatedPasses).toEqual([{ area: "guarantee", code: "G3", schools: 25 }]);
    expect(h?.estimatedPasses).toEqual([]);
  });
  it("gives an empty list for a county with no coefficient groups", () => {
    const [g] = glance({ profileId: "x", year: null, counties: [county({ coefficients: [] })], issues: [] });
    expect(g?.cvOver).toEqual([]);
    expect(g?.cvUndefined).toBe(0);
  });

  it("counts the coefficients that could not be computed, over every stage (primary L7 and L2, junior L1: 3)", () => {
    const coefficients = [group("primary", { L4: 0.61, L7: null, L2: null }), group("junior", { L1: null })];
    const [g] = glance({ profileId: "x", year: null, counties: [county({ coefficients })], issues: [] });
    expect(g?.cvUndefined).toBe(3);
    expect(g?.cvOver).toEqual([{ stage: "primary", code: "L4", cv: 0.61, limit: 0.5 }]);
  });

  it("counts the coefficients computed over fewer sections than the stage has (some lack values), apart from those undefined", () => {
    const primary = group("primary", { L7: null });
    // L1 over 4 of the 5 sections, L2 over all 5, L7 undefined (not counted as partial).
    const short = { ...primary, indicators: { ...primary.indicators, L1: { ...primary.indicators.L1, n: 4 } } };
    const [g] = glance({ profileId: "x", year: null, counties: [county({ coefficients: [short] })], issues: [] });
    expect([g?.cvPartial, g?.cvUndefined]).toEqual([1, 1]);
  });

  it("carries the areas' verdicts and what their reasons quote, for the tile to say why (as 汇总's 说明)", () => {
    const issues = [{ severity: "warning" as const, code: "read_item_columns_missing", cell: null, params: { sheet: "学校", pendingItems: "G5=largestClass" } }];
    const c = county({});
    const [g] = glance({ profileId: "national-2017", year: 2024, counties: [c], issues: [] }, builtInProfile("national-2017"), issues);
    expect(g?.areaReasons?.areas).toBe(c.areas);
    expect(g?.areaReasons?.source).toEqual({ county: c, profile: builtInProfile("national-2017"), issues });
  });

  it("counts the failing sections when they are a reason 资源配置 is not met (12 judged, 9 pass: 3), else 0", () => {
    const failing = county({ areas: [{ area: "resources", verdict: "not_met", reasons: ["sections_failing", "L4_primary_cv"], pending: [] }] });
    const cvOnly = county({});
    const pendingOnly = county({ areas: [{ area: "resources", verdict: "not_assessed", reasons: ["sections_not_evaluable"], pending: ["sections_not_evaluable"] }] });
    const [g, h, k] = glance({ profileId: "x", year: null, counties: [failing, cvOnly, pendingOnly], issues: [] });
    expect([g?.failingBehindResources, h?.failingBehindResources, k?.failingBehindResources]).toEqual([3, 0, 0]);
  });

  it("keeps the sections in scope beside those judged and not (8 judged + 6 unjudged = 14)", () => {
    const passing = { noStudents: 0, evaluated: 8, passing: 8, unjudged: 6, inScope: 14, share: 1, target: null, met: null };
    const [g] = glance({ profileId: "x", year: null, counties: [county({ passing })], issues: [] });
    expect([g?.passing, g?.evaluated, g?.unjudged, g?.inScope]).toEqual([8, 8, 6, 14]);
  });
});

describe("leftOutOf: the sections read but not in scope, as the CLI counts them", () => {
  const section = (name: string, row: number, over: Partial<SectionResult> = {}) => makeSection({ name, row, ...over });
  const out = (reason: SectionResult["exclusion"]) => ({ included: false, exclusion: reason, indicators: {}, metCount: null, pass: null });

  it("is 4 read − 2 in scope − 1 with no students = 1 (丙教学点), grouped by reason, with the profile's 50 students", () => {
    const c = makeCounty({ passing: { ...makeCounty().passing, noStudents: 1 } });
    expect(leftOutOf(c, builtInProfile("national-2017"))).toEqual({ count: 1, groups: [{ reason: "small_teaching_point", names: ["丙教学点"] }], min: 50 });
  });

  it("names a school of two stages once, counts both its sections, and keeps the reasons in the order met", () => {
    const sections = [
      section("甲小学", 5),
      section("育才特校", 6, { ...out("special_education"), stage: "primary" }),
      section("育才特校", 6, { ...out("special_education"), stage: "junior" }),
      section("乙职校", 7, out("vocational")),
    ];
    const c = makeCounty({ sections, passing: { ...makeCounty().passing, inScope: 1, noStudents: 0 } });
    // 4 read − 1 in scope = 3 sections; names: 育才特校 once.
    expect(leftOutOf(c)).toEqual({
      count: 3,
      groups: [
        { reason: "special_education", names: ["育才特校"] },
        { reason: "vocational", names: ["乙职校"] },
      ],
      min: null,
    });
  });

  it("is null when every section read is in scope (one school)", () => {
    const c = makeCounty({ sections: [section("甲小学", 5)], passing: { ...makeCounty().passing, inScope: 1, noStudents: 0 } });
    expect(leftOutOf(c)).toBeNull();
  });

  it("the sample: 39 read, 参评 37 as the CLI says, 石门教学点 and 示例县特殊教育学校 left out", async () => {
    const source = await XlsxWorkbookSource.open(join(__dirname, "..", "..", "assets", "sample-county.xlsx"));
    const read = await readWorkbook(source);
    if (!read.ok) throw new Error("the sample reads");
    const profile = builtInProfile("national-2017");
    const [c] = evaluate(read.input, profile).counties;
    expect([c?.sections.length, c?.passing.inScope]).toEqual([39, 37]);
    expect(glance(evaluate(read.input, profile), profile)[0]?.leftOut).toEqual({
      count: 2,
      groups: [
        { reason: "small_teaching_point", names: ["石门教学点"] },
        { reason: "special_education", names: ["示例县特殊教育学校"] },
      ],
      min: 50,
    });
  });
});
