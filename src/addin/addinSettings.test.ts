import { parseSettings } from "./addinSettings";

describe("parseSettings", () => {
  const saved = { sheet: "学校", range: "A3:K40", fixes: { "students@junior": 2 }, ignored: [4, 6], profileId: "national-2017", year: 2025 };

  it("reads role fixes and ignored columns", () => {
    expect(parseSettings(saved)).toEqual(saved);
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
