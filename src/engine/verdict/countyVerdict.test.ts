import { tableOf } from "../table/sectionTable";
import { sectionCounts } from "./sectionCounts";
import { builtInProfile } from "../../profiles/resolveProfile";
import { INDICATOR_CODES } from "../types";
import type { AreaVerdict, CoefficientGroup, IndicatorCode, IndicatorStats, ItemResult, Stage, Verdict, VetoResult } from "../types";
import { sectionResult } from "../guarantee/testRecords";
import { cvReasons, itemAreaVerdicts, resourcesVerdict } from "./areaVerdicts";
import { countyVerdict, recognisedFrom } from "./countyVerdict";

/** The sections as countyVerdict hands them to the verdicts: counted once. */
const countedOf = (rows: Parameters<typeof tableOf>[0]) => sectionCounts(tableOf(rows));

const sichuan = builtInProfile("sichuan-guanghan-2024");

function coefficients(stage: Stage, limit: number, cvs: Partial<Record<IndicatorCode, number | null>> = {}): CoefficientGroup {
  const stats = (code: IndicatorCode): IndicatorStats => {
    const cv = code in cvs ? (cvs[code] ?? null) : 0.3;
    return { code, n: 5, missing: 0, mean: 1, sd: cv, cv, limit, met: cv === null ? null : cv <= limit };
  };
  const indicators = Object.fromEntries(INDICATOR_CODES.map((c) => [c, stats(c)])) as Record<IndicatorCode, IndicatorStats>;
  return { county: "测试县", stage, schools: 5, indicators, averageCv: null, legacyLimit: 0.65 };
}

function item(code: string, verdict: Verdict): ItemResult {
  const area = code.startsWith("G") ? "guarantee" : code.startsWith("Q") ? "quality" : "recognition";
  return { code, area, verdict, figure: null, threshold: null, basis: "none", figureOf: "county_figure", failingSchools: [], cells: [], parts: {} };
}

const allItems = (over: Readonly<Record<string, Verdict>> = {}): ItemResult[] =>
  [...Array.from({ length: 15 }, (_, i) => `G${i + 1}`), ...Array.from({ length: 9 }, (_, i) => `Q${i + 1}`), "R1"].map((c) => item(c, over[c] ?? "met"));

const noVeto = (present: boolean | null = false): VetoResult[] => ["V_exam_admission", "V_key_schools"].map((code) => ({ code, present, cell: null }));
const passing = [sectionResult({ recordId: "表1!5" }), sectionResult({ recordId: "表1!6", stage: "junior" })];
const groups = [coefficients("primary", 0.5), coefficients("junior", 0.45)];

describe("resourcesVerdict", () => {
  it("met when every section passes and every CV is within its limit", () => {
    expect(resourcesVerdict(countedOf(passing), groups)).toEqual({ area: "resources", verdict: "met", reasons: [], pending: [], caveats: [] });
  });
  it("a CV exactly at the limit is within it; just above is not (L3 primary 0.5000001)", () => {
    expect(resourcesVerdict(countedOf(passing), [coefficients("primary", 0.5, { L3: 0.5 }), coefficients("junior", 0.45)]).verdict).toBe("met");
    expect(resourcesVerdict(countedOf(passing), [coefficients("primary", 0.5, { L3: 0.5000001 }), coefficients("junior", 0.45, { L7: 0.46 })])).toEqual({
      area: "resources",
      verdict: "not_met",
      reasons: ["L3_primary_cv", "L7_junior_cv"],
      pending: [],
      caveats: [],
    });
  });
  it("ignores undefined CVs (fewer than 2 sections)", () => {
    expect(cvReasons([coefficients("primary", 0.5, { L1: null, L2: null })])).toEqual([]);
  });
  it("not met with a failing section", () => {
    const failing = [...passing, sectionResult({ recordId: "表1!7", pass: false, metCount: 5 })];
    expect(resourcesVerdict(countedOf(failing), groups)).toEqual({ area: "resources", verdict: "not_met", reasons: ["sections_failing"], pending: [] , caveats: [] });
  });
  it("not assessed when nothing is evaluable", () => {
    expect(resourcesVerdict(countedOf([sectionResult({ evaluable: false, pass: null })]), []).verdict).toBe("not_assessed");
    expect(resourcesVerdict(countedOf([]), []).reasons).toEqual(["sections_none_evaluable"]);
  });
  it("not assessed when an in-scope section with students cannot be evaluated; a zero-student one is ignored", () => {
    const missing = [...passing, sectionResult({ recordId: "表1!8", evaluable: false, pass: null, notEvaluable: ["missing"] })];
    expect(resourcesVerdict(countedOf(missing), groups)).toEqual({ area: "resources", verdict: "not_assessed", reasons: ["sections_not_evaluable"], pending: ["sections_not_evaluable"] , caveats: [] });
    const empty = [...passing, sectionResult({ recordId: "表1!9", students: 0, evaluable: false, pass: null })];
    expect(resourcesVerdict(countedOf(empty), groups).verdict).toBe("met");
  });
  it("not assessed when a stage has no section in scope while the other has (rules.md §2: every county has both), naming the stage", () => {
    expect(resourcesVerdict(countedOf(passing), [coefficients("junior", 0.45)])).toEqual({ area: "resources", verdict: "not_assessed", reasons: ["stage_missing_primary"], pending: ["stage_missing_primary"], caveats: [] });
    expect(resourcesVerdict(countedOf(passing), [coefficients("primary", 0.5)]).pending).toEqual(["stage_missing_junior"]);
    // A CV over its limit in the stage there is still not met; the missing stage is then pending too.
    expect(resourcesVerdict(countedOf(passing), [coefficients("primary", 0.5, { L2: 0.51 })])).toMatchObject({ verdict: "not_met", reasons: ["L2_primary_cv", "stage_missing_junior"], pending: ["stage_missing_junior"] });
  });
  it("keeps met when a stage's CVs cannot be computed, and says which in caveats (too few sections; a mean of 0)", () => {
    // One junior school: n 1 for every indicator, no CV (rules.md §3: undefined below 2 sections).
    const one = { ...coefficients("junior", 0.45, Object.fromEntries(INDICATOR_CODES.map((c) => [c, null]))), schools: 1 };
    const oneSchool: CoefficientGroup = { ...one, indicators: Object.fromEntries(INDICATOR_CODES.map((c) => [c, { ...one.indicators[c], n: 1, sd: 0 }])) as Record<IndicatorCode, IndicatorStats> };
    expect(resourcesVerdict(countedOf(passing), [coefficients("primary", 0.5), oneSchool])).toEqual({
      area: "resources",
      verdict: "met",
      reasons: [],
      pending: [],
      caveats: [{ code: "cv_not_computable", stage: "junior", indicators: [...INDICATOR_CODES], cause: "too_few_sections", schools: 1 }],
    });
    // L5 with values in 5 sections but a mean of 0: not computable for another cause.
    const zeroMean = coefficients("primary", 0.5, { L5: null });
    expect(resourcesVerdict(countedOf(passing), [zeroMean, coefficients("junior", 0.45)]).caveats).toEqual([{ code: "cv_not_computable", stage: "primary", indicators: ["L5"], cause: "zero_mean", schools: 5 }]);
  });
  it("ignores sections out of scope", () => {
    const out = [...passing, sectionResult({ recordId: "表1!10", included: false, exclusion: "vocational", pass: false })];
    expect(resourcesVerdict(countedOf(out), groups).verdict).toBe("met");
  });
});

describe("itemAreaVerdicts", () => {
  /** The verdict of one of the three item areas. */
  const itemAreaVerdict = (area: "guarantee" | "quality" | "recognition", items: readonly ItemResult[]): AreaVerdict => itemAreaVerdicts(items)[["guarantee", "quality", "recognition"].indexOf(area)] as AreaVerdict;

  it("met when all items are met", () => {
    expect(itemAreaVerdict("guarantee", allItems())).toEqual({ area: "guarantee", verdict: "met", reasons: [], pending: [] });
  });
  it("not met when any is not met; reasons list not met then not assessed", () => {
    expect(itemAreaVerdict("guarantee", allItems({ G11: "not_assessed", G3: "not_met" }))).toEqual({ area: "guarantee", verdict: "not_met", reasons: ["G3", "G11"], pending: ["G11"] });
  });
  it("not assessed when none is failing but one is not assessed", () => {
    expect(itemAreaVerdict("quality", allItems({ Q9: "not_assessed" }))).toEqual({ area: "quality", verdict: "not_assessed", reasons: ["Q9"], pending: ["Q9"] });
  });
  it("recognition from R1", () => {
    expect(itemAreaVerdict("recognition", allItems({ R1: "not_met" })).verdict).toBe("not_met");
  });
  it("not assessed for an area without items", () => {
    expect(itemAreaVerdict("quality", []).verdict).toBe("not_assessed");
  });
  it("sorts the items of the three areas in one pass, each area's not met before its not assessed", () => {
    const items = allItems({ G3: "not_met", G11: "not_assessed", G1: "not_assessed", G12: "not_met", Q2: "not_assessed" });
    const [guarantee, quality, recognition] = itemAreaVerdicts(items);
    expect(guarantee).toEqual({ area: "guarantee", verdict: "not_met", reasons: ["G3", "G12", "G1", "G11"], pending: ["G1", "G11"] });
    expect(quality).toEqual({ area: "quality", verdict: "not_assessed", reasons: ["Q2"], pending: ["Q2"] });
    expect(recognition).toEqual({ area: "recognition", verdict: "met", reasons: [], pending: [] });
  });
  it("not assessed for areas without items, items of another area ignored", () => {
    const verdicts = itemAreaVerdicts([{ ...item("G1", "not_met"), area: "resources" }]);
    expect(verdicts.map((v) => [v.verdict, v.reasons])).toEqual([["not_assessed", []], ["not_assessed", []], ["not_assessed", []]]);
  });
});

describe("recognisedFrom", () => {
  const met: AreaVerdict[] = (["resources", "guarantee", "quality", "recognition"] as const).map((area) => ({ area, verdict: "met", reasons: [], pending: [] }));
  it("true when all areas are met and no veto is present", () => expect(recognisedFrom(met, noVeto())).toBe(true));
  it("false when a veto is present, even with all areas met", () => expect(recognisedFrom(met, [...noVeto(), { code: "V_falsified_data", present: true, cell: null }])).toBe(false));
  it("null while a veto item is not assessed", () => expect(recognisedFrom(met, noVeto(null))).toBeNull());
  it("false when an area is not met, even with unknown veto items", () => {
    expect(recognisedFrom([{ area: "quality", verdict: "not_met", reasons: ["Q1"], pending: [] }, ...met.slice(1)], noVeto(null))).toBe(false);
  });
  it("null when an area is not assessed", () => {
    expect(recognisedFrom([{ area: "quality", verdict: "not_assessed", reasons: ["Q9"], pending: ["Q9"] }, ...met.slice(1)], noVeto())).toBeNull();
  });
  it("true with no veto items at all in the profile", () => expect(recognisedFrom(met, [])).toBe(true));
});

describe("countyVerdict", () => {
  it("all met, 2024 target reached: recognised", () => {
    const v = countyVerdict({ sections: tableOf(passing), coefficients: groups, items: allItems(), veto: noVeto(), profile: sichuan, year: 2024 });
    expect(v.passing).toEqual({ evaluated: 2, passing: 2, unjudged: 0, inScope: 2, noStudents: 0, share: 1, target: { year: 2024, share: 0.85 }, met: true });
    expect(v.areas.map((a) => [a.area, a.verdict])).toEqual([
      ["resources", "met"],
      ["guarantee", "met"],
      ["quality", "met"],
      ["recognition", "met"],
    ]);
    expect(v.recognised).toBe(true);
  });
  it("a failing section: resources not met, the 2025 target missed, not recognised", () => {
    const sections = [...passing, sectionResult({ recordId: "表1!7", pass: false })];
    const v = countyVerdict({ sections: tableOf(sections), coefficients: groups, items: allItems(), veto: noVeto(), profile: sichuan, year: 2025 });
    expect(v.passing).toMatchObject({ passing: 2, evaluated: 3, met: false });
    expect(v.passing.share).toBeCloseTo(2 / 3, 12);
    expect(v.areas[0]).toEqual({ area: "resources", verdict: "not_met", reasons: ["sections_failing"], pending: [] , caveats: [] });
    expect(v.recognised).toBe(false);
  });
  it("guarantee not assessed: recognition pending", () => {
    const v = countyVerdict({ sections: tableOf(passing), coefficients: groups, items: allItems({ G8: "not_assessed" }), veto: noVeto(), profile: sichuan, year: null });
    expect(v.areas[1]).toEqual({ area: "guarantee", verdict: "not_assessed", reasons: ["G8"], pending: ["G8"] });
    expect(v.recognised).toBeNull();
  });
});
