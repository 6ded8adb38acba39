import type { Issue } from "../../engine/types";
import { makeCounty, makeItem } from "./testing/makeEvaluation";
import { unmatchedCounty, unmatchedCountyCaption, unmatchedCountyNote } from "./unmatchedCountyNote";
import { areaReasonsShort } from "./areaReasonsShort";
import { builtInProfile } from "../../profiles/resolveProfile";

// typo2.xlsx: the 县区 column of 县级指标 says 东三县 (A34) for 东山县, whose schools are on 学校基本情况.
const warning: Issue = { code: "county_figures_unmatched_missing", severity: "warning", cell: "县级指标!A34", params: { counties: "东三县", missing: "东山县" } };
const g1 = makeItem({ code: "G1", area: "guarantee", verdict: "not_assessed", parts: { G1_layout: null } });
const g3 = makeItem({ code: "G3", area: "guarantee", verdict: "met", basis: "school_data", parts: { schools_checked: 9 } });
const dongshan = makeCounty({ county: "东山县", items: [g1, g3] });

describe("unmatchedCountyNote: items lacking figures where the list names a county the schools lack (typo2.xlsx)", () => {
  it("points 东山县's area with an item lacking figures at the misspelt name's cell, in zh and en", () => {
    expect(unmatchedCountyNote(dongshan, "guarantee", [warning], "zh")).toEqual(["县级指标!A34 的“东三县”与学校数据中的县区都不对应，其指标未用于本县区：若即本县区，请统一名称（见“数据问题”）"]);
    expect(unmatchedCountyNote(dongshan, "guarantee", [warning], "en")).toEqual([
      "“东三县” at 县级指标!A34 matches no county of the school data, so its figures were not used here: if it is this county, write its name the same way in both (see Data issues)",
    ]);
  });

  it("says nothing for another county, an area whose items are judged, an item pending for a value at its own cell, or without the warning", () => {
    expect(unmatchedCountyNote(makeCounty({ county: "西河县", items: [g1] }), "guarantee", [warning], "zh")).toEqual([]);
    expect(unmatchedCountyNote(makeCounty({ county: "东山县", items: [g3] }), "guarantee", [warning], "zh")).toEqual([]);
    expect(unmatchedCountyNote(dongshan, "quality", [warning], "zh")).toEqual([]);
    const unread: Issue = { code: "read_figure_bad_value", severity: "error", cell: "县级指标!B2", params: { countyItem: "G1_layout" } };
    expect(unmatchedCountyNote(makeCounty({ county: "东山县", items: [g1] }), "guarantee", [warning, unread], "zh")).toEqual([]);
    expect(unmatchedCountyNote(dongshan, "guarantee", [{ ...warning, code: "county_figures_unmatched", severity: "info" }], "zh")).toEqual([]);
  });

  it("finds the county among several the warning names as lacking figures (东山县、北山县)", () => {
    expect(unmatchedCountyNote(dongshan, "guarantee", [{ ...warning, params: { counties: "东三县、北三县", missing: "北山县、东山县" } }], "zh")).toEqual([
      "县级指标!A34 的“东三县、北三县”与学校数据中的县区都不对应，其指标未用于本县区：若即本县区，请统一名称（见“数据问题”）",
    ]);
  });
});

describe("unmatchedCounty and the short note of the pane's areas tile", () => {
  it("gives the name's cell and the names for the county the warning says lacks figures, null for another", () => {
    expect(unmatchedCounty("东山县", [warning])).toEqual({ cell: "县级指标!A34", counties: "东三县" });
    expect([unmatchedCounty("西河县", [warning]), unmatchedCounty(null, [warning]), unmatchedCounty("东山县", [])]).toEqual([null, null, null]);
  });

  it("says it in short after the tile's groups (before: G1 缺少数据 alone)", () => {
    const area = { area: "guarantee", verdict: "not_assessed", reasons: ["G1"], pending: ["G1"] } as const;
    const source = { county: dongshan, profile: builtInProfile("national-2017"), issues: [warning] };
    expect(areaReasonsShort(area, "zh", source)).toBe("G1 缺少数据；县级指标!A34 的“东三县”未对应任何县区");
    expect(areaReasonsShort(area, "en", source)).toBe("G1: no data; “东三县” at 县级指标!A34 matches no county");
    expect(areaReasonsShort(area, "zh", { ...source, issues: [] })).toBe("G1 缺少数据");
  });
});

describe("unmatchedCountyCaption: 政府保障与质量's caption of the county's table", () => {
  it("gives 东山县's name and the misspelt name's cell once, in zh and en (before: 东山县 alone, the items 无数据)", () => {
    expect(unmatchedCountyCaption(dongshan, [warning], "zh")).toBe(
      "东山县 · 下表待评估的县级指标项目：县级指标!A34 的“东三县”与学校数据中的县区都不对应，其指标未用于本县区；若即本县区，请统一名称（见“数据问题”）",
    );
    expect(unmatchedCountyCaption(dongshan, [warning], "en")).toBe(
      "东山县 · County items not yet assessed below: “东三县” at 县级指标!A34 matches no county of the school data, so its figures were not used here; if it is this county, write its name the same way in both (see Data issues)",
    );
  });

  it("looks at every area: a quality item lacking figures is enough", () => {
    const q1 = makeItem({ code: "Q1", area: "quality", verdict: "not_assessed", parts: { Q1_consolidation: null } });
    expect(unmatchedCountyCaption(makeCounty({ county: "东山县", items: [g3, q1] }), [warning], "zh")).toBe(
      "东山县 · 下表待评估的县级指标项目：县级指标!A34 的“东三县”与学校数据中的县区都不对应，其指标未用于本县区；若即本县区，请统一名称（见“数据问题”）",
    );
  });

  it("is the name alone for another county, one whose items are judged, an item pending for a value at its own cell, or without the warning", () => {
    expect(unmatchedCountyCaption(makeCounty({ county: "西河县", items: [g1] }), [warning], "zh")).toBe("西河县");
    expect(unmatchedCountyCaption(makeCounty({ county: "东山县", items: [g3] }), [warning], "zh")).toBe("东山县");
    const unread: Issue = { code: "read_figure_bad_value", severity: "error", cell: "县级指标!B2", params: { countyItem: "G1_layout" } };
    expect(unmatchedCountyCaption(makeCounty({ county: "东山县", items: [g1] }), [warning, unread], "zh")).toBe("东山县");
    expect(unmatchedCountyCaption(dongshan, [], "en")).toBe("东山县");
    expect(unmatchedCountyCaption(makeCounty({ county: null, items: [g1] }), [warning], "zh")).toBe("（未注明县区）");
  });
});
