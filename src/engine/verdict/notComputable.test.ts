import { INDICATOR_CODES } from "../types";
import type { CoefficientGroup, IndicatorCode, IndicatorStats, Stage } from "../types";
import { missingStages, notComputable, uncomputableCause } from "./notComputable";

/** A group of `schools` sections whose indicators have the given n and CV (the rest n 5, CV 0.3). */
function group(stage: Stage, schools: number, over: Partial<Record<IndicatorCode, { n: number; cv: number | null }>> = {}): CoefficientGroup {
  const stats = (code: IndicatorCode): IndicatorStats => {
    const { n, cv } = over[code] ?? { n: 5, cv: 0.3 };
    return { code, n, missing: schools - n, mean: 1, sd: n === 0 ? null : 0, cv, limit: 0.5, met: cv === null ? null : cv <= 0.5 };
  };
  const indicators = Object.fromEntries(INDICATOR_CODES.map((c) => [c, stats(c)])) as Record<IndicatorCode, IndicatorStats>;
  return { county: "测试县", stage, schools, indicators, averageCv: null, legacyLimit: 0.65 };
}

describe("notComputable", () => {
  it("nothing when every CV was computed", () => {
    expect(notComputable([group("primary", 5), group("junior", 5)])).toEqual([]);
  });
  it("one school: every indicator too few (rules.md §3, undefined below 2 sections)", () => {
    const one = Object.fromEntries(INDICATOR_CODES.map((c) => [c, { n: 1, cv: null }]));
    expect(notComputable([group("junior", 1, one)])).toEqual([{ code: "cv_not_computable", stage: "junior", indicators: [...INDICATOR_CODES], cause: "too_few_sections", schools: 1 }]);
  });
  it("no caveat for a stage of 0 sections counted: the stage is missing (missingStages), not a CV of too few", () => {
    const none = Object.fromEntries(INDICATOR_CODES.map((c) => [c, { n: 0, cv: null }]));
    expect(notComputable([group("primary", 5), group("junior", 0, none)])).toEqual([]);
  });
  it("no section of 173 has L5 (its column missing): cause no_values, not too_few_sections", () => {
    expect(notComputable([group("primary", 173, { L5: { n: 0, cv: null } })])).toEqual([{ code: "cv_not_computable", stage: "primary", indicators: ["L5"], cause: "no_values", schools: 173 }]);
  });
  it("splits the indicators by cause: L2 with values in 1 section of 3, L5 a mean of 0 over 3", () => {
    expect(notComputable([group("primary", 3, { L2: { n: 1, cv: null }, L5: { n: 3, cv: null } })])).toEqual([
      { code: "cv_not_computable", stage: "primary", indicators: ["L2"], cause: "too_few_sections", schools: 3 },
      { code: "cv_not_computable", stage: "primary", indicators: ["L5"], cause: "zero_mean", schools: 3 },
    ]);
  });
});

describe("uncomputableCause", () => {
  const stats = (n: number, mean: number | null, cv: number | null): IndicatorStats => ({ code: "L1", n, missing: 0, mean, sd: n === 0 ? null : 0, cv, limit: 0.5, met: cv === null ? null : cv <= 0.5 });
  it("none for a computed CV, also one of 0 (all equal)", () => {
    expect([uncomputableCause(stats(4, 5.2, 0.31)), uncomputableCause(stats(2, 5, 0))]).toEqual([null, null]);
  });
  it("too few sections below 2 with a value (one school, or none), a mean of 0 from 2 on", () => {
    expect([uncomputableCause(stats(1, 5, null)), uncomputableCause(stats(0, null, null)), uncomputableCause(stats(3, 0, null))]).toEqual(["too_few_sections", "too_few_sections", "zero_mean"]);
  });
  it("no values when 2 or more sections lack the value and none has it (a missing column), too few for 1 section lacking it", () => {
    expect([uncomputableCause({ ...stats(0, null, null), missing: 2 }), uncomputableCause({ ...stats(0, null, null), missing: 1 })]).toEqual(["no_values", "too_few_sections"]);
  });
});

describe("missingStages", () => {
  it("names the stage with no group while the other has one; nothing for no groups or both", () => {
    expect(missingStages([group("junior", 3)])).toEqual(["stage_missing_primary"]);
    expect(missingStages([group("primary", 3)])).toEqual(["stage_missing_junior"]);
    expect(missingStages([])).toEqual([]);
    expect(missingStages([group("primary", 3), group("junior", 2)])).toEqual([]);
  });
  it("a stage whose in-scope sections all have 0 students counts none: missing, as if it had no group", () => {
    const none = Object.fromEntries(INDICATOR_CODES.map((c) => [c, { n: 0, cv: null }]));
    expect(missingStages([group("primary", 3), group("junior", 0, none)])).toEqual(["stage_missing_junior"]);
    expect(missingStages([group("primary", 0, none), group("junior", 0, none)])).toEqual([]);
  });
});
