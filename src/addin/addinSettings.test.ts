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
