import { ProfileError } from "./ProfileError";
import { builtInProfile, BUILT_IN_PROFILES, DEFAULT_PROFILE_ID, resolveProfile } from "./resolveProfile";
import { deepMerge } from "./deepMerge";
import { message } from "../messages/catalogue";

function problemsOf(fn: () => unknown): ProfileError["problems"] {
  try {
    fn();
  } catch (error) {
    if (error instanceof ProfileError) return error.problems;
    throw error;
  }
  throw new Error("expected a ProfileError");
}

describe("built-in profiles", () => {
  it("national-2017 is the default and carries the rules.md §2 standards and §3 limits", () => {
    const p = builtInProfile();
    expect(p.id).toBe(DEFAULT_PROFILE_ID);
    expect(p.standards.primary).toEqual({ L1: 4.2, L2: 1, L3: 0.9, L4: 4.5, L5: 7.5, L6: 2000, L7: 2.3 });
    expect(p.standards.junior).toEqual({ L1: 5.3, L2: 1, L3: 0.9, L4: 5.8, L5: 10.2, L6: 2500, L7: 2.4 });
    expect(p.passRule).toEqual({ minMet: 6, floorRatio: 0.85 });
    expect(p.cvLimits).toEqual({ primary: 0.5, junior: 0.45 });
    expect(p.scope.teachingPointMinStudents).toBe(50);
    expect(p.splitWeights.nine_year).toEqual({ primary: 1, junior: 1.1 });
    expect(p.splitWeights.complete_middle).toEqual({ junior: 1, senior: 1.2 });
    expect(p.guarantee.funding.norm).toBeNull();
    expect(Object.values(p.countyItems).filter((i) => i.item.startsWith("G")).map((i) => i.item)).toEqual(
      expect.arrayContaining(Array.from({ length: 15 }, (_, k) => `G${k + 1}`)),
    );
    expect(new Set(Object.values(p.countyItems).filter((i) => i.item.startsWith("Q")).map((i) => i.item)).size).toBe(9);
    expect(p.vetoItems).toHaveLength(6);
  });

  it("the Sichuan profile extends national and overrides single values (seed 000)", () => {
    const p = builtInProfile("sichuan-guanghan-2024");
    const n = builtInProfile("national-2017");
    expect(p.guarantee.funding.norm).toEqual({ primary: 800, junior: 1040 });
    expect(p.guarantee.funding.boardingExtra).toBe(300);
    expect(p.guarantee.funding.tiers).toEqual([
      { below: 100, fundedAs: 100 },
      { below: 300, fundedAs: 300 },
      { below: 500, fundedAs: 500 },
    ]);
    expect(p.countyItems.G7_special_primary?.threshold).toBe(6080);
    expect(p.countyItems.G7_special_junior?.threshold).toBe(6100);
    // An override of one threshold keeps the rest of the item.
    expect(p.countyItems.G7_special_primary?.comparison).toBe("at_least");
    expect(p.targets).toEqual([
      { year: 2024, share: 0.85 },
      { year: 2025, share: 1 },
    ]);
    expect(p.standards).toEqual(n.standards);
    expect(p.countyItems.G8_pay_ratio).toEqual(n.countyItems.G8_pay_ratio);
  });

  it("every built-in profile validates", () => {
    for (const id of Object.keys(BUILT_IN_PROFILES)) expect(builtInProfile(id).id).toBe(id);
  });

  it("an unknown id is a ProfileError", () => {
    expect(problemsOf(() => builtInProfile("nowhere"))[0]?.code).toBe("profile_unknown");
  });
});

describe("resolveProfile", () => {
  it("overrides a single value on top of a parent", () => {
    const p = resolveProfile({ extends: "national-2017", id: "strict", cvLimits: { primary: 0.4 } });
    expect(p.cvLimits).toEqual({ primary: 0.4, junior: 0.45 });
    expect(p.standards.primary.L1).toBe(4.2);
  });

  it("reports every problem at once, each with its path, and a mistyped key is one of them", () => {
    const problems = problemsOf(() =>
      resolveProfile({ extends: "national-2017", id: "bad", cvLimits: { primary: -1 }, passRule: { floorRatio: 1.5 }, standards: { primary: { L8: 3 } } }),
    );
    const paths = problems.map((p) => p.path).sort();
    expect(paths).toEqual(["cvLimits.primary", "passRule.floorRatio", "standards.primary.L8"].sort());
    expect(problems.find((p) => p.path === "standards.primary.L8")?.code).toBe("unrecognized_keys");
  });

  it("refuses a coefficient limit typed as a percentage (45 for 0.45), which would pass every county; 1 is still allowed", () => {
    const problems = problemsOf(() => resolveProfile({ extends: "national-2017", id: "pct", cvLimits: { primary: 45 } }));
    expect(problems.map((p) => [p.path, p.code])).toEqual([["cvLimits.primary", "profile_cv_limit_range"]]);
    // The older 综合差异系数 limits, shown for reference, the same.
    expect(problemsOf(() => resolveProfile({ extends: "national-2017", id: "pct", legacyCvLimits: { junior: 55 } })).map((p) => [p.path, p.code])).toEqual([["legacyCvLimits.junior", "profile_cv_limit_range"]]);
    expect(resolveProfile({ extends: "national-2017", id: "loose", cvLimits: { primary: 1 } }).cvLimits.primary).toBe(1);
  });

  it("rejects a misspelt top-level key instead of ignoring it", () => {
    const problems = problemsOf(() => resolveProfile({ extends: "national-2017", id: "typo", cvLimit: { primary: 0.4, junior: 0.4 } }));
    expect(problems.map((p) => p.path)).toEqual(["cvLimit"]);
    // Two unknown keys in one object: one problem each, each named by its path.
    const two = problemsOf(() => resolveProfile({ extends: "national-2017", id: "typo", cvLimit: {}, pasRule: {} }));
    expect(two.map((p) => p.path).sort()).toEqual(["cvLimit", "pasRule"]);
  });

  it("says what an id may hold when it is refused (capitals, a space, a leading hyphen), not only that its format is wrong", () => {
    for (const id of ["My-Profile", "my profile", "-county", ""]) {
      expect(problemsOf(() => resolveProfile({ extends: "national-2017", id }))).toEqual([expect.objectContaining({ path: "id", code: "profile_id_format" })]);
    }
    expect(message("profile_reason_profile_id_format", {}, "en")).toContain("lower-case letters, digits and hyphens");
    expect(resolveProfile({ extends: "national-2017", id: "county-2025" }).id).toBe("county-2025");
  });

  it("calls a required key left out missing, and a value of another kind of the wrong kind", () => {
    // national-2017 has no funding norm: an empty one lacks both stages; a text where a number belongs is another problem.
    const problems = problemsOf(() => resolveProfile({ extends: "national-2017", id: "x", guarantee: { funding: { norm: {} } }, cvLimits: { primary: "high" } }));
    expect(problems.map((p) => [p.path, p.code]).sort()).toEqual([
      ["cvLimits.primary", "invalid_type"],
      ["guarantee.funding.norm.junior", "profile_missing"],
      ["guarantee.funding.norm.primary", "profile_missing"],
    ]);
    expect(message("profile_reason_profile_missing", {}, "zh")).toBe("缺少这一项（同组的设置项须一并给出）");
    expect(message("profile_reason_profile_missing", {}, "en")).toBe("missing (the settings of one group must be given together)");
  });

  it("takes a unit cost left out as no price (null): unitCosts.teacher alone is a whole set of unit costs", () => {
    const p = resolveProfile({ extends: "national-2017", id: "x", unitCosts: { teacher: 200000 } });
    expect(p.unitCosts).toEqual({ teacher: 200000, teachingAreaM2: null, sportsAreaM2: null, multimediaRoom: null });
    // A price given must still be a positive number.
    expect(problemsOf(() => resolveProfile({ extends: "national-2017", id: "x", unitCosts: { teacher: 0 } })).map((q) => q.path)).toEqual(["unitCosts.teacher"]);
  });

  it("rejects an unknown parent and a cycle", () => {
    expect(problemsOf(() => resolveProfile({ extends: "missing", id: "x" }))[0]?.code).toBe("profile_unknown_extends");
    const lookup = (id: string) => ({ a: { extends: "b", id: "a" }, b: { extends: "a", id: "b" } })[id];
    expect(problemsOf(() => resolveProfile({ extends: "a", id: "c" }, lookup))[0]?.code).toBe("profile_extends");
  });

  it("rejects data that is not a profile at all", () => {
    expect(problemsOf(() => resolveProfile(null)).length).toBeGreaterThan(0);
    expect(problemsOf(() => resolveProfile("national-2017")).length).toBeGreaterThan(0);
  });
});

describe("deepMerge", () => {
  it("merges objects key by key and replaces arrays, scalars and null whole", () => {
    expect(deepMerge({ a: { b: 1, c: 2 }, t: [1, 2] }, { a: { c: 3 }, t: [9] })).toEqual({ a: { b: 1, c: 3 }, t: [9] });
    expect(deepMerge({ n: { x: 1 } }, { n: null })).toEqual({ n: null });
  });
  it("does not modify its arguments", () => {
    const base = { a: { b: 1 } };
    deepMerge(base, { a: { b: 2 } });
    expect(base).toEqual({ a: { b: 1 } });
  });
});
