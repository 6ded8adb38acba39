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
