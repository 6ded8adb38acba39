import { scopeExclusion, scopeReason } from "./scope";
import { NATIONAL, profileWith } from "./testing/fixtures";

const scopeWith = (over: Partial<(typeof NATIONAL)["scope"]>) => profileWith({ scope: { ...NATIONAL.scope, ...over } });

describe("scopeExclusion", () => {
  it("keeps primary, junior and combined schools", () => {
    for (const type of ["primary", "junior", "nine_year", "twelve_year", "complete_middle"] as const) {
      expect(scopeExclusion({ type, flags: {}, students: 300 }, NATIONAL)).toBeNull();
    }
  });
  it("excludes teaching points under 50 students: 49 out, 50 in", () => {
    expect(scopeExclusion({ type: "teaching_point", flags: {}, students: 49 }, NATIONAL)).toBe("small_teaching_point");
    expect(scopeExclusion({ type: "teaching_point", flags: {}, students: 50 }, NATIONAL)).toBeNull();
    expect(scopeExclusion({ type: "teaching_point", flags: {}, students: 0 }, NATIONAL)).toBe("small_teaching_point");
  });
  it("keeps a teaching point whose students are unknown (the missing count is reported instead)", () => {
    expect(scopeExclusion({ type: "teaching_point", flags: {}, students: null }, NATIONAL)).toBeNull();
  });
  it("applies the profile's teaching-point minimum", () => {
    expect(scopeExclusion({ type: "teaching_point", flags: {}, students: 49 }, scopeWith({ teachingPointMinStudents: 30 }))).toBeNull();
  });
  it("excludes special-education and vocational schools per the switches", () => {
    expect(scopeExclusion({ type: "special", flags: {}, students: 120 }, NATIONAL)).toBe("special_education");
    expect(scopeExclusion({ type: "vocational", flags: {}, students: 900 }, NATIONAL)).toBe("vocational");
    expect(scopeExclusion({ type: "special", flags: {}, students: 120 }, scopeWith({ excludeSpecial: false }))).toBeNull();
  });
  it("excludes the type other", () => {
    expect(scopeExclusion({ type: "other", flags: {}, students: 500 }, NATIONAL)).toBe("other_type");
  });
  it("includes private and not-county-run schools by default, excludes them when switched off", () => {
    expect(scopeExclusion({ type: "primary", flags: { private: true }, students: 500 }, NATIONAL)).toBeNull();
    expect(scopeExclusion({ type: "primary", flags: { private: true }, students: 500 }, scopeWith({ includePrivate: false }))).toBe("private");
    expect(scopeExclusion({ type: "primary", flags: { private: false }, students: 500 }, scopeWith({ includePrivate: false }))).toBeNull();
    expect(scopeExclusion({ type: "junior", flags: { countyRun: false }, students: 500 }, scopeWith({ includeNonCountyRun: false }))).toBe("not_county_run");
    expect(scopeExclusion({ type: "junior", flags: {}, students: 500 }, scopeWith({ includeNonCountyRun: false }))).toBeNull();
  });
});

describe("scopeReason (scopeExclusion's arguments given one by one)", () => {
  it("excludes by type, by the teaching-point minimum and by the private / county-run flags, as rules.md §2 says", () => {
    expect(scopeReason("primary", {}, 300, NATIONAL)).toBeNull();
    expect(scopeReason("special", {}, 300, scopeWith({ excludeSpecial: true }))).toBe("special_education");
    expect(scopeReason("vocational", {}, 300, scopeWith({ excludeVocational: true }))).toBe("vocational");
    expect(scopeReason("other", {}, 300, NATIONAL)).toBe("other_type");
    expect(scopeReason("teaching_point", {}, 49, NATIONAL)).toBe("small_teaching_point");
    expect(scopeReason("teaching_point", {}, 50, NATIONAL)).toBeNull();
    expect(scopeReason("teaching_point", {}, null, NATIONAL)).toBeNull();
    expect(scopeReason("junior", { private: true }, 500, scopeWith({ includePrivate: false }))).toBe("private");
    expect(scopeReason("junior", { countyRun: false }, 500, scopeWith({ includeNonCountyRun: false }))).toBe("not_county_run");
    expect(scopeReason("junior", { countyRun: false }, 500, scopeWith({ includeNonCountyRun: true }))).toBeNull();
  });
});
