import { parseSettings, savedRuleIssues } from "./addinSettings";

describe("parseSettings", () => {
  const saved = { sheet: "学校", range: "A3:K40", fixes: { "students@junior": 2 }, ignored: [4, 6], profileId: "national-2017", year: 2025 };

  it("reads role fixes and ignored columns", () => {
    expect(parseSettings(saved)).toEqual(saved);
  });

  it("reads 自动 (no sheet: the reader's choice, as the CLI without --sheet) as such, so that the ribbon reads every school sheet the CLI reads", () => {
    const automatic = { ...saved, sheet: "", range: null };
    expect(parseSettings(automatic)?.sheet).toBe("");
    expect(parseSettings({ ...automatic, sheet: 3 })).toBeNull();
  });

  it("reads settings saved before columns could be ignored as ignoring none", () => {
    const { ignored: _ignored, ...old } = saved;
    expect(parseSettings({ ...old, fixes: { students: 4 } })).toEqual({ ...old, fixes: { students: 4 }, ignored: [] });
  });

  it("refuses ignored columns that are not columns", () => {
    expect(parseSettings({ ...saved, ignored: [-1] })).toBeNull();
    expect(parseSettings({ ...saved, ignored: "D" })).toBeNull();
  });
});

describe("parseSettings: the headers the fixes were chosen for", () => {
  const saved = { sheet: "学校", range: null, fixes: { teachers: 4 }, ignored: [3], headers: { "3": "专任教师数", "4": "专任教师" }, profileId: "national-2017", year: null };

  it("reads them, and settings saved before they were kept as having none", () => {
    expect(parseSettings(saved)).toEqual(saved);
    const { headers: _headers, ...old } = saved;
    expect(parseSettings(old)).toEqual(old);
    expect(parseSettings(old)).not.toHaveProperty("headers");
  });

  it("refuses headers that are not column → text", () => {
    expect(parseSettings({ ...saved, headers: { D: "专任教师数" } })).toBeNull();
    expect(parseSettings({ ...saved, headers: { "3": 5 } })).toBeNull();
    expect(parseSettings({ ...saved, headers: ["专任教师数"] })).toBeNull();
  });
});

describe("savedRuleIssues", () => {
  it("accepts a built-in profile with no year, a year it sets a target for, or any other year (a school sheet's, as --year takes it)", () => {
    expect(savedRuleIssues({ profileId: "national-2017", year: null })).toEqual([]);
    expect(savedRuleIssues({ profileId: "sichuan-guanghan-2024", year: 2025 })).toEqual([]);
    expect(savedRuleIssues({ profileId: "national-2017", year: 2025 })).toEqual([]);
    expect(savedRuleIssues({ profileId: "sichuan-guanghan-2024", year: 2023 })).toEqual([]);
  });

  it("names a profile that is not built in", () => {
    expect(savedRuleIssues({ profileId: "beijing-2030", year: 2025 })).toEqual([{ code: "addin_saved_profile_unknown", severity: "error", cell: null, params: { profile: "beijing-2030" } }]);
  });
});
