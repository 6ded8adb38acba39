import { ProfileError } from "./ProfileError";
import { builtInProfile } from "./resolveProfile";
import { withOverride } from "./withOverride";

describe("withOverride", () => {
  const base = builtInProfile("national-2017");

  it("gives the profile itself without a rule sheet", () => {
    expect(withOverride(base, null)).toBe(base);
    expect(withOverride(base, undefined)).toBe(base);
  });

  it("lays the rule sheet's settings over the profile, keeping the rest", () => {
    const merged = withOverride(base, { cvLimits: { primary: 0.45 } });
    expect(merged.cvLimits.primary).toBeCloseTo(0.45, 12);
    expect(merged.cvLimits.junior).toBeCloseTo(base.cvLimits.junior, 12);
  });

  it("refuses a rule sheet that is not a set of settings, and an invalid value, with a ProfileError", () => {
    expect(() => withOverride(base, [1])).toThrow(ProfileError);
    expect(() => withOverride(base, "x")).toThrow(ProfileError);
    expect(() => withOverride(base, { cvLimits: { primary: "high" } })).toThrow(ProfileError);
  });

  it("resolves the profile's id through the lookup given (a file profile the CLI read)", () => {
    const file = { ...(JSON.parse(JSON.stringify(base)) as object), id: "my-county", cvLimits: { primary: 0.5, junior: 0.45 } };
    const merged = withOverride({ ...base, id: "my-county" }, { cvLimits: { junior: 0.4 } }, (id) => (id === "my-county" ? file : undefined));
    expect([merged.cvLimits.primary, merged.cvLimits.junior]).toEqual([0.5, 0.4]);
  });
});

describe("withOverride on a county item's definition (the tester's R1-rule-sheet-pct.xlsx)", () => {
  it("refuses a rule sheet changing a county item's unit or comparison, on a built-in profile and on a file profile's own item", () => {
    const base = builtInProfile("national-2017");
    const problems = (fn: () => unknown): string[] => {
      try {
        fn();
      } catch (error) {
        if (error instanceof ProfileError) return error.problems.map((p) => `${p.path} ${p.code}`);
      }
      return [];
    };
    // Before: G12's unit became "number" and 100% (1.0) was judged against ≥ 1 as a number — or 95.
    expect(problems(() => withOverride(base, { countyItems: { G12_certificate_rate: { unit: "number" } } }))).toEqual(["countyItems.G12_certificate_rate.unit profile_item_definition"]);
    const file = { ...(JSON.parse(JSON.stringify(base)) as { countyItems: object }), id: "my-county" };
    const mine = { ...file, countyItems: { ...file.countyItems, G16_class_cap: { item: "G16", comparison: "at_most", threshold: 3, unit: "number" } } };
    const lookup = (id: string) => (id === "my-county" ? mine : undefined);
    expect(problems(() => withOverride({ ...base, id: "my-county" }, { countyItems: { G16_class_cap: { comparison: "below" } } }, lookup))).toEqual(["countyItems.G16_class_cap.comparison profile_item_definition"]);
    expect(withOverride({ ...base, id: "my-county" }, { countyItems: { G16_class_cap: { threshold: 2 } } }, lookup).countyItems.G16_class_cap?.threshold).toBe(2);
  });
});
