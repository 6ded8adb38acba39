import { parseOwnership, parseSponsorText } from "./sponsor";

describe("parseSponsorText: the statistics export's 举办者 categories, each with its level", () => {
  it.each([
    // Above the county: public, not county-run (the tester's scope4: 地级 was read as unknown before).
    ["地级教育部门", false, false],
    ["地级其他部门", false, false],
    ["地市级教育部门", false, false],
    ["市级教育部门", false, false],
    ["省级其他部门", false, false],
    ["省级教育部门办", false, false],
    ["中央部门", false, false],
    ["教育部", false, false],
    ["地方企业", false, false],
    ["企业办", false, false],
    ["部队", false, false],
    ["其他部门办", false, false],
    // The county and below: public, county-run.
    ["县级教育部门", false, true],
    ["县级 教育部门", false, true],
    ["县级其他部门", false, true],
    ["区县级教育部门", false, true],
    ["乡镇", false, true],
    ["乡镇政府办", false, true],
    ["集体", false, true],
    // Public, level not said.
    ["教育部门", false, null],
    ["事业单位", false, null],
    // Private: its level says nothing of the county.
    ["民办", true, null],
    ["民办（非营利性）", true, null],
    ["民办公助", true, null],
    ["公办", false, null],
  ] as const)("%p → private %p, county-run %p", (text, isPrivate, countyRun) => {
    expect(parseSponsorText(text)).toEqual({ private: isPrivate, countyRun });
  });

  it.each(["合作办学", "教育局", "1", "办", "部队办学校", "不详", "是", "其他"])("%p is no sponsor category → null", (text) => {
    expect(parseSponsorText(text)).toBeNull();
  });
});

describe("parseOwnership: 隶属关系 / 是否县属, with the sponsor categories an export writes there", () => {
  it.each([
    ["部队", false],
    ["地方企业", false],
    ["市级", false],
    ["省级", false],
    ["县级", true],
    ["乡镇", true],
    ["是", true],
    ["非县属", false],
  ] as const)("%p → county-run %p", (text, expected) => expect(parseOwnership(text)).toBe(expected));

  it.each(["不详", "事业单位", "教育部门"])("%p says nothing of the level → null", (text) => expect(parseOwnership(text)).toBeNull());
});
